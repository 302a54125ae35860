package rs.glasnik.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.render.Assets;
import rs.glasnik.render.TestImages;

/**
 * Every kind of PNG and JPEG glasnik takes goes into the DOCX as its own file, declared as what it
 * is, at its own aspect ratio (Word and LibreOffice decode it; the PDF test compares pixels); the
 * kinds glasnik refuses are refused here too, with the file's name.
 */
class DocxImageKindsTest {
    static final String ID = "military-academy-graduation-2026";

    static Stream<Object[]> images() {
        List<Object[]> all = new ArrayList<>();
        // The DOCX takes the file as it is: one of each colour type, and interlacing, is enough.
        List<String> kinds =
                List.of(
                        "grey 1",
                        "grey 16",
                        "grey 8 tRNS",
                        "grey+alpha 8",
                        "RGB 16",
                        "RGBA 8",
                        "palette 4 tRNS",
                        "palette 8 interlaced",
                        "RGBA 16 interlaced");
        TestImages.kinds().stream()
                .filter(p -> kinds.contains(p.name()))
                .forEach(
                        p ->
                                all.add(
                                        new Object[] {
                                            p.name(), TestImages.png(p), Document.PICTURE_TYPE_PNG
                                        }));
        all.add(
                new Object[] {
                    "JPEG baseline",
                    TestImages.jpeg(24, 16, false, false),
                    Document.PICTURE_TYPE_JPEG
                });
        all.add(
                new Object[] {
                    "JPEG progressive",
                    TestImages.jpeg(24, 16, false, true),
                    Document.PICTURE_TYPE_JPEG
                });
        all.add(
                new Object[] {
                    "JPEG grey", TestImages.jpeg(24, 16, true, false), Document.PICTURE_TYPE_JPEG
                });
        return all.stream();
    }

    /** The example with its figure's file replaced by {@code bytes}. */
    private static ExampleDocuments.Example withFigure(byte[] bytes) {
        ExampleDocuments.Example example = ExampleDocuments.example(ID, LocaleTag.EN);
        Map<Path, byte[]> images = new LinkedHashMap<>();
        example.assets().images().keySet().forEach(k -> images.put(k, bytes));
        return new ExampleDocuments.Example(
                example.document(), new Assets(images, example.assets().logo()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void eachKindGoesInAsItIsAtItsAspectRatio(String kind, byte[] bytes, int type)
            throws Exception {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        try (XWPFDocument doc = DocxRendererTest.read(DocxRendererTest.render(withFigure(bytes)))) {
            List<XWPFPicture> pictures = new ArrayList<>();
            for (XWPFParagraph p : DocxRendererTest.bodyParagraphs(doc)) {
                p.getRuns().forEach(r -> pictures.addAll(r.getEmbeddedPictures()));
            }
            XWPFPicture figure = pictures.get(1);
            assertArrayEquals(bytes, figure.getPictureData().getData(), "the file as it is");
            assertEquals(type, figure.getPictureData().getPictureType(), kind);
            long cx = figure.getCTPicture().getSpPr().getXfrm().getExt().getCx();
            long cy = figure.getCTPicture().getSpPr().getXfrm().getExt().getCy();
            assertEquals(
                    (double) decoded.getWidth() / decoded.getHeight(),
                    (double) cx / cy,
                    0.01,
                    kind);
        }
    }

    @Test
    void aCmykJpegAndAHugeOrCutPngAreRefusedNamingTheFile() {
        String cmyk =
                assertThrows(
                                DocxFormatException.class,
                                () ->
                                        DocxRendererTest.render(
                                                withFigure(TestImages.cmykJpeg(8, 8))))
                        .getMessage();
        assertTrue(
                cmyk.startsWith("the image graduation.png is a CMYK JPEG")
                        && cmyk.endsWith("convert it to RGB (sRGB)"),
                cmyk);
        String huge =
                assertThrows(
                                DocxFormatException.class,
                                () ->
                                        DocxRendererTest.render(
                                                withFigure(TestImages.hugeHeader(20000, 20000))))
                        .getMessage();
        assertTrue(huge.startsWith("the image graduation.png is 20000 × 20000 pixels"), huge);
    }
}
