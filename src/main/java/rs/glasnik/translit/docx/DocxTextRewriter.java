package rs.glasnik.translit.docx;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * Rewrites the visible text of an existing Word document (.docx), keeping every bit of formatting,
 * and tags the rewritten runs with a language: the way a Cyrillic document becomes a Latin one.
 *
 * <p>{@code DocxTextRewriter.rewrite(() -> Files.newInputStream(file), out, segments ->
 * toLatin(segments), "sr-Latn-RS");}
 *
 * <p>Every paragraph of every part that holds text (body with its tables, content controls,
 * hyperlinks, tracked insertions and fields; headers, footers, footnotes, endnotes, comments and
 * text boxes) is handed to the transform once, as the texts of its {@code w:t} elements in document
 * order, so the transform can use context across run boundaries. Field codes ({@code w:instrText})
 * and deleted text ({@code w:delText}) are never shown to it. A paragraph inside a text box is a
 * paragraph of its own. Word keeps a text box twice, as DrawingML and as a VML fallback ({@code
 * mc:Fallback}); a fallback paragraph with the same text as one already transformed in the same
 * {@code mc:AlternateContent} gets the same result without a second call, so warnings and counts
 * are not doubled.
 *
 * <p>The runs whose text was handed over get {@code w:lang w:val=languageTag} (keeping {@code
 * w:eastAsia} and {@code w:bidi}), as do the document defaults and every style that names a
 * language. Nothing else changes; the output has fixed zip entry times, so the same input gives the
 * same bytes.
 *
 * <p>The package is read twice as a stream, never whole: first to check it (its entries, their
 * names, the content types), then to rewrite it. Parts are rewritten as XML streams holding one
 * paragraph at a time, so memory does not grow with the document. What a hostile file could make us
 * do is bounded, counting bytes as they are unpacked, never trusting sizes the zip declares: at
 * most {@value #MAX_ENTRIES} entries and {@value #MAX_UNPACKED_MIB} MiB unpacked in all; a part
 * past {@value #RATIO_GRACE_MIB} MiB may not unpack to more than {@value #MAX_RATIO} times its
 * packed size (a "zip bomb"); a paragraph may hold up to {@value #MAX_PARAGRAPH_MCHARS} million
 * characters of XML, a tag, comment or run of text up to {@value #MAX_MARKUP_MIB} MiB, and elements
 * may nest {@value #MAX_DEPTH} deep. Entry names that are absolute, contain {@code ..}, a backslash
 * or a control character, or name one part twice are refused, never copied.
 *
 * <p>Not touched: text outside {@code w:t} (charts and SmartArt keep theirs in DrawingML {@code
 * a:t}, equations in {@code m:t}), the glossary (building blocks), numbering formats, and data
 * bound to custom XML.
 */
public final class DocxTextRewriter {
    /**
     * Rewrites the text of one paragraph: receives the texts of its {@code w:t} elements in
     * document order (an unmodifiable list) and returns as many strings, one per element.
     *
     * <p>{@code ParagraphTransform upper = segments -> segments.stream().map(s ->
     * s.toUpperCase(Locale.ROOT)).toList();}
     */
    @FunctionalInterface
    public interface ParagraphTransform {
        List<String> apply(List<String> segments);
    }

    /**
     * A document that can be read more than once: each call opens a new stream from its start.
     *
     * <p>{@code Source file = () -> Files.newInputStream(path);}
     */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /**
     * What a rewrite touched: paragraphs handed to the transform (those with at least one {@code
     * w:t}), the {@code w:t} segments in them, and how many of those the transform changed.
     *
     * <p>{@code RewriteResult r = DocxTextRewriter.rewrite(in, out, t, "sr-Latn-RS");
     * r.changedSegments();}
     */
    public record RewriteResult(int paragraphs, int segments, int changedSegments) {
        public RewriteResult {
            if (paragraphs < 0 || segments < paragraphs || changedSegments < 0) {
                throw new IllegalArgumentException(
                        "every paragraph has a segment and no count is negative");
            }
            if (changedSegments > segments) {
                throw new IllegalArgumentException("more changed segments than segments");
            }
        }
    }

    static final int MAX_ENTRIES = 10_000;
    static final int MAX_UNPACKED_MIB = 1024;
    static final int RATIO_GRACE_MIB = 16;
    static final int MAX_RATIO = 100;
    static final int MAX_PARAGRAPH_MCHARS = 4;
    static final int MAX_MARKUP_MIB = 8;
    static final int MAX_DEPTH = 512;

    /** The bounds on what a document may make the rewriter do; tests lower them. */
    record Limits(
            int maxEntries,
            long maxUnpacked,
            long ratioGrace,
            int maxRatio,
            long maxParagraphChars,
            long maxMarkup,
            int maxDepth) {
        static final Limits DEFAULT =
                new Limits(
                        MAX_ENTRIES,
                        (long) MAX_UNPACKED_MIB << 20,
                        (long) RATIO_GRACE_MIB << 20,
                        MAX_RATIO,
                        (long) MAX_PARAGRAPH_MCHARS << 20,
                        (long) MAX_MARKUP_MIB << 20,
                        MAX_DEPTH);
    }

    static final String NOT_WORD = "not a Word document (.docx): ";

    /** What {@link #rewrite(InputStream, OutputStream, ParagraphTransform, String)} holds. */
    private static final long MAX_PACKED_IN_MEMORY = 512L * 1024 * 1024;

    private static final Set<String> TEXT_TYPES =
            PackageCheck.union(
                    PackageCheck.MAIN_TYPES,
                    PackageCheck.lowerCase(
                            XWPFRelation.HEADER,
                            XWPFRelation.FOOTER,
                            XWPFRelation.FOOTNOTE,
                            XWPFRelation.ENDNOTE,
                            XWPFRelation.COMMENT));

    /** Word 2010 keeps a second copy of the styles, with effects, beside styles.xml. */
    private static final Set<String> STYLE_TYPES =
            PackageCheck.union(
                    PackageCheck.lowerCase(XWPFRelation.STYLES),
                    Set.of("application/vnd.ms-word.styleswitheffects+xml"));

    /**
     * A fixed zip time, as reproducible builds use: the input's times are local times of an unknown
     * zone, and 1980-01-01T00:00 itself is the JDK's "before 1980" marker, for which it adds an
     * extended time stamp computed in the default time zone.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private static final Pattern LANGUAGE_TAG =
            Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private DocxTextRewriter() {}

    /**
     * Reads a .docx from {@code docx}, rewrites its text with {@code transform}, tags it with
     * {@code languageTag} (BCP 47, e.g. {@code sr-Latn-RS}) and writes the new .docx to {@code
     * out}. Neither stream is closed. Nothing is written when the input cannot be read. The
     * document is held in memory (up to 512 MiB packed); for files, use {@link #rewrite(Source,
     * OutputStream, ParagraphTransform, String)}.
     *
     * @throws DocxFormatException when the input is not a readable, unencrypted Word document
     * @throws IOException when reading {@code docx} or writing {@code out} fails
     * @throws IllegalStateException when the transform returns a list of the wrong size, a null, or
     *     a character that XML cannot hold
     */
    public static RewriteResult rewrite(
            InputStream docx, OutputStream out, ParagraphTransform transform, String languageTag)
            throws IOException {
        Objects.requireNonNull(docx, "docx");
        Objects.requireNonNull(out, "out");
        byte[] input = docx.readNBytes((int) MAX_PACKED_IN_MEMORY + 1);
        if (input.length > MAX_PACKED_IN_MEMORY) {
            throw new DocxFormatException(
                    "the Word document is too large (over "
                            + MAX_PACKED_IN_MEMORY / (1024 * 1024)
                            + " MiB)");
        }
        ByteArrayOutputStream result = new ByteArrayOutputStream(input.length + 4096);
        RewriteResult r =
                rewrite(() -> new ByteArrayInputStream(input), result, transform, languageTag);
        result.writeTo(out);
        return r;
    }

    /**
     * Reads a .docx from {@code docx} as a stream (twice: once to check it, once to rewrite it),
     * rewrites its text with {@code transform}, tags it with {@code languageTag} and writes the new
     * .docx to {@code out}, which is not closed. Memory does not grow with the document. When the
     * input is refused before the rewrite starts (not a Word document, too large, a zip bomb,
     * unsafe entry names), nothing is written; a part found damaged during the rewrite leaves a
     * partial package in {@code out}, so write to a temporary file.
     *
     * @throws DocxFormatException when the input is not a readable, unencrypted Word document or is
     *     beyond the limits in the class description
     * @throws IOException when reading {@code docx} or writing {@code out} fails
     * @throws IllegalStateException when the transform returns a list of the wrong size, a null, or
     *     a character that XML cannot hold
     */
    public static RewriteResult rewrite(
            Source docx, OutputStream out, ParagraphTransform transform, String languageTag)
            throws IOException {
        return rewrite(docx, out, transform, languageTag, Limits.DEFAULT);
    }

    static RewriteResult rewrite(
            Source docx,
            OutputStream out,
            ParagraphTransform transform,
            String languageTag,
            Limits limits)
            throws IOException {
        Objects.requireNonNull(docx, "docx");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(transform, "transform");
        Objects.requireNonNull(languageTag, "languageTag");
        if (!LANGUAGE_TAG.matcher(languageTag).matches()) {
            throw new IllegalArgumentException("not a BCP 47 language tag: " + languageTag);
        }
        PackageCheck.Checked checked = PackageCheck.check(docx, limits);

        // Why not XWPFDocument: it reaches only the elements it models (no text boxes, smart
        // tags, w:ins or w:fldSimple text), holds the whole document in memory, and its save
        // re-serializes every part it loaded, rewrites or adds core properties and stamps zip
        // times. Here every zip entry is copied as it is, except the parts whose text or
        // language changes; those are read as XML streams, so a w:t is found whatever wraps it,
        // and nothing else in the part is altered.
        PartRewriter.Counts counts = new PartRewriter.Counts();
        try (Unpacking unpacking = new Unpacking(docx.open(), limits);
                ZipOutputStream zip = new ZipOutputStream(new PartStreams.KeepOpen(out), UTF_8)) {
            int index = 0;
            for (ZipEntry e = unpacking.next(); e != null; e = unpacking.next()) {
                if (index >= checked.names().size()
                        || !checked.names().get(index).equals(e.getName())) {
                    throw new DocxFormatException(
                            "the Word document changed while it was being read; try again");
                }
                index++;
                String name = e.getName();
                String type = checked.types().of(name);
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                if (TEXT_TYPES.contains(type)) {
                    // A part with no text (a header with only a picture) is copied as it is:
                    // small parts are held, original and rewritten, until that is known.
                    PartStreams.Kept original =
                            new PartStreams.Kept(
                                    unpacking.part(name, true), PartStreams.KEPT_BYTES);
                    PartStreams.Held rewritten = new PartStreams.Held(zip, PartStreams.KEPT_BYTES);
                    Writer writer =
                            new BufferedWriter(new OutputStreamWriter(rewritten, UTF_8), 1 << 16);
                    boolean touched =
                            new PartRewriter(name, limits)
                                    .text(original, writer, transform, languageTag, counts);
                    writer.flush();
                    original.transferTo(OutputStream.nullOutputStream());
                    if (!touched && original.whole() && !rewritten.spilled()) {
                        original.writeTo(zip);
                    } else {
                        rewritten.finish();
                    }
                } else if (STYLE_TYPES.contains(type)) {
                    InputStream part = unpacking.part(name, true);
                    Writer writer =
                            new BufferedWriter(
                                    new OutputStreamWriter(new PartStreams.KeepOpen(zip), UTF_8),
                                    1 << 16);
                    new PartRewriter(name, limits).styles(part, writer, languageTag);
                    writer.flush();
                    part.transferTo(OutputStream.nullOutputStream());
                } else {
                    unpacking.part(name, false).transferTo(zip);
                }
                zip.closeEntry();
            }
            if (index != checked.names().size()) {
                throw new DocxFormatException(
                        "the Word document changed while it was being read; try again");
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            throw PackageCheck.damagedArchive(e);
        }
        return new RewriteResult(counts.paragraphs, counts.segments, counts.changed);
    }
}
