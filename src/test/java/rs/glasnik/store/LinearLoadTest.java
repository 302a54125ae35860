package rs.glasnik.store;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading YAML grows linearly with the file. Issue 11: {@code check} took 14 s (44 GB allocated) to
 * refuse a 4.9 MB title, because the YAML reader copied its 1 KiB window again every 1,024
 * characters of one long scalar. Work is counted as the bytes allocated, not time: for a scalar
 * four times as long it is at most six times as much.
 */
class LinearLoadTest {
    private static final int N = 250_000;

    private static long work(String yaml) throws Exception {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        SafeYaml.parse(Path.of("release.yaml"), yaml);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static String yaml(String style, int n) {
        String value = "x".repeat(n);
        return switch (style) {
            case "plain" -> "title: " + value + "\n";
            case "double" -> "title: \"" + value + "\"\n";
            case "single" -> "title: '" + value + "'\n";
            default -> "body: |\n  " + value + "\n";
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "double", "single", "literal"})
    void fourTimesTheScalarIsAtMostSixTimesTheWork(String style) {
        assertTimeoutPreemptively(
                Duration.ofMinutes(2),
                () -> {
                    work(yaml(style, N)); // warm up
                    long small = work(yaml(style, N));
                    long large = work(yaml(style, 4 * N));
                    assertTrue(
                            large <= 6 * small,
                            style
                                    + ": "
                                    + small / 1_000_000
                                    + " MB for "
                                    + N
                                    + " characters, "
                                    + large / 1_000_000
                                    + " MB for "
                                    + 4 * N);
                });
    }
}
