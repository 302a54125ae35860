package rs.glasnik.translit.docx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.namespace.QName;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlCursor.TokenType;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The rewriter against a document built here with POI that puts text in every place Word keeps it:
 * formatted runs, a word split across runs, a hyperlink, nested tables, content controls, smart
 * tags, fields, tracked changes, a header, a footer with a page number, a footnote, an endnote, a
 * comment and a text box.
 */
public class DocxTextRewriterTest {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String TAG = "sr-Latn-RS";

    /** Namespaces for the raw fragments that POI has no API for. */
    static final String NAMESPACES =
            " xmlns:w='"
                    + W
                    + "' xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'"
                    + " xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'"
                    + " xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'"
                    + " xmlns:v='urn:schemas-microsoft-com:vml'";

    static final String TEXT_BOX_PARAGRAPH =
            "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space='preserve'>Оквир </w:t></w:r>"
                    + "<w:r><w:t>са текстом</w:t></w:r></w:p>";

    /** A text box the way Word writes it: DrawingML for Word 2010+, VML as the fallback. */
    static final String TEXT_BOX_RUN =
            "<w:r><mc:AlternateContent><mc:Choice Requires='wps'"
                    + " xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
                    + "<w:drawing><wp:inline distT='0' distB='0' distL='0' distR='0'>"
                    + "<wp:extent cx='2743200' cy='457200'/><wp:docPr id='1' name='Text Box 1'/>"
                    + "<a:graphic><a:graphicData"
                    + " uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
                    + "<wps:wsp><wps:cNvSpPr txBox='1'/><wps:spPr>"
                    + "<a:xfrm><a:off x='0' y='0'/><a:ext cx='2743200' cy='457200'/></a:xfrm>"
                    + "<a:prstGeom prst='rect'><a:avLst/></a:prstGeom>"
                    + "<a:ln><a:solidFill><a:srgbClr val='000000'/></a:solidFill></a:ln>"
                    + "</wps:spPr><wps:txbx><w:txbxContent>"
                    + TEXT_BOX_PARAGRAPH
                    + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
                    + "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
                    + "<mc:Fallback><w:pict><v:shape id='tb1' style='width:216pt;height:36pt'>"
                    + "<v:textbox><w:txbxContent>"
                    + TEXT_BOX_PARAGRAPH
                    + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
                    + "</mc:AlternateContent></w:r>";

    static byte[] sample;

    @BeforeAll
    static void buildSample() throws IOException {
        sample = sampleDocument();
    }

    /** The sample document; package-visible so a person can render it by hand. */
    static byte[] sampleDocument() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            styles.setSpellingLanguage("sr-Cyrl-RS");
            styles.setEastAsia("zh-CN");
            CTStyle quote = CTStyle.Factory.newInstance();
            quote.setStyleId("Navod");
            quote.setType(STStyleType.PARAGRAPH);
            quote.addNewName().setVal("Навод");
            quote.addNewRPr().addNewLang().setVal("sr-Cyrl-RS");
            styles.addStyle(new XWPFStyle(quote));
            CTStyle plain = CTStyle.Factory.newInstance();
            plain.setStyleId("Obican");
            plain.setType(STStyleType.CHARACTER);
            plain.addNewName().setVal("Обичан");
            plain.addNewRPr().addNewB();
            styles.addStyle(new XWPFStyle(plain));

            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Navod");
            XWPFRun bold = title.createRun();
            bold.setText("Министарство ");
            bold.setBold(true);
            XWPFRun italic = title.createRun();
            italic.setText("културе");
            italic.setItalic(true);
            XWPFRun font = title.createRun();
            font.setText(" и информисања");
            font.setFontFamily("Times New Roman");
            font.setLang("sr-Cyrl-RS");

            XWPFParagraph split = doc.createParagraph();
            XWPFRun first = split.createRun();
            first.setText("Ље");
            first.setBold(true);
            split.createRun().setText("бићу и ");
            XWPFRun capital = split.createRun();
            capital.setText("Љ");
            capital.setItalic(true);
            split.createRun().setText("УДИ");

            XWPFParagraph link = doc.createParagraph();
            link.createRun().setText("Видите ");
            link.createHyperlinkRun("https://www.kultura.gov.rs/").setText("сајт министарства");
            link.createRun().setText(".");

