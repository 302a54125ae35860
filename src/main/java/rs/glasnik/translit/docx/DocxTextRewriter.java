package rs.glasnik.translit.docx;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import rs.glasnik.translit.docx.PartRewriter.ContentTypes;

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

    /** An Office 97-2003 file is read whole to say what it is; beyond this it is just named. */
    private static final int MAX_COMPOUND_FILE = 64 * 1024 * 1024;

    private static final String CONTENT_TYPES_ENTRY = "[Content_Types].xml";

    private static final Set<String> MAIN_TYPES =
            lowerCase(
                    XWPFRelation.DOCUMENT,
                    XWPFRelation.TEMPLATE,
                    XWPFRelation.MACRO_DOCUMENT,
                    XWPFRelation.MACRO_TEMPLATE_DOCUMENT);

    private static final Set<String> TEXT_TYPES =
            union(
                    MAIN_TYPES,
                    lowerCase(
                            XWPFRelation.HEADER,
                            XWPFRelation.FOOTER,
                            XWPFRelation.FOOTNOTE,
                            XWPFRelation.ENDNOTE,
                            XWPFRelation.COMMENT));

    /** Word 2010 keeps a second copy of the styles, with effects, beside styles.xml. */
    private static final Set<String> STYLE_TYPES =
            union(
                    lowerCase(XWPFRelation.STYLES),
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
        Checked checked = check(docx, limits);

        // Why not XWPFDocument: it reaches only the elements it models (no text boxes, smart
        // tags, w:ins or w:fldSimple text), holds the whole document in memory, and its save
        // re-serializes every part it loaded, rewrites or adds core properties and stamps zip
        // times. Here every zip entry is copied as it is, except the parts whose text or
        // language changes; those are read as XML streams, so a w:t is found whatever wraps it,
        // and nothing else in the part is altered.
        PartRewriter.Counts counts = new PartRewriter.Counts();
        try (Unpacking unpacking = new Unpacking(docx.open(), limits);
                ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), UTF_8)) {
            int index = 0;
            for (ZipEntry e = unpacking.next(); e != null; e = unpacking.next()) {
                if (index >= checked.names.size()
                        || !checked.names.get(index).equals(e.getName())) {
                    throw new DocxFormatException(
                            "the Word document changed while it was being read; try again");
                }
                index++;
                String name = e.getName();
                String type = checked.types.of(name);
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                if (TEXT_TYPES.contains(type)) {
                    // A part with no text (a header with only a picture) is copied as it is:
                    // small parts are held, original and rewritten, until that is known.
                    Kept original = new Kept(unpacking.part(name, true), KEPT_BYTES);
                    Held rewritten = new Held(zip, KEPT_BYTES);
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
                                    new OutputStreamWriter(new KeepOpen(zip), UTF_8), 1 << 16);
                    new PartRewriter(name, limits).styles(part, writer, languageTag);
                    writer.flush();
                    part.transferTo(OutputStream.nullOutputStream());
                } else {
                    unpacking.part(name, false).transferTo(zip);
                }
                zip.closeEntry();
            }
            if (index != checked.names.size()) {
                throw new DocxFormatException(
                        "the Word document changed while it was being read; try again");
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            throw damagedArchive(e);
        }
        return new RewriteResult(counts.paragraphs, counts.segments, counts.changed);
    }

    // ---- the first pass: is this a Word document we may rewrite?

    /** The entry names in order, and the content types. */
    private record Checked(List<String> names, ContentTypes types) {}

    private static Checked check(Source docx, Limits limits) throws IOException {
        byte[] head;
        try (InputStream in = docx.open()) {
            head = in.readNBytes(64);
        }
        requireZip(head, docx);
        List<String> names = new ArrayList<>();
        Set<String> lowerNames = new HashSet<>();
        ContentTypes types = null;
        boolean openDocument = false;
        try (Unpacking unpacking = new Unpacking(docx.open(), limits)) {
            for (ZipEntry e = unpacking.next(); e != null; e = unpacking.next()) {
                if (names.size() == limits.maxEntries()) {
                    throw new DocxFormatException(
                            NOT_WORD
                                    + "the zip archive has over "
                                    + limits.maxEntries()
                                    + " entries");
                }
                String name = e.getName();
                requireSafeName(name);
                // Part names are case-insensitive; two entries for one part are ambiguous.
                if (!lowerNames.add(name.toLowerCase(Locale.ROOT))) {
                    throw new DocxFormatException(
                            NOT_WORD + "the zip archive holds " + shown(name) + " twice");
                }
                names.add(name);
                if (name.equalsIgnoreCase(CONTENT_TYPES_ENTRY) && types == null) {
                    InputStream part = unpacking.part(name, true);
                    types = new PartRewriter(name, limits).contentTypes(part);
                    part.transferTo(OutputStream.nullOutputStream());
                } else if (name.equals("mimetype")) {
                    InputStream part = unpacking.part(name, false);
                    openDocument =
                            new String(part.readNBytes(64), UTF_8)
                                    .startsWith("application/vnd.oasis");
                    part.transferTo(OutputStream.nullOutputStream());
                } else {
                    unpacking.part(name, false).transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            throw damagedArchive(e);
        }
        if (names.isEmpty()) {
            throw new DocxFormatException(NOT_WORD + "the zip archive is empty or damaged");
        }
        // A LibreOffice file renamed to .docx is a common mistake; name it.
        if (openDocument) {
            throw new DocxFormatException(
                    NOT_WORD
                            + "it is an OpenDocument file (.odt); open it in LibreOffice and"
                            + " save it as Word (.docx)");
        }
        if (types == null) {
            throw new DocxFormatException(
                    NOT_WORD + "the zip archive has no " + CONTENT_TYPES_ENTRY);
        }
        ContentTypes known = types;
        if (names.stream().noneMatch(n -> MAIN_TYPES.contains(known.of(n)))) {
            throw new DocxFormatException(
                    NOT_WORD + "the package has no Word main document (is it another format?)");
        }
        return new Checked(List.copyOf(names), types);
    }

    /**
     * A name that could reach outside a folder the package is unpacked into, or that readers take
     * differently, is refused: absolute, with a drive, {@code ..} or {@code .} segments, empty
     * segments, a backslash, or a control character.
     */
    private static void requireSafeName(String name) throws DocxFormatException {
        boolean safe =
                !name.isEmpty()
                        && !name.startsWith("/")
                        && name.indexOf('\\') < 0
                        && !name.matches("(?s)[A-Za-z]:.*")
                        && name.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
        String[] segments = name.split("/", -1);
        for (int i = 0; safe && i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            safe = !segment.equals("..") && !segment.equals(".") && (!segment.isEmpty() || last);
        }
        if (!safe) {
            throw new DocxFormatException(
                    NOT_WORD
                            + "the zip archive holds an entry named "
                            + shown(name)
                            + ", a path that is absolute, goes up with '..' or has a backslash;"
                            + " Word never writes such names");
        }
    }

    /** A name as a person can read it, whatever it holds. */
    private static String shown(String name) {
        StringBuilder out = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < name.length() && shown < 120; i++, shown++) {
            char c = name.charAt(i);
            if (c < 0x20
                    || c == 0x7F
                    || (c >= 0x80 && c < 0xA0)
                    || c == '\u2028'
                    || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(name.length() > 120 ? "…'" : "'").toString();
    }

    private static void requireZip(byte[] head, Source docx) throws IOException {
        if (head.length == 0) {
            throw new DocxFormatException(NOT_WORD + "the file is empty");
        }
        FileMagic magic = FileMagic.valueOf(head);
        switch (magic) {
            case OOXML:
                return;
            case OLE2:
                throw compoundFileProblem(docx);
            case WORD2:
            case MSWRITE:
                throw new DocxFormatException(
                        NOT_WORD
                                + "it is a very old Word file; open it in Word or LibreOffice"
                                + " and save it as .docx");
            case RTF:
                throw new DocxFormatException(
                        NOT_WORD + "it is an RTF file; open it in Word and save it as .docx");
            case PDF:
            case HTML:
            case XML:
                throw new DocxFormatException(
                        NOT_WORD + "it is a " + magic.name() + " file, not a zip archive");
            default:
                throw new DocxFormatException(NOT_WORD + "it is not a zip archive");
        }
    }

    /** Office keeps both encrypted .docx and old .doc files in an OLE2 compound file. */
    private static DocxFormatException compoundFileProblem(Source docx) throws IOException {
        byte[] input;
        try (InputStream in = docx.open()) {
            input = in.readNBytes(MAX_COMPOUND_FILE + 1);
        }
        if (input.length > MAX_COMPOUND_FILE) {
            return new DocxFormatException(
                    NOT_WORD
                            + "it is an Office 97-2003 file (an old .doc, or a .docx with a"
                            + " password); open it in Word and save it as .docx without one");
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(input))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new DocxFormatException(
                        "the Word document is encrypted (password-protected); open it in Word,"
                                + " remove the password and save it again");
            }
            if (root.hasEntry("WordDocument")) {
                return new DocxFormatException(
                        NOT_WORD
                                + "it is an old Word 97-2003 .doc file; open it in Word or"
                                + " LibreOffice and save it as .docx");
            }
        } catch (IOException | RuntimeException e) {
            return new DocxFormatException(NOT_WORD + "it is a damaged Office 97-2003 file", e);
        }
        return new DocxFormatException(NOT_WORD + "it is an Office 97-2003 file of another kind");
    }

    private static DocxFormatException damagedArchive(Exception e) {
        return new DocxFormatException(
                NOT_WORD + "the zip archive is damaged (" + oneLine(e) + ")", e);
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    // ---- unpacking, counted

    /**
     * The entries of a zip stream, each unpacked through a counter that enforces the limits on what
     * is unpacked; the packed bytes are counted below the inflater for the ratio.
     */
    private static final class Unpacking implements AutoCloseable {
        private final Counted packed;
        private final ZipInputStream zip;
        private final Limits limits;
        private long unpacked;

        Unpacking(InputStream in, Limits limits) {
            this.packed = new Counted(new BufferedInputStream(in, 1 << 16));
            this.zip = new ZipInputStream(packed, UTF_8);
            this.limits = limits;
        }

        ZipEntry next() throws IOException {
            return zip.getNextEntry();
        }

        /** The current entry's bytes; {@code xml} also bounds each piece of markup. */
        InputStream part(String name, boolean xml) {
            long packedAtStart = packed.count;
            return new InputStream() {
                private long size;
                private final MarkupGuard markup = xml ? new MarkupGuard() : null;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    int n = read(one, 0, 1);
                    return n < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = zip.read(b, off, len);
                    if (n <= 0) {
                        return n;
                    }
                    size += n;
                    unpacked += n;
                    if (unpacked > limits.maxUnpacked()) {
                        throw new DocxFormatException(
                                "the Word document unpacks to over "
                                        + size(limits.maxUnpacked())
                                        + ", more than glasnik converts");
                    }
                    long packedSize = Math.max(1, packed.count - packedAtStart);
                    if (size > limits.ratioGrace() && size / packedSize >= limits.maxRatio()) {
                        throw new DocxFormatException(
                                "the part "
                                        + shown(name)
                                        + " unpacks to over "
                                        + limits.maxRatio()
                                        + " times its packed size, as no real document does"
                                        + " (a zip bomb?)");
                    }
                    if (markup != null && !markup.accept(b, off, n, limits.maxMarkup())) {
                        throw new DocxFormatException(
                                "the part "
                                        + shown(name)
                                        + " has a tag, comment or text of over "
                                        + size(limits.maxMarkup())
                                        + ", more than glasnik converts");
                    }
                    return n;
                }

                @Override
                public void close() {
                    // The zip stream is the caller's.
                }
            };
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /**
     * Measures, byte by byte, how long the current piece of XML markup is: a run of bytes with no
     * {@code <} (a tag with its attributes, or text), or a comment, processing instruction or CDATA
     * section, which may hold {@code <}. The XML reader holds each of these whole, so each is
     * bounded.
     */
    static final class MarkupGuard {
        private static final int TEXT = 0;
        private static final int LESS = 1;
        private static final int BANG = 2;
        private static final int BANG_DASH = 3;
        private static final int COMMENT = 4;
        private static final int INSTRUCTION = 5;
        private static final int CDATA = 6;

        private int state = TEXT;
        private long length;
        private int previous;
        private int beforePrevious;

        boolean accept(byte[] b, int off, int len, long max) {
            for (int i = off; i < off + len; i++) {
                int c = b[i] & 0xFF;
                switch (state) {
                    case LESS -> state = c == '!' ? BANG : c == '?' ? INSTRUCTION : TEXT;
                    case BANG -> state = c == '-' ? BANG_DASH : c == '[' ? CDATA : TEXT;
                    case BANG_DASH -> state = c == '-' ? COMMENT : TEXT;
                    case COMMENT -> {
                        if (c == '>' && previous == '-' && beforePrevious == '-') {
                            state = TEXT;
                        }
                    }
                    case INSTRUCTION -> {
                        if (c == '>' && previous == '?') {
                            state = TEXT;
                        }
                    }
                    case CDATA -> {
                        if (c == '>' && previous == ']' && beforePrevious == ']') {
                            state = TEXT;
                        }
                    }
                    default -> {
                        if (c == '<') {
                            state = LESS;
                            length = 0;
                        }
                    }
                }
                if (++length > max) {
                    return false;
                }
                beforePrevious = previous;
                previous = c;
            }
            return true;
        }
    }

    /** Counts the bytes read through it. */
    private static final class Counted extends FilterInputStream {
        long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** How much of a text part is held to copy it unchanged when it has no text. */
    private static final int KEPT_BYTES = 1 << 20;

    /** Passes a stream through, keeping its first bytes, up to a limit. */
    private static final class Kept extends FilterInputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final int limit;
        private boolean whole = true;

        Kept(InputStream in, int limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0 && whole) {
                if (kept.size() + n > limit) {
                    whole = false;
                    kept.reset();
                } else {
                    kept.write(b, off, n);
                }
            }
            return n;
        }

        @Override
        public void close() {
            // The XML reader closes what it reads at the end; the zip stream is the caller's.
        }

        boolean whole() {
            return whole;
        }

        void writeTo(OutputStream out) throws IOException {
            kept.writeTo(out);
        }
    }

    /** Holds what is written up to a limit; beyond it, writes all of it through from then on. */
    private static final class Held extends OutputStream {
        private final OutputStream out;
        private final int limit;
        private ByteArrayOutputStream held = new ByteArrayOutputStream();

        Held(OutputStream out, int limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (held != null && held.size() + len > limit) {
                held.writeTo(out);
                held = null;
            }
            if (held == null) {
                out.write(b, off, len);
            } else {
                held.write(b, off, len);
            }
        }

        boolean spilled() {
            return held == null;
        }

        /** Writes what is still held. */
        void finish() throws IOException {
            if (held != null) {
                held.writeTo(out);
                held = null;
            }
        }

        @Override
        public void close() {
            // Closing the writer must not close the zip entry.
        }
    }

    /** The caller owns the output stream; closing the zip must only flush it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    // ---- small helpers

    /** "1 GiB", "8 MiB", "4 KiB": limits are whole units. */
    private static String size(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MiB";
        }
        return bytes >= 1024 ? (bytes >> 10) + " KiB" : bytes + " bytes";
    }

    private static Set<String> lowerCase(XWPFRelation... relations) {
        return Stream.of(relations)
                .map(r -> PartRewriter.lower(r.getContentType()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
