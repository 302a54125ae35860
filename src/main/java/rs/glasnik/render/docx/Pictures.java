package rs.glasnik.render.docx;

import org.apache.poi.common.usermodel.PictureType;
import rs.glasnik.render.Images;

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
     * @throws DocxFormatException when the bytes are not a PNG or JPEG image glasnik takes (see
     *     {@link Images#validate})
     */
    static Picture read(byte[] bytes, String name) throws DocxFormatException {
        try {
            Images.Header header = Images.header(bytes);
            PictureType type =
                    header.kind() == Images.Kind.PNG ? PictureType.PNG : PictureType.JPEG;
            return new Picture(bytes, type, header.width(), header.height());
        } catch (Images.Unusable e) {
            throw new DocxFormatException("the image " + name + " " + e.getMessage(), e);
        }
    }
}
