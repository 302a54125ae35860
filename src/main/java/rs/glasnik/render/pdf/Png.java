package rs.glasnik.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import rs.glasnik.render.Images;
import rs.glasnik.render.PngReader;
import rs.glasnik.render.PngRows;

/**
 * PNG images into the PDF without Java's imaging (OpenPDF reads PNG with ImageIO and copies it
 * pixel by pixel, which is slow to start and to run, and holds the whole image decoded): an 8-bit
 * grey or RGB image without transparency goes in as it is, its compressed data with PNG's
 * predictors, which PDF understands. Every other PNG (alpha, palettes, 1 to 16 bits, interlaced,
 * transparent colours) is decoded here a row at a time into 8-bit grey or RGB and, if it has
 * transparency, an 8-bit soft mask; for archives its transparency is laid onto white.
 */
final class Png {
    private Png() {}

    /** The PNG as a PDF image. */
    static Image read(byte[] png, boolean opaque) throws Images.Unusable, BadElementException {
        PngReader.Header h = PngReader.header(png);
        int type = h.colourType();
        if (h.depth() == 8 && !h.interlaced() && (type == 0 || type == 2) && !h.hasAlpha()) {
            int colours = type == 0 ? 1 : 3;
            ByteArrayOutputStream data = new ByteArrayOutputStream(png.length);
            for (int[] chunk : h.data()) {
                data.write(png, chunk[0], chunk[1]);
            }
            Image image = Image.getInstance(h.width(), h.height(), colours, 8, data.toByteArray());
            image.setDeflated(true);
            PdfDictionary parameters = new PdfDictionary();
            parameters.put(PdfName.PREDICTOR, new PdfNumber(15));
            parameters.put(PdfName.COLORS, new PdfNumber(colours));
            parameters.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
            parameters.put(PdfName.COLUMNS, new PdfNumber(h.width()));
            PdfDictionary additional = new PdfDictionary();
            additional.put(PdfName.DECODEPARMS, parameters);
            image.setAdditional(additional);
            return image;
        }
        Converted converted = convert(png, h, opaque);
        Image image =
                Image.getInstance(
                        h.width(), h.height(), converted.colours(), 8, converted.colour());
        image.setDeflated(true);
        if (converted.alpha().length > 0) {
            Image mask = Image.getInstance(h.width(), h.height(), 1, 8, converted.alpha());
            mask.setDeflated(true);
            mask.makeMask();
            image.setImageMask(mask);
        }
        return image;
    }

    /** A PNG as compressed 8-bit colour (grey or RGB) and, if kept, compressed 8-bit alpha. */
    private record Converted(int colours, byte[] colour, byte[] alpha) {}

