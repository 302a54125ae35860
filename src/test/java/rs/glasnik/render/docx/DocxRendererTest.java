package rs.glasnik.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import rs.glasnik.TestFiles;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.Document.LabelRole;
import rs.glasnik.model.Inline;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;
import rs.glasnik.render.text.PlainTextRenderer;

/**
 * Every example in every locale, rendered and read back with POI: the text is the plain-text
 * oracle's, every run carries the document's language, the paragraphs use the named styles, page
 * numbers are fields, the core properties are set, and a second render gives the same bytes.
 */
class DocxRendererTest {
    static final Instant CREATED = Instant.parse("2026-11-27T11:00:00Z");

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

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

    // ---- the contract, for every example and locale

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examplesAndLocales")
    void theTextIsThePlainTextOracles(String id, LocaleTag locale) throws Exception {
        ExampleDocuments.Example example = ExampleDocuments.example(id, locale);
        try (XWPFDocument doc = read(render(example))) {
            assertSameText(oracle(example.document()), bodyText(doc));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examplesAndLocales")
    void everyRunAndTheDefaultsCarryTheLanguage(String id, LocaleTag locale) throws Exception {
        ExampleDocuments.Example example = ExampleDocuments.example(id, locale);
        String language = example.document().info().language();
        assertEquals(locale.regionalTag(), language);
        byte[] docx = render(example);
        try (XWPFDocument doc = read(docx)) {
            List<XWPFParagraph> paragraphs = allParagraphs(doc);
            int runs = 0;
            for (XWPFParagraph p : paragraphs) {
                for (XmlObject o :
                        p.getCTP().selectPath("declare namespace w='" + W + "' .//w:r")) {
                    CTR r = (CTR) o;
                    runs++;
                    String lang =
                            r.isSetRPr() && r.getRPr().sizeOfLangArray() > 0
                                    ? (String) r.getRPr().getLangArray(0).getVal()
                                    : null;
                    assertEquals(language, lang, "a run without the language in: " + p.getText());
                }
            }
            assertTrue(runs > 50, "runs checked: " + runs);
        }
        String styles = entry(docx, "word/styles.xml");
        assertTrue(
                styles.matches(
                        "(?s).*<w:rPrDefault><w:rPr>.*<w:lang w:val=\""
                                + language
                                + "\"/>.*</w:rPrDefault>.*"),
                styles);
        String settings = entry(docx, "word/settings.xml");
        assertTrue(settings.contains("<w:autoHyphenation/>"), settings);
        assertTrue(settings.contains("<w:themeFontLang w:val=\"" + language + "\"/>"), settings);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examplesAndLocales")
    void theParagraphsUseTheNamedStyles(String id, LocaleTag locale) throws Exception {
        ExampleDocuments.Example example = ExampleDocuments.example(id, locale);
        try (XWPFDocument doc = read(render(example))) {
            for (WordStyle style : WordStyle.values()) {
                if (style.packOnly()) {
                    continue;
                }
                XWPFStyle defined = doc.getStyles().getStyle(style.id());
                assertTrue(defined != null, "style " + style.id() + " is not defined");
                assertEquals(style.displayName(), defined.getName());
            }
            List<String> expected = expectedStyles(example.document());
            List<String> actual = new ArrayList<>();
            for (XWPFParagraph p : bodyParagraphs(doc)) {
                if (!p.getText().isBlank()) {
                    actual.add(p.getStyle() + " | " + collapse(p.getText()));
                }
            }
            assertEquals(String.join("\n", expected), String.join("\n", actual));
            for (XWPFHeader h : doc.getHeaderList()) {
                h.getParagraphs().forEach(p -> assertEquals("Header", p.getStyle()));
            }
            for (XWPFFooter f : doc.getFooterList()) {
                f.getParagraphs().forEach(p -> assertEquals("Footer", p.getStyle()));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examplesAndLocales")
    void theFooterNumbersThePagesWithFields(String id, LocaleTag locale) throws Exception {
        ExampleDocuments.Example example = ExampleDocuments.example(id, locale);
        String label = example.document().pageLabel();
        try (XWPFDocument doc = read(render(example))) {
            assertEquals(2, doc.getFooterList().size(), "the first page's footer and the others'");
            for (XWPFFooter footer : doc.getFooterList()) {
                List<String> fields = new ArrayList<>();
                for (XmlObject o :
                        footer._getHdrFtr()
                                .selectPath("declare namespace w='" + W + "' .//w:instrText")) {
                    fields.add(o.newCursor().getTextValue().strip());
                }
                assertEquals(List.of("PAGE", "NUMPAGES"), fields);
                assertEquals(
                        label.replace("{pages}", "1").replace("{page}", "1"),
                        footer.getText().strip());
            }
            String organisation = example.document().info().author();
            assertTrue(
                    doc.getHeaderList().stream().anyMatch(h -> h.getText().contains(organisation)),
                    "the running header names the organisation");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examplesAndLocales")
    void theCorePropertiesAreSet(String id, LocaleTag locale) throws Exception {
        ExampleDocuments.Example example = ExampleDocuments.example(id, locale);
        Document.Info info = example.document().info();
        byte[] docx = render(example);
        try (XWPFDocument doc = read(docx)) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            assertAll(
                    () -> assertEquals(info.title(), core.getTitle()),
                    () -> assertEquals(info.subject(), core.getSubject()),
                    () -> assertEquals(info.author(), core.getCreator()),
                    () -> assertEquals(String.join(", ", info.keywords()), core.getKeywords()),
                    () ->
                            assertEquals(
                                    Optional.of(info.language()),
                                    core.getUnderlyingProperties().getLanguageProperty()),
                    () -> assertEquals(Date.from(CREATED), core.getCreated()),
                    () -> assertEquals(Date.from(CREATED), core.getModified()),
                    () -> assertNull(core.getLastModifiedByUser()),
                    () -> assertNull(core.getLastPrinted()));
        }
        String core = entry(docx, "docProps/core.xml");
        assertTrue(core.contains(">2026-11-27T11:00:00Z</dcterms:created>"), core);
        assertTrue(core.contains(">2026-11-27T11:00:00Z</dcterms:modified>"), core);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examplesAndLocales")
    void twoRendersGiveTheSameBytes(String id, LocaleTag locale) throws Exception {
        ExampleDocuments.Example example = ExampleDocuments.example(id, locale);
        byte[] first = render(example);
        ExampleDocuments.Example again = ExampleDocuments.example(id, locale);
        assertArrayEquals(first, render(again));
        LocalDateTime expected = LocalDateTime.ofInstant(CREATED, ZoneOffset.UTC);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertEquals(expected, e.getTimeLocal(), e.getName());
                assertNull(e.getExtra(), "an extra field (time stamp) in " + e.getName());
            }
            assertEquals("[Content_Types].xml", names.get(0));
        }
    }

    // ---- particular behaviour

    @Test
    void theClockDoesNotReachTheBytes() throws Exception {
        ExampleDocuments.Example example =
                ExampleDocuments.example("unifil-contingent-rotation", LocaleTag.SR_LATN);
        byte[] first = render(example);
        Thread.sleep(2100); // zip times count in two-second steps
        assertArrayEquals(first, render(example));
    }

    @Test
    void theFigureFitsTheTextAreaAndKeepsItsAspectRatio() throws Exception {
        ExampleDocuments.Example example =
                ExampleDocuments.example("military-academy-graduation-2026", LocaleTag.EN);
        try (XWPFDocument doc = read(render(example))) {
            List<XWPFPicture> pictures = new ArrayList<>();
            for (XWPFParagraph p : bodyParagraphs(doc)) {
                p.getRuns().forEach(r -> pictures.addAll(r.getEmbeddedPictures()));
            }
            assertEquals(2, pictures.size(), "the logo and the figure");
            XWPFPicture logo = pictures.get(0);
            assertEquals(18 * 36_000, logo.getCTPicture().getSpPr().getXfrm().getExt().getCy());
            XWPFPicture figure = pictures.get(1);
            long cx = figure.getCTPicture().getSpPr().getXfrm().getExt().getCx();
            long cy = figure.getCTPicture().getSpPr().getXfrm().getExt().getCy();
            assertTrue(cx <= 160 * 36_000, "within the text width of A4 with 25 mm margins");
            assertEquals(
                    Math.round((297 - 22 - 22) * 0.35 * 36_000),
                    cy,
                    "a landscape figure is at most 35 % of the text height");
            assertEquals(1200.0 / 800.0, (double) cx / cy, 0.001);
            String xml = doc.getDocument().xmlText();
            assertTrue(
                    xml.contains(
                            "descr=\"Newly promoted second lieutenants in front of the Military"
                                    + " Academy building\""),
                    "the caption is the picture's alternative text");
        }
    }

    @Test
    void linksAreHyperlinksAndLineBreaksAreBreaks() throws Exception {
        ExampleDocuments.Example example =
                ExampleDocuments.example("military-academy-graduation-2026", LocaleTag.SR_CYRL);
        try (XWPFDocument doc = read(render(example))) {
            String xml = doc.getDocument().xmlText();
            assertTrue(xml.contains("<w:hyperlink r:id="), "hyperlinks");
            assertTrue(xml.contains("<w:rStyle w:val=\"Hyperlink\"/>"), "in the Hyperlink style");
            assertTrue(xml.contains("<w:br/>"), "line breaks in the contacts");
            List<String> targets = new ArrayList<>();
            doc.getPackagePart()
                    .getRelationshipsByType(
                            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink")
                    .forEach(r -> targets.add(r.getTargetURI().toString()));
            assertEquals(List.of("https://www.va.mod.gov.rs", "mailto:va.pr@mod.gov.rs"), targets);
        }
    }

    @Test
    void listsAreNumberedByWord() throws Exception {
        Document document =
                handMade(
                        new Block.ListBlock(
                                true,
                                3,
                                List.of(
                                        item("three"),
                                        new Block.ListItem(
                                                List.of(
                                                        para("four"),
                                                        para("more of four"),
                                                        new Block.ListBlock(
                                                                false,
                                                                1,
                                                                List.of(item("inner"))))))),
                        new Block.Quote(
                                List.of(
                                        new Block.Paragraph(
                                                List.of(
                                                        new Inline.Text("quoted "),
                                                        new Inline.Emphasis(
                                                                List.of(
                                                                        new Inline.Text(
                                                                                "upright"))))))),
                        new Block.Rule());
        byte[] docx =
                DocxRenderer.render(
                        document,
                        ExampleDocuments.template(),
                        new Assets(Map.of(), Optional.empty()),
                        CREATED);
        try (XWPFDocument doc = read(docx)) {
            assertSameText(oracle(document), bodyText(doc));
            List<XWPFParagraph> ps = bodyParagraphs(doc);
            XWPFParagraph three = find(ps, "three");
            XWPFParagraph four = find(ps, "four");
            XWPFParagraph inner = find(ps, "inner");
            assertEquals("ListNumber", three.getStyle());
            assertEquals(three.getNumID(), four.getNumID());
            assertEquals("ListContinue", find(ps, "more of four").getStyle());
            assertEquals("ListBullet", inner.getStyle());
            assertEquals(1, inner.getNumIlvl().intValue());
            assertEquals("Quote", find(ps, "quoted upright").getStyle());
            String numbering = entry(docx, "word/numbering.xml");
            assertTrue(
                    numbering.contains(
                            "<w:num w:numId=\""
                                    + three.getNumID()
                                    + "\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride"
                                    + " w:ilvl=\"0\"><w:startOverride w:val=\"3\"/>"),
                    numbering);
            String body = doc.getDocument().xmlText();
            assertTrue(
                    body.matches("(?s).*<w:i w:val=\"(false|0|off)\"/>.*"),
                    "emphasis in a quote is upright");
        }
    }

    @Test
    void anUnreadableImageIsAnErrorNamingTheFile() {
        Path file = Path.of("releases", "x", "broken.png");
        Document document = handMade(new Block.Figure("broken.png", file, "A caption", "Photo: X"));
        DocxFormatException e =
                assertThrows(
                        DocxFormatException.class,
                        () ->
                                DocxRenderer.render(
                                        document,
                                        ExampleDocuments.template(),
                                        new Assets(
                                                Map.of(file, "not an image".getBytes(UTF_8)),
                                                Optional.empty()),
                                        CREATED));
        assertTrue(e.getMessage().contains("broken.png"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aTimeBefore1980IsStampedAs1980InEveryZone() throws Exception {
        Document document = handMade(para("text"));
        byte[] docx =
                DocxRenderer.render(
                        document,
                        ExampleDocuments.template(),
                        new Assets(Map.of(), Optional.empty()),
                        Instant.EPOCH);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertNull(e.getExtra(), e.getName());
                assertEquals(1980, e.getTimeLocal().getYear());
            }
        }
        assertTrue(entry(docx, "docProps/core.xml").contains(">1970-01-01T00:00:00Z<"));
    }

    /** Writes one DOCX per locale for a look in LibreOffice: -Dglasnik.docx.out=/tmp/docx-check */
    @Test
    @EnabledIfSystemProperty(named = "glasnik.docx.out", matches = ".+")
    void writeForALook() throws Exception {
        Path dir = Path.of(System.getProperty("glasnik.docx.out"));
        Files.createDirectories(dir);
        String only = System.getProperty("glasnik.docx.id", "military-academy-graduation-2026");
        for (String id : ExampleDocuments.ids()) {
            if (!only.equals("all") && !only.equals(id)) {
                continue;
            }
            for (LocaleTag locale : LocaleTag.values()) {
                byte[] docx = render(ExampleDocuments.example(id, locale));
                Files.write(dir.resolve(id + "." + locale.tag() + ".docx"), docx);
            }
        }
    }

    // ---- the oracle and the comparison

    /**
     * The plain-text oracle as the DOCX shows it: Word draws list markers itself, so the oracle's
     * "• " and "N. " at the start of list lines are dropped; whitespace is collapsed.
     */
    static String oracle(Document document) {
        String text = PlainTextRenderer.render(document);
        // Every marker a line starts with (1. 2. text: a list first in an item) is numbering.
        return collapse(text.replaceAll("(?m)^[ ]*(?:(?:\u2022|\\d+\\.) +)+", ""));
    }

    /** Paragraphs and table cells in document order, one per line. */
    static String bodyText(XWPFDocument doc) {
        StringBuilder out = new StringBuilder();
        for (XWPFParagraph p : bodyParagraphs(doc)) {
            out.append(p.getText()).append('\n');
        }
        return collapse(out.toString());
    }

    static String collapse(String text) {
        return text.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    static void assertSameText(String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        int i = 0;
        while (i < expected.length()
                && i < actual.length()
                && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        fail(
                "the DOCX text differs from the oracle at character "
                        + i
                        + "\n  oracle: …"
                        + TestFiles.visible(
                                expected.substring(from, Math.min(expected.length(), i + 40)))
                        + "\n  docx:   …"
                        + TestFiles.visible(
                                actual.substring(from, Math.min(actual.length(), i + 40))));
    }

    /**
     * The style and text of every paragraph with text, as the renderer should set them: one line
     * each, in reading order.
     */
    static List<String> expectedStyles(Document document) {
        List<String> out = new ArrayList<>();
        for (Document.Part part : document.parts()) {
            if (part instanceof Document.Letterhead l) {
                out.add("Letterhead | " + collapse(l.organisation()));
                l.lines().forEach(line -> out.add("LetterheadLine | " + collapse(line)));
            } else if (part instanceof Document.Label l) {
                String style =
                        l.role() == LabelRole.TYPE
                                ? "TypeLabel"
                                : l.role() == LabelRole.RELEASE_NOTE ? "ReleaseNote" : "EndMark";
                out.add(style + " | " + collapse(l.text()));
            } else if (part instanceof Document.Title t) {
                out.add("Title | " + collapse(t.text()));
            } else if (part instanceof Document.Subtitle s) {
                out.add("Subtitle | " + collapse(s.text()));
            } else if (part instanceof Document.Summary s) {
                out.add("Summary | " + collapse(Inline.plainText(s.content())));
            } else if (part instanceof Document.Body b) {
                expectedStyles(b.blocks(), "BodyText", out);
            } else if (part instanceof Document.Section s) {
                out.add("Heading2 | " + collapse(s.heading()));
                expectedStyles(s.blocks(), "BodyText", out);
            }
        }
        return out;
    }

    private static void expectedStyles(List<Block> blocks, String style, List<String> out) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                out.add(style + " | " + collapse(Inline.plainText(p.content())));
            } else if (block instanceof Block.Heading h) {
                out.add(
                        "Heading"
                                + Math.min(h.level(), 3)
                                + " | "
                                + collapse(Inline.plainText(h.content())));
            } else if (block instanceof Block.Quote q) {
                expectedStyles(q.content(), "Quote", out);
            } else if (block instanceof Block.Figure f) {
                out.add("Caption | " + collapse(f.caption()));
                out.add("Credit | " + collapse(f.credit()));
            } else if (block instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) {
                    List<Block> content = item.content();
                    if (!content.isEmpty() && content.get(0) instanceof Block.Paragraph p) {
                        out.add(
                                (l.ordered() ? "ListNumber" : "ListBullet")
                                        + " | "
                                        + collapse(Inline.plainText(p.content())));
                        expectedStyles(content.subList(1, content.size()), "ListContinue", out);
                    } else {
                        expectedStyles(content, "ListContinue", out);
                    }
                }
            }
        }
    }

    // ---- reading back

    static byte[] render(ExampleDocuments.Example example) throws DocxFormatException {
        return DocxRenderer.render(
                example.document(), ExampleDocuments.template(), example.assets(), CREATED);
    }

    static XWPFDocument read(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body's paragraphs in document order, those in table cells included. */
    static List<XWPFParagraph> bodyParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>();
        collect(doc.getBodyElements(), out);
        return out;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), out);
                    }
                }
            }
        }
    }