            XWPFParagraph wrapped = doc.createParagraph();
            append(
                    wrapped.getCTP(),
                    "<w:smartTag w:uri='urn:schemas-microsoft-com:office:smarttags'"
                            + " w:element='place'><w:r><w:t>Београд</w:t></w:r></w:smartTag>"
                            + "<w:r><w:t xml:space='preserve'>, </w:t></w:r>"
                            + "<w:fldSimple w:instr=' AUTHOR '><w:r><w:t>Аутор</w:t></w:r>"
                            + "</w:fldSimple><w:r><w:t xml:space='preserve'> </w:t></w:r>"
                            + "<w:ins w:id='10' w:author='Уредник' w:date='2026-01-01T00:00:00Z'>"
                            + "<w:r><w:t>уметнуто</w:t></w:r></w:ins>"
                            + "<w:del w:id='11' w:author='Уредник' w:date='2026-01-01T00:00:00Z'>"
                            + "<w:r><w:delText>обрисано</w:delText></w:r></w:del>"
                            + "<w:sdt><w:sdtPr><w:alias w:val='Поље'/></w:sdtPr><w:sdtContent>"
                            + "<w:r><w:t xml:space='preserve'> контрола</w:t></w:r>"
                            + "</w:sdtContent></w:sdt>");

            XWPFParagraph field = doc.createParagraph();
            append(
                    field.getCTP(),
                    "<w:r><w:rPr><w:lang w:val='sr-Cyrl-RS' w:eastAsia='zh-CN'"
                            + " w:bidi='ar-SA'/></w:rPr><w:t xml:space='preserve'>Наслов: </w:t>"
                            + "</w:r><w:r><w:fldChar w:fldCharType='begin'/></w:r>"
                            + "<w:r><w:instrText xml:space='preserve'> DOCPROPERTY Наслов"
                            + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType='separate'/>"
                            + "</w:r><w:r><w:rPr><w:b/><w:rPrChange w:id='20' w:author='Уредник'>"
                            + "<w:rPr/></w:rPrChange></w:rPr><w:t>Саопштење</w:t></w:r>"
                            + "<w:r><w:fldChar w:fldCharType='end'/></w:r>");

            XWPFParagraph notes = doc.createParagraph();
            append(notes.getCTP(), "<w:commentRangeStart w:id='0'/>");
            notes.createRun().setText("Напомене");
            doc.createFootnotes();
            XWPFFootnote footnote = doc.createFootnote();
            footnote.createParagraph().createRun().setText("Фуснота о џепу");
            notes.addFootnoteReference(footnote);
            doc.createEndnotes();
            XWPFEndnote endnote = doc.createEndnote();
            endnote.createParagraph().createRun().setText("Крајња напомена");
            notes.addFootnoteReference(endnote);
            append(
                    notes.getCTP(),
                    "<w:commentRangeEnd w:id='0'/>" + "<w:r><w:commentReference w:id='0'/></w:r>");
            XWPFComment comment = doc.createComments().createComment(BigInteger.ZERO);
            comment.setAuthor("Уредник");
            comment.createParagraph().createRun().setText("Коментар уредника");

            XWPFParagraph box = doc.createParagraph();
            box.createRun().setText("Пре оквира ");
            append(box.getCTP(), TEXT_BOX_RUN);
            box.createRun().setText(" после");

            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Ћелија један");
            table.getRow(0).getCell(1).setText("Ћелија два");
            table.getRow(1).getCell(0).setText("Ћелија три");
            XWPFTableCell outer = table.getRow(1).getCell(1);
            outer.setText("Спољна");
            append(
                    outer.getCTTc(),
                    "<w:tbl><w:tblPr><w:tblW w:w='0' w:type='auto'/></w:tblPr>"
                            + "<w:tblGrid><w:gridCol w:w='2000'/></w:tblGrid>"
                            + "<w:tr><w:tc><w:tcPr><w:tcW w:w='2000' w:type='dxa'/></w:tcPr>"
                            + "<w:p><w:r><w:t>Угнежђена ћелија</w:t></w:r></w:p></w:tc></w:tr>"
                            + "</w:tbl><w:p><w:r><w:t>испод</w:t></w:r></w:p>");

            XWPFParagraph control = doc.createParagraph();
            control.createRun().setText("Крај");
            insertBefore(
                    control.getCTP(),
                    "<w:sdt><w:sdtPr><w:alias w:val='Блок'/></w:sdtPr><w:sdtContent>"
                            + "<w:p><w:r><w:t>Блок контрола</w:t></w:r></w:p>"
                            + "</w:sdtContent></w:sdt>");

            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("Заглавље документа");
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph page = footer.createParagraph();
            page.createRun().setText("Страна ");
            append(
                    page.getCTP(),
                    "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
                            + "<w:r><w:instrText xml:space='preserve'> PAGE </w:instrText></w:r>"
                            + "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
                            + "<w:r><w:t>1</w:t></w:r>"
                            + "<w:r><w:fldChar w:fldCharType='end'/></w:r>");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    // ---- what changes

