package rs.glasnik;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Work counted as the bytes a thread allocates, which does not depend on how fast or busy the
 * machine is: the measure of the tests that keep glasnik linear in its input.
 *
 * <p>{@code Allocations.assertLinear("plain", 250_000, n -> Allocations.bytes(() -> parse(n)));}
 */
public final class Allocations {
    private Allocations() {}

    /** The work of one input of {@code size}, in bytes allocated. */
    @FunctionalInterface
    public interface Work {
        long of(int size) throws Exception;
    }

    /** The bytes this thread allocates while {@code task} runs. */
    public static long bytes(Callable<?> task) throws Exception {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        task.call();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    /**
     * After a warm-up at size {@code n}, an input four times as large takes at most six times the
     * work; {@code name} opens the failure message. The timeout only guards against a hang.
     */
    public static void assertLinear(String name, int n, Work work) {
        assertTimeoutPreemptively(
                Duration.ofMinutes(2),
                () -> {
                    work.of(n); // warm up: classes, fonts, patterns
                    long small = work.of(n);
                    long large = work.of(4 * n);
                    assertTrue(
                            large <= 6 * small,
                            name
                                    + ": "
                                    + small / 1_000_000
                                    + " MB for "
                                    + n
                                    + " characters, "
                                    + large / 1_000_000
                                    + " MB for "
                                    + 4 * n);
                });
    }
}
