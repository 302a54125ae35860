package rs.glasnik.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.poi.common.usermodel.PictureType;

/**
 * The kind and pixel size of a PNG or JPEG image, read from its header, and the size it is shown at
 * in a document.
 *
 * <p>{@code Pictures.Picture p = Pictures.read(bytes, "graduation.png");}
 */
final class Pictures {
    /** English Metric Units: Word measures drawings in these. */
    static final long EMU_PER_MM = 36_000;

    /** Word shows an image without a resolution at 96 pixels per inch. */
    private static final long EMU_PER_PIXEL = 9_525;

    private Pictures() {}

    /** An image's bytes with its kind and size in pixels. */
    record Picture(byte[] bytes, PictureType type, int width, int height) {
        /**
         * The size in EMU at 96 pixels per inch, made smaller (never larger) to fit in {@code
         * maxWidth} by {@code maxHeight} EMU, keeping the aspect ratio.
         */
        long[] fit(long maxWidth, long maxHeight) {
            double w = (double) width * EMU_PER_PIXEL;
            double h = (double) height * EMU_PER_PIXEL;
            double scale = Math.min(1.0, Math.min(maxWidth / w, maxHeight / h));
            return new long[] {Math.round(w * scale), Math.round(h * scale)};
        }

        /** The size in EMU when shown {@code height} EMU high. */
        long[] ofHeight(long height) {
            return new long[] {Math.round((double) height * width / this.height), height};
        }
    }

    /**
     * Reads the header of a PNG or JPEG image.
     *
     * @param name the file, as the message names it
     * @throws DocxFormatException when the bytes are not a PNG or JPEG image that can be read
     */
    static Picture read(byte[] bytes, String name) throws DocxFormatException {
        // A memory-cached stream: ImageIO's default caches to a temporary file.
        try (ImageInputStream in =
                new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new DocxFormatException(
                        "the image " + name + " is not a PNG or JPEG image, or is damaged");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                PictureType type =
                        switch (format) {
                            case "png" -> PictureType.PNG;
                            case "jpeg", "jpg" -> PictureType.JPEG;
                            default ->
                                    throw new DocxFormatException(
                                            "the image "
                                                    + name
                                                    + " is a "
                                                    + format.toUpperCase(Locale.ROOT)
                                                    + " image; convert it to PNG or JPEG");
                        };
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new DocxFormatException("the image " + name + " has no size");
                }
                return new Picture(bytes, type, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocxFormatException d) {
                throw d;
            }
            throw new DocxFormatException(
                    "the image " + name + " cannot be read (it is damaged or not PNG or JPEG)", e);
        }
    }
}
