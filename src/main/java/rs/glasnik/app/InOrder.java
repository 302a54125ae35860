package rs.glasnik.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Independent steps run on a few threads, their results taken back in the order the caller asks for
 * them: output and failures are those of doing the steps one after another. With one thread the
 * steps run on the caller's thread when they are started.
 *
 * <p>{@code try (InOrder work = new InOrder(2)) { var f = work.start(() -> render(a));
 * write(InOrder.result(f)); }}
 */
final class InOrder implements AutoCloseable {
    /** A step that may fail because of its input. */
    interface Step<T> {
        T run() throws Failure;
    }

    /** A step that follows another. */
    interface Next<T, R> {
        R run(T before) throws Failure;
    }

    private final ExecutorService pool;
    private final Executor executor;

    /** {@code threads}: how many steps may run at once; 1 runs them on the caller's thread. */
    InOrder(int threads) {
        if (threads <= 1) {
            pool = null;
            executor = Runnable::run;
            return;
        }
        AtomicInteger count = new AtomicInteger();
        pool =
                Executors.newFixedThreadPool(
                        threads,
                        r -> {
                            Thread t = new Thread(r, "glasnik-" + count.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
        executor = pool;
    }

    /** Starts a step. */
    <T> CompletableFuture<T> start(Step<T> step) {
        return CompletableFuture.supplyAsync(() -> unchecked(step), executor);
    }

    /** Runs a step now, on the caller's thread; its failure is kept for {@link #result}. */
    static <T> CompletableFuture<T> now(Step<T> step) {
        try {
            return CompletableFuture.completedFuture(step.run());
        } catch (Failure | RuntimeException e) {
            return CompletableFuture.failedFuture(e instanceof Failure f ? new Wrapped(f) : e);
        }
    }

    /** Starts {@code next} once {@code before} has its result; it fails when {@code before} did. */
    <T, R> CompletableFuture<R> then(CompletableFuture<T> before, Next<T, R> next) {
        return before.thenApplyAsync(t -> unchecked(() -> next.run(t)), executor);
    }

    /** The result of a step, or its failure or exception as the step threw it. */
    static <T> T result(CompletableFuture<T> future) throws Failure {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof Wrapped w) {
                throw w.failure;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static <T> T unchecked(Step<T> step) {
        try {
            return step.run();
        } catch (Failure f) {
            throw new Wrapped(f);
        }
    }

    /** Carries a Failure through CompletableFuture, which takes only unchecked exceptions. */
    private static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Failure failure;

        Wrapped(Failure failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }
}
