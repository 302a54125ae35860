package rs.glasnik.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import rs.glasnik.app.Preparation.Prepared;
import rs.glasnik.render.Format;
import rs.glasnik.render.FormatException;
import rs.glasnik.render.RenderContext;

/**
 * The one render pipeline of {@code render} and {@code pack}: documents (releases × languages)
 * prepared and made into files in every format on all cores, a few files ahead of the one being
 * taken, so that memory holds a few files and not all. Files are handed over, and failures
 * reported, in the order of doing them one after another: document by document, format by format.
 * All or nothing is the caller's: it writes what it is handed into a batch it commits at the end.
 *
 * <p>{@code try (Pipeline pipeline = new Pipeline()) { pipeline.files(n, k -> ..., formats,
 * context, bytes -> bytes, (p, format, bytes) -> write(...)); }}
 */
final class Pipeline implements AutoCloseable {
    /** Starts the preparation of document {@code k} (0, 1, 2 ... in order). */
    interface Source {
        CompletableFuture<Prepared> start(int k, Pipeline pipeline);
    }

    /** What a worker makes of a file's bytes beside them (a checksum, or the bytes themselves). */
    interface Finish<T> {
        T of(byte[] bytes);
    }

    /** Takes the files in order, on the caller's thread; a write that fails stops the run. */
    interface Sink<T> {
        void take(Prepared document, Format format, T file) throws Failure, IOException;
    }

    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final InOrder work = new InOrder(threads);

    /** Starts a step on the pipeline's workers. */
    <T> CompletableFuture<T> start(InOrder.Step<T> step) {
        return work.start(step);
    }

    /** Starts {@code next} once {@code before} has its result. */
    <T, R> CompletableFuture<R> then(CompletableFuture<T> before, InOrder.Next<T, R> next) {
        return work.then(before, next);
    }

    /** Runs every step on all cores and gives their results, or the first failure, in order. */
    <T> List<T> all(List<InOrder.Step<T>> steps) throws Failure {
        List<CompletableFuture<T>> started = new ArrayList<>();
        for (InOrder.Step<T> step : steps) {
            started.add(work.start(step));
        }
        List<T> results = new ArrayList<>();
        for (CompletableFuture<T> future : started) {
            results.add(InOrder.result(future));
        }
        return results;
    }

    /**
     * Makes {@code documents} documents in every one of {@code formats}, each in the context made
     * for it (its own images and time), and hands each file to {@code sink} in order.
     */
    <T> void files(
            int documents,
            Source source,
            List<Format> formats,
            Function<Prepared, RenderContext> context,
            Finish<T> finish,
            Sink<T> sink)
            throws Failure, IOException {
        int n = formats.size();
        int total = documents * n;
        List<CompletableFuture<Prepared>> prepared = new ArrayList<>();
        List<CompletableFuture<T>> started = new ArrayList<>();
        for (int j = 0; j < total; j++) {
            while (started.size() < Math.min(total, j + 2 * threads)) {
                int next = started.size();
                if (next / n == prepared.size()) {
                    prepared.add(source.start(next / n, this));
                }
                Format format = formats.get(next % n);
                started.add(
                        work.then(
                                prepared.get(next / n),
                                p -> finish.of(file(p, format, context.apply(p)))));
            }
            Prepared document = InOrder.result(prepared.get(j / n));
            T file = InOrder.result(started.get(j));
            started.set(j, null);
            if (j % n == n - 1) {
                prepared.set(j / n, null);
            }
            sink.take(document, formats.get(j % n), file);
        }
    }

    /** One prepared document in one format. */
    private static byte[] file(Prepared p, Format format, RenderContext context) throws Failure {
        try {
            return format.render(p.document(), context);
        } catch (FormatException e) {
            throw new Failure(p.release().sourceMap().file() + ": " + e.getMessage());
        }
    }

    /**
     * Runs each format's warm-up on a daemon thread, beside the reading of the workspace (a cold
     * process spends most of its first document loading the renderer's classes).
     */
    static void warmUp(List<Format> formats) {
        for (Format format : formats) {
            Thread thread = new Thread(format::warmUp, "glasnik-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void close() {
        work.close();
    }
}
