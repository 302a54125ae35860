package rs.glasnik.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The images glasnik takes, judged from their bytes before anything is decoded: PNG and JPEG within
 * the size limits, whole and undamaged, of a kind both the DOCX and the PDF show correctly.
 *
 * <p>{@code Images.Header h = Images.validate(bytes);} throws {@link Unusable} with a message such
 * as "is cut short: ..." that the caller puts after "the image 'photo.png' ".
 */
public final class Images {
    /** The most pixels an image may have: a 61-megapixel camera's photograph, uncropped. */
    public static final long MAX_PIXELS = 64_000_000L;

    /** The most pixels an image may have on one side. */
    public static final int MAX_SIDE = 32_768;

    /** The largest image file, in bytes (50 MB). */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private Images() {}

    /** PNG or JPEG. */
    public enum Kind {
        PNG,
        JPEG
    }

    /** An image's kind and size in pixels. */
    public record Header(Kind kind, int width, int height) {}

    /**
     * The bytes are not an image glasnik can use. The message starts with a verb ("is cut short:
     * ...", "is a CMYK JPEG; ...") and says what to do.
     */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unusable(String message) {
            super(message);
        }
    }

    /**
     * The kind and size from the header alone, within the limits; nothing else is read. For
     * renderers, after {@link #validate} has passed the same bytes.
     */
    public static Header header(byte[] bytes) throws Unusable {
        if (PngReader.isPng(bytes)) {
            int[] size = PngReader.size(bytes);
            checkSize(size[0], size[1]);
            return new Header(Kind.PNG, size[0], size[1]);
        }
        if (isJpeg(bytes)) {
            return jpeg(bytes, false);
        }
        throw new Unusable(notAnImage(bytes));
    }

    /**
     * Checks the whole file: the size limits first, from the header; then for a PNG every chunk and
     * its checksum, and the image data inflated (a row at a time) to exactly the size the header
     * gives; for a JPEG every marker segment, the frame, the scans and the end marker.
     */
    public static Header validate(byte[] bytes) throws Unusable {
        checkFileSize(bytes.length);
        try {
            if (PngReader.isPng(bytes)) {
                PngReader.Header h = PngReader.header(bytes);
                PngRows.rows(bytes, h, (x0, dx, y, pixels, row) -> {});
                return new Header(Kind.PNG, h.width(), h.height());
            }
            if (isJpeg(bytes)) {
                return jpeg(bytes, true);
            }
        } catch (Unusable e) {
            String m = e.getMessage();
            if (m.startsWith("is damaged") || m.startsWith("is cut short")) {
                throw new Unusable(m + "; save or export it again from the original");
            }
            throw e;
        }
        throw new Unusable(notAnImage(bytes));
    }

    /** Refuses a file over {@link #MAX_FILE_BYTES}. */
    public static void checkFileSize(long bytes) throws Unusable {
        if (bytes > MAX_FILE_BYTES) {
            throw new Unusable(
                    String.format(
                            Locale.ROOT,
                            "is %.1f MB; glasnik takes image files of up to %d MB: save it as a JPEG, or scale it down",
                            bytes / (1024.0 * 1024.0),
                            MAX_FILE_BYTES / (1024 * 1024)));
        }
    }

    /** Refuses a size over the limits. */
    static void checkSize(long width, long height) throws Unusable {
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            throw new Unusable(
                    String.format(
                            Locale.ROOT,
                            "is %d × %d pixels (%.1f megapixels); glasnik takes images of up to %d megapixels and %d pixels a side: scale it down (a full A4 page at 300 dpi is 2480 × 3508, 8.7 megapixels)",
                            width,
                            height,
                            width * height / 1e6,
                            MAX_PIXELS / 1_000_000,
                            MAX_SIDE));
        }
    }

    /**
     * The EXIF orientation of a JPEG (1 to 8; 1, the picture as stored, when it has none): a
     * camera's way of saying "turn me before showing", which some programs heed and PDF does not.
     */
    public static int orientation(byte[] jpeg) {
        if (!isJpeg(jpeg)) {
            return 1;
        }
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
            if (marker == 0xda || marker == 0xd9 || length < 2) {
                return 1;
            }
            int body = at + 4;
            int end = Math.min(jpeg.length, at + 2 + length);
            if (marker == 0xe1
                    && end - body > 14
                    && new String(jpeg, body, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                return exifOrientation(jpeg, body + 6, end);
            }
            at += 2 + length;
        }
        return 1;
    }

    /** Tag 0x0112 of the first image directory of the TIFF structure in {@code b[tiff..end)}. */
    private static int exifOrientation(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I';
        java.util.function.IntBinaryOperator read =
                (at, bytes) -> {
                    int v = 0;
                    for (int i = 0; i < bytes; i++) {
                        int k = little ? bytes - 1 - i : i;
                        v = (v << 8) | (b[at + k] & 0xff);
                    }
                    return v;
                };
        if (tiff + 8 > end || read.applyAsInt(tiff + 2, 2) != 42) {
            return 1;
        }
        long ifd = tiff + (read.applyAsInt(tiff + 4, 4) & 0xffffffffL);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = read.applyAsInt((int) ifd, 2);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (read.applyAsInt(entry, 2) == 0x0112) {
                int value = read.applyAsInt(entry + 8, 2);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static boolean isJpeg(byte[] b) {
        return b.length >= 3
                && (b[0] & 0xff) == 0xff
                && (b[1] & 0xff) == 0xd8
                && (b[2] & 0xff) == 0xff;
    }

    /** What a file that is neither PNG nor JPEG is, as far as its first bytes tell. */
    private static String notAnImage(byte[] b) {
        String start = new String(b, 0, Math.min(b.length, 64), StandardCharsets.ISO_8859_1);
        String kind;
        if (start.startsWith("GIF8")) {
            kind = "a GIF image";
        } else if (start.startsWith("BM")) {
            kind = "a BMP image";
        } else if (start.startsWith("RIFF") && start.startsWith("WEBP", 8)) {
            kind = "a WebP image";
        } else if (start.startsWith("II*\0") || start.startsWith("MM\0*")) {
            kind = "a TIFF image";
        } else if (start.startsWith("ftyp", 4)) {
            kind = "a HEIC or AVIF image";
        } else if (start.startsWith("%PDF")) {
            kind = "a PDF file";
        } else if (start.stripLeading().startsWith("<")) {
            kind = "an SVG or other text file";
        } else if (b.length == 0) {
            return "is empty; save the image again";
        } else {
            return "is not a PNG or JPEG file (or its start is damaged); convert it to PNG or JPEG";
        }
        return "is "
                + kind
                + ", not PNG or JPEG, whatever its name says; convert it to PNG or JPEG";
    }

    /**
     * Walks a JPEG's marker segments. The frame (SOF) gives the size and kind; with {@code full},
     * the tables, every scan's entropy-coded data and the end marker (EOI) must be there too.
     */
    private static Header jpeg(byte[] b, boolean full) throws Unusable {
        int at = 2;
        Header frame = null;
        boolean quantisation = false;
        boolean huffman = false;
        boolean scanned = false;
        while (true) {
            if (at >= b.length) {
                throw new Unusable(
                        frame == null
                                ? "is cut short: the JPEG ends before its frame header (SOF)"
                                : "is cut short: the JPEG ends without its end marker (EOI)");
            }
            if ((b[at] & 0xff) != 0xff) {
                throw new Unusable("is damaged: the JPEG has no marker at byte " + at);
            }
            while (at < b.length && (b[at] & 0xff) == 0xff) {
                at++; // fill bytes
            }
            if (at >= b.length) {
                continue;
            }
            int marker = b[at] & 0xff;
            int segment = at - 1;
            at++;
            if (marker == 0xd9) {
                if (!scanned) {
                    throw new Unusable("is damaged: the JPEG ends before any image data (SOS)");
                }
                return frame;
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue;
            }
            if (marker == 0xd8 || marker == 0x00) {
                throw new Unusable("is damaged: the JPEG has a stray marker at byte " + segment);
            }
            if (at + 2 > b.length) {
                throw new Unusable(
                        "is cut short: the JPEG ends inside a marker at byte " + segment);
            }
            int length = ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
            if (length < 2) {
                throw new Unusable(
                        "is damaged: the JPEG's segment at byte " + segment + " is malformed");
            }
            if (at + length > b.length) {
                throw new Unusable(
                        "is cut short: the JPEG ends inside its segment at byte " + segment);
            }
            int body = at + 2;
            int end = at + length;
            if (marker >= 0xc0
                    && marker <= 0xcf
                    && marker != 0xc4
                    && marker != 0xc8
                    && marker != 0xcc) {
                if (frame != null) {
                    throw new Unusable("is damaged: the JPEG has two frame headers (SOF)");
                }
                frame = frame(b, marker, body, length);
                if (!full) {
                    return frame;
                }
            } else if (marker == 0xdb) {
                quantisation = true;
            } else if (marker == 0xc4) {
                huffman = true;
            } else if (marker == 0xda) {
                if (frame == null) {
                    throw new Unusable(
                            "is damaged: the JPEG's image data (SOS) comes before its frame header (SOF)");
                }
                int components = length >= 3 ? b[body] & 0xff : 0;
                if (components < 1 || components > 4 || length != 6 + 2 * components) {
                    throw new Unusable(
                            "is damaged: the JPEG's scan header (SOS) at byte "
                                    + segment
                                    + " is malformed");
                }
                if (!quantisation || !huffman) {
                    throw new Unusable(
                            "is damaged: the JPEG lacks its "
                                    + (quantisation ? "Huffman" : "quantisation")
                                    + " tables");
                }
                scanned = true;
                at = entropyEnd(b, end);
                continue;
            }
            at = end;
        }
    }

    /** The position of the marker that ends the entropy-coded data starting at {@code at}. */
    private static int entropyEnd(byte[] b, int at) throws Unusable {
        for (int i = at; i + 1 < b.length; i++) {
            if ((b[i] & 0xff) != 0xff) {
                continue;
            }
            int next = b[i + 1] & 0xff;
            if (next == 0x00 || (next >= 0xd0 && next <= 0xd7) || next == 0xff) {
                continue;
            }
            return i;
        }
        throw new Unusable(
                "is cut short: the JPEG ends inside its image data, without its end marker (EOI)");
    }

    private static Header frame(byte[] b, int marker, int body, int length) throws Unusable {
        if (length < 8) {
            throw new Unusable("is damaged: the JPEG's frame header (SOF) is malformed");
        }
        int precision = b[body] & 0xff;
        int height = ((b[body + 1] & 0xff) << 8) | (b[body + 2] & 0xff);
        int width = ((b[body + 3] & 0xff) << 8) | (b[body + 4] & 0xff);
        int components = b[body + 5] & 0xff;
        if (length != 8 + 3 * components) {
            throw new Unusable("is damaged: the JPEG's frame header (SOF) is malformed");
        }
        if (width == 0) {
            throw new Unusable("is damaged: the JPEG's frame header gives a width of 0");
        }
        if (height == 0) {
            throw new Unusable(
                    "gives its height only after the image data (a DNL marker), which PDF viewers do not read; save it again as an ordinary JPEG");
        }
        checkSize(width, height);
        String kind =
                switch (marker) {
                    case 0xc0, 0xc1, 0xc2 -> null;
                    case 0xc3 -> "a lossless JPEG";
                    case 0xc5, 0xc6, 0xc7 -> "a hierarchical JPEG";
                    default -> "an arithmetic-coded JPEG";
                };
        if (kind != null) {
            throw new Unusable(
                    "is "
                            + kind
                            + ", which Word and PDF viewers do not all show; save it again as an ordinary (baseline) JPEG");
        }
        if (precision != 8) {
            throw new Unusable(
                    "is a "
                            + precision
                            + "-bit JPEG, which Word and PDF viewers do not all show; save it again as an ordinary 8-bit JPEG");
        }
        if (components == 4) {
            throw new Unusable(
                    "is a CMYK JPEG, whose colours Word and PDF viewers show differently; convert it to RGB (sRGB)");
        }
        if (components != 1 && components != 3) {
            throw new Unusable(
                    "is a JPEG with "
                            + components
                            + " colour components; convert it to an RGB (sRGB) JPEG");
        }
        return new Header(Kind.JPEG, width, height);
    }
}
