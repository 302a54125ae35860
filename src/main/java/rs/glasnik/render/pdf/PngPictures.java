package rs.glasnik.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The common PNG images (8-bit RGB or RGBA, not interlaced, no colour profile or transparent
 * colour) for the PDF without AWT: OpenPDF reads every PNG through ImageIO and reads its pixels
 * back one at a time, which takes a cold process a good part of a second. The images give the same
 * pixels as OpenPDF's: an RGB image's compressed data goes into the PDF as it is (with the PNG
 * predictor); an RGBA image is split into colour and soft mask as OpenPDF splits it. Any other
 * image, or one whose data does not decompress to the size its header gives, is left to OpenPDF.
 *
 * <p>{@code Optional<Image> image = PngPictures.read(bytes, false);}
 */
final class PngPictures {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int RGB = 2;
    private static final int RGBA = 6;

    private PngPictures() {}

    /**
     * The image, or empty when it is not a PNG this class reads. {@code opaque}: transparency is
     * replaced by white, as {@code Image.getInstance(awtImage, Color.WHITE, false)} does.
     */
    static Optional<Image> read(byte[] png, boolean opaque) {
        try {
            return decode(png, opaque);
        } catch (RuntimeException | DataFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Image> decode(byte[] png, boolean opaque)
            throws DataFormatException, DocumentException {
        ByteBuffer in = ByteBuffer.wrap(png);
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (png[i] != SIGNATURE[i]) {
                return Optional.empty();
            }
        }
        if (in.getInt(8) != 13 || !type(png, 12).equals("IHDR")) {
            return Optional.empty();
        }
        int width = in.getInt(16);
        int height = in.getInt(20);
        int depth = png[24];
        int colour = png[25];
        boolean plain = png[26] == 0 && png[27] == 0 && png[28] == 0;
        if (width <= 0
                || height <= 0
                || depth != 8
                || !plain
                || (colour != RGB && colour != RGBA)) {
            return Optional.empty();
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream(png.length);
        for (int at = 8; ; ) {
            int length = in.getInt(at);
            String type = type(png, at + 4);
            if (length < 0 || at + 12L + length > png.length) {
                return Optional.empty();
            }
            switch (type) {
                case "IDAT" -> data.write(png, at + 8, length);
                case "iCCP", "tRNS" -> {
                    return Optional.empty();
                }
                default -> {}
            }
            if (type.equals("IEND")) {
                break;
            }
            at += 12 + length;
        }
        int channels = colour == RGBA ? 4 : 3;
        int stride = width * channels;
        long size = (long) height * (stride + 1);
        if (size > Integer.MAX_VALUE - 8) {
            return Optional.empty();
        }
        byte[] compressed = data.toByteArray();
        byte[] filtered = new byte[(int) size];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            int n = 0;
            while (n < filtered.length) {
                int got = inflater.inflate(filtered, n, filtered.length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                n += got;
            }
            if (n != filtered.length) {
                return Optional.empty();
            }
        } finally {
            inflater.end();
        }
        for (int row = 0; row < height; row++) {
            if ((filtered[row * (stride + 1)] & 0xff) > 4) {
                return Optional.empty();
            }
        }
        if (colour == RGB) {
            Image image = Image.getInstance(width, height, 3, 8, compressed);
            image.setDeflated(true);
            PdfDictionary parameters = new PdfDictionary();
            parameters.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
            parameters.put(PdfName.PREDICTOR, new PdfNumber(15));
            parameters.put(PdfName.COLUMNS, new PdfNumber(width));
            parameters.put(PdfName.COLORS, new PdfNumber(3));
            PdfDictionary additional = new PdfDictionary();
            additional.put(PdfName.DECODEPARMS, parameters);
            image.setAdditional(additional);
            image.setOriginalType(Image.ORIGINAL_PNG);
            return Optional.of(image);
        }
        byte[] rgba = unfilter(filtered, height, stride, channels);
        return Optional.of(opaque ? onWhite(rgba, width, height) : withMask(rgba, width, height));
    }

    /** The pixels of the filtered scanlines (PNG filter method 0), without the filter bytes. */
    private static byte[] unfilter(byte[] filtered, int height, int stride, int bpp) {
        byte[] out = new byte[height * stride];
        for (int row = 0; row < height; row++) {
            int filter = filtered[row * (stride + 1)];
            int src = row * (stride + 1) + 1;
            int dst = row * stride;
            int up = dst - stride;
            // One loop per filter: the interpreter and C1 run these far faster than one loop
            // with a switch inside.
            if (filter == 0 || (row == 0 && filter == 2)) {
                System.arraycopy(filtered, src, out, dst, stride);
            } else if (filter == 1 || (row == 0 && filter == 4)) {
                System.arraycopy(filtered, src, out, dst, bpp);
                for (int i = bpp; i < stride; i++) {
                    out[dst + i] = (byte) (filtered[src + i] + out[dst + i - bpp]);
                }
            } else if (filter == 2) {
                for (int i = 0; i < stride; i++) {
                    out[dst + i] = (byte) (filtered[src + i] + out[up + i]);
                }
            } else if (filter == 3) {
                for (int i = 0; i < stride; i++) {
                    int a = i >= bpp ? out[dst + i - bpp] & 0xff : 0;
                    int b = row > 0 ? out[up + i] & 0xff : 0;
                    out[dst + i] = (byte) (filtered[src + i] + ((a + b) >>> 1));
                }
            } else {
                for (int i = 0; i < bpp; i++) {
                    out[dst + i] = (byte) (filtered[src + i] + out[up + i]);
                }
                for (int i = bpp; i < stride; i++) {
                    int a = out[dst + i - bpp] & 0xff;
                    int b = out[up + i] & 0xff;
                    int c = out[up + i - bpp] & 0xff;
                    out[dst + i] = (byte) (filtered[src + i] + paeth(a, b, c));
                }
            }
        }
        return out;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /** As OpenPDF with a background colour: pixels with alpha under 250 become white. */
    private static Image onWhite(byte[] rgba, int width, int height) throws BadElementException {
        int size = width * height;
        byte[] rgb = new byte[size * 3];
        for (int j = 0; j < size; j++) {
            boolean clear = (rgba[4 * j + 3] & 0xff) < 250;
            rgb[3 * j] = clear ? (byte) 255 : rgba[4 * j];
            rgb[3 * j + 1] = clear ? (byte) 255 : rgba[4 * j + 1];
            rgb[3 * j + 2] = clear ? (byte) 255 : rgba[4 * j + 2];
        }
        return Image.getInstance(width, height, 3, 8, rgb, null);
    }

    /**
     * As OpenPDF without a background colour: a soft mask when some pixel is partly transparent or
     * the transparent colour also shows opaque; a colour key when one colour is exactly the
     * transparent pixels; nothing when all are opaque.
     */
    private static Image withMask(byte[] rgba, int width, int height) throws DocumentException {
        int size = width * height;
        byte[] rgb = new byte[size * 3];
        byte[] smask = new byte[size];
        boolean shades = false;
        int[] transparency = null;
        int transparent = 0;
        for (int j = 0; j < size; j++) {
            int pixel = pixel(rgba, j);
            byte alpha = rgba[4 * j + 3];
            smask[j] = alpha;
            if (!shades) {
                if (alpha != 0 && alpha != -1) {
                    shades = true;
                } else if (transparency == null) {
                    if (alpha == 0) {
                        transparent = pixel;
                        transparency = new int[6];
                        transparency[0] = transparency[1] = (transparent >> 16) & 0xff;
                        transparency[2] = transparency[3] = (transparent >> 8) & 0xff;
                        transparency[4] = transparency[5] = transparent & 0xff;
                        for (int k = 0; k < j; k++) {
                            if (pixel(rgba, k) == transparent) {
                                shades = true;
                                break;
                            }
                        }
                    }
                } else if (pixel != transparent && alpha == 0
                        || pixel == transparent && alpha != 0) {
                    shades = true;
                }
            }
            rgb[3 * j] = rgba[4 * j];
            rgb[3 * j + 1] = rgba[4 * j + 1];
            rgb[3 * j + 2] = rgba[4 * j + 2];
        }
        Image image = Image.getInstance(width, height, 3, 8, rgb, shades ? null : transparency);
        if (shades) {
            Image mask = Image.getInstance(width, height, 1, 8, smask);
            mask.makeMask();
            image.setImageMask(mask);
        }
        image.setOriginalType(Image.ORIGINAL_PNG);
        return image;
    }

    private static int pixel(byte[] rgba, int j) {
        return ((rgba[4 * j] & 0xff) << 16)
                | ((rgba[4 * j + 1] & 0xff) << 8)
                | (rgba[4 * j + 2] & 0xff);
    }

    private static String type(byte[] png, int at) {
        return new String(png, at, 4, StandardCharsets.US_ASCII);
    }
}
