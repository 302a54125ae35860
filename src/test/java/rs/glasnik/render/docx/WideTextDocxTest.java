package rs.glasnik.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.WideReleases;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.LocaleTag;

/**
 * Text wider or deeper than the page ({@link WideReleases}) loses nothing in the DOCX, where Word
 * wraps it: the text is the plain-text oracle's, the title in the core properties is whole, and a
 * list nested 50 deep stays within Word's nine levels.
 */
class WideTextDocxTest {
    static Path workspace;

    @BeforeAll
    static void write(@TempDir Path dir) {
        workspace = WideReleases.workspace(dir);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rs.glasnik.WideReleases#releasesAndLocales")
    void nothingIsLost(String id, LocaleTag locale) throws Exception {
        Glasnik.RenderInput input = new Glasnik().renderInput(workspace, id, locale);
        byte[] docx =
                DocxRenderer.render(
                        input.document(), input.template(), input.assets(), input.created());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            DocxRendererTest.assertSameText(
                    DocxRendererTest.oracle(input.document()), DocxRendererTest.bodyText(doc));
            assertEquals(
                    input.document().info().title(),
                    doc.getProperties().getCoreProperties().getTitle());
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getNumIlvl() != null) {
                    assertTrue(p.getNumIlvl().intValue() <= 8, "level " + p.getNumIlvl());
                }
            }
        }
    }
}
