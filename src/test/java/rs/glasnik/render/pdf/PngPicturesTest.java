package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PngPictures gives the pixels OpenPDF's own PNG route (ImageIO and PixelGrabber) gives: the same
 * raw samples, colour key and soft mask for RGBA images, with and without a white background; for
 * RGB images, the pixels a PDF reader (PDFBox) decodes from the passed-through data.
 */
class PngPicturesTest {
    static Stream<Path> examples() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(Path.of("examples"))) {
            all.filter(p -> p.toString().endsWith(".png")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void examplesAsOpenPdfReadsThem(Path file) throws Exception {
        same(Files.readAllBytes(file), file.toString());
    }

    @Test
    void partlyTransparentClearAndOpaqueImages() throws Exception {
        Random random = new Random(7);
        BufferedImage shades = new BufferedImage(61, 37, BufferedImage.TYPE_INT_ARGB);
        BufferedImage key = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        BufferedImage keyShown = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        BufferedImage opaque = new BufferedImage(33, 20, BufferedImage.TYPE_INT_ARGB);
        BufferedImage noise = new BufferedImage(97, 45, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 45; y++) {
            for (int x = 0; x < 97; x++) {
                noise.setRGB(x, y, y < 20 ? random.nextInt() : (x * 2) << 8 | y * 5);
                if (x < 61 && y < 37) {
                    shades.setRGB(x, y, (x * 4) << 24 | random.nextInt(0x1000000));
                }
                if (x < 40 && y < 30) {
                    boolean hole = (x + y) % 7 == 0;
                    key.setRGB(x, y, hole ? 0x00123456 : 0xff000000 | (x * 6) << 8 | y);
                    keyShown.setRGB(x, y, hole ? 0x00000000 : 0xff000000 | (x * 6) << 8);
                }
                if (x < 33 && y < 20) {
                    opaque.setRGB(x, y, 0xff000000 | random.nextInt(0x1000000));
                }
            }
        }
        for (BufferedImage image : List.of(shades, key, keyShown, opaque, noise)) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            same(png.toByteArray(), image.toString());
        }
    }

    @Test
    void otherImagesAreLeftToOpenPdf() throws Exception {
        BufferedImage grey = new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(grey, "png", png);
        assertTrue(PngPictures.read(png.toByteArray(), false).isEmpty());
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        assertTrue(PngPictures.read(jpeg.toByteArray(), false).isEmpty());
        byte[] damaged = Files.readAllBytes(Path.of("examples/assets/emblem.png"));
        damaged[damaged.length / 2] ^= 0x55;
        damaged[damaged.length / 2 + 1] ^= 0x55;
        assertTrue(PngPictures.read(damaged, false).isEmpty());
    }

    private static void same(byte[] png, String what) throws Exception {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        boolean alpha = decoded.getColorModel().hasAlpha();
        for (boolean opaque : new boolean[] {false, true}) {
            Image ours = PngPictures.read(png, opaque).orElseThrow();
            Image theirs =
                    opaque && alpha
                            ? Image.getInstance(decoded, Color.WHITE, false)
                            : Image.getInstance(png);
            assertEquals(theirs.getWidth(), ours.getWidth(), what);
            assertEquals(theirs.getHeight(), ours.getHeight(), what);
            if (alpha) {
                assertArrayEquals(theirs.getRawData(), ours.getRawData(), what);
                assertArrayEquals(theirs.getTransparency(), ours.getTransparency(), what);
                assertEquals(theirs.getImageMask() == null, ours.getImageMask() == null, what);
                if (theirs.getImageMask() != null) {
                    assertArrayEquals(
                            theirs.getImageMask().getRawData(),
                            ours.getImageMask().getRawData(),
                            what);
                }
            } else {
                assertArrayEquals(theirs.getRawData(), pixelsInPdf(ours), what);
            }
        }
    }

    /** The RGB samples of the image as PDFBox decodes it from a PDF that OpenPDF wrote. */
    private static byte[] pixelsInPdf(Image image) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, pdf);
        document.open();
        image.scaleToFit(200, 200);
        document.add(image);
        document.close();
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            PDResources resources = read.getPage(0).getResources();
            COSName name = resources.getXObjectNames().iterator().next();
            BufferedImage shown = ((PDImageXObject) resources.getXObject(name)).getImage();
            byte[] rgb = new byte[shown.getWidth() * shown.getHeight() * 3];
            int i = 0;
            for (int y = 0; y < shown.getHeight(); y++) {
                for (int x = 0; x < shown.getWidth(); x++) {
                    int p = shown.getRGB(x, y);
                    rgb[i++] = (byte) (p >> 16);
                    rgb[i++] = (byte) (p >> 8);
                    rgb[i++] = (byte) p;
                }
            }
            return rgb;
        }
    }
}
