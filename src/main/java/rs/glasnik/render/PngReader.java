package rs.glasnik.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A PNG file's structure read and checked in plain Java: the signature, every chunk's length and
 * checksum, the header, palette and transparency, so that a damaged file is found before anything
 * is drawn. Its rows are decoded by {@link PngRows}.
 *
 * <p>{@code PngReader.Header h = PngReader.header(bytes);}
 */
public final class PngReader {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The seven passes of Adam7 interlacing: first column, first row, column step, row step. */
    private static final int[][] ADAM7 = {
        {0, 0, 8, 8},
        {4, 0, 8, 8},
        {0, 4, 4, 8},
        {2, 0, 4, 4},
        {0, 2, 2, 4},
        {1, 0, 2, 2},
        {0, 1, 1, 2}
    };

    private PngReader() {}

    /** Whether the bytes start as a PNG file does. */
    public static boolean isPng(byte[] bytes) {
        if (bytes.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a PNG's chunks say about its pixels.
     *
     * @param colourType 0 grey, 2 RGB, 3 palette, 4 grey and alpha, 6 RGB and alpha
     * @param palette the palette's RGB triples (type 3), else empty
     * @param paletteAlpha the alpha of the first palette entries (tRNS of type 3), else empty
     * @param colourKey the grey (one) or RGB (three) samples shown transparent (tRNS of types 0 and
     *     2), else empty
     * @param data the offset and length of each IDAT chunk's data in the file
     */
    public record Header(
            int width,
            int height,
            int depth,
            int colourType,
            boolean interlaced,
            byte[] palette,
            byte[] paletteAlpha,
            int[] colourKey,
            List<int[]> data) {
        /** Samples per pixel. */
        public int channels() {
            return switch (colourType) {
                case 2 -> 3;
                case 4 -> 2;
                case 6 -> 4;
                default -> 1;
            };
        }

        /** Whether some pixels may be transparent: an alpha channel or a tRNS chunk. */
        public boolean hasAlpha() {
            return colourType == 4
                    || colourType == 6
                    || paletteAlpha.length > 0
                    || colourKey.length > 0;
        }

        /** Bytes of one row of {@code pixels} pixels, without its filter byte. */
        long rowBytes(long pixels) {
            return (pixels * channels() * depth + 7) / 8;
        }

        /** The bytes the image data inflates to: every row of every pass with its filter byte. */
        public long rawBytes() {
            long total = 0;
            for (int[] pass : passes()) {
                long w = passSize(width, pass[0], pass[2]);
                long h = passSize(height, pass[1], pass[3]);
                if (w > 0 && h > 0) {
                    total += h * (1 + rowBytes(w));
                }
            }
            return total;
        }

        int[][] passes() {
            return interlaced ? ADAM7 : new int[][] {{0, 0, 1, 1}};
        }
    }

    static int passSize(int size, int first, int step) {
        return size <= first ? 0 : (size - first + step - 1) / step;
    }

    /**
     * Reads and checks the chunks: signature, every chunk's length and checksum, the header's
     * values, the palette and transparency, image data present and in one run, the end chunk.
     * Nothing is inflated.
     */
    public static Header header(byte[] png) throws Images.Unusable {
        if (!isPng(png)) {
            throw new Images.Unusable("is not a PNG file");
        }
        int at = SIGNATURE.length;
        CRC32 crc = new CRC32();
        int width = 0;
        int height = 0;
        int depth = 0;
        int type = -1;
        boolean interlaced = false;
        byte[] palette = new byte[0];
        byte[] paletteAlpha = new byte[0];
        int[] key = new int[0];
        List<int[]> data = new ArrayList<>();
        boolean dataEnded = false;
        boolean first = true;
        while (true) {
            if (at + 8 > png.length) {
                throw new Images.Unusable(
                        at == png.length
                                ? "is cut short: the PNG ends without its end chunk (IEND)"
                                : "is cut short: the PNG ends inside a chunk at byte " + at);
            }
            long length = uint32(png, at);
            String name = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (!name.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                throw new Images.Unusable("is damaged: the PNG has no valid chunk at byte " + at);
            }
            int body = at + 8;
            if (length > png.length - body - 4L) {
                throw new Images.Unusable(
                        "is cut short: the PNG ends inside its "
                                + name
                                + " chunk at byte "
                                + at
                                + " ("
                                + length
                                + " bytes announced, "
                                + Math.max(0, png.length - body)
                                + " left)");
            }
            int n = (int) length;
            crc.reset();
            crc.update(png, at + 4, n + 4);
            if (crc.getValue() != uint32(png, body + n)) {
                throw new Images.Unusable(
                        "is damaged: the PNG's "
                                + name
                                + " chunk at byte "
                                + at
                                + " fails its checksum");
            }
            if (first && !name.equals("IHDR")) {
                throw new Images.Unusable(
                        "is damaged: the PNG does not start with its header (IHDR)");
            }
            if (!data.isEmpty() && !name.equals("IDAT")) {
                dataEnded = true;
            }
            switch (name) {
                case "IHDR" -> {
                    if (!first || n != 13) {
                        throw new Images.Unusable(
                                "is damaged: the PNG's header (IHDR) is malformed");
                    }
                    long w = uint32(png, body);
                    long h = uint32(png, body + 4);
                    depth = png[body + 8] & 0xff;
                    type = png[body + 9] & 0xff;
                    int compression = png[body + 10] & 0xff;
                    int filter = png[body + 11] & 0xff;
                    int interlace = png[body + 12] & 0xff;
                    if (w == 0 || h == 0 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
                        throw new Images.Unusable(
                                "is damaged: the PNG's header gives a size of "
                                        + w
                                        + " × "
                                        + h
                                        + " pixels");
                    }
                    width = (int) w;
                    height = (int) h;
                    if (!validDepth(type, depth)) {
                        throw new Images.Unusable(
                                "is damaged: the PNG's header gives colour type "
                                        + type
                                        + " with "
                                        + depth
                                        + " bits, which PNG does not have");
                    }
                    if (compression != 0 || filter != 0 || interlace > 1) {
                        throw new Images.Unusable(
                                "is damaged: the PNG's header gives a compression, filter or interlace method PNG does not have");
                    }
                    interlaced = interlace == 1;
                    // The pixel limit comes before anything else is read.
                    Images.checkSize(width, height);
                }
                case "PLTE" -> {
                    if (!data.isEmpty() || palette.length > 0) {
                        throw new Images.Unusable(
                                "is damaged: the PNG's palette (PLTE) is misplaced");
                    }
                    if (n == 0 || n % 3 != 0 || n / 3 > 256) {
                        throw new Images.Unusable(
                                "is damaged: the PNG's palette (PLTE) is malformed");
                    }
                    if (type == 0 || type == 4) {
                        throw new Images.Unusable("is damaged: a grey PNG has a palette (PLTE)");
                    }
                    palette = java.util.Arrays.copyOfRange(png, body, body + n);
                }
                case "tRNS" -> {
                    if (!data.isEmpty()) {
                        throw new Images.Unusable("is damaged: the PNG's tRNS chunk is misplaced");
                    }
                    switch (type) {
                        case 3 -> {
                            if (palette.length == 0 || n > palette.length / 3) {
                                throw new Images.Unusable(
                                        "is damaged: the PNG's tRNS chunk does not fit its palette");
                            }
                            paletteAlpha = java.util.Arrays.copyOfRange(png, body, body + n);
                        }
                        case 0, 2 -> {
                            int samples = type == 0 ? 1 : 3;
                            if (n != 2 * samples) {
                                throw new Images.Unusable(
                                        "is damaged: the PNG's tRNS chunk is malformed");
                            }
                            key = new int[samples];
                            for (int i = 0; i < samples; i++) {
                                key[i] =
                                        ((png[body + 2 * i] & 0xff) << 8)
                                                | (png[body + 2 * i + 1] & 0xff);
                            }
                        }
                        default ->
                                throw new Images.Unusable(
                                        "is damaged: a PNG with an alpha channel has a tRNS chunk");
                    }
                }
                case "IDAT" -> {
                    if (dataEnded) {
                        throw new Images.Unusable(
                                "is damaged: the PNG's image data (IDAT) is split by other chunks");
                    }
                    if (type == 3 && palette.length == 0) {
                        throw new Images.Unusable(
                                "is damaged: the palette PNG has no palette (PLTE)");
                    }
                    data.add(new int[] {body, n});
                }
                case "IEND" -> {
                    if (data.isEmpty()) {
                        throw new Images.Unusable("is damaged: the PNG has no image data (IDAT)");
                    }
                    return new Header(
                            width,
                            height,
                            depth,
                            type,
                            interlaced,
                            palette,
                            paletteAlpha,
                            key,
                            List.copyOf(data));
                }
                default -> {
                    if (Character.isUpperCase(name.charAt(0))) {
                        throw new Images.Unusable(
                                "has a PNG chunk '"
                                        + name
                                        + "' that viewers must understand and glasnik does not; save it again as a plain PNG");
                    }
                }
            }
            first = false;
            at = body + n + 4;
        }
    }

    /** The size, read from the header alone; nothing else is looked at. */
    static int[] size(byte[] png) throws Images.Unusable {
        if (!isPng(png) || png.length < 33) {
            throw new Images.Unusable("is not a PNG file, or is cut short");
        }
        if (!new String(png, 12, 4, StandardCharsets.ISO_8859_1).equals("IHDR")) {
            throw new Images.Unusable("is damaged: the PNG does not start with its header (IHDR)");
        }
        long w = uint32(png, 16);
        long h = uint32(png, 20);
        if (w == 0 || h == 0 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
            throw new Images.Unusable(
                    "is damaged: the PNG's header gives a size of " + w + " × " + h);
        }
        return new int[] {(int) w, (int) h};
    }

    private static boolean validDepth(int type, int depth) {
        return switch (type) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case 2, 4, 6 -> depth == 8 || depth == 16;
            default -> false;
        };
    }

    private static long uint32(byte[] b, int at) {
        return ((b[at] & 0xffL) << 24)
                | ((b[at + 1] & 0xffL) << 16)
                | ((b[at + 2] & 0xffL) << 8)
                | (b[at + 3] & 0xffL);
    }
}
