package rs.glasnik.render.pdf;

import com.lowagie.text.Image;
import rs.glasnik.render.Images;
import rs.glasnik.render.PngReader;

/**
 * Images for the PDF: PNG decoded and converted by {@link Png}, JPEG embedded as it is by OpenPDF.
 */
final class Figures {
    private Figures() {}

    /**
     * The image in {@code bytes} (PNG or JPEG). {@code opaque}: an image with transparency is
     * composed onto white, because PDF/A-1 allows no transparency.
     *
     * @throws PdfFormatException when the bytes are not an image glasnik takes (see {@link
     *     Images#validate})
     */
    static Image read(byte[] bytes, String name, boolean opaque) throws PdfFormatException {
        try {
            Images.header(bytes);
            if (PngReader.isPng(bytes)) {
                return Png.read(bytes, opaque);
            }
            return Image.getInstance(bytes);
        } catch (Images.Unusable e) {
            throw new PdfFormatException("the image " + name + " " + e.getMessage(), e);
        } catch (Exception e) {
            throw new PdfFormatException(
                    "the image " + name + " cannot be read: " + e.getMessage(), e);
        }
    }
}
