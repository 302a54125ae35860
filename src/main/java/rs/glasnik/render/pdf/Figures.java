package rs.glasnik.render.pdf;

import com.lowagie.text.Image;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Images for the PDF: read with OpenPDF; for archives, transparency flattened onto white. */
final class Figures {
    private Figures() {}

    /**
     * The image in {@code bytes} (PNG or JPEG). {@code opaque}: an image with an alpha channel is
     * composed onto white, because PDF/A-1 allows no transparency.
     *
     * @throws PdfFormatException when the bytes are not an image OpenPDF can read
     */
    static Image read(byte[] bytes, String name, boolean opaque) throws PdfFormatException {
        java.util.Optional<Image> png = PngPictures.read(bytes, opaque);
        if (png.isPresent()) {
            return png.get();
        }
        try {
            Image image = Image.getInstance(bytes);
            if (opaque && (image.getImageMask() != null || image.isMask() || hasAlpha(bytes))) {
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
                if (decoded == null) {
                    throw new PdfFormatException("the image " + name + " cannot be read");
                }
                image = Image.getInstance(decoded, Color.WHITE, false);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw new PdfFormatException(
                    "the image " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Whether a PNG has an alpha channel or a transparency chunk. */
    private static boolean hasAlpha(byte[] png) {
        if (png.length < 26 || (png[0] & 0xff) != 0x89 || png[1] != 'P') {
            return false;
        }
        int colourType = png[25] & 0xff;
        if (colourType == 4 || colourType == 6) {
            return true;
        }
        for (int i = 8; i + 8 < png.length; ) {
            int length =
                    ((png[i] & 0xff) << 24)
                            | ((png[i + 1] & 0xff) << 16)
                            | ((png[i + 2] & 0xff) << 8)
                            | (png[i + 3] & 0xff);
            String type = new String(png, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (type.equals("tRNS")) {
                return true;
            }
            if (type.equals("IDAT") || length < 0) {
                return false;
            }
            i += 12 + length;
        }
        return false;
    }
}
