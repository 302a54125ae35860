package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The test page of the Serbian letterforms: the same Cyrillic italic text in Noto Serif Italic
 * (Russian forms) and in the derived Noto Serif Serbian Italic, side by side. In the Serbian font б
 * г д п т are other glyphs than in the original, yet the text copies out as the same letters. The
 * page is written to {@code target/serbian-italic.pdf} to be looked at.
 */
class SerbianItalicTest {
    private static final String LETTERS = "бгдпт";
    private static final String TEXT = "б г д п т — победа, где, тражити, подршка";

    @Test
    void serbianItalicFormsAreOtherGlyphsAndCopyOutAsTheSameLetters() throws Exception {
        Path fonts = Path.of("templates", "fonts");
        BaseFont russian = font(fonts.resolve("NotoSerif-Italic.ttf"));
        BaseFont serbian = font(fonts.resolve("NotoSerifSerbian-Italic.ttf"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A5.rotate());
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        line(cb, font(fonts.resolve("NotoSans-Regular.ttf")), 10, 36, 380, "Noto Serif Italic");
        line(cb, russian, 16, 36, 350, TEXT);
        line(
                cb,
                font(fonts.resolve("NotoSans-Regular.ttf")),
                10,
                36,
                300,
                "Noto Serif Serbian Italic");
        line(cb, serbian, 16, 36, 270, TEXT);
        doc.close();
        byte[] pdf = out.toByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "serbian-italic.pdf"), pdf);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            assertEquals(
                    List.of("Noto Serif Italic", TEXT, "Noto Serif Serbian Italic", TEXT),
                    List.of(stripper.getText(read).strip().split("\n")));
            // The glyph ids shown (Identity-H: two bytes a glyph) for the same text differ.
            List<byte[]> shown = new ArrayList<>();
            PDFStreamParser parser = new PDFStreamParser(read.getPage(0));
            List<Object> tokens = parser.parse();
            for (Object token : tokens) {
                if (token instanceof COSString s) {
                    shown.add(s.getBytes());
                } else if (token instanceof Operator || token instanceof COSBase) {
                    continue;
                }
            }
            assertEquals(4, shown.size());
            byte[] plain = shown.get(1);
            byte[] local = shown.get(3);
            assertEquals(plain.length, local.length);
            for (int i = 0; i < LETTERS.length(); i++) {
                int at = TEXT.indexOf(LETTERS.charAt(i)) * 2;
                assertNotEquals(
                        glyph(plain, at),
                        glyph(local, at),
                        LETTERS.charAt(i) + " has its Serbian form");
            }
            int a = TEXT.indexOf('а') * 2;
            assertEquals(glyph(plain, a), glyph(local, a), "а is the same glyph in both");
        }
    }

    private static int glyph(byte[] shown, int at) {
        return ((shown[at] & 0xff) << 8) | (shown[at + 1] & 0xff);
    }

    private static BaseFont font(Path file) throws Exception {
        return BaseFont.createFont(
                file.getFileName().toString(),
                BaseFont.IDENTITY_H,
                BaseFont.EMBEDDED,
                false,
                Files.readAllBytes(file),
                null);
    }

    private static void line(
            PdfContentByte cb, BaseFont font, float size, float x, float y, String text) {
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setTextMatrix(x, y);
        cb.showText(text);
        cb.endText();
    }
}
