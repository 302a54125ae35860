package rs.glasnik.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import rs.glasnik.model.Problem;
import rs.glasnik.store.Replacement;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.store.WriteException;
import rs.glasnik.translit.SerbianTransliterator;
import rs.glasnik.translit.SerbianTransliterator.Direction;

/**
 * The translit use case: which files go where, all converted before any is put in place, standard
 * input and output; {@link Conversion} converts each file by its kind.
 */
final class Transliteration {
    /**
     * The {@code translit} use case: the workspace's transliterator (the one near the first file
     * when none is named), then {@link #run}.
     */
    static Requests.Translated translit(
            Requests.Translit request,
            InputStream stdin,
            OutputStream stdout,
            Consumer<Problem> warnings)
            throws Failure {
        Path near = request.files().isEmpty() ? Path.of(".") : request.files().get(0);
        Optional<Path> root = request.workspace().or(() -> WorkspaceStore.findRoot(near));
        SerbianTransliterator translit =
                root.isPresent()
                        ? WorkspaceAccess.transliterator(root.get())
                        : SerbianTransliterator.builtIn();
        return new Transliteration(translit, request.direction(), warnings)
                .run(request, stdin, stdout);
    }

    private final Conversion conversion;

    Transliteration(
            SerbianTransliterator transliterator, Direction direction, Consumer<Problem> warnings) {
        this.conversion = new Conversion(transliterator, direction, warnings);
    }