    /** The file a conversion was made of, and whether it was laid onto white. */
    private record Source(byte[] png, boolean opaque) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Source s && s.opaque == opaque && Arrays.equals(s.png, png);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(png) * 31 + Boolean.hashCode(opaque);
        }
    }

    /**
     * Images converted once per process: an organisation's emblem is in every release of a pack,
     * and decoding and compressing it is most of the work of a PDF. At most {@link #KEPT} bytes.
     */
    private static final Map<Source, Converted> CONVERTED = new ConcurrentHashMap<>();

    private static final long KEPT = 64L * 1024 * 1024;

    /**
     * One conversion at a time: an interlaced image is put together whole, and two threads making
     * two languages of a release must not hold it twice.
     */
    private static final Object CONVERTING = new Object();

    /** Above this many pixels, compressing for the smallest file costs more time than it saves. */
    private static final long SMALL = 4_000_000;

    private static Converted convert(byte[] png, PngReader.Header h, boolean opaque)
            throws Images.Unusable {
        Source source = new Source(png, opaque);
        synchronized (CONVERTING) {
            Converted done = CONVERTED.get(source);
            if (done != null) {
                return done;
            }
            done = decode(png, h, opaque);
            long size = done.colour().length + (long) done.alpha().length;
            long kept =
                    CONVERTED.values().stream()
                            .mapToLong(c -> c.colour().length + (long) c.alpha().length)
                            .sum();
            if (kept + size > KEPT) {
                CONVERTED.clear();
            }
            if (size <= KEPT) {
                CONVERTED.put(source, done);
            }
            return done;
        }
    }

    private static Converted decode(byte[] png, PngReader.Header h, boolean opaque)
            throws Images.Unusable {
        Converted done;
        int type = h.colourType();
        int colours = type == 0 || type == 4 ? 1 : 3;
        boolean alpha = h.hasAlpha();
        boolean mask = alpha && !opaque;
        int width = h.width();
        int level =
                (long) width * h.height() <= SMALL
                        ? Deflater.BEST_COMPRESSION
                        : Deflater.DEFAULT_COMPRESSION;
        Deflated colourOut = new Deflated(level);
        Deflated alphaOut = mask ? new Deflated(level) : null;
        byte[] colourRow = new byte[width * colours];
        byte[] alphaRow = new byte[width];
        // An interlaced image comes in seven passes over the whole image: it is put together
        // here, at 8 bits, before it is compressed.
        byte[] colourAll =
                h.interlaced() ? new byte[Math.multiplyExact(width * colours, h.height())] : null;
        byte[] alphaAll =
                h.interlaced() && mask ? new byte[Math.multiplyExact(width, h.height())] : null;
        try {
            PngRows.rows(
                    png,
                    h,
                    (x0, dx, y, pixels, row) -> {
                        pixels(h, row, pixels, colourRow, alphaRow, alpha, opaque);
                        if (colourAll == null) {
                            colourOut.write(colourRow, pixels * colours);
                            if (mask) {
                                alphaOut.write(alphaRow, pixels);
                            }
                            return;
                        }
                        for (int i = 0; i < pixels; i++) {
                            int x = x0 + i * dx;
                            System.arraycopy(
                                    colourRow,
                                    i * colours,
                                    colourAll,
                                    (y * width + x) * colours,
                                    colours);
                            if (alphaAll != null) {
                                alphaAll[y * width + x] = alphaRow[i];
                            }
                        }
                    });
            if (colourAll != null) {
                for (int y = 0; y < h.height(); y++) {
                    colourOut.write(colourAll, y * width * colours, width * colours);
                    if (alphaAll != null) {
                        alphaOut.write(alphaAll, y * width, width);
                    }
                }
            }
            done =
                    new Converted(
                            colours, colourOut.finish(), mask ? alphaOut.finish() : new byte[0]);
        } finally {
            colourOut.end();
            if (alphaOut != null) {
                alphaOut.end();
            }
        }
        return done;
    }

    /**
     * One row of the file's samples as 8-bit colour and alpha; with {@code opaque}, the colour laid
     * onto white by its alpha.
     */
    private static void pixels(
            PngReader.Header h,
            byte[] row,
            int pixels,
            byte[] colour,
            byte[] alpha,
            boolean hasAlpha,
            boolean opaque) {
        int depth = h.depth();
        int[] key = h.colourKey();
        byte[] palette = h.palette();
        byte[] paletteAlpha = h.paletteAlpha();
        for (int i = 0, c = 0; i < pixels; i++) {
            int a = 255;
            switch (h.colourType()) {
                case 0 -> {
                    int g = PngRows.sample(row, i, depth);
                    if (key.length == 1 && g == key[0]) {
                        a = 0;
                    }
                    colour[c] = (byte) eight(g, depth);
                }
                case 2 -> {
                    boolean keyed = key.length == 3;
                    for (int k = 0; k < 3; k++) {
                        int v = PngRows.sample(row, 3 * i + k, depth);
                        keyed &= key.length == 3 && v == key[k];
                        colour[c + k] = (byte) eight(v, depth);
                    }
                    if (keyed) {
                        a = 0;
                    }
                }
                case 3 -> {
                    int index = PngRows.sample(row, i, depth);
                    colour[c] = palette[3 * index];
                    colour[c + 1] = palette[3 * index + 1];
                    colour[c + 2] = palette[3 * index + 2];
                    if (index < paletteAlpha.length) {
                        a = paletteAlpha[index] & 0xff;
                    }
                }
                case 4 -> {
                    colour[c] = (byte) eight(PngRows.sample(row, 2 * i, depth), depth);
                    a = eight(PngRows.sample(row, 2 * i + 1, depth), depth);
                }
                default -> {
                    for (int k = 0; k < 3; k++) {
                        colour[c + k] = (byte) eight(PngRows.sample(row, 4 * i + k, depth), depth);
                    }
                    a = eight(PngRows.sample(row, 4 * i + 3, depth), depth);
                }
            }
            int colours = h.colourType() == 0 || h.colourType() == 4 ? 1 : 3;
            if (hasAlpha && opaque) {
                for (int k = 0; k < colours; k++) {
                    int v = colour[c + k] & 0xff;
                    // Onto white: v * a + 255 * (1 - a).
                    colour[c + k] = (byte) ((v * a + 255 * (255 - a) + 127) / 255);
                }
            }
            alpha[i] = (byte) a;
            c += colours;
        }
    }

    /** A sample of {@code depth} bits as 8 bits, in proportion. */
    private static int eight(int v, int depth) {
        return switch (depth) {
            case 8 -> v;
            case 16 -> (v * 255 + 32767) / 65535;
            default -> v * 255 / ((1 << depth) - 1);
        };
    }

    /** Bytes compressed as they come. */
    private static final class Deflated {
        private final Deflater deflater;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DeflaterOutputStream out;

        Deflated(int level) {
            deflater = new Deflater(level);
            out = new DeflaterOutputStream(bytes, deflater, 65536);
        }

        void write(byte[] b, int length) {
            write(b, 0, length);
        }

        void write(byte[] b, int offset, int length) {
            try {
                out.write(b, offset, length);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
            }
        }

        byte[] finish() {
            try {
                out.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        void end() {
            deflater.end();
        }
    }
}
