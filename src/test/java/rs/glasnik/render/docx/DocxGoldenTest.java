package rs.glasnik.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import rs.glasnik.TestFiles;
import rs.glasnik.model.LocaleTag;

/**
 * Every example in every locale, rendered with a fixed time, read back with POI and dumped as
 * readable text that is compared with {@code src/test/resources/golden/docx/<id>.<lang>.txt}. A
 * missing golden file is written and the test fails until someone has reviewed it; {@code
 * -Dglasnik.golden.update=true} rewrites them all, and the diff is reviewed like code.
 *
 * <p>The dump has one line per body element: a paragraph as {@code [Style props] text}, a table row
 * as {@code | cell | cell |} (paragraphs within a cell joined by {@code ¶}); then the headers,
 * footers, core properties, list numbering and page. In the text, {@code *italic*}, {@code
 * **bold**}, {@code {upright}…{/upright}} (italic switched off in an italic style), {@code `code`},
 * {@code [text](url)}, {@code ↵} (line break), {@code {PAGE}} (a field), {@code {picture WxH EMU,
 * png, alt: …}}; NBSP is {@code ⍽}, a soft hyphen {@code <shy>}. A run in a language other than the
 * document's is marked {@code {lang xx}…{/lang}}. The TOC field, whose result spans paragraphs, is
 * shown as {@code {TOC …}} followed by its entries, and its end as {@code {end of field}}.
 */
