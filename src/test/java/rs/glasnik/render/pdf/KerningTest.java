package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import rs.glasnik.render.pdf.typeset.Paragraphs;
import rs.glasnik.render.pdf.typeset.Slab;
import rs.glasnik.render.pdf.typeset.TextLine;
import rs.glasnik.render.pdf.typeset.TextStyle;

/**
 * Kerning is applied as the text is drawn: between T and o the TJ array moves the o closer by the
 * font's kerning, and no ligature replaces "fi": the text copies out as written.
 */
class KerningTest {
    @Test
    void kernedPairsMoveCloserAndTextStaysExact() throws Exception {
        Path file = Path.of("templates", "fonts", "NotoSerif-Regular.ttf");
        BaseFont font =
                BaseFont.createFont(
                        "NotoSerif-Regular.ttf",
                        BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED,
                        false,
                        Files.readAllBytes(file),
                        null);
        int kern = font.getKerning('T', 'o');
        assertTrue(kern < 0, "the font kerns To: " + kern);
        TextStyle style = new TextStyle(new PdfFonts.Font(font), 12, 0, 0, null);
        String text = "To find Vatican";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        PdfCanvas canvas = new PdfCanvas(writer, new java.util.HashMap<>());
        Paragraphs paragraphs = new Paragraphs(Paragraphs.WordBreaks.NONE, true, 400);
        for (Slab s :
                paragraphs.set(
                        List.of(new Paragraphs.Span(text, style)),
                        new Paragraphs.Look(TextLine.Align.LEFT, 15, 0, 0, false),
                        null)) {
            s.draw(canvas, 50, 700);
        }
        doc.close();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            assertEquals(text, stripper.getText(pdf).strip());
            List<Object> tokens = new PDFStreamParser(pdf.getPage(0)).parse();
            COSArray shown = null;
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof Operator o
                        && o.getName().equals("TJ")
                        && tokens.get(i - 1) instanceof COSArray a) {
                    shown = a;
                }
            }
            assertTrue(shown != null, "the line is drawn with TJ");
            // The first element is "T"; the number after it is the kerning before "o".
            List<COSBase> parts = new ArrayList<>();
            shown.forEach(parts::add);
            assertTrue(
                    parts.get(0) instanceof COSString s && s.getBytes().length == 2,
                    parts.toString());
            assertTrue(parts.get(1) instanceof COSNumber, "a kerning number after T: " + parts);
            assertEquals(-kern, ((COSNumber) parts.get(1)).floatValue(), 0.5f);
        }
    }
}