    @Test
    void rewritesTheTextOfEveryPart() throws IOException {
        byte[] latin = rewrite(sample, DocxTextRewriterTest::toLatin);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(latin))) {
            List<XWPFParagraph> body = doc.getParagraphs();
            assertAll(
                    () ->
                            assertEquals(
                                    "Ministarstvo kulture i informisanja", body.get(0).getText()),
                    () -> assertEquals("Ljebiću i LJUDI", body.get(1).getText()),
                    () -> assertEquals("Vidite sajt ministarstva.", body.get(2).getText()),
                    () ->
                            assertEquals(
                                    "Zaglavlje dokumenta", doc.getHeaderArray(0).getText().strip()),
                    () -> assertEquals("Strana 1", doc.getFooterArray(0).getText().strip()),
                    () ->
                            assertEquals(
                                    "Fusnota o džepu",
                                    doc.getFootnotes()
                                            .get(doc.getFootnotes().size() - 1)
                                            .getParagraphs()
                                            .get(0)
                                            .getText()),
                    () ->
                            assertEquals(
                                    "Krajnja napomena",
                                    doc.getEndnotes()
                                            .get(doc.getEndnotes().size() - 1)
                                            .getParagraphs()
                                            .get(0)
                                            .getText()),
                    () -> assertEquals("Komentar urednika", doc.getComments()[0].getText()),
                    () ->
                            assertEquals(
                                    "Ugnežđena ćelija",
                                    doc.getTables()
                                            .get(0)
                                            .getRow(1)
                                            .getCell(1)
                                            .getTables()
                                            .get(0)
                                            .getRow(0)
                                            .getCell(0)
                                            .getText()));
        }
        Map<String, byte[]> parts = unzip(latin);
        List<String> bodyTexts = texts(parse(parts.get("word/document.xml")), "t");
        for (String expected :
                List.of(
                        "Ćelija jedan",
                        "Spoljna",
                        "ispod",
                        "Beograd",
                        "Autor",
                        "umetnuto",
                        " kontrola",
                        "Blok kontrola",
                        "Saopštenje",
                        "Lje",
                        "LJ",
                        "Okvir ",
                        "sa tekstom")) {
            assertTrue(bodyTexts.contains(expected), () -> expected + " not in " + bodyTexts);
        }
        // Both copies of the text box: the DrawingML one and the VML fallback.
        assertEquals(2, bodyTexts.stream().filter("sa tekstom"::equals).count());
        for (String name : textParts(parts)) {
            for (String text : texts(parse(parts.get(name)), "t")) {
                assertFalse(hasCyrillic(text), () -> name + " still has Cyrillic: " + text);
            }
        }
    }

    @Test
    void leavesFieldCodesAndDeletedTextAlone() throws IOException {
        Map<String, byte[]> parts = unzip(rewrite(sample, DocxTextRewriterTest::toLatin));
        XmlObject body = parse(parts.get("word/document.xml"));
        assertEquals(List.of(" DOCPROPERTY Наслов "), texts(body, "instrText"));
        assertEquals(List.of("обрисано"), texts(body, "delText"));
        assertEquals(
                List.of(" PAGE "),
                texts(parse(parts.get(onlyPart(parts, "word/footer"))), "instrText"));
        assertTrue(
                new String(parts.get("word/document.xml"), UTF_8).contains("w:instr=\" AUTHOR \""));
    }

    @Test
    void keepsEverythingButTextAndLanguage() throws IOException {
        Map<String, byte[]> before = unzip(sample);
        Map<String, byte[]> after = unzip(rewrite(sample, DocxTextRewriterTest::toLatin));
        assertEquals(List.copyOf(before.keySet()), List.copyOf(after.keySet()));
        List<String> rewritten = new ArrayList<>(textParts(before));
        rewritten.add("word/styles.xml");
        for (String name : before.keySet()) {
            if (rewritten.contains(name)) {
                assertEquals(
                        skeleton(before.get(name)),
                        skeleton(after.get(name)),
                        name + " changed beyond its text and language");
            } else {
                assertArrayEquals(before.get(name), after.get(name), name + " changed");
            }
        }
    }

    @Test
    void keepsRunsAndTheirFormatting() throws IOException {
        byte[] latin = rewrite(sample, DocxTextRewriterTest::toLatin);
        try (XWPFDocument in = new XWPFDocument(new ByteArrayInputStream(sample));
                XWPFDocument out = new XWPFDocument(new ByteArrayInputStream(latin))) {
            assertEquals(in.getParagraphs().size(), out.getParagraphs().size());
            for (int p = 0; p < in.getParagraphs().size(); p++) {
                List<XWPFRun> a = in.getParagraphs().get(p).getRuns();
                List<XWPFRun> b = out.getParagraphs().get(p).getRuns();
                assertEquals(a.size(), b.size(), "runs in paragraph " + p);
                for (int r = 0; r < a.size(); r++) {
                    assertEquals(a.get(r).isBold(), b.get(r).isBold());
                    assertEquals(a.get(r).isItalic(), b.get(r).isItalic());
                    assertEquals(a.get(r).getFontFamily(), b.get(r).getFontFamily());
                }
            }
            List<XWPFRun> title = out.getParagraphs().get(0).getRuns();
            assertTrue(title.get(0).isBold());
            assertTrue(title.get(1).isItalic());
            assertEquals("Times New Roman", title.get(2).getFontFamily());
            assertEquals("Navod", out.getParagraphs().get(0).getStyle());
        }
    }

    @Test
    void tagsEveryRewrittenRunWithTheLanguage() throws IOException {
        Map<String, byte[]> parts = unzip(rewrite(sample, DocxTextRewriterTest::toLatin));
        for (String name : textParts(parts)) {
            for (XmlObject text : elements(parse(parts.get(name)), "t")) {
                try (XmlCursor c = text.newCursor()) {
                    c.toParent();
                    assertTrue(c.toChild(new QName(W, "rPr")), name + ": run without rPr");
                    assertTrue(c.toChild(new QName(W, "lang")), name + ": run without lang");
                    assertEquals(TAG, c.getAttributeText(new QName(W, "val")), name);
                }
            }
        }
        XmlObject body = parse(parts.get("word/document.xml"));
        List<XmlObject> kept =
                elements(body, "lang").stream()
                        .filter(lang -> attribute(lang, "bidi") != null)
                        .toList();
        assertEquals(1, kept.size());
        assertEquals(TAG, attribute(kept.get(0), "val"));
        assertEquals("zh-CN", attribute(kept.get(0), "eastAsia"));
        assertEquals("ar-SA", attribute(kept.get(0), "bidi"));
        String xml = new String(parts.get("word/document.xml"), UTF_8);
        assertTrue(
                xml.contains("<w:rPr><w:b/><w:lang w:val=\"sr-Latn-RS\"/><w:rPrChange"),
                "w:lang must come before w:rPrChange, as the schema says");
    }

    @Test
    void setsTheLanguageInTheStyles() throws Exception {
        Map<String, byte[]> parts = unzip(rewrite(sample, DocxTextRewriterTest::toLatin));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(zip(parts)))) {
            var defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertEquals(TAG, defaults.getLangArray(0).getVal());
            assertEquals("zh-CN", defaults.getLangArray(0).getEastAsia());
            XWPFStyles styles = doc.getStyles();
            assertEquals(
                    TAG, styles.getStyle("Navod").getCTStyle().getRPr().getLangArray(0).getVal());
            assertEquals(0, styles.getStyle("Obican").getCTStyle().getRPr().sizeOfLangArray());
        }
    }

    @Test
    void addsDocumentDefaultsWhenThereAreNone() throws Exception {
        byte[] bare;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles();
            doc.createParagraph().createRun().setText("Текст");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            bare = out.toByteArray();
        }
        byte[] latin = rewrite(bare, DocxTextRewriterTest::toLatin);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(latin))) {
            assertEquals("Tekst", doc.getParagraphs().get(0).getText());
            assertEquals(
                    TAG,
                    doc.getStyle()
                            .getDocDefaults()
                            .getRPrDefault()
                            .getRPr()
                            .getLangArray(0)
                            .getVal());
        }
    }

    @Test
    void handsEachParagraphToTheTransformOnce() throws IOException {
        List<List<String>> calls = new ArrayList<>();
        DocxTextRewriter.RewriteResult result =
                DocxTextRewriter.rewrite(
                        new ByteArrayInputStream(sample),
                        new ByteArrayOutputStream(),
                        segments -> {
                            calls.add(segments);
                            return toLatin(segments);
                        },
                        TAG);
        assertTrue(calls.contains(List.of("Ље", "бићу и ", "Љ", "УДИ")), calls::toString);
        assertTrue(calls.contains(List.of("Пре оквира ", " после")), calls::toString);
        // The text box is kept twice (DrawingML and VML fallback) but is one paragraph.
        assertEquals(1, calls.stream().filter(List.of("Оквир ", "са текстом")::equals).count());
        assertTrue(
                calls.contains(List.of("Београд", ", ", "Аутор", " ", "уметнуто", " контрола")),
                calls::toString);
        assertEquals(calls.size(), result.paragraphs());
        assertEquals(calls.stream().mapToInt(List::size).sum(), result.segments());
        int cyrillic =
                (int) calls.stream().flatMap(List::stream).filter(s -> hasCyrillic(s)).count();
        assertEquals(cyrillic, result.changedSegments());
        assertThrows(UnsupportedOperationException.class, () -> calls.get(0).add("x"));
    }

    @Test
    void preservesSpacesTheTransformAdds() throws IOException {
        Map<String, byte[]> parts =
                unzip(rewrite(sample, segments -> segments.stream().map(s -> s + "  ").toList()));
        for (XmlObject text : elements(parse(parts.get("word/document.xml")), "t")) {
            try (XmlCursor c = text.newCursor()) {
                assertEquals(
                        "preserve",
                        c.getAttributeText(
                                new QName("http://www.w3.org/XML/1998/namespace", "space")));
            }
        }
    }

    @Test
    void rejectsATransformThatLosesSegments() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () -> rewrite(sample, segments -> List.of(String.join("", segments))));
        assertTrue(e.getMessage().contains("word/"), e.getMessage());
    }

    @Test
    void rejectsATransformThatReturnsWhatXmlCannotHold() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                rewrite(
                                        sample,
                                        segments ->
                                                segments.stream().map(s -> s + "\u0001").toList()));
        assertTrue(e.getMessage().contains("U+1"), e.getMessage());
    }

    // ---- reproducible

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        byte[] once = rewrite(sample, DocxTextRewriterTest::toLatin);
        byte[] twice = rewrite(sample, DocxTextRewriterTest::toLatin);
        assertArrayEquals(once, twice);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(once), UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(LocalDateTime.of(1980, 2, 1, 0, 0), e.getTimeLocal(), e.getName());
                assertNull(e.getExtra(), "no extended time stamp in " + e.getName());
            }
        }
    }

    @Test
    void leavesTheCallersStreamsOpen() throws IOException {
        boolean[] closed = {false};
        OutputStream out =
                new ByteArrayOutputStream() {
                    @Override
                    public void close() {
                        closed[0] = true;
                    }
                };
        DocxTextRewriter.rewrite(
                new ByteArrayInputStream(sample), out, DocxTextRewriterTest::toLatin, TAG);
        assertFalse(closed[0]);
    }

    // ---- what is not a Word document

    static Stream<Arguments> notWordDocuments() throws IOException {
        return Stream.of(
                Arguments.of("text", "Ово није Word.".getBytes(UTF_8), "not a zip archive"),
                Arguments.of("empty", new byte[0], "empty"),
                Arguments.of("pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(UTF_8), "PDF"),
                Arguments.of("plain zip", plainZip(), "[Content_Types].xml"),
                Arguments.of("workbook", workbook(), "no Word main document"),
                Arguments.of(
                        "OpenDocument",
                        zip(
                                Map.of(
                                        "mimetype",
                                        "application/vnd.oasis.opendocument.text".getBytes(UTF_8))),
                        "OpenDocument"),
                Arguments.of(
                        "truncated",
                        Arrays.copyOf(sample, sample.length / 2),
                        "zip archive is damaged"),
                Arguments.of("broken part", brokenPart(), "word/document.xml is damaged"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notWordDocuments")
    void saysWhyAFileIsNotAWordDocument(String what, byte[] input, String reason) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxFormatException e =
                assertThrows(
                        DocxFormatException.class,
                        () ->
                                DocxTextRewriter.rewrite(
                                        new ByteArrayInputStream(input),
                                        out,
                                        DocxTextRewriterTest::toLatin,
                                        TAG));
        assertTrue(
                e.getMessage().startsWith("not a Word document (.docx): "), () -> e.getMessage());
        assertTrue(e.getMessage().contains(reason), () -> e.getMessage());
        assertFalse(e.getMessage().contains("\n"), () -> e.getMessage());
        assertEquals(0, out.size(), "nothing is written for a bad input");
    }

    @Test
    void saysThatAnEncryptedDocumentIsEncrypted() throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("тајна");
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(sample);
            }
            fs.writeFilesystem(encrypted);
        }
        DocxFormatException e =
                assertThrows(
                        DocxFormatException.class,
                        () -> rewrite(encrypted.toByteArray(), DocxTextRewriterTest::toLatin));
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
        assertTrue(e.getMessage().contains("remove the password"), e.getMessage());
    }

    // ---- hostile packages

    static Stream<String> unsafeNames() {
        return Stream.of(
                "../evil.xml",
                "word/../../evil.xml",
                "/etc/evil.xml",
                "word\\evil.xml",
                "C:/evil.xml",
                "word//evil.xml",
                "./word/evil.xml",
                "word/\u001b[2Jevil.xml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsafeNames")
    void refusesEntryNamesThatLeaveTheFolder(String name) throws IOException {
        Map<String, byte[]> parts = unzip(sample);
        parts.put(name, "x".getBytes(UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxFormatException e =
                assertThrows(
                        DocxFormatException.class,
                        () ->
                                DocxTextRewriter.rewrite(
                                        new ByteArrayInputStream(zip(parts)),
                                        out,
                                        DocxTextRewriterTest::toLatin,
                                        TAG));
        assertTrue(e.getMessage().contains("holds an entry named '"), e.getMessage());
        assertFalse(e.getMessage().contains("\u001b"), "control characters are shown escaped");
        assertEquals(0, out.size(), "nothing is written");
    }

    @Test
    void refusesAZipBombBeforeWritingAnything() throws IOException {
        byte[] bomb = document("<w:p/>".repeat(4 * 1024 * 1024));
        assertTrue(bomb.length < 200_000, "24 MiB of XML packs into " + bomb.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxFormatException e =
                assertThrows(
                        DocxFormatException.class,
                        () ->
                                DocxTextRewriter.rewrite(
                                        () -> new ByteArrayInputStream(bomb),
                                        out,
                                        DocxTextRewriterTest::toLatin,
                                        TAG));
        assertEquals(
                "the part 'word/document.xml' unpacks to over 100 times its packed size, as no"
                        + " real document does (a zip bomb?)",
                e.getMessage());
        assertEquals(0, out.size());
    }

    static Stream<Arguments> limits() {
        String paragraph = "<w:p><w:r><w:t>" + "ћ".repeat(5000) + "</w:t></w:r></w:p>";
        return Stream.of(
                Arguments.of(
                        "unpacked in all",
                        lowered("unpacked", 100_000),
                        document(paragraph.repeat(30)),
                        "the Word document unpacks to over 97 KiB, more than glasnik converts"),
                Arguments.of(
                        "entries",
                        lowered("entries", 3),
                        sample,
                        "not a Word document (.docx): the zip archive has over 3 entries"),
                Arguments.of(
                        "one paragraph",
                        lowered("paragraphChars", 4000),
                        document(paragraph),
                        "the part word/document.xml has a paragraph of over 4,000 characters"
                                + " of XML, more than glasnik converts"),
                Arguments.of(
                        "an attribute",
                        lowered("markup", 4096),
                        document("<w:sectPr w:rsidR='" + "0".repeat(10_000) + "'/>"),
                        "the part 'word/document.xml' has a tag, comment or text of over 4 KiB,"
                                + " more than glasnik converts"),
                Arguments.of(
                        "a comment with markup in it",
                        lowered("markup", 4096),
                        document("<!--" + "<w:p/>".repeat(2000) + "-->"),
                        "the part 'word/document.xml' has a tag, comment or text of over 4 KiB,"
                                + " more than glasnik converts"),
                Arguments.of(
                        "nesting",
                        lowered("depth", 10),
                        document("<w:sdt>".repeat(20) + "</w:sdt>".repeat(20)),
                        "the part word/document.xml nests elements more than 10 deep, more than"
                                + " glasnik converts"),
                Arguments.of(
                        "nesting in a paragraph",
                        lowered("depth", 10),
                        document("<w:p>" + "<w:r>".repeat(20) + "</w:r>".repeat(20) + "</w:p>"),
                        "the part word/document.xml nests elements more than 10 deep, more than"
                                + " glasnik converts"));
    }

    /** The default limits with the one {@code named} lowered to {@code value}. */
    private static DocxTextRewriter.Limits lowered(String named, long value) {
        if (!List.of("entries", "unpacked", "paragraphChars", "markup", "depth").contains(named)) {
            throw new IllegalArgumentException("no limit named " + named);
        }
        DocxTextRewriter.Limits d = DocxTextRewriter.Limits.DEFAULT;
        return new DocxTextRewriter.Limits(
                named.equals("entries") ? (int) value : d.maxEntries(),
                named.equals("unpacked") ? value : d.maxUnpacked(),
                d.ratioGrace(),
                d.maxRatio(),
                named.equals("paragraphChars") ? value : d.maxParagraphChars(),
                named.equals("markup") ? value : d.maxMarkup(),
                named.equals("depth") ? (int) value : d.maxDepth());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void refusesWhatIsBeyondItsLimitsInOneLine(
            String what, DocxTextRewriter.Limits limits, byte[] docx, String message) {
        DocxFormatException e =
                assertThrows(
                        DocxFormatException.class,
                        () ->
                                DocxTextRewriter.rewrite(
                                        () -> new ByteArrayInputStream(docx),
                                        new ByteArrayOutputStream(),
                                        DocxTextRewriterTest::toLatin,
                                        TAG,
                                        limits));
        assertEquals(message, e.getMessage());
    }

    @Test
    void withinTheLimitsTheSameDocumentsAreRewritten() throws IOException {
        String paragraph = "<w:p><w:r><w:t>" + "ћ".repeat(5000) + "</w:t></w:r></w:p>";
        for (byte[] docx :
                List.of(
                        document(paragraph.repeat(30)),
                        document("<w:sdt>".repeat(20) + "</w:sdt>".repeat(20)),
                        document("<!--" + "<w:p/>".repeat(2000) + "-->"))) {
            Map<String, byte[]> parts = unzip(rewrite(docx, DocxTextRewriterTest::toLatin));
            assertFalse(
                    hasCyrillic(new String(parts.get("word/document.xml"), UTF_8)), "converted");
        }
    }

    // ---- the stream keeps what it does not change

    @Test
    void keepsCommentsInstructionsAndCharacterDataAndUsesTheDefaultNamespace() throws IOException {
        String xml =
                "<?xml version='1.0' encoding='UTF-8'?>\n<!-- пре -->"
                        + "<document xmlns='"
                        + W
                        + "'><body>"
                        + "<?glasnik упутство?><!-- коментар -->"
                        + "<p><r><t>Љу</t></r><!-- у пасусу --><r><t><![CDATA[биша & <Његош>]]></t>"
                        + "</r></p><p><r><rPr><b/></rPr><t xml:space='preserve'> Ђ </t></r></p>"
                        + "<sectPr a='&quot;&#9;&amp;&lt;'/></body></document>";
        Map<String, byte[]> parts = unzip(documentOf(xml));
        byte[] latin = rewrite(zip(parts), DocxTextRewriterTest::toLatin);
        String out = new String(unzip(latin).get("word/document.xml"), UTF_8);
        for (String kept :
                List.of(
                        "<!-- пре -->",
                        "<?glasnik упутство?>",
                        "<!-- коментар -->",
                        "<!-- у пасусу -->",
                        "<sectPr a=\"&quot;&#9;&amp;&lt;\"/>")) {
            assertTrue(out.contains(kept), kept + " in " + out);
        }
        assertTrue(out.contains("biša &amp; &lt;Njegoš&gt;"), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(latin))) {
            assertEquals("Ljubiša & <Njegoš>", doc.getParagraphs().get(0).getText());
            assertEquals(" Đ ", doc.getParagraphs().get(1).getText());
            assertEquals(TAG, doc.getParagraphs().get(0).getRuns().get(0).getLang());
            assertTrue(doc.getParagraphs().get(1).getRuns().get(0).isBold());
            assertEquals(TAG, doc.getParagraphs().get(1).getRuns().get(0).getLang());
        }
    }

    @Test
    void aPartWithoutTextIsCopiedByteForByte() throws IOException {
        String xml =
                "<?xml version='1.0'?>\r\n<w:document xmlns:w='"
                        + W
                        + "' ><w:body ><w:p ></w:p><!-- x --><w:sectPr w:a = 'b'/></w:body></w:document>";
        Map<String, byte[]> after = unzip(rewrite(documentOf(xml), DocxTextRewriterTest::toLatin));
        assertEquals(xml, new String(after.get("word/document.xml"), UTF_8));
    }

    /** A package whose document.xml is {@code <w:document><w:body>body</w:body></w:document>}. */
    static byte[] document(String body) {
        return documentOf(
                "<w:document xmlns:w='" + W + "'><w:body>" + body + "</w:body></w:document>");
    }

    static byte[] documentOf(String xml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                ("<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
                                + "<Default Extension='rels' ContentType='application/"
                                + "vnd.openxmlformats-package.relationships+xml'/>"
                                + "<Override PartName='/word/document.xml' ContentType='application/"
                                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/>"
                                + "</Types>")
                        .getBytes(UTF_8));
        parts.put(
                "_rels/.rels",
                ("<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
                                + "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/"
                                + "officeDocument/2006/relationships/officeDocument'"
                                + " Target='word/document.xml'/></Relationships>")
                        .getBytes(UTF_8));
        parts.put("word/document.xml", xml.getBytes(UTF_8));
        try {
            return zip(parts);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- helpers

    static byte[] rewrite(byte[] docx, DocxTextRewriter.ParagraphTransform transform)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxTextRewriter.rewrite(new ByteArrayInputStream(docx), out, transform, TAG);
        return out.toByteArray();
    }

    /**
     * A small Serbian Cyrillic to Latin transliterator that needs context across runs: Љ, Њ and Џ
     * become LJ, NJ and DŽ before a capital letter, Lj, Nj and Dž otherwise.
     */
    static List<String> toLatin(List<String> segments) {
        String whole = String.join("", segments);
        List<String> out = new ArrayList<>();
        int offset = 0;
        for (String segment : segments) {
            StringBuilder latin = new StringBuilder();
            for (int i = 0; i < segment.length(); i++) {
                int next = offset + i + 1;
                boolean capitalFollows =
                        next < whole.length() && Character.isUpperCase(whole.charAt(next));
                latin.append(latin(segment.charAt(i), capitalFollows));
            }
            out.add(latin.toString());
            offset += segment.length();
        }
        return out;
    }

    private static final String CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш";
    private static final String[] LATIN = {
        "a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o",
        "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"
    };

    private static String latin(char c, boolean capitalFollows) {
        int at = CYRILLIC.indexOf(Character.toLowerCase(c));
        if (at < 0) {
            return String.valueOf(c);
        }
        String small = LATIN[at];
        if (!Character.isUpperCase(c)) {
            return small;
        }
        if (capitalFollows) {
            return small.toUpperCase(Locale.ROOT);
        }
        return small.substring(0, 1).toUpperCase(Locale.ROOT) + small.substring(1);
    }

    static boolean hasCyrillic(String s) {
        return s.codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    }

    /** Copies the elements of a fragment to the end of an element. */
    static void append(XmlObject target, String fragment) {
        try (XmlCursor to = target.newCursor()) {
            to.toEndToken();
            copy(fragment, to);
        }
    }

    static void insertBefore(XmlObject sibling, String fragment) {
        try (XmlCursor to = sibling.newCursor()) {
            copy(fragment, to);
        }
    }

    private static void copy(String fragment, XmlCursor to) {
        try (XmlCursor from =
                parse(("<root" + NAMESPACES + ">" + fragment + "</root>").getBytes(UTF_8))
                        .newCursor()) {
            from.toFirstChild();
            from.toFirstChild();
            do {
                from.copyXml(to);
            } while (from.toNextSibling());
        }
    }

    public static XmlObject parse(byte[] xml) {
        try {
            return XmlObject.Factory.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static List<XmlObject> elements(XmlObject xml, String local) {
        List<XmlObject> found = new ArrayList<>();
        try (XmlCursor c = xml.newCursor()) {
            for (TokenType t = c.toNextToken(); !t.isNone(); t = c.toNextToken()) {
                if (t.isStart() && c.getName().equals(new QName(W, local))) {
                    found.add(c.getObject());
                }
            }
        }
        return found;
    }

    public static List<String> texts(XmlObject xml, String local) {
        List<String> texts = new ArrayList<>();
        for (XmlObject element : elements(xml, local)) {
            try (XmlCursor c = element.newCursor()) {
                texts.add(c.getTextValue());
            }
        }
        return texts;
    }

    static String attribute(XmlObject element, String local) {
        try (XmlCursor c = element.newCursor()) {
            return c.getAttributeText(new QName(W, local));
        }
    }

    /**
     * The part with every w:t emptied and every w:lang (and the w:rPr and defaults left empty
     * without it) removed: what must not change.
     */
    static String skeleton(byte[] part) {
        XmlObject xml = parse(part);
        for (XmlObject lang : elements(xml, "lang")) {
            try (XmlCursor c = lang.newCursor()) {
                c.removeXml();
            }
        }
        for (XmlObject text : elements(xml, "t")) {
            try (XmlCursor c = text.newCursor()) {
                c.removeAttribute(new QName("http://www.w3.org/XML/1998/namespace", "space"));
                c.setTextValue("");
            }
        }
        for (String container : List.of("rPr", "rPrDefault", "docDefaults")) {
            for (XmlObject element : elements(xml, container)) {
                try (XmlCursor c = element.newCursor()) {
                    if (isEmpty(c) && !isInsideRPrChange(c)) {
                        c.removeXml();
                    }
                }
            }
        }
        return xml.xmlText();
    }

    private static boolean isEmpty(XmlCursor element) {
        try (XmlCursor child = element.newCursor()) {
            return !child.toFirstChild() && element.getTextValue().isEmpty();
        }
    }

    /** Word writes an empty w:rPr inside w:rPrChange for "had no formatting"; it stays. */
    private static boolean isInsideRPrChange(XmlCursor element) {
        try (XmlCursor up = element.newCursor()) {
            return up.toParent() && up.getName().getLocalPart().equals("rPrChange");
        }
    }

    public static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx), UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, UTF_8)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The parts of the sample that hold text: body, header, footer, notes and comments. */
    public static List<String> textParts(Map<String, byte[]> parts) {
        return parts.keySet().stream()
                .filter(
                        n ->
                                n.equals("word/document.xml")
                                        || n.matches("word/(header|footer)\\d*\\.xml")
                                        || n.equals("word/footnotes.xml")
                                        || n.equals("word/endnotes.xml")
                                        || n.equals("word/comments.xml"))
                .toList();
    }

    static String onlyPart(Map<String, byte[]> parts, String prefix) {
        List<String> names = parts.keySet().stream().filter(n -> n.startsWith(prefix)).toList();
        assertEquals(1, names.size(), names::toString);
        return names.get(0);
    }

    static byte[] plainZip() throws IOException {
        return zip(Map.of("hello.txt", "здраво".getBytes(UTF_8)));
    }

    static byte[] workbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Лист").createRow(0).createCell(0).setCellValue("Ћелија");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] brokenPart() throws IOException {
        Map<String, byte[]> parts = unzip(sample);
        parts.put("word/document.xml", "<w:document><w:body>".getBytes(UTF_8));
        return zip(parts);
    }
}