class DocxGoldenTest {
    static final Instant CREATED = Instant.parse("2026-11-27T00:00:00Z");

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "docx");

    static final String UPDATE_PROPERTY = "glasnik.golden.update";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WP =
            "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /** Differing lines shown on each side of a failing comparison, at most. */
    private static final int SHOWN = 8;

    private static final int CONTEXT = 2;

    static Stream<Arguments> examplesAndLocales() {
        List<Arguments> out = new ArrayList<>();
        for (String id : ExampleDocuments.ids()) {
            for (LocaleTag locale : LocaleTag.values()) {
                out.add(Arguments.of(id, locale));
            }
        }
        assertEquals(15, out.size(), "five examples in three locales");
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examplesAndLocales")
    void theDocxMatchesItsGoldenDump(String id, LocaleTag locale) throws Exception {
        ExampleDocuments.Example example = ExampleDocuments.example(id, locale);
        byte[] docx =
                DocxRenderer.render(
                        example.document(), ExampleDocuments.template(), example.assets(), CREATED);
        String actual;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            actual = dump(doc);
        }
        Path file = GOLDEN.resolve(id + "." + locale.tag() + ".txt");
        assertMatchesGolden(file, actual, "the DOCX of " + id + " in " + locale.tag());
    }

    /**
     * Compares a dump with its golden file: writes a missing one (and fails), rewrites it with
     * {@code -Dglasnik.golden.update=true}, or fails with the first difference.
     */
    static void assertMatchesGolden(Path file, String actual, String what) throws IOException {
        boolean update = Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false"));
        Optional<String> expected =
                Files.exists(file)
                        ? Optional.of(Files.readString(file, UTF_8).replace("\r\n", "\n"))
                        : Optional.empty();
        if (expected.isPresent() && expected.get().equals(actual)) {
            return;
        }
        if (update || expected.isEmpty()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, UTF_8);
            if (!update) {
                fail("golden written, review it: " + file);
            }
            return;
        }
        fail(
                what
                        + " differs from "
                        + file
                        + " (if the change is intended, rerun with -D"
                        + UPDATE_PROPERTY
                        + "=true and review the diff)\n"
                        + diff(lines(expected.get()), lines(actual)));
    }

    @Test
    void theDiffShowsTheFirstDifferingLinesWithTheirNumbers() {
        List<String> expected = List.of("a", "b", "c", "d", "e", "f");
        List<String> actual = List.of("a", "b", "c", "D", "e", "f");
        assertEquals(
                String.join(
                        "\n",
                        "@@ -4,1 +4,1 @@",
                        "     2 b",
                        "     3 c",
                        "-    4 d",
                        "+    4 D",
                        "     5 e",
                        "     6 f",
                        ""),
                diff(expected, actual));
        assertEquals(
                String.join("\n", "@@ -3,0 +3,1 @@", "     1 a", "     2 b", "+    3 c", ""),
                diff(List.of("a", "b"), List.of("a", "b", "c")));
    }

    // ---- the dump

    /** The readable text of a Word document: body, headers and footers, properties, page. */
    static String dump(XWPFDocument doc) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        String language = core.getUnderlyingProperties().getLanguageProperty().orElse("");
        List<String> out = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            element(element, language, out);
        }
        headersAndFooters(doc, language, out);

        out.add("--- core");
        out.add("title: " + value(core.getTitle()));
        out.add("subject: " + value(core.getSubject()));
        out.add("creator: " + value(core.getCreator()));
        out.add("keywords: " + value(core.getKeywords()));
        out.add("language: " + value(language));
        out.add("created: " + time(core.getCreated()));
        out.add("modified: " + time(core.getModified()));

        numbering(doc.getNumbering(), out);
        page(doc.getDocument().getBody().getSectPr(), out);

        StringBuilder text = new StringBuilder();
        for (String line : out) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    private static void element(IBodyElement element, String language, List<String> out) {
        if (element instanceof XWPFParagraph p) {
            out.add(paragraph(p, language));
        } else if (element instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                StringBuilder line = new StringBuilder("|");
                for (XWPFTableCell cell : row.getTableCells()) {
                    List<String> inCell = new ArrayList<>();
                    for (IBodyElement e : cell.getBodyElements()) {
                        element(e, language, inCell);
                    }
                    line.append(' ').append(String.join(" ¶ ", inCell)).append(" |");
                }
                out.add(line.toString());
            }
        } else if (element instanceof XWPFSDT sdt) {
            out.add("{content control} " + text(sdt.getContent().getText()));
        } else {
            out.add("{" + element.getElementType() + "}");
        }
    }

    private static void headersAndFooters(XWPFDocument doc, String language, List<String> out) {
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        if (policy == null) {
            return;
        }
        headerOrFooter("header first", policy.getFirstPageHeader(), language, out);
        headerOrFooter("header default", policy.getDefaultHeader(), language, out);
        headerOrFooter("header even", policy.getEvenPageHeader(), language, out);
        headerOrFooter("footer first", policy.getFirstPageFooter(), language, out);
        headerOrFooter("footer default", policy.getDefaultFooter(), language, out);
        headerOrFooter("footer even", policy.getEvenPageFooter(), language, out);
    }

    private static void headerOrFooter(
            String name, XWPFHeaderFooter part, String language, List<String> out) {
        if (part == null) {
            return;
        }
        out.add("--- " + name);
        for (IBodyElement element : part.getBodyElements()) {
            element(element, language, out);
        }
    }

    // ---- paragraphs

    /** {@code [Style props] text}: the style, the direct paragraph properties, the runs. */
    private static String paragraph(XWPFParagraph p, String language) {
        StringBuilder head = new StringBuilder("[");
        head.append(p.getStyle() == null ? "(no style)" : p.getStyle());
        List<String> content = new ArrayList<>();
        try (XmlCursor c = p.getCTP().newCursor()) {
            if (c.toFirstChild()) {
                do {
                    if (isW(c, "pPr")) {
                        head.append(paragraphProperties(c.getObject()));
                    }
                } while (c.toNextSibling());
            }
        }
        head.append(']');
        String text = new Runs(p, language).of(p.getCTP(), false);
        return trailingSpaces(text.isEmpty() ? head.toString() : head + " " + text);
    }

    /** The properties set on the paragraph itself rather than by its style. */
    private static String paragraphProperties(XmlObject pPr) {
        StringBuilder out = new StringBuilder();
        for (XmlObject child : children(pPr)) {
            String name = child.getDomNode().getLocalName();
            switch (name) {
                case "pStyle", "rPr" -> {}
                case "numPr" -> {
                    String numId = "?";
                    String level = "?";
                    for (XmlObject n : children(child)) {
                        String v = attribute(n, W, "val").orElse("?");
                        if (n.getDomNode().getLocalName().equals("numId")) {
                            numId = v;
                        } else if (n.getDomNode().getLocalName().equals("ilvl")) {
                            level = v;
                        }
                    }
                    out.append(" list ").append(numId).append(" level ").append(level);
                }
                case "keepNext" -> out.append(onOff(child) ? " keep-next" : " keep-next=off");
                default -> {
                    out.append(' ').append(name);
                    attributes(child, out);
                }
            }
        }
        return out.toString();
    }

    /** How a run looks beyond its paragraph's style. */
    private record Look(boolean bold, String italic, String style, String lang, String other) {}

    /** The text of one paragraph's runs, with formatting markers; fields may span runs. */
    private static final class Runs {
        private final XWPFParagraph paragraph;
        private final String language;
        private boolean inField;
        private boolean fieldResult;
        private final StringBuilder instruction = new StringBuilder();

        Runs(XWPFParagraph paragraph, String language) {
            this.paragraph = paragraph;
            this.language = language;
        }

        /** The runs and links in {@code container}, in order. */
        String of(XmlObject container, boolean inLink) {
            StringBuilder out = new StringBuilder();
            List<Look> looks = new ArrayList<>();
            List<StringBuilder> texts = new ArrayList<>();
            for (XmlObject child : children(container)) {
                String name = child.getDomNode().getLocalName();
                if (!W.equals(child.getDomNode().getNamespaceURI())) {
                    flush(looks, texts, inLink, out);
                    out.append('{').append(name).append('}');
                    continue;
                }
                switch (name) {
                    case "pPr" -> {}
                    case "r" -> {
                        Look look = look(child);
                        String text = run(child);
                        if (text.isEmpty()) {
                            continue;
                        }
                        if (!looks.isEmpty() && looks.get(looks.size() - 1).equals(look)) {
                            texts.get(texts.size() - 1).append(text);
                        } else {
                            looks.add(look);
                            texts.add(new StringBuilder(text));
                        }
                    }
                    case "hyperlink" -> {
                        flush(looks, texts, inLink, out);
                        out.append('[').append(of(child, true)).append("](");
                        out.append(target(child)).append(')');
                    }
                    case "fldSimple" -> {
                        flush(looks, texts, inLink, out);
                        out.append('{')
                                .append(attribute(child, W, "instr").orElse("?").strip())
                                .append('}');
                    }
                    case "bookmarkStart", "bookmarkEnd", "proofErr" -> {}
                    default -> {
                        flush(looks, texts, inLink, out);
                        out.append('{').append(name).append('}').append(of(child, inLink));
                    }
                }
            }
            flush(looks, texts, inLink, out);
            return out.toString();
        }

        private void flush(
                List<Look> looks, List<StringBuilder> texts, boolean inLink, StringBuilder out) {
            for (int i = 0; i < looks.size(); i++) {
                out.append(marked(looks.get(i), texts.get(i).toString(), inLink));
            }
            looks.clear();
            texts.clear();
        }

        private String marked(Look look, String text, boolean inLink) {
            String s = text;
            if (look.italic().equals("on")) {
                s = "*" + s + "*";
            } else if (look.italic().equals("off")) {
                s = "{upright}" + s + "{/upright}";
            }
            if (look.bold()) {
                s = "**" + s + "**";
            }
            if (look.style().equals(WordStyle.VERBATIM.id())) {
                s = "`" + s + "`";
            } else if (!look.style().isEmpty()
                    && !(inLink && look.style().equals(WordStyle.HYPERLINK.id()))) {
                s = "{style " + look.style() + "}" + s + "{/style}";
            }
            if (!look.lang().equals(language)) {
                s = "{lang " + (look.lang().isEmpty() ? "none" : look.lang()) + "}" + s + "{/lang}";
            }
            if (!look.other().isEmpty()) {
                s = "{" + look.other() + "}" + s + "{/}";
            }
            return s;
        }

        private static Look look(XmlObject r) {
            boolean bold = false;
            String italic = "";
            String style = "";
            String lang = "";
            TreeSet<String> other = new TreeSet<>();
            for (XmlObject child : children(r)) {
                if (!child.getDomNode().getLocalName().equals("rPr")) {
                    continue;
                }
                for (XmlObject property : children(child)) {
                    String name = property.getDomNode().getLocalName();
                    switch (name) {
                        case "b" -> {
                            bold = onOff(property);
                            if (!bold) {
                                other.add("b=off");
                            }
                        }
                        case "i" -> italic = onOff(property) ? "on" : "off";
                        case "rStyle" -> style = attribute(property, W, "val").orElse("?");
                        case "lang" -> lang = attribute(property, W, "val").orElse("");
                        default -> {
                            StringBuilder s = new StringBuilder(name);
                            attributes(property, s);
                            other.add(s.toString());
                        }
                    }
                }
            }
            return new Look(bold, italic, style, lang, String.join(",", other));
        }

        /** The content of one run; a field's result is left out and its instruction shown. */
        private String run(XmlObject r) {
            StringBuilder out = new StringBuilder();
            for (XmlObject child : children(r)) {
                String name = child.getDomNode().getLocalName();
                switch (name) {
                    case "rPr", "lastRenderedPageBreak" -> {}
                    case "t" -> {
                        if (!(inField && fieldResult)) {
                            out.append(text(textOf(child)));
                        }
                    }
                    case "instrText" -> instruction.append(textOf(child));
                    case "fldChar" -> {
                        String type = attribute(child, W, "fldCharType").orElse("?");
                        switch (type) {
                            case "begin" -> {
                                inField = true;
                                fieldResult = false;
                                instruction.setLength(0);
                            }
                            case "separate" -> {
                                String code = instruction.toString().strip();
                                if (code.startsWith("TOC ")) {
                                    // The contents span paragraphs: their entries are shown.
                                    out.append('{').append(code).append('}');
                                    inField = false;
                                } else {
                                    fieldResult = true;
                                }
                            }
                            case "end" -> {
                                if (inField) {
                                    out.append('{')
                                            .append(instruction.toString().strip())
                                            .append('}');
                                } else {
                                    out.append("{end of field}");
                                }
                                inField = false;
                                fieldResult = false;
                            }
                            default -> out.append("{fldChar ").append(type).append('}');
                        }
                    }
                    case "br" ->
                            out.append(
                                    attribute(child, W, "type")
                                            .map(t -> "{" + t + " break}")
                                            .orElse("↵"));
                    case "tab" -> out.append("<TAB>");
                    case "softHyphen" -> out.append("<shy>");
                    case "noBreakHyphen" -> out.append("<nbhy>");
                    case "drawing" -> out.append(drawing(child));
                    default -> out.append('{').append(name).append('}');
                }
            }
            return out.toString();
        }

        private String drawing(XmlObject drawing) {
            StringBuilder out = new StringBuilder();
            for (XmlObject shape : children(drawing)) {
                String kind = shape.getDomNode().getLocalName();
                String cx = "?";
                String cy = "?";
                for (XmlObject e :
                        shape.selectPath("declare namespace wp='" + WP + "' ./wp:extent")) {
                    cx = attribute(e, "", "cx").orElse("?");
                    cy = attribute(e, "", "cy").orElse("?");
                }
                String alt = "";
                for (XmlObject e :
                        shape.selectPath("declare namespace wp='" + WP + "' ./wp:docPr")) {
                    alt = attribute(e, "", "descr").orElse("");
                }
                String type = "no image";
                for (XmlObject e : shape.selectPath("declare namespace a='" + A + "' .//a:blip")) {
                    type =
                            attribute(e, R, "embed")
                                    .map(id -> paragraph.getPart().getRelationById(id))
                                    .map(DocxGoldenTest::pictureType)
                                    .orElse("missing image");
                }
                out.append(kind.equals("inline") ? "{picture " : "{" + kind + " picture ")
                        .append(cx)
                        .append('x')
                        .append(cy)
                        .append(" EMU, ")
                        .append(type)
                        .append(", alt: ")
                        .append(alt.isEmpty() ? "(none)" : text(alt))
                        .append('}');
            }
            return out.toString();
        }

        private String target(XmlObject hyperlink) {
            Optional<String> anchor = attribute(hyperlink, W, "anchor");
            if (anchor.isPresent()) {
                return "#" + anchor.get();
            }
            Optional<String> id = attribute(hyperlink, R, "id");
            if (id.isEmpty()) {
                return "(no target)";
            }
            PackageRelationship relationship =
                    paragraph.getPart().getPackagePart().getRelationship(id.get());
            return relationship == null
                    ? "(missing relationship)"
                    : text(relationship.getTargetURI().toString());
        }
    }

    private static String pictureType(POIXMLDocumentPart part) {
        return part instanceof XWPFPictureData data ? data.suggestFileExtension() : "not a picture";
    }

    // ---- numbering and page

    private static void numbering(XWPFNumbering numbering, List<String> out) {
        if (numbering == null) {
            return;
        }
        out.add("--- numbering");
        List<XWPFNum> nums = new ArrayList<>(numbering.getNums());
        nums.sort(Comparator.comparing(n -> n.getCTNum().getNumId()));
        for (XWPFNum num : nums) {
            StringBuilder line =
                    new StringBuilder("list ")
                            .append(num.getCTNum().getNumId())
                            .append(": abstract ")
                            .append(num.getCTNum().getAbstractNumId().getVal());
            for (XmlObject override :
                    num.getCTNum().selectPath("declare namespace w='" + W + "' ./w:lvlOverride")) {
                line.append(", level ").append(attribute(override, W, "ilvl").orElse("?"));
                for (XmlObject start :
                        override.selectPath("declare namespace w='" + W + "' ./w:startOverride")) {
                    line.append(" starts at ").append(attribute(start, W, "val").orElse("?"));
                }
            }
            out.add(line.toString());
        }
    }

    private static void page(CTSectPr section, List<String> out) {
        out.add("--- page");
        if (section == null) {
            out.add("(no section properties)");
            return;
        }
        if (section.isSetPgSz()) {
            CTPageSz size = section.getPgSz();
            StringBuilder line =
                    new StringBuilder("size: ")
                            .append(twips(size.getW()))
                            .append(" x ")
                            .append(twips(size.getH()));
            if (size.isSetCode()) {
                line.append(", paper code ").append(size.getCode());
            }
            if (size.isSetOrient()) {
                line.append(", ").append(size.getOrient());
            }
            out.add(line.toString());
        }
        if (section.isSetPgMar()) {
            CTPageMar m = section.getPgMar();
            out.add("margin top: " + twips(m.getTop()));
            out.add("margin bottom: " + twips(m.getBottom()));
            out.add("margin left: " + twips(m.getLeft()));
            out.add("margin right: " + twips(m.getRight()));
            out.add("header distance: " + twips(m.getHeader()));
            out.add("footer distance: " + twips(m.getFooter()));
            out.add("gutter: " + twips(m.getGutter()));
        }
        out.add(
                "different first page: "
                        + (section.isSetTitlePg() && onOff(section.getTitlePg()) ? "yes" : "no"));
    }

    /** A measure in twips with its millimetres: {@code 1247 twips (22.0 mm)}. */
    private static String twips(Object measure) {
        String value = String.valueOf(measure);
        try {
            double mm = new BigInteger(value).doubleValue() * 25.4 / 1440;
            return value + " twips (" + String.format(Locale.ROOT, "%.1f", mm) + " mm)";
        } catch (NumberFormatException e) {
            return value;
        }
    }

    // ---- text

    /** Text as a reviewer can read it: NFC, invisible characters shown. */
    static String text(String s) {
        return TestFiles.visible(Normalizer.normalize(s, Normalizer.Form.NFC))
                .replace("\u202F", "<nnbsp>")
                .replace("\u200B", "<zwsp>")
                .replace("\u2060", "<wj>")
                .replace("\n", "↵");
    }

    /** Spaces at the end of a line are shown, so that no editor can strip them from the file. */
    private static String trailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end) + "␠".repeat(line.length() - end);
    }

    private static String value(String s) {
        return s == null || s.isEmpty() ? "(none)" : text(s);
    }

    private static String time(Date date) {
        return date == null ? "(none)" : date.toInstant().toString();
    }

    // ---- XML

    private static boolean isW(XmlCursor c, String localName) {
        QName name = c.getName();
        return name != null
                && W.equals(name.getNamespaceURI())
                && localName.equals(name.getLocalPart());
    }

    private static List<XmlObject> children(XmlObject parent) {
        List<XmlObject> out = new ArrayList<>();
        try (XmlCursor c = parent.newCursor()) {
            if (c.toFirstChild()) {
                do {
                    out.add(c.getObject());
                } while (c.toNextSibling());
            }
        }
        return out;
    }

    private static Optional<String> attribute(XmlObject element, String namespace, String name) {
        try (XmlCursor c = element.newCursor()) {
            return Optional.ofNullable(c.getAttributeText(new QName(namespace, name)));
        }
    }

    /** The attributes of a property element, sorted by name: {@code ind left=720}. */
    private static void attributes(XmlObject element, StringBuilder out) {
        TreeSet<String> all = new TreeSet<>();
        try (XmlCursor c = element.newCursor()) {
            if (c.toFirstAttribute()) {
                do {
                    all.add(c.getName().getLocalPart() + "=" + c.getTextValue());
                } while (c.toNextAttribute());
            }
        }
        all.forEach(a -> out.append(' ').append(a));
    }

    /** A w:ST_OnOff property: on unless its w:val says otherwise. */
    private static boolean onOff(XmlObject element) {
        String value = attribute(element, W, "val").orElse("true");
        return !(value.equals("false") || value.equals("0") || value.equals("off"));
    }

    private static String textOf(XmlObject element) {
        try (XmlCursor c = element.newCursor()) {
            return c.getTextValue();
        }
    }

    // ---- comparison

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * The first difference as one hunk of a unified diff: the changed lines between the common
     * beginning and end, numbered, with two lines of context on each side.
     */
    static String diff(List<String> expected, List<String> actual) {
        int start = 0;
        while (start < expected.size()
                && start < actual.size()
                && expected.get(start).equals(actual.get(start))) {
            start++;
        }
        int endExpected = expected.size();
        int endActual = actual.size();
        while (endExpected > start
                && endActual > start
                && expected.get(endExpected - 1).equals(actual.get(endActual - 1))) {
            endExpected--;
            endActual--;
        }
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        Locale.ROOT,
                        "@@ -%d,%d +%d,%d @@\n",
                        start + 1,
                        endExpected - start,
                        start + 1,
                        endActual - start));
        for (int i = Math.max(0, start - CONTEXT); i < start; i++) {
            out.append(numbered(' ', i, expected.get(i)));
        }
        changed('-', expected, start, endExpected, out);
        changed('+', actual, start, endActual, out);
        for (int i = endExpected; i < Math.min(expected.size(), endExpected + CONTEXT); i++) {
            out.append(numbered(' ', i, expected.get(i)));
        }
        return out.toString();
    }

    private static void changed(
            char sign, List<String> lines, int from, int to, StringBuilder out) {
        for (int i = from; i < Math.min(to, from + SHOWN); i++) {
            out.append(numbered(sign, i, lines.get(i)));
        }
        if (to - from > SHOWN) {
            out.append(sign).append(" … ").append(to - from - SHOWN).append(" more lines\n");
        }
    }

    private static String numbered(char sign, int index, String line) {
        return String.format(Locale.ROOT, "%c%5d %s\n", sign, index + 1, line);
    }
}
