package rs.glasnik.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Pack;
import rs.glasnik.translit.docx.DocxTextRewriterTest;

/**
 * The press pack's DOCX: golden dumps ({@code src/test/resources/golden/pack/<id>.docx.txt}, made
 * and updated as {@link DocxGoldenTest}'s) of a parallel pack (sr-Cyrl and en) and a sequential one
 * (sr-Latn and en) of three examples, one under embargo; and what a dump does not show: the table's
 * columns, the language of every run, the TOC field, the settings, the same bytes twice.
 */
class PackDocxRendererTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "pack");

    private static final String W = DocxTextRewriterTest.W;

    static PackExamples.Example example(Pack.Layout layout) {
        return layout == Pack.Layout.PARALLEL
                ? PackExamples.pack(layout, LocaleTag.SR_CYRL, LocaleTag.EN)
                : PackExamples.pack(layout, LocaleTag.SR_LATN, LocaleTag.EN);
    }

    static byte[] render(PackExamples.Example example) throws DocxFormatException {
        return PackDocxRenderer.render(
                example.pack(),
                ExampleDocuments.template(),
                example.assets(),
                DocxGoldenTest.CREATED);
    }

    @ParameterizedTest
    @EnumSource(Pack.Layout.class)
    void thePackMatchesItsGoldenDump(Pack.Layout layout) throws Exception {
        PackExamples.Example example = example(layout);
        String actual;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(example)))) {
            actual = DocxGoldenTest.dump(doc);
        }
        DocxGoldenTest.assertMatchesGolden(
                GOLDEN.resolve(example.pack().id() + ".docx.txt"),
                actual,
                "the DOCX of the " + layout + " pack");
    }

    @ParameterizedTest
    @EnumSource(Pack.Layout.class)
    void theSameInputGivesTheSameBytes(Pack.Layout layout) throws Exception {
        PackExamples.Example example = example(layout);
        assertArrayEquals(render(example), render(example));
    }

    @Test
    void eachReleaseIsATableOfTwoEqualColumnsWithEachCellInItsLanguage() throws Exception {
        PackExamples.Example example = example(Pack.Layout.PARALLEL);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(example)))) {
            List<XWPFTable> tables = doc.getTables();
            assertEquals(3, tables.size(), "one table per release");
            int textWidth = WordXml.twipsOfMm(210 - 25 - 25);
            for (XWPFTable table : tables) {
                List<CTTblGridCol> columns = table.getCTTbl().getTblGrid().getGridColList();
                assertEquals(2, columns.size());
                assertEquals(
                        String.valueOf(columns.get(0).getW()),
                        String.valueOf(columns.get(1).getW()));
                assertEquals(
                        textWidth / 2, Integer.parseInt(String.valueOf(columns.get(0).getW())));
                assertEquals(
                        "fixed",
                        String.valueOf(table.getCTTbl().getTblPr().getTblLayout().getType()));
                for (XmlObject border :
                        table.getCTTbl()
                                .getTblPr()
                                .selectPath("declare namespace w='" + W + "' ./w:tblBorders/*")) {
                    assertEquals("nil", attribute(border, "val"));
                }
                for (XWPFTableRow row : table.getRows()) {
                    assertEquals(2, row.getTableCells().size());
                    assertLanguage(row.getCell(0), "sr-Cyrl-RS");
                    assertLanguage(row.getCell(1), "en-GB");
                }
                assertTrue(
                        table.getRows().stream()
                                .anyMatch(
                                        r ->
                                                r.getCtRow().isSetTrPr()
                                                        && r.getCtRow()
                                                                        .getTrPr()
                                                                        .sizeOfCantSplitArray()
                                                                > 0),
                        "short rows do not split");
            }
            XWPFTableRow titles = tables.get(2).getRow(1);
            assertEquals("Heading1", titles.getCell(0).getParagraphs().get(0).getStyle());
            assertEquals("Heading2", titles.getCell(1).getParagraphs().get(0).getStyle());
            assertEquals("EmbargoMark", titles.getCell(0).getParagraphs().get(1).getStyle());
            assertEquals("EmbargoMark", titles.getCell(1).getParagraphs().get(1).getStyle());
        }
    }

    /** Every run with text in the cell carries the language, and there is text. */
    private static void assertLanguage(XWPFTableCell cell, String language) {
        List<XmlObject> runs = elements(cell.getCTTc(), "r");
        for (XmlObject run : runs) {
            List<XmlObject> langs = elements(run, "lang");
            assertEquals(1, langs.size(), () -> "a run without a language: " + run);
            assertEquals(language, attribute(langs.get(0), "val"), cell::getText);
        }
    }

    @Test
    void releasesSplitIntoRowsOfTheSameUnitsInBothLanguages() throws Exception {
        PackExamples.Example example = example(Pack.Layout.PARALLEL);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(render(example)))) {
            for (int t = 0; t < 3; t++) {
                Pack.Entry entry = example.pack().entries().get(t);
                int left = PackExamples.bodyBlocks(entry.documents().get(0));
                int right = PackExamples.bodyBlocks(entry.documents().get(1));
                long sections =
                        entry.documents().get(0).parts().stream()
                                .filter(Document.Section.class::isInstance)
                                .count();
                // labels, title, subtitle and summary if any, blocks, end mark, sections
                int rows = doc.getTables().get(t).getRows().size();
                int lead = rows - Math.max(left, right) - 2 - (int) sections - 1;
                assertTrue(lead >= 0 && lead <= 2, entry.id() + ": " + rows + " rows");
            }
        }
    }

    @Test
    void aThirdLanguageFollowsTheTableFromANewPage() throws Exception {
        PackExamples.Example example =
                PackExamples.pack(
                        Pack.Layout.PARALLEL, LocaleTag.SR_CYRL, LocaleTag.EN, LocaleTag.SR_LATN);
        byte[] docx =
                PackDocxRenderer.render(
                        example.pack(),
                        ExampleDocuments.template(),
                        example.assets(),
                        DocxGoldenTest.CREATED);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(3, doc.getTables().size());
            List<IBodyElement> body = doc.getBodyElements();
            int table = body.indexOf(doc.getTables().get(0));
            XWPFParagraph next = (XWPFParagraph) body.get(table + 1);
            assertEquals("TypeLabel", next.getStyle());
            assertTrue(next.isPageBreak(), "the third language starts a page");
            assertEquals("sr-Latn-RS", next.getRuns().get(0).getLang());
            XWPFParagraph title = (XWPFParagraph) body.get(table + 3);
            assertEquals("Heading2", title.getStyle());
            assertEquals(
                    PackWriter.title(example.pack().entries().get(0).documents().get(2)),
                    title.getText());
        }
    }

    @Test
    void blocksBeyondTheAlignedOnesFollowWithAnEmptyCellBeside() throws Exception {
        PackExamples.Example example = example(Pack.Layout.PARALLEL);
        Pack p = example.pack();
        Pack.Entry first = p.entries().get(0);
        int blocks = PackExamples.bodyBlocks(first.documents().get(0));
        List<Pack.Entry> entries = new ArrayList<>(p.entries());
        entries.set(0, new Pack.Entry(first.id(), first.documents(), first.embargo(), blocks - 2));
        Pack unaligned = new Pack(p.id(), p.layout(), p.covers(), entries, p.indexes(), p.info());
        byte[] docx =
                PackDocxRenderer.render(
                        unaligned,
                        ExampleDocuments.template(),
                        example.assets(),
                        DocxGoldenTest.CREATED);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTableRow> rows = doc.getTables().get(0).getRows();
            // Before the end mark and the two sections: the last two blocks of each language.
            List<XWPFTableRow> rest = rows.subList(rows.size() - 7, rows.size() - 3);
            for (int i = 0; i < 4; i++) {
                XWPFTableRow row = rest.get(i);
                boolean serbian = i < 2;
                assertEquals(serbian, !row.getCell(0).getText().isEmpty(), "row " + i);
                assertEquals(!serbian, !row.getCell(1).getText().isEmpty(), "row " + i);
            }
        }
    }

    @Test
    void theContentsAreADirtyTocFieldFilledWithTheHeadingsAsLinks() throws Exception {
        PackExamples.Example example = example(Pack.Layout.PARALLEL);
        byte[] docx = render(example);
        Map<String, byte[]> parts = DocxTextRewriterTest.unzip(docx);
        XmlObject document = DocxTextRewriterTest.parse(parts.get("word/document.xml"));
        List<String> instructions = DocxTextRewriterTest.texts(document, "instrText");
        assertTrue(instructions.contains(" TOC \\o \"1-2\" \\h \\z \\u "), instructions::toString);
        XmlObject begin = DocxTextRewriterTest.elements(document, "fldChar").get(0);
        assertEquals("begin", attribute(begin, "fldCharType"));
        assertEquals("true", attribute(begin, "dirty"));
        String settings = new String(parts.get("word/settings.xml"), UTF_8);
        assertTrue(settings.contains("<w:updateFields w:val=\"true\"/>"), settings);

        List<String> bookmarks = new ArrayList<>();
        for (XmlObject b : DocxTextRewriterTest.elements(document, "bookmarkStart")) {
            bookmarks.add(attribute(b, "name"));
        }
        List<String> anchors = new ArrayList<>();
        for (XmlObject h : DocxTextRewriterTest.elements(document, "hyperlink")) {
            String anchor = attribute(h, "anchor");
            if (anchor != null) {
                anchors.add(anchor);
            }
        }
        // Each release in both languages, and the two indexes.
        assertEquals(3 * 2 + 2, bookmarks.size());
        assertEquals(bookmarks, anchors);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> contents = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            collect(doc.getBodyElements(), contents, headings);
            assertEquals(headings.size(), contents.size());
            for (int i = 0; i < headings.size(); i++) {
                assertTrue(
                        contents.get(i).startsWith(headings.get(i)),
                        contents.get(i) + " / " + headings.get(i));
            }
            for (Pack.Entry entry : example.pack().entries()) {
                for (Document d : entry.documents()) {
                    assertTrue(headings.contains(PackWriter.title(d)), PackWriter.title(d));
                }
            }
        }
    }

    /** The entries of the contents and the headings of levels 1 and 2, in order. */
    private static void collect(
            List<IBodyElement> elements, List<String> contents, List<String> headings) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                String style = p.getStyle() == null ? "" : p.getStyle();
                if (style.equals("TOC1") || style.equals("TOC2")) {
                    contents.add(p.getText());
                } else if (style.equals("Heading1") || style.equals("Heading2")) {
                    headings.add(p.getText());
                }
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), contents, headings);
                    }
                }
            }
        }
    }

    @Test
    void everyRunHasALanguage() throws Exception {
        for (Pack.Layout layout : Pack.Layout.values()) {
            Map<String, byte[]> parts = DocxTextRewriterTest.unzip(render(example(layout)));
            for (String name : DocxTextRewriterTest.textParts(parts)) {
                XmlObject xml = DocxTextRewriterTest.parse(parts.get(name));
                for (XmlObject run : DocxTextRewriterTest.elements(xml, "r")) {
                    assertEquals(
                            1,
                            elements(run, "lang").size(),
                            () -> layout + " " + name + ": " + run);
                }
            }
        }
    }

    @Test
    void everyStyleIsDefinedAndThePackHeadingsAreInTheContentsOnlyAtLevelsOneAndTwo()
            throws Exception {
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(render(example(Pack.Layout.PARALLEL))))) {
            for (WordStyle style : WordStyle.values()) {
                org.apache.poi.xwpf.usermodel.XWPFStyle defined =
                        doc.getStyles().getStyle(style.id());
                assertTrue(defined != null, "style " + style.id() + " is not defined");
                assertEquals(style.displayName(), defined.getName());
            }
            for (WordStyle style : WordStyle.values()) {
                List<XmlObject> outline =
                        elements(doc.getStyles().getStyle(style.id()).getCTStyle(), "outlineLvl");
                String level = outline.isEmpty() ? null : attribute(outline.get(0), "val");
                String expected =
                        switch (style) {
                            case HEADING_1 -> "0";
                            case HEADING_2 -> "1";
                            case HEADING_3, PART_HEADING_1 -> "2";
                            case PART_HEADING_2 -> "3";
                            case PART_HEADING_3 -> "4";
                            default -> null;
                        };
                assertEquals(expected, level, style.id());
            }
        }
    }

    @Test
    void theCorePropertiesNameThePackAndItsEmbargo() throws Exception {
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(render(example(Pack.Layout.PARALLEL))))) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            assertEquals(
                    "Пакет за медије: децембар 2026. / Press pack: December 2026", core.getTitle());
            assertEquals("Министарство одбране Републике Србије", core.getCreator());
            assertTrue(core.getKeywords().startsWith("embargo, "), core.getKeywords());
            assertTrue(core.getDescription().contains("ембаргом"), core.getDescription());
            assertTrue(core.getDescription().contains("embargo"), core.getDescription());
            assertTrue(core.getSubject().contains("ембаргом"), core.getSubject());
            assertEquals(
                    "sr-Cyrl-RS", core.getUnderlyingProperties().getLanguageProperty().orElse(""));
        }
    }

    @Test
    void withoutAnEmbargoNothingSaysEmbargo() throws Exception {
        PackExamples.Example example = example(Pack.Layout.SEQUENTIAL);
        Pack p = example.pack();
        List<Pack.Entry> entries = new ArrayList<>();
        for (Pack.Entry e : p.entries()) {
            if (!e.id().equals(PackExamples.EMBARGOED)) {
                entries.add(e);
            }
        }
        List<Pack.Cover> covers = new ArrayList<>();
        for (Pack.Cover c : p.covers()) {
            covers.add(
                    new Pack.Cover(
                            c.language(),
                            c.organisation(),
                            c.title(),
                            c.date(),
                            c.releases(),
                            c.contentsHeading(),
                            c.indexHeading(),
                            java.util.Optional.empty(),
                            c.pageLabel()));
        }
        Pack calm =
                new Pack(
                        p.id(),
                        p.layout(),
                        covers,
                        entries,
                        p.indexes(),
                        rs.glasnik.pack.PackInfo.of(covers, entries));
        byte[] docx =
                PackDocxRenderer.render(
                        calm,
                        ExampleDocuments.template(),
                        example.assets(),
                        DocxGoldenTest.CREATED);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            assertFalse(core.getKeywords().contains("embargo"), core.getKeywords());
            assertEquals(null, core.getDescription());
            for (XWPFParagraph para : doc.getParagraphs()) {
                assertFalse(
                        "CoverEmbargo".equals(para.getStyle())
                                || "EmbargoMark".equals(para.getStyle()),
                        para.getText());
            }
        }
    }

    // ---- XML

    /** The w: elements named {@code local} inside {@code xml}, at any depth. */
    private static List<XmlObject> elements(XmlObject xml, String local) {
        return List.of(xml.selectPath("declare namespace w='" + W + "' .//w:" + local));
    }

    private static String attribute(XmlObject element, String local) {
        try (XmlCursor c = element.newCursor()) {
            return c.getAttributeText(new QName(W, local));
        }
    }
}
