package rs.glasnik.render;

import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The rows of a PNG file that {@link PngReader} has checked, decoded one at a time: inflated, the
 * row filters undone, pass by pass for an interlaced image; no image is ever held decoded in memory
 * whole.
 *
 * <p>{@code PngRows.rows(bytes, PngReader.header(bytes), (x0, dx, y, pixels, row) -> ...);}
 */
public final class PngRows {
    private PngRows() {}

    /** One decoded row: its samples at the file's bit depth, packed as in the file. */
    public interface Rows {
        /**
         * @param x0 the column of the row's first pixel, {@code dx} the step to the next
         * @param y the image row this row is
         * @param row the row's bytes (reused: copy what is kept), {@code pixels} long
         */
        void row(int x0, int dx, int y, int pixels, byte[] row) throws Images.Unusable;
    }

    /**
     * Inflates the image data a row at a time, undoes the row filters and hands each row on, pass
     * by pass for an interlaced image. The data must inflate to exactly the rows the header
     * announces; a palette index must be in the palette.
     */
    public static void rows(byte[] png, PngReader.Header h, Rows out) throws Images.Unusable {
        Inflater inflater = new Inflater();
        try {
            int chunk = 0;
            int bpp = Math.max(1, h.channels() * h.depth() / 8);
            for (int[] pass : h.passes()) {
                int w = PngReader.passSize(h.width(), pass[0], pass[2]);
                int rows = PngReader.passSize(h.height(), pass[1], pass[3]);
                if (w == 0 || rows == 0) {
                    continue;
                }
                int stride = (int) h.rowBytes(w);
                byte[] previous = new byte[stride];
                byte[] current = new byte[stride];
                byte[] filter = new byte[1];
                for (int r = 0; r < rows; r++) {
                    chunk = fill(png, h, inflater, chunk, filter, 1);
                    chunk = fill(png, h, inflater, chunk, current, stride);
                    unfilter(filter[0] & 0xff, current, previous, r == 0, bpp);
                    if (h.colourType() == 3) {
                        checkIndices(current, w, h);
                    }
                    out.row(pass[0], pass[2], pass[1] + r * pass[3], w, current);
                    byte[] swap = previous;
                    previous = current;
                    current = swap;
                }
            }
            byte[] more = new byte[1];
            while (!inflater.finished()) {
                int n = inflater.inflate(more);
                if (n > 0) {
                    throw new Images.Unusable(
                            "is damaged: the PNG holds more image data than its header announces");
                }
                if (inflater.needsInput()) {
                    if (chunk >= h.data().size()) {
                        throw new Images.Unusable(
                                "is cut short: the PNG's image data ends before its last checksum");
                    }
                    int[] c = h.data().get(chunk++);
                    inflater.setInput(png, c[0], c[1]);
                } else if (inflater.needsDictionary()) {
                    throw new Images.Unusable(
                            "is damaged: the PNG's image data cannot be inflated");
                }
            }
        } catch (DataFormatException e) {
            throw new Images.Unusable(
                    "is damaged: the PNG's image data cannot be inflated ("
                            + String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT)
                            + ")");
        } finally {
            inflater.end();
        }
    }

    /** Inflates exactly {@code length} bytes into {@code into}; gives the next chunk to read. */
    private static int fill(
            byte[] png, PngReader.Header h, Inflater inflater, int chunk, byte[] into, int length)
            throws DataFormatException, Images.Unusable {
        int done = 0;
        while (done < length) {
            int n = inflater.inflate(into, done, length - done);
            done += n;
            if (n == 0) {
                if (inflater.finished()) {
                    throw new Images.Unusable(
                            "is damaged: the PNG's image data holds fewer rows than its header announces");
                }
                if (inflater.needsDictionary()) {
                    throw new Images.Unusable(
                            "is damaged: the PNG's image data cannot be inflated");
                }
                if (inflater.needsInput()) {
                    if (chunk >= h.data().size()) {
                        throw new Images.Unusable(
                                "is cut short: the PNG's image data ends before its last row");
                    }
                    int[] c = h.data().get(chunk++);
                    inflater.setInput(png, c[0], c[1]);
                }
            }
        }
        return chunk;
    }

    private static void unfilter(int filter, byte[] row, byte[] previous, boolean top, int bpp)
            throws Images.Unusable {
        int n = row.length;
        switch (filter) {
            case 0 -> {}
            case 1 -> {
                for (int x = bpp; x < n; x++) {
                    row[x] = (byte) (row[x] + row[x - bpp]);
                }
            }
            case 2 -> {
                if (!top) {
                    for (int x = 0; x < n; x++) {
                        row[x] = (byte) (row[x] + previous[x]);
                    }
                }
            }
            case 3 -> {
                for (int x = 0; x < n; x++) {
                    int a = x >= bpp ? row[x - bpp] & 0xff : 0;
                    int b = top ? 0 : previous[x] & 0xff;
                    row[x] = (byte) (row[x] + ((a + b) >>> 1));
                }
            }
            case 4 -> {
                for (int x = 0; x < n; x++) {
                    int a = x >= bpp ? row[x - bpp] & 0xff : 0;
                    int b = top ? 0 : previous[x] & 0xff;
                    int c = x >= bpp && !top ? previous[x - bpp] & 0xff : 0;
                    row[x] = (byte) (row[x] + paeth(a, b, c));
                }
            }
            default ->
                    throw new Images.Unusable(
                            "is damaged: the PNG's image data has a row filter "
                                    + filter
                                    + ", which PNG does not have");
        }
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void checkIndices(byte[] row, int pixels, PngReader.Header h)
            throws Images.Unusable {
        int entries = h.palette().length / 3;
        if (h.depth() == 8 ? entries == 256 : entries >= (1 << h.depth())) {
            return;
        }
        for (int i = 0; i < pixels; i++) {
            if (sample(row, i, h.depth()) >= entries) {
                throw new Images.Unusable(
                        "is damaged: a pixel of the PNG names colour "
                                + sample(row, i, h.depth())
                                + " of a palette of "
                                + entries);
            }
        }
    }

    /** Sample {@code i} of a row at bit depth {@code depth} (1, 2, 4, 8 or 16). */
    public static int sample(byte[] row, int i, int depth) {
        return switch (depth) {
            case 8 -> row[i] & 0xff;
            case 16 -> ((row[2 * i] & 0xff) << 8) | (row[2 * i + 1] & 0xff);
            default -> {
                int perByte = 8 / depth;
                int shift = 8 - depth * (i % perByte + 1);
                yield ((row[i / perByte] & 0xff) >>> shift) & ((1 << depth) - 1);
            }
        };
    }
}
