package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
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
            BufferedImage actual = ImageKindsTest.readBack(image).getImage();
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
}
