package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PNG images go into the PDF without Java's imaging, and come out pixel for pixel as ImageIO
 * decodes the file: the RGB photographs as they are, the RGBA emblem as colour plus soft mask, and
 * for archives laid onto white.
 */
class PngTest {
    static Stream<Path> images() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".png")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("images")
    void theImageInThePdfIsThePng(Path file) throws Exception {
        byte[] png = Files.readAllBytes(file);
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(png));
        for (boolean opaque : new boolean[] {false, true}) {
            Image image = Png.read(png, opaque);
            BufferedImage actual = readBack(image);
            assertEquals(expected.getWidth(), actual.getWidth());
            assertEquals(expected.getHeight(), actual.getHeight());
            boolean alpha = expected.getColorModel().hasAlpha();
            int worst = 0;
            for (int y = 0; y < expected.getHeight(); y++) {
                for (int x = 0; x < expected.getWidth(); x++) {
                    int e = expected.getRGB(x, y);
                    if (alpha && opaque) {
                        e = onWhite(e);
                    }
                    int a = actual.getRGB(x, y);
                    if (alpha && !opaque && (e >>> 24) == 0) {
                        assertEquals(0, a >>> 24, "transparent at " + x + "," + y);
                        continue;
                    }
                    for (int shift = 0; shift <= (alpha && !opaque ? 24 : 16); shift += 8) {
                        worst =
                                Math.max(
                                        worst,
                                        Math.abs(((e >>> shift) & 0xff) - ((a >>> shift) & 0xff)));
                    }
                }
            }
            // Exact but for the rounding of colours under partial transparency.
            assertTrue(worst <= (alpha && !opaque ? 2 : 1), file + " differs by " + worst);
        }
    }

    private static int onWhite(int argb) {
        int a = argb >>> 24;
        int out = 0xff000000;
        for (int shift = 0; shift <= 16; shift += 8) {
            int v = (argb >>> shift) & 0xff;
            out |= ((v * a + 255 * (255 - a) + 127) / 255) << shift;
        }
        return out;
    }

    private static BufferedImage readBack(Image image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        writer.getDirectContent().addImage(image, 100, 0, 0, 100, 10, 10);
        doc.close();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDResources resources = pdf.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject x) {
                    return x.getImage();
                }
            }
        }
        throw new AssertionError("no image in the PDF");
    }
}
