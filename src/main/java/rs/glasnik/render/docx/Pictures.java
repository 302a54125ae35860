package rs.glasnik.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
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

    /** An inline picture in {@code run}, with a drawing id unique in the document. */
    static void add(
            DocxShared shared,
            XWPFRun run,
            Pictures.Picture picture,
            String name,
            long[] size,
            String description)
            throws DocxFormatException {
        try {
            run.addPicture(
                    new ByteArrayInputStream(picture.bytes()),
                    picture.type(),
                    name,
                    Math.toIntExact(size[0]),
                    Math.toIntExact(size[1]));
        } catch (InvalidFormatException | IOException e) {
            throw new DocxFormatException("the image " + name + " cannot be added", e);
        }
        CTR r = run.getCTR();
        CTNonVisualDrawingProps properties =
                r.getDrawingArray(r.sizeOfDrawingArray() - 1).getInlineArray(0).getDocPr();
        // Word wants drawing ids unique and above zero; POI numbers them from zero.
        shared.drawings++;
        properties.setId(shared.drawings);
        properties.setName("Picture " + shared.drawings);
        // The alternative text a screen reader speaks: the caption, not the file name.
        properties.setDescr(description);
    }

    /** The file name of a logo in the package: {@code logo.png} or {@code logo.jpeg}. */
    static String logoName(Picture picture) {
        return "logo" + (picture.type() == PictureType.JPEG ? ".jpeg" : ".png");
    }
}
