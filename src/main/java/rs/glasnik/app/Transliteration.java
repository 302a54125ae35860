package rs.glasnik.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.render.docx.DocxTextRewriter;
import rs.glasnik.store.LoadException;
import rs.glasnik.store.ReleaseEditor;
import rs.glasnik.store.Replacement;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.store.WriteException;
import rs.glasnik.translit.MarkdownTransliterator;
import rs.glasnik.translit.Segments;
import rs.glasnik.translit.SerbianTransliterator;
import rs.glasnik.translit.SerbianTransliterator.Direction;
import rs.glasnik.translit.Warning;

/** The translit use case: plain text, Markdown, release files and Word documents. */
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

    /** What a file is, by its extension. */
    enum Kind {
        TEXT,
        MARKDOWN,
        RELEASE,
        DOCX
    }

    private final SerbianTransliterator transliterator;
    private final Direction direction;
    private final Consumer<Problem> warnings;

    Transliteration(
            SerbianTransliterator transliterator, Direction direction, Consumer<Problem> warnings) {
        this.transliterator = transliterator;
        this.direction = direction;
        this.warnings = warnings;
    }

    static Kind kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return Kind.DOCX;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Kind.MARKDOWN;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Kind.RELEASE;
        }
        return Kind.TEXT;
    }

    LocaleTag target() {
        return direction == Direction.TO_LATIN ? LocaleTag.SR_LATN : LocaleTag.SR_CYRL;
    }

    private LocaleTag source() {
        return direction == Direction.TO_LATIN ? LocaleTag.SR_CYRL : LocaleTag.SR_LATN;
    }

    private Warning.Sink sink(Path file) {
        return w -> warnings.accept(Problem.warning(file, w.line(), w.column(), "", w.message()));
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
                stream(stdin, new Console(stdout), name);
                return new Requests.Translated(List.of());
            }
            Path out = request.output().get();
            if (Files.isDirectory(out)) {
                throw new Failure("cannot write " + out + ": it is a folder");
            }
            try (Replacement replacement = Replacement.of(out)) {
                try (OutputStream o = replacement.stream()) {
                    stream(stdin, o, name);
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
        if (kind(file) == Kind.DOCX) {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".docx".length());
            return Optional.of(file.resolveSibling(stem + "." + target().tag() + ".docx"));
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
            convert(file, out);
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

    /** Plain text, line by line in bounded memory; a byte-order mark is kept. */
    void stream(InputStream in, OutputStream out, Path name) throws Failure, IOException {
        try {
            if (direction == Direction.TO_LATIN) {
                transliterator.toLatin(in, out, sink(name));
                return;
            }
            Reader reader =
                    new InputStreamReader(
                            in,
                            StandardCharsets.UTF_8
                                    .newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            transliterator.convert(reader, writer, direction, sink(name));
            writer.flush();
        } catch (SerbianTransliterator.UndecodableInputException e) {
            throw new Failure(
                    name
                            + ":"
                            + e.line()
                            + ": the text is not UTF-8; save it as UTF-8 (in Word or Notepad: Save as, Encoding: UTF-8)");
        }
    }

    /**
     * Converts one file, whatever its kind, into {@code out}. Plain text and Word documents are
     * streamed in bounded memory; Markdown and release files are read whole, and are refused above
     * the loader's size limit (5 MB).
     */
    void convert(Path file, OutputStream out) throws Failure, IOException {
        switch (kind(file)) {
            case DOCX -> docx(file, out);
            case MARKDOWN ->
                    out.write(
                            utf8(
                                    new MarkdownTransliterator(transliterator)
                                            .convert(text(file), direction, sink(file))));
            case RELEASE -> out.write(utf8(release(file)));
            case TEXT -> {
                try (InputStream in = Files.newInputStream(file)) {
                    stream(in, out, file);
                }
            }
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Path file) throws Failure {
        try {
            return WorkspaceStore.readText(file)
                    .orElseThrow(() -> new Failure(file + ": no such file"));
        } catch (LoadException e) {
            throw new Failure(located(e.problem()));
        }
    }

    private void docx(Path file, OutputStream out) throws Failure, IOException {
        int[] paragraph = {0};
        Warning.Sink sink = sink(file);
        try {
            DocxTextRewriter.rewrite(
                    () -> Files.newInputStream(file),
                    out,
                    segments -> {
                        paragraph[0]++;
                        int number = paragraph[0];
                        return Segments.convert(
                                transliterator,
                                segments,
                                direction,
                                w ->
                                        sink.warn(
                                                new Warning(
                                                        number,
                                                        w.column(),
                                                        w.word(),
                                                        w.message()
                                                                + " (paragraph "
                                                                + number
                                                                + ")")));
                    },
                    target().regionalTag());
        } catch (rs.glasnik.render.docx.DocxFormatException e) {
            throw new Failure(file + ": " + e.getMessage());
        }
    }

    /** A release file with the target variant derived; written fields are kept and compared. */
    private String release(Path file) throws Failure {
        String text = text(file);
        try {
            Map<LocaleTag, Map<String, ReleaseEditor.Field>> variants =
                    ReleaseEditor.variants(file, text);
            Map<String, ReleaseEditor.Field> from = variants.get(source());
            if (from == null) {
                throw new Failure(
                        file + ": no " + source() + " variant to derive " + target() + " from");
            }
            MarkdownTransliterator markdown = new MarkdownTransliterator(transliterator);
            Map<String, String> derived = new LinkedHashMap<>();
            for (Map.Entry<String, ReleaseEditor.Field> e : from.entrySet()) {
                String value = e.getValue().value();
                derived.put(
                        e.getKey(),
                        e.getKey().equals("title") || e.getKey().equals("subtitle")
                                ? transliterator.convert(
                                        value, direction, shifted(file, e.getValue()))
                                : markdown.convert(value, direction, shifted(file, e.getValue())));
            }
            Map<String, ReleaseEditor.Field> written = variants.getOrDefault(target(), Map.of());
            Map<String, String> result = new LinkedHashMap<>(derived);
            for (Map.Entry<String, ReleaseEditor.Field> e : written.entrySet()) {
                String field = e.getKey();
                String own = e.getValue().value();
                result.put(field, own);
                String auto = derived.get(field);
                if (auto != null && !auto.strip().equals(own.strip())) {
                    warnings.accept(
                            Problem.warning(
                                    file,
                                    e.getValue().line(),
                                    e.getValue().column(),
                                    "variants." + target() + "." + field,
                                    "written text kept; it differs from the derived text at: "
                                            + difference(own.strip(), auto.strip())));
                }
            }
            return ReleaseEditor.withVariant(text, file, target(), result);
        } catch (LoadException e) {
            throw new Failure(located(e.problem()));
        }
    }

    /** A problem as the one line of a failure: {@code file:line:column: message}. */
    private static String located(Problem p) {
        return p.file()
                + ":"
                + p.line()
                + ":"
                + p.column()
                + ": "
                + (p.field().isEmpty() ? "" : p.field() + ": ")
                + p.message();
    }

    private Warning.Sink shifted(Path file, ReleaseEditor.Field field) {
        return w ->
                warnings.accept(
                        Problem.warning(
                                file, field.line() + w.line() - 1, w.column(), "", w.message()));
    }

    /** A short view of where two texts part: "…derived | written…". */
    private static String difference(String own, String auto) {
        int i = 0;
        while (i < own.length() && i < auto.length() && own.charAt(i) == auto.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 15);
        String a = own.substring(from, Math.min(own.length(), i + 25)).replace('\n', ' ');
        String b = auto.substring(from, Math.min(auto.length(), i + 25)).replace('\n', ' ');
        return "written '" + a + "', derived '" + b + "'";
    }
}
