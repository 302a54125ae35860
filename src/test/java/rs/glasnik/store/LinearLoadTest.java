package rs.glasnik.store;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rs.glasnik.Allocations;

/**
 * Reading YAML grows linearly with the file. Issue 11: {@code check} took 14 s (44 GB allocated) to
 * refuse a 4.9 MB title, because the YAML reader copied its 1 KiB window again every 1,024
 * characters of one long scalar. Work is counted as the bytes allocated, not time: for a scalar
 * four times as long it is at most six times as much.
 */
class LinearLoadTest {
    private static final int N = 250_000;

    private static long work(String yaml) throws Exception {
        return Allocations.bytes(() -> SafeYaml.parse(Path.of("release.yaml"), yaml));
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
        Allocations.assertLinear(style, N, n -> work(yaml(style, n)));
    }
}
