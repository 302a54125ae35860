package rs.glasnik.render.pdf;

import com.lowagie.text.Image;
import rs.glasnik.render.Images;
import rs.glasnik.render.PngReader;
import rs.glasnik.render.pdf.typeset.Graphic;
import rs.glasnik.render.pdf.typeset.UnreadableImageException;

/**
 * Images for the PDF: PNG decoded and converted by {@link Png}, JPEG embedded as it is by OpenPDF;
 * given to the engine as {@link Graphic}s, drawn by {@link PdfCanvas}.
 *
 * <p>{@code Graphic.Reader images = Figures.reader(profile == PdfProfile.ARCHIVE);}
 */
final class Figures {
    private Figures() {}

    /** An OpenPDF image as the engine sees it. */
    record Figure(Image image) implements Graphic {
        @Override
        public float width() {
            return image.getWidth();
        }

        @Override
        public float height() {
            return image.getHeight();
        }
    }

    /**
     * Reads images for the engine. {@code opaque}: an image with transparency is composed onto
     * white, because PDF/A-1 allows no transparency.
     */
    static Graphic.Reader reader(boolean opaque) {
        return (bytes, name) -> {
            try {
                return new Figure(read(bytes, name, opaque));
            } catch (PdfFormatException e) {
                throw new UnreadableImageException(e.getMessage(), e);
            }
        };
    }

    /** The OpenPDF image of a graphic {@link #reader} made. */
    static Image image(Graphic graphic) {
        return ((Figure) graphic).image();
    }

    /**
     * The cause of an image the engine could not read: the writer's own exception, as a single
     * release and a pack throw it.
     */
    static PdfFormatException unreadable(UnreadableImageException e) {
        return e.getCause() instanceof PdfFormatException p
                ? p
                : new PdfFormatException(e.getMessage(), e);
    }

    /**
     * The image in {@code bytes} (PNG or JPEG).
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
