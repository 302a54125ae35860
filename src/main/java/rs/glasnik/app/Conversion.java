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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.store.LoadException;
import rs.glasnik.store.ReleaseEditor;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.translit.MarkdownTransliterator;
import rs.glasnik.translit.Segments;
import rs.glasnik.translit.SerbianTransliterator;
import rs.glasnik.translit.SerbianTransliterator.Direction;
import rs.glasnik.translit.Warning;
import rs.glasnik.translit.docx.DocxTextRewriter;

/**
 * The conversion of one file by its kind: plain text streamed in bounded memory, Markdown, a
 * release file (the target variant derived, written fields kept and compared) and a Word document.
 */
final class Conversion {
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

    Conversion(
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
        } catch (rs.glasnik.translit.docx.DocxFormatException e) {
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