    /**
     * Carries out a translit request. With files, every target is known and checked first, then
     * every file is converted into a temporary file beside its target, and only then are they put
     * in place: a file that cannot be converted leaves every file as it was. With {@code
     * --in-place} the old file is kept first as {@code FILE.bak}, or {@code FILE.1.bak}, {@code
     * FILE.2.bak} … when that exists (see {@link Replacement}); no backup is ever replaced.
     */
    Requests.Translated run(Requests.Translit request, InputStream stdin, OutputStream stdout)
            throws Failure {
        if (request.files().isEmpty()) {
            return fromStandardInput(request, stdin, stdout);
        }
        if (request.inPlace() && request.output().isPresent()) {
            throw new Failure("choose --in-place or -o, not both");
        }
        boolean toFolder =
                request.output().isPresent()
                        && (request.files().size() > 1
                                || Files.isDirectory(request.output().get()));
        List<Optional<Path>> targets = new ArrayList<>();
        Map<Path, Path> claimed = new HashMap<>();
        for (Path file : request.files()) {
            if (!Files.isRegularFile(file)) {
                throw new Failure(file + ": no such file");
            }
            Optional<Path> target = target(request, file, toFolder);
            if (target.isPresent()) {
                requireWritable(request, file, target.get(), claimed);
            }
            targets.add(target);
        }
        List<Replacement> pending = new ArrayList<>();
        OutputStream console = new Console(stdout);
        try {
            for (int i = 0; i < targets.size(); i++) {
                Path file = request.files().get(i);
                if (targets.get(i).isEmpty()) {
                    pending.add(null);
                    convertOne(file, console);
                    console.flush();
                    continue;
                }
                Replacement replacement = Replacement.of(targets.get(i).get());
                pending.add(replacement);
                try (OutputStream out = replacement.stream()) {
                    convertOne(file, out);
                }
            }
            List<Requests.Converted> done = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                if (pending.get(i) != null) {
                    Replacement.Outcome outcome = pending.get(i).commit(request.inPlace());
                    done.add(
                            new Requests.Converted(
                                    targets.get(i).get(), outcome.replaced(), outcome.backup()));
                }
            }
            return new Requests.Translated(done);
        } catch (WriteException e) {
            throw new Failure(e.getMessage());
        } catch (IOException e) {
            throw new Failure("cannot write to standard output: " + WriteException.causeOf(e));
        } finally {
            for (Replacement replacement : pending) {
                if (replacement != null) {
                    replacement.close();
                }
            }
        }
    }

    private Requests.Translated fromStandardInput(
            Requests.Translit request, InputStream stdin, OutputStream stdout) throws Failure {
        if (request.inPlace()) {
            throw new Failure("--in-place needs a FILE; standard input cannot be changed in place");
        }
        Path name = Path.of("<stdin>");
        try {
            if (request.output().isEmpty()) {
                conversion.stream(stdin, new Console(stdout), name);
                return new Requests.Translated(List.of());
            }
            Path out = request.output().get();
            if (Files.isDirectory(out)) {
                throw new Failure("cannot write " + out + ": it is a folder");
            }
            try (Replacement replacement = Replacement.of(out)) {
                try (OutputStream o = replacement.stream()) {
                    conversion.stream(stdin, o, name);
                }
                Replacement.Outcome outcome = replacement.commit(false);
                return new Requests.Translated(
                        List.of(new Requests.Converted(out, outcome.replaced(), Optional.empty())));
            }
        } catch (WriteException e) {
            throw new Failure(e.getMessage());
        } catch (Console.Failed e) {
            throw new Failure("cannot write to standard output: " + e.getMessage());
        } catch (IOException e) {
            throw new Failure("cannot read standard input: " + WriteException.causeOf(e));
        }
    }

    /** Where a converted file goes; empty for standard output. */
    private Optional<Path> target(Requests.Translit request, Path file, boolean toFolder) {
        if (request.inPlace()) {
            return Optional.of(file);
        }
        if (request.output().isPresent()) {
            return Optional.of(
                    toFolder
                            ? request.output().get().resolve(file.getFileName())
                            : request.output().get());
        }
        if (Conversion.kind(file) == Conversion.Kind.DOCX) {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".docx".length());
            return Optional.of(
                    file.resolveSibling(stem + "." + conversion.target().tag() + ".docx"));
        }
        return Optional.empty();
    }

    /** Refuses, before anything is written, a target that would surely fail or clash. */
    private static void requireWritable(
            Requests.Translit request, Path file, Path target, Map<Path, Path> claimed)
            throws Failure {
        try {
            if (!request.inPlace() && Files.exists(target) && Files.isSameFile(target, file)) {
                throw new Failure(
                        file
                                + ": the output would replace the input; use --in-place (keeps"
                                + " the original as "
                                + file.getFileName()
                                + ".bak) or -o OUT");
            }
            if (Files.isDirectory(target)) {
                throw new Failure("cannot write " + target + ": it is a folder");
            }
            Path key =
                    Files.exists(target)
                            ? target.toRealPath()
                            : target.toAbsolutePath().normalize();
            Path earlier = claimed.putIfAbsent(key, file);
            if (earlier != null) {
                throw new Failure(
                        earlier.equals(file)
                                ? file + " is named twice"
                                : earlier + " and " + file + " would both be written to " + target);
            }
        } catch (IOException e) {
            throw new Failure(file + ": cannot read the file: " + WriteException.causeOf(e));
        }
    }

    /**
     * Converts one file; a failure to read it names it, and so does the last-resort failure when
     * memory runs out (bounded inputs should never get there).
     */
    private void convertOne(Path file, OutputStream out) throws Failure, IOException {
        try {
            conversion.convert(file, out);
        } catch (WriteException | Console.Failed e) {
            throw e;
        } catch (IOException e) {
            throw new Failure(file + ": cannot read the file: " + WriteException.causeOf(e));
        } catch (OutOfMemoryError e) {
            throw new Failure(
                    file
                            + ": too large to convert in the memory Java was given ("
                            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                            + " MB)");
        }
    }

    /** Standard output, whose failures are told apart from those of reading a file. */
    private static final class Console extends java.io.FilterOutputStream {
        /** Writing to standard output failed. */
        static final class Failed extends IOException {
            private static final long serialVersionUID = 1L;

            Failed(IOException cause) {
                super(WriteException.causeOf(cause), cause);
            }
        }

        Console(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new Failed(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new Failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new Failed(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
