package rs.glasnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.Inline;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Template;

/**
 * The template's list step indents a list in both formats, by exactly the same amount: the DOCX's
 * numbering (read back with POI) and the PDF's text positions (read back with PDFBox) follow a
 * changed {@code layout.list-step}.
 */
class LayoutMeasuresTest {
    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void theListStepOfTheTemplateIndentsTheListInTheDocxAndThePdfAlike() throws Exception {
        Example example = aReleaseWithABulletList();
        Template standard = example.input().template();
        assertEquals(7.5, standard.layout().listStep());
        Template wide = withListStep(standard, 15);

        // 7.5 mm is 425 twips, 15 mm is 850 twips (850.39 rounded).
        assertEquals(425, docxBulletIndent(example, standard));
        assertEquals(850, docxBulletIndent(example, wide));

        float margin = (float) standard.page().left() * 72f / 25.4f;
        float standardX = pdfStartOf(example, standard) - margin;
        float wideX = pdfStartOf(example, wide) - margin;
        // The PDF indents by the DOCX's whole twips: 21.25 pt and 42.5 pt.
        assertEquals(21.25f, standardX, 0.02f);
        assertEquals(42.5f, wideX, 0.02f);
    }

    private record Example(Glasnik.RenderInput input, String itemStart) {}

    /**
     * The first example (in English) with a bullet list in its body, and its first item's words.
     */
    private static Example aReleaseWithABulletList() throws Exception {
        for (String id :
                List.of(
                        "djordjevic-chepurin",
                        "donation-cuprija-hospital",
                        "exercise-morava-shield-2026",
                        "military-academy-graduation-2026",
                        "unifil-contingent-rotation")) {
            Glasnik.RenderInput input = new Glasnik().renderInput(EXAMPLES, id, LocaleTag.EN);
            for (Document.Part part : input.document().parts()) {
                if (part instanceof Document.Body body) {
                    Optional<String> start = firstBulletWords(body.blocks());
                    if (start.isPresent()) {
                        return new Example(input, start.get());
                    }
                }
            }
        }
        throw new AssertionError("no example has a bullet list in its body");
    }

    private static Optional<String> firstBulletWords(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Block.ListBlock l
                    && !l.ordered()
                    && l.items().get(0).content().get(0) instanceof Block.Paragraph p) {
                String[] words = Inline.plainText(p.content()).strip().split("\\s+");
                return Optional.of(words[0] + " " + words[1]);
            }
        }
        return Optional.empty();
    }

    private static Template withListStep(Template t, double mm) {
        Template.Layout l = t.layout();
        return new Template(
                t.name(),
                t.page(),
                t.fonts(),
                t.sizes(),
                t.colours(),
                t.spacing(),
                t.letterhead(),
                new Template.Layout(
                        mm,
                        l.bulletRoom(),
                        l.numberRoom(),
                        l.quoteLeft(),
                        l.quoteRight(),
                        l.figureHeight(),
                        l.gutter(),
                        l.logoGap()));
    }

    private static RenderContext context(Example example, Template template) {
        return new RenderContext(
                template,
                example.input().assets(),
                example.input().created(),
                "screen",
                "glasnik test");
    }

    /** The left indent, in twips, of the first level of the DOCX's bullet list definition. */
    private static long docxBulletIndent(Example example, Template template) throws Exception {
        byte[] docx =
                Formats.byId("docx")
                        .orElseThrow()
                        .render(example.input().document(), context(example, template));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            CTInd ind =
                    doc.getNumbering()
                            .getAbstractNum(BigInteger.ZERO)
                            .getCTAbstractNum()
                            .getLvlArray(0)
                            .getPPr()
                            .getInd();
            return ((BigInteger) ind.getLeft()).longValueExact();
        }
    }

    /** Where, in points from the page's left edge, the PDF draws the first bullet item's text. */
    private static float pdfStartOf(Example example, Template template) throws Exception {
        byte[] pdf =
                Formats.byId("pdf")
                        .orElseThrow()
                        .render(example.input().document(), context(example, template));
        List<Float> found = new ArrayList<>();
        String words = example.itemStart();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper =
                    new PDFTextStripper() {
                        @Override
                        protected void writeString(String text, List<TextPosition> positions)
                                throws IOException {
                            // The bullet is drawn apart, so the item's text starts a line.
                            if (text.startsWith(words)) {
                                found.add(positions.get(0).getXDirAdj());
                            }
                        }
                    };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        }
        assertTrue(!found.isEmpty(), "no line starts with '" + words + "'");
        return found.get(0);
    }
}
