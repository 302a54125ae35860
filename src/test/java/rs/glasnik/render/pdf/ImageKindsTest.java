package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
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
import rs.glasnik.render.TestImages;

/**
 * Every kind of PNG and JPEG glasnik takes comes out of the PDF as ImageIO decodes the file: grey
 * of 1 to 16 bits, grey and alpha, RGB and RGBA of 8 and 16 bits, palettes of 1 to 8 bits with and
 * without transparency, transparent colours (tRNS), each also interlaced; baseline, progressive and
 * grey JPEG. Transparency becomes a soft mask, or, for archives, is laid onto white. The PDF's
 * image is read back raw with PDFBox (8-bit samples and its colour space), so that neither
 * OpenPDF's nor a viewer's colour handling hides a wrong sample.
 */
class ImageKindsTest {
    static Stream<TestImages.Png> pngs() {
        return TestImages.kinds().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pngs")
    void eachKindOfPngIsInThePdfAsImageIoDecodesIt(TestImages.Png kind) throws Exception {
        byte[] png = TestImages.png(kind);
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(source, "ImageIO reads the test image");
        boolean hasAlpha = source.getColorModel().hasAlpha();
        assertEquals(kind.type() >= 4 || kind.trns() != null, hasAlpha, "ImageIO sees the alpha");
        for (boolean opaque : new boolean[] {false, true}) {
            PDImageXObject image = readBack(Figures.read(png, "'t.png'", opaque));
            assertEquals(source.getWidth(), image.getWidth());
            assertEquals(source.getHeight(), image.getHeight());
            assertEquals(8, image.getBitsPerComponent(), "8 bits in the PDF (PDF/A-1 has no more)");
            boolean grey = kind.type() == 0 || kind.type() == 4;
            assertEquals(grey ? "DeviceGray" : "DeviceRGB", image.getColorSpace().getName());
            Raster colour = image.getRawRaster();
            PDImageXObject mask = image.getSoftMask();
            if (opaque || !hasAlpha) {
                assertNull(mask, "no soft mask");
            } else {
                assertNotNull(mask, "a soft mask");
            }
            Raster alpha = mask == null ? null : mask.getRawRaster();
            int worst = 0;
            for (int y = 0; y < source.getHeight(); y++) {
                for (int x = 0; x < source.getWidth(); x++) {
                    int[] e = rgba(source, x, y);
                    if (opaque) {
                        for (int k = 0; k < 3; k++) {
                            e[k] = (e[k] * e[3] + 255 * (255 - e[3]) + 127) / 255;
                        }
                        e[3] = 255;
                    }
                    int[] a = new int[4];
                    for (int k = 0; k < 3; k++) {
                        a[k] = colour.getSample(x, y, grey ? 0 : k);
                    }
                    a[3] = alpha == null ? 255 : alpha.getSample(x, y, 0);
                    if (e[3] == 0 && a[3] == 0) {
                        continue; // the colour of a transparent pixel is not seen
                    }
                    for (int k = 0; k < 4; k++) {
                        worst = Math.max(worst, Math.abs(e[k] - a[k]));
                    }
                }
            }
            assertTrue(worst <= 1, kind + (opaque ? " on white" : "") + " differs by " + worst);
        }
    }

    /** The 8-bit red, green, blue and alpha of a pixel as ImageIO decoded it. */
    private static int[] rgba(BufferedImage image, int x, int y) {
        Raster r = image.getRaster();
        if (image.getColorModel() instanceof IndexColorModel icm) {
            int i = r.getSample(x, y, 0);
            return new int[] {icm.getRed(i), icm.getGreen(i), icm.getBlue(i), icm.getAlpha(i)};
        }
        int bands = r.getNumBands();
        int bits = image.getColorModel().getComponentSize(0);
        int max = (1 << bits) - 1;
        int[] v = new int[bands];
        for (int b = 0; b < bands; b++) {
            v[b] = (r.getSample(x, y, b) * 255 + max / 2) / max;
        }
        return switch (bands) {
            case 1 -> new int[] {v[0], v[0], v[0], 255};
            case 2 -> new int[] {v[0], v[0], v[0], v[1]};
            case 3 -> new int[] {v[0], v[1], v[2], 255};
            default -> new int[] {v[0], v[1], v[2], v[3]};
        };
    }

    static Stream<String> jpegs() {
        return Stream.of("baseline", "progressive", "grey");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jpegs")
    void eachKindOfJpegIsInThePdfAsItIs(String kind) throws Exception {
        byte[] jpeg = TestImages.jpeg(16, 16, kind.equals("grey"), kind.equals("progressive"));
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(jpeg));
        PDImageXObject image = readBack(Figures.read(jpeg, "'t.jpg'", true));
        assertEquals(
                List.of(COSName.DCT_DECODE), image.getStream().getFilters(), "the JPEG as it is");
        assertEquals(
                kind.equals("grey") ? "DeviceGray" : "DeviceRGB", image.getColorSpace().getName());
        Raster raw = image.getRawRaster();
        int worst = 0;
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                for (int b = 0; b < source.getRaster().getNumBands(); b++) {
                    worst =
                            Math.max(
                                    worst,
                                    Math.abs(
                                            source.getRaster().getSample(x, y, b)
                                                    - raw.getSample(x, y, b)));
                }
            }
        }
        assertTrue(worst <= 2, kind + " differs by " + worst);
    }

    @Test
    void aCmykJpegAndAHugeOrDamagedPngAreRefusedWithAMessage() {
        PdfFormatException cmyk =
                assertThrows(
                        PdfFormatException.class,
                        () -> Figures.read(TestImages.cmykJpeg(8, 8), "'c.jpg'", false));
        assertTrue(
                cmyk.getMessage().startsWith("the image 'c.jpg' is a CMYK JPEG"),
                cmyk.getMessage());
        assertTrue(cmyk.getMessage().contains("convert it to RGB"), cmyk.getMessage());
        PdfFormatException huge =
                assertThrows(
                        PdfFormatException.class,
                        () -> Figures.read(TestImages.hugeHeader(20000, 20000), "'h.png'", false));
        assertTrue(huge.getMessage().contains("20000 × 20000 pixels"), huge.getMessage());
        byte[] png =
                TestImages.png(
                        pngs().filter(p -> p.name().equals("RGBA 8")).findFirst().orElseThrow());
        PdfFormatException cut =
                assertThrows(
                        PdfFormatException.class,
                        () -> Figures.read(TestImages.cut(png, png.length - 30), "'x.png'", false));
        assertTrue(cut.getMessage().startsWith("the image 'x.png' is cut short"), cut.getMessage());
    }

    static Stream<Object[]> archived() {
        List<String> names =
                List.of("grey 16", "grey+alpha 16", "RGB 8 tRNS", "palette 4 tRNS interlaced");
        Stream<Object[]> pngs =
                pngs().filter(p -> names.contains(p.name()))
                        .map(p -> new Object[] {p.name(), TestImages.png(p)});
        return Stream.concat(
                pngs,
                Stream.of(
                        new Object[] {"JPEG grey", TestImages.jpeg(24, 16, true, false)},
                        new Object[] {"JPEG progressive", TestImages.jpeg(24, 16, false, true)}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archived")
    void anArchivePdfWithEachKindIsPdfA1b(String kind, byte[] bytes) throws Exception {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        rs.glasnik.app.Glasnik.RenderInput input =
                PdfExamples.input(
                        "military-academy-graduation-2026", rs.glasnik.model.LocaleTag.EN);
        java.util.Map<java.nio.file.Path, byte[]> images = new java.util.LinkedHashMap<>();
        input.assets().images().keySet().forEach(k -> images.put(k, bytes));
        byte[] pdf =
                PdfRenderer.render(
                        input.document(),
                        new PdfJob(
                                input.template(),
                                new rs.glasnik.render.Assets(images, input.assets().logo()),
                                input.created(),
                                PdfProfile.ARCHIVE,
                                PdfExamples.CREATOR));
        org.verapdf.pdfa.results.ValidationResult result = PdfArchiveTest.validate(pdf);
        assertTrue(result.isCompliant(), () -> kind + ":\n" + PdfArchiveTest.failures(result));
    }

    /** The image as PDFBox reads it back from a page that OpenPDF drew it on. */
    static PDImageXObject readBack(Image image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        writer.getDirectContent().addImage(image, 100, 0, 0, 100, 10, 10);
        doc.close();
        PDDocument pdf = Loader.loadPDF(out.toByteArray());
        PDResources resources = pdf.getPage(0).getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject x) {
                return x;
            }
        }
        throw new AssertionError("no image in the PDF");
    }
}