    static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>(bodyParagraphs(doc));
        doc.getHeaderList().forEach(h -> collect(h.getBodyElements(), out));
        doc.getFooterList().forEach(f -> collect(f.getBodyElements(), out));
        return out;
    }

    static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the package");
    }

    private static XWPFParagraph find(List<XWPFParagraph> paragraphs, String text) {
        return paragraphs.stream()
                .filter(p -> collapse(p.getText()).equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph '" + text + "'"));
    }

    // ---- hand-made documents

    private static Document handMade(Block... body) {
        Template template = ExampleDocuments.template();
        assertTrue(template.page().width() > 0);
        return new Document(
                LocaleTag.EN,
                new Document.Info(
                        "hand-made",
                        "A title",
                        "An organisation",
                        "A subject",
                        List.of("one", "two"),
                        ZonedDateTime.parse("2026-11-27T12:00:00+01:00[Europe/Belgrade]"),
                        "en-GB",
                        List.of()),
                List.of(
                        new Document.Letterhead("An organisation", List.of("A street 1")),
                        new Document.Label(LabelRole.TYPE, "PRESS RELEASE"),
                        new Document.Title("A title"),
                        new Document.Body(List.of(body)),
                        new Document.Label(LabelRole.END_MARK, "###")),
                "Page {page} of {pages}");
    }

    private static Block.Paragraph para(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }

    private static Block.ListItem item(String text) {
        return new Block.ListItem(List.of(para(text)));
    }
}
