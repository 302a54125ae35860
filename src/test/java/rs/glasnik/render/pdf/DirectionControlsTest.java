package rs.glasnik.render.pdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.TestFiles;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.LocaleTag;

/**
 * The PDF is set left to right without reordering, so a direction control in the text (check warns
 * of each) is not drawn: it would only make the text a reader copies out of the PDF read backwards
 * ("„Наш задатак" copied as "катадаз шаН„").
 */
class DirectionControlsTest {
    @Test
    void directionControlsAreNotDrawn(@TempDir Path dir) throws Exception {
        Path ws = TestFiles.copyExamples(dir);
        String id = "unifil-contingent-rotation";
        Path file = ws.resolve("releases").resolve(id).resolve("release.yaml");
        String yaml = Files.readString(file, UTF_8);
        assertTrue(yaml.contains(" „Наш задатак"));
        Files.writeString(
                file,
                yaml.replace(" „Наш задатак", "\u202E „Наш\u200F \u2067задатак\u2069"),
                UTF_8);
        Glasnik.RenderInput input = new Glasnik().renderInput(ws, id, LocaleTag.SR_CYRL);
        byte[] pdf =
                PdfRenderer.render(
                        input.document(),
                        new PdfJob(
                                input.template(),
                                input.assets(),
                                input.created(),
                                PdfProfile.SCREEN,
                                PdfExamples.CREATOR));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text =
                    PdfTextTest.normalise(PdfTextTest.join(new PDFTextStripper().getText(doc)));
            assertTrue(text.contains("„Наш задатак је да"), text);
            assertFalse(text.matches("(?s).*[\u200F\u202E\u2067\u2069].*"), "no control is drawn");
        }
    }
}
