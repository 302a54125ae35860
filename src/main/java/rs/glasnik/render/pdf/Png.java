package rs.glasnik.render.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * PNG images into the PDF without decoding them through Java's imaging (OpenPDF reads PNG with
 * ImageIO and copies it pixel by pixel, which is slow to start and to run): an 8-bit grey or RGB
 * image without transparency goes in as it is, its compressed data with PNG's predictors, which PDF
 * understands; an 8-bit image with an alpha channel is decoded here and split into the colour image
 * and a soft mask, or, for archives, laid onto white. Anything else (palettes, 16 bits,
 * interlacing) is left to OpenPDF.
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Png() {}

    /** The image, if it is a PNG this class takes; empty for OpenPDF to read. */
    static Optional<Image> read(byte[] png, boolean opaque) throws Exception {
        if (png.length < 33) {
            return Optional.empty();
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (png[i] != SIGNATURE[i]) {
                return Optional.empty();
            }
        }
        int width = 0;
        int height = 0;
        int depth = 0;
        int type = -1;
        int interlace = 0;
        boolean transparency = false;
        ByteArrayOutputStream data = new ByteArrayOutputStream(png.length);
        for (int at = 8; at + 8 <= png.length; ) {
            int length = int32(png, at);
            String chunk = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            int body = at + 8;
            if (length < 0 || body + length > png.length) {
                return Optional.empty();
            }
            switch (chunk) {
                case "IHDR" -> {
                    width = int32(png, body);
                    height = int32(png, body + 4);
                    depth = png[body + 8] & 0xff;
                    type = png[body + 9] & 0xff;
                    interlace = png[body + 12] & 0xff;
                }
                case "tRNS" -> transparency = true;
                case "IDAT" -> data.write(png, body, length);
                default -> {}
            }
            if (chunk.equals("IEND")) {
                break;
            }
            at = body + length + 4;
        }
        if (depth != 8 || interlace != 0 || transparency || width <= 0 || height <= 0) {
            return Optional.empty();
        }
        if (type == 0 || type == 2) {
            int colours = type == 0 ? 1 : 3;
            Image image = Image.getInstance(width, height, colours, 8, data.toByteArray());
            image.setDeflated(true);
            PdfDictionary parameters = new PdfDictionary();
            parameters.put(PdfName.PREDICTOR, new PdfNumber(15));
            parameters.put(PdfName.COLORS, new PdfNumber(colours));
            parameters.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
            parameters.put(PdfName.COLUMNS, new PdfNumber(width));
            PdfDictionary additional = new PdfDictionary();
            additional.put(PdfName.DECODEPARMS, parameters);
            image.setAdditional(additional);
            return Optional.of(image);
        }
        if (type == 4 || type == 6) {
            int colours = type == 4 ? 1 : 3;
            Split split = split(png, data.toByteArray(), width, height, colours, opaque);
            Image image = Image.getInstance(width, height, colours, 8, split.colour());
            image.setDeflated(true);
            if (!opaque) {
                Image mask = Image.getInstance(width, height, 1, 8, split.alpha());
                mask.setDeflated(true);
                mask.makeMask();
                image.setImageMask(mask);
            }
            return Optional.of(image);
        }
        return Optional.empty();
    }

    /** An image with alpha split into its colour and its alpha, each compressed. */
    private record Split(byte[] colour, byte[] alpha) {}

    /** The file a split was made of, and whether it was laid onto white. */
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
     * Images split once per process: an organisation's emblem is in every release of a pack, and
     * decoding and compressing it is most of the work of a PDF. A handful of images at most.
     */
    private static final Map<Source, Split> SPLIT = new ConcurrentHashMap<>();

    private static final int KEPT = 8;

    private static Split split(
            byte[] png, byte[] data, int width, int height, int colours, boolean opaque)
            throws DataFormatException {
        Source source = new Source(png, opaque);
        Split split = SPLIT.get(source);
        if (split != null) {
            return split;
        }
        byte[] pixels = unfilter(inflate(data), width, height, colours + 1);
        byte[] colour = new byte[width * height * colours];
        byte[] alpha = new byte[width * height];
        for (int p = 0, c = 0, s = 0; p < alpha.length; p++) {
            int a = pixels[s + colours] & 0xff;
            for (int k = 0; k < colours; k++) {
                int v = pixels[s + k] & 0xff;
                // Onto white: v * a + 255 * (1 - a).
                colour[c++] = (byte) (opaque ? (v * a + 255 * (255 - a) + 127) / 255 : v);
            }
            alpha[p] = (byte) a;
            s += colours + 1;
        }
        split = new Split(deflate(colour), opaque ? new byte[0] : deflate(alpha));
        if (SPLIT.size() >= KEPT) {
            SPLIT.clear();
        }
        SPLIT.put(source, split);
        return split;
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
            byte[] buffer = new byte[65536];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xff) << 24)
                | ((b[at + 1] & 0xff) << 16)
                | ((b[at + 2] & 0xff) << 8)
                | (b[at + 3] & 0xff);
    }

    private static byte[] inflate(byte[] compressed) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
            byte[] buffer = new byte[65536];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("the PNG's image data ends too soon");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    /** Undoes PNG's row filters (none, sub, up, average, Paeth) of 8-bit samples. */
    private static byte[] unfilter(byte[] raw, int width, int height, int channels)
            throws DataFormatException {
        int stride = width * channels;
        if (raw.length < (long) (stride + 1) * height) {
            throw new DataFormatException("the PNG's image data is too short");
        }
        byte[] out = new byte[stride * height];
        for (int y = 0; y < height; y++) {
            int filter = raw[y * (stride + 1)] & 0xff;
            int in = y * (stride + 1) + 1;
            int row = y * stride;
            for (int x = 0; x < stride; x++) {
                int a = x >= channels ? out[row + x - channels] & 0xff : 0;
                int b = y > 0 ? out[row - stride + x] & 0xff : 0;
                int c = x >= channels && y > 0 ? out[row - stride + x - channels] & 0xff : 0;
                int v = raw[in + x] & 0xff;
                int predicted =
                        switch (filter) {
                            case 0 -> 0;
                            case 1 -> a;
                            case 2 -> b;
                            case 3 -> (a + b) >>> 1;
                            case 4 -> paeth(a, b, c);
                            default -> throw new DataFormatException("PNG filter " + filter);
                        };
                out[row + x] = (byte) (v + predicted);
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
}
