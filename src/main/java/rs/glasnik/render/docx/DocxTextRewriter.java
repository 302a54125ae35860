package rs.glasnik.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlCursor.TokenType;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * Rewrites the visible text of an existing Word document (.docx), keeping every bit of formatting,
 * and tags the rewritten runs with a language: the way a Cyrillic document becomes a Latin one.
 *
 * <p>{@code DocxTextRewriter.rewrite(in, out, segments -> toLatin(segments), "sr-Latn-RS");}
 *
 * <p>Every paragraph of every part that holds text (body with its tables, content controls,
 * hyperlinks, tracked insertions and fields; headers, footers, footnotes, endnotes, comments and
 * text boxes) is handed to the transform once, as the texts of its {@code w:t} elements in document
 * order, so the transform can use context across run boundaries. Field codes ({@code w:instrText})
 * and deleted text ({@code w:delText}) are never shown to it. A paragraph inside a text box is a
 * paragraph of its own. Word keeps a text box twice, as DrawingML and as a VML fallback ({@code
 * mc:Fallback}); a fallback paragraph with the same text as one already transformed gets the same
 * result without a second call, so warnings and counts are not doubled.
 *
 * <p>The runs whose text was handed over get {@code w:lang w:val=languageTag} (keeping {@code
 * w:eastAsia} and {@code w:bidi}), as do the document defaults and every style that names a
 * language. Nothing else changes; the output has fixed zip entry times, so the same input gives the
 * same bytes.
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

    private static final String NOT_WORD = "not a Word document (.docx): ";

    /** Bounds what a hostile zip can make us hold in memory (both packed and unpacked). */
    private static final long MAX_PACKAGE_BYTES = 512L * 1024 * 1024;

    private static final int MAX_ENTRIES = 10_000;

    private static final String CONTENT_TYPES_ENTRY = "[Content_Types].xml";

    private static final String W_TRANSITIONAL =
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    private static final QName XML_SPACE = new QName(XMLConstants.XML_NS_URI, "space");

    /** Markup compatibility: a consumer reads either mc:Choice or mc:Fallback, never both. */
    private static final QName FALLBACK =
            new QName("http://schemas.openxmlformats.org/markup-compatibility/2006", "Fallback");

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

    /** Children of w:rPr that the schema puts after w:lang; a new w:lang goes before them. */
    private static final Set<String> AFTER_LANG =
            Set.of("eastAsianLayout", "specVanish", "oMath", "rPrChange");

    /**
     * A fixed zip time, as reproducible builds use: the input's times are local times of an unknown
     * zone, and 1980-01-01T00:00 itself is the JDK's "before 1980" marker, for which it adds an
     * extended time stamp computed in the default time zone.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private static final byte[] XML_DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n".getBytes(UTF_8);

    private static final Pattern LANGUAGE_TAG =
            Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private DocxTextRewriter() {}

    /**
     * Reads a .docx from {@code docx}, rewrites its text with {@code transform}, tags it with
     * {@code languageTag} (BCP 47, e.g. {@code sr-Latn-RS}) and writes the new .docx to {@code
     * out}. Neither stream is closed. Nothing is written when the input cannot be read.
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
        Objects.requireNonNull(transform, "transform");
        Objects.requireNonNull(languageTag, "languageTag");
        if (!LANGUAGE_TAG.matcher(languageTag).matches()) {
            throw new IllegalArgumentException("not a BCP 47 language tag: " + languageTag);
        }
        byte[] input = readBounded(docx);
        requireZip(input);
        List<Entry> entries = unzip(input);
        requireNotOpenDocument(entries);
        ContentTypes types = ContentTypes.of(entries);
        if (entries.stream().noneMatch(e -> MAIN_TYPES.contains(types.of(e.name())))) {
            throw new DocxFormatException(
                    NOT_WORD + "the package has no Word main document (is it another format?)");
        }

        // Why not XWPFDocument: it reaches only the elements it models (no text boxes, smart
        // tags, w:ins or w:fldSimple text), and its save re-serializes every part it loaded,
        // rewrites or adds core properties and stamps zip times. Here every zip entry is copied
        // as it is, except the parts whose text or language changes; those are read untyped with
        // XmlBeans and walked token by token, so a w:t is found whatever wraps it, and nothing
        // else in the part is altered.
        Counts counts = new Counts();
        List<Entry> result = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            String type = types.of(entry.name());
            byte[] data = entry.data();
            if (TEXT_TYPES.contains(type)) {
                data = rewriteTextPart(entry, transform, languageTag, counts);
            } else if (STYLE_TYPES.contains(type)) {
                data = rewriteStylesPart(entry, languageTag);
            }
            result.add(new Entry(entry.name(), data));
        }
        zip(result, out);
        return new RewriteResult(counts.paragraphs, counts.segments, counts.changed);
    }

    // ---- parts

    private static byte[] rewriteTextPart(
            Entry entry, ParagraphTransform transform, String tag, Counts counts)
            throws IOException {
        XmlObject part = parse(entry);
        String w = wordNamespace(part);
        if (w == null) {
            return entry.data();
        }
        boolean touched = false;
        Set<XmlObject> taggedRuns = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<List<String>, List<String>> transformed = new HashMap<>();
        for (Paragraph paragraph : paragraphs(part, w)) {
            if (paragraph.texts.isEmpty()) {
                continue;
            }
            touched = true;
            List<String> before = new ArrayList<>(paragraph.texts.size());
            for (XmlObject text : paragraph.texts) {
                before.add(textOf(text));
            }
            List<String> after = paragraph.inFallback ? transformed.get(before) : null;
            boolean counted = after == null;
            if (counted) {
                after = transform.apply(Collections.unmodifiableList(before));
                requireSameShape(before, after, entry.name());
                after = List.copyOf(after);
                transformed.putIfAbsent(List.copyOf(before), after);
                counts.paragraphs++;
                counts.segments += before.size();
            }
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    setText(paragraph.texts.get(i), after.get(i));
                    counts.changed += counted ? 1 : 0;
                }
                tagRun(paragraph.texts.get(i), w, tag, taggedRuns);
            }
            retagParagraphMark(paragraph.element, w, tag);
        }
        return touched ? save(part) : entry.data();
    }

    private static byte[] rewriteStylesPart(Entry entry, String tag) throws IOException {
        XmlObject part = parse(entry);
        String w = wordNamespace(part);
        if (w == null) {
            return entry.data();
        }
        try (XmlCursor c = part.newCursor()) {
            c.toFirstChild();
            if (!isWord(c.getName(), w, "styles")) {
                return entry.data();
            }
            // The schema wants w:docDefaults first in w:styles and w:rPrDefault first in it.
            toChildOrNewFirstChild(c, new QName(w, "docDefaults"));
            toChildOrNewFirstChild(c, new QName(w, "rPrDefault"));
            toChildOrNewFirstChild(c, new QName(w, "rPr"));
            setLanguage(c, w, tag);
        }
        for (XmlObject lang : styleLanguages(part, w)) {
            try (XmlCursor c = lang.newCursor()) {
                c.setAttributeText(new QName(w, "val"), tag);
            }
        }
        return save(part);
    }

    /** Each w:p of the part in document order, with the w:t elements that are its own. */
    private static List<Paragraph> paragraphs(XmlObject part, String w) {
        List<Paragraph> all = new ArrayList<>();
        Deque<Paragraph> open = new ArrayDeque<>();
        Deque<QName> elements = new ArrayDeque<>();
        int fallbacks = 0;
        try (XmlCursor c = part.newCursor()) {
            for (TokenType t = c.toNextToken(); !t.isNone() && !t.isEnddoc(); ) {
                if (t.isStart()) {
                    QName name = c.getName();
                    elements.push(name);
                    fallbacks += FALLBACK.equals(name) ? 1 : 0;
                    if (isWord(name, w, "p")) {
                        Paragraph p = new Paragraph(c.getObject(), fallbacks > 0);
                        all.add(p);
                        open.push(p);
                    } else if (isWord(name, w, "t") && !open.isEmpty()) {
                        // The nearest enclosing paragraph owns the text, so a text box
                        // paragraph nested in a run is never part of the outer one.
                        open.peek().texts.add(c.getObject());
                    }
                } else if (t.isEnd()) {
                    QName name = elements.pop();
                    fallbacks -= FALLBACK.equals(name) ? 1 : 0;
                    if (isWord(name, w, "p")) {
                        open.pop();
                    }
                }
                t = c.toNextToken();
            }
        }
        return all;
    }

    /** The w:lang elements inside w:style elements, except old formatting in w:rPrChange. */
    private static List<XmlObject> styleLanguages(XmlObject part, String w) {
        List<XmlObject> found = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        try (XmlCursor c = part.newCursor()) {
            for (TokenType t = c.toNextToken(); !t.isNone() && !t.isEnddoc(); ) {
                if (t.isStart()) {
                    QName name = c.getName();
                    String local = w.equals(name.getNamespaceURI()) ? name.getLocalPart() : "";
                    if (local.equals("lang")
                            && path.contains("style")
                            && !path.contains("rPrChange")) {
                        found.add(c.getObject());
                    }
                    path.push(local);
                } else if (t.isEnd()) {
                    path.pop();
                }
                t = c.toNextToken();
            }
        }
        return found;
    }

    private static void requireSameShape(List<String> before, List<String> after, String part) {
        if (after == null || after.size() != before.size()) {
            throw new IllegalStateException(
                    "the transform returned "
                            + (after == null ? "null" : after.size() + " segments")
                            + " for a paragraph of "
                            + before.size()
                            + " in "
                            + part);
        }
        for (String segment : after) {
            if (segment == null) {
                throw new IllegalStateException("the transform returned a null segment in " + part);
            }
            segment.codePoints()
                    .filter(cp -> !isXmlChar(cp))
                    .findFirst()
                    .ifPresent(
                            cp -> {
                                throw new IllegalStateException(
                                        "the transform returned U+"
                                                + Integer.toHexString(cp).toUpperCase(Locale.ROOT)
                                                + ", which XML cannot hold, in "
                                                + part);
                            });
        }
    }

    /** XML 1.0 Char; a lone surrogate arrives here as its own code point and fails too. */
    private static boolean isXmlChar(int cp) {
        return cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    private static String textOf(XmlObject element) {
        try (XmlCursor c = element.newCursor()) {
            return c.getTextValue();
        }
    }

    private static void setText(XmlObject text, String value) {
        try (XmlCursor c = text.newCursor()) {
            if (needsPreserve(value)) {
                c.setAttributeText(XML_SPACE, "preserve");
            }
            c.setTextValue(value);
        }
    }

    /** Word drops leading and trailing white space (and collapses runs) unless told not to. */
    private static boolean needsPreserve(String value) {
        if (value.isEmpty()) {
            return false;
        }
        return isXmlSpace(value.charAt(0))
                || isXmlSpace(value.charAt(value.length() - 1))
                || value.contains("  ");
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Sets the language of the w:r that holds this w:t, once per run. */
    private static void tagRun(XmlObject text, String w, String tag, Set<XmlObject> tagged) {
        try (XmlCursor c = text.newCursor()) {
            if (!c.toParent() || !isWord(c.getName(), w, "r") || !tagged.add(c.getObject())) {
                return;
            }
            // w:rPr is always the first child of w:r.
            toChildOrNewFirstChild(c, new QName(w, "rPr"));
            setLanguage(c, w, tag);
        }
    }

    /**
     * A paragraph mark that names a language would keep the old one, and Word gives it to the text
     * typed at the end of the paragraph.
     */
    private static void retagParagraphMark(XmlObject paragraph, String w, String tag) {
        try (XmlCursor c = paragraph.newCursor()) {
            if (c.toChild(new QName(w, "pPr"))
                    && c.toChild(new QName(w, "rPr"))
                    && c.toChild(new QName(w, "lang"))) {
                c.setAttributeText(new QName(w, "val"), tag);
            }
        }
    }

    /** Sets w:lang/@w:val in the w:rPr at the cursor, adding w:lang where the schema wants it. */
    private static void setLanguage(XmlCursor rPr, String w, String tag) {
        QName lang = new QName(w, "lang");
        try (XmlCursor c = rPr.newCursor()) {
            if (!c.toChild(lang)) {
                boolean beforeSibling = false;
                if (c.toFirstChild()) {
                    do {
                        QName name = c.getName();
                        beforeSibling =
                                !w.equals(name.getNamespaceURI())
                                        || AFTER_LANG.contains(name.getLocalPart());
                    } while (!beforeSibling && c.toNextSibling());
                }
                if (!beforeSibling) {
                    c.toCursor(rPr);
                    c.toEndToken();
                }
                c.insertElement(lang);
                c.toPrevSibling();
            }
            c.setAttributeText(new QName(w, "val"), tag);
        }
    }

    /** Moves the cursor to the child element with this name, first creating it if missing. */
    private static void toChildOrNewFirstChild(XmlCursor c, QName name) {
        try (XmlCursor child = c.newCursor()) {
            if (child.toChild(name)) {
                c.toCursor(child);
                return;
            }
        }
        if (!c.toFirstChild()) {
            c.toEndToken();
        }
        c.insertElement(name);
        c.toPrevSibling();
    }

    private static String wordNamespace(XmlObject part) {
        try (XmlCursor c = part.newCursor()) {
            if (!c.toFirstChild()) {
                return null;
            }
            String ns = c.getName().getNamespaceURI();
            return ns.equals(W_TRANSITIONAL) || ns.equals(W_STRICT) ? ns : null;
        }
    }

    private static boolean isWord(QName name, String w, String local) {
        return local.equals(name.getLocalPart()) && w.equals(name.getNamespaceURI());
    }

    // ---- XML

    private static XmlObject parse(Entry entry) throws DocxFormatException {
        XmlOptions options = new XmlOptions();
        options.setDisallowDocTypeDeclaration(true);
        try (InputStream in = new ByteArrayInputStream(entry.data())) {
            return XmlBeans.getBuiltinTypeSystem().parse(in, null, options);
        } catch (XmlException | IOException | RuntimeException e) {
            throw new DocxFormatException(
                    NOT_WORD + "the part " + entry.name() + " is damaged (" + oneLine(e) + ")", e);
        }
    }

    private static byte[] save(XmlObject part) throws IOException {
        XmlOptions options = new XmlOptions();
        options.setCharacterEncoding("UTF-8");
        options.setSaveNoXmlDecl();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // XmlBeans drops standalone="yes" from the declaration; Word writes it, so we do too.
        bytes.write(XML_DECLARATION);
        part.save(bytes, options);
        return bytes.toByteArray();
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    // ---- zip

    private record Entry(String name, byte[] data) {}

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_PACKAGE_BYTES + 1);
        if (bytes.length > MAX_PACKAGE_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    private static DocxFormatException tooLarge() {
        return new DocxFormatException(
                "the Word document is too large (over "
                        + MAX_PACKAGE_BYTES / (1024 * 1024)
                        + " MiB unpacked)");
    }

    private static void requireZip(byte[] input) throws DocxFormatException {
        if (input.length == 0) {
            throw new DocxFormatException(NOT_WORD + "the file is empty");
        }
        FileMagic magic = FileMagic.valueOf(input);
        switch (magic) {
            case OOXML:
                return;
            case OLE2:
                throw compoundFileProblem(input);
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
    private static DocxFormatException compoundFileProblem(byte[] input) {
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

    /** A LibreOffice file renamed to .docx is a common mistake; name it. */
    private static void requireNotOpenDocument(List<Entry> entries) throws DocxFormatException {
        for (Entry entry : entries) {
            if (entry.name().equals("mimetype")
                    && new String(entry.data(), UTF_8).startsWith("application/vnd.oasis")) {
                throw new DocxFormatException(
                        NOT_WORD
                                + "it is an OpenDocument file (.odt); open it in LibreOffice and"
                                + " save it as Word (.docx)");
            }
        }
    }

    private static List<Entry> unzip(byte[] input) throws DocxFormatException {
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(input), UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (entries.size() == MAX_ENTRIES) {
                    throw new DocxFormatException(
                            NOT_WORD + "the zip archive has over " + MAX_ENTRIES + " entries");
                }
                // Part names are case-insensitive; two entries for one part are ambiguous.
                if (!names.add(e.getName().toLowerCase(Locale.ROOT))) {
                    throw new DocxFormatException(
                            NOT_WORD + "the zip archive holds " + e.getName() + " twice");
                }
                byte[] data = readEntry(zip, MAX_PACKAGE_BYTES - total);
                total += data.length;
                entries.add(new Entry(e.getName(), data));
            }
        } catch (DocxFormatException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            // The bytes are in memory already, so any failure here is a damaged archive.
            throw new DocxFormatException(
                    NOT_WORD + "the zip archive is damaged (" + oneLine(e) + ")", e);
        }
        if (entries.isEmpty()) {
            throw new DocxFormatException(NOT_WORD + "the zip archive is empty or damaged");
        }
        return entries;
    }

    private static byte[] readEntry(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (bytes.size() + (long) n > limit) {
                throw tooLarge();
            }
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }

    private static void zip(List<Entry> entries, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), UTF_8)) {
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                zipEntry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(zipEntry);
                zip.write(entry.data());
                zip.closeEntry();
            }
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

    /** [Content_Types].xml: how OPC says which entry is which part, by name or by extension. */
    private record ContentTypes(Map<String, String> byExtension, Map<String, String> byPart) {
        static ContentTypes of(List<Entry> entries) throws DocxFormatException {
            Entry entry =
                    entries.stream()
                            .filter(e -> e.name().equalsIgnoreCase(CONTENT_TYPES_ENTRY))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new DocxFormatException(
                                                    NOT_WORD
                                                            + "the zip archive has no "
                                                            + CONTENT_TYPES_ENTRY));
            Map<String, String> byExtension = new HashMap<>();
            Map<String, String> byPart = new HashMap<>();
            try (XmlCursor c = parse(entry).newCursor()) {
                for (TokenType t = c.toNextToken(); !t.isNone() && !t.isEnddoc(); ) {
                    if (t.isStart()) {
                        String local = c.getName().getLocalPart();
                        String type = c.getAttributeText(new QName("ContentType"));
                        String extension = c.getAttributeText(new QName("Extension"));
                        String part = c.getAttributeText(new QName("PartName"));
                        if (type != null && local.equals("Default") && extension != null) {
                            byExtension.put(lower(extension), lower(type));
                        } else if (type != null && local.equals("Override") && part != null) {
                            byPart.put(partKey(part), lower(type));
                        }
                    }
                    t = c.toNextToken();
                }
            }
            return new ContentTypes(byExtension, byPart);
        }

        String of(String entryName) {
            String type = byPart.get(partKey("/" + entryName));
            if (type != null) {
                return type;
            }
            int dot = entryName.lastIndexOf('.');
            int slash = entryName.lastIndexOf('/');
            if (dot <= slash) {
                return "";
            }
            return byExtension.getOrDefault(lower(entryName.substring(dot + 1)), "");
        }

        /** Part names compare case-insensitively and may be percent-encoded. */
        private static String partKey(String partName) {
            return lower(percentDecoded(partName.strip()));
        }

        private static String percentDecoded(String s) {
            if (s.indexOf('%') < 0) {
                return s;
            }
            StringBuilder decoded = new StringBuilder();
            ByteArrayOutputStream pending = new ByteArrayOutputStream();
            for (int i = 0; i < s.length(); i++) {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (s.charAt(i) == '%' && hi >= 0 && lo >= 0) {
                    pending.write(hi * 16 + lo);
                    i += 2;
                } else {
                    decoded.append(pending.toString(UTF_8)).append(s.charAt(i));
                    pending.reset();
                }
            }
            return decoded.append(pending.toString(UTF_8)).toString();
        }
    }

    // ---- small helpers

    private static final class Paragraph {
        final XmlObject element;
        final boolean inFallback;
        final List<XmlObject> texts = new ArrayList<>();

        Paragraph(XmlObject element, boolean inFallback) {
            this.element = element;
            this.inFallback = inFallback;
        }
    }

    private static final class Counts {
        int paragraphs;
        int segments;
        int changed;
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> lowerCase(XWPFRelation... relations) {
        return Stream.of(relations)
                .map(r -> lower(r.getContentType()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
