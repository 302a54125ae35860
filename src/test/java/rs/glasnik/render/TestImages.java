package rs.glasnik.render;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Tiny images of every kind, made in the tests (never committed): PNG written byte by byte, so that
 * each colour type, bit depth, palette, transparency and interlacing can be had, with every row
 * filter; JPEG written by ImageIO. And the damage done to them.
 */
public final class TestImages {
    private TestImages() {}

    /** A sample of channel {@code c} at pixel ({@code x}, {@code y}); for type 3 the index. */
    public interface Sampler {
        int sample(int x, int y, int c);
    }

    /** A PNG's make-up. */
    public record Png(
            String name,
            int width,
            int height,
            int type,
            int depth,
            boolean interlaced,
            byte[] palette,
            byte[] trns,
            Sampler sampler) {
        @Override
        public String toString() {
            return name;
        }

        int channels() {
            return switch (type) {
                case 2 -> 3;
                case 4 -> 2;
                case 6 -> 4;
                default -> 1;
            };
        }
    }

    /**
     * A varied pattern over the full range of {@code depth} bits, different in each channel; in
     * channel {@code alpha} (or none, -1) every fourth column opaque and the next transparent.
     */
    public static Sampler pattern(int depth, int alpha) {
        int max = (1 << depth) - 1;
        return (x, y, c) -> {
            if (c == alpha && x % 4 < 2) {
                return x % 4 == 0 ? max : 0;
            }
            long v = (x * 37L + y * 101L + c * 53L + (long) x * y * 7) * (max / 255 + 1) + x;
            return (int) (v % (max + 1));
        };
    }

    /**
     * A PNG of every colour type and bit depth, with and without transparency (tRNS), each also
     * interlaced (at an odd size, so that the passes are uneven).
     */
    public static List<Png> kinds() {
        List<Png> all = new ArrayList<>();
        for (boolean interlaced : new boolean[] {false, true}) {
            String i = interlaced ? " interlaced" : "";
            int w = interlaced ? 13 : 16;
            int h = interlaced ? 11 : 16;
            for (int depth : new int[] {1, 2, 4, 8, 16}) {
                all.add(png("grey " + depth + i, w, h, 0, depth, interlaced, null, null, -1));
            }
            all.add(png("grey 8 tRNS" + i, w, h, 0, 8, interlaced, null, new byte[] {0, 37}, -1));
            all.add(png("grey 16 tRNS" + i, w, h, 0, 16, interlaced, null, new byte[] {1, 2}, -1));
            for (int depth : new int[] {8, 16}) {
                all.add(png("grey+alpha " + depth + i, w, h, 4, depth, interlaced, null, null, 1));
                all.add(png("RGB " + depth + i, w, h, 2, depth, interlaced, null, null, -1));
                all.add(png("RGBA " + depth + i, w, h, 6, depth, interlaced, null, null, 3));
            }
            all.add(
                    png(
                            "RGB 8 tRNS" + i,
                            w,
                            h,
                            2,
                            8,
                            interlaced,
                            null,
                            new byte[] {0, (byte) 138, 0, 101, 0, (byte) 154},
                            -1));
            for (int depth : new int[] {1, 2, 4, 8}) {
                int entries = Math.min(256, 1 << depth);
                all.add(
                        png(
                                "palette " + depth + i,
                                w,
                                h,
                                3,
                                depth,
                                interlaced,
                                palette(entries),
                                null,
                                -1));
                byte[] trns = new byte[Math.max(1, entries / 2)];
                for (int k = 0; k < trns.length; k++) {
                    trns[k] = (byte) (k * 255 / Math.max(1, trns.length - 1));
                }
                all.add(
                        png(
                                "palette " + depth + " tRNS" + i,
                                w,
                                h,
                                3,
                                depth,
                                interlaced,
                                palette(entries),
                                trns,
                                -1));
            }
        }
        all.add(png("RGBA 8 one pixel", 1, 1, 6, 8, false, null, null, 3));
        all.add(png("RGB 8 one pixel interlaced", 1, 1, 2, 8, true, null, null, -1));
        all.add(png("grey 1 wide interlaced", 37, 3, 0, 1, true, null, null, -1));
        return all;
    }

    private static Png png(
            String name,
            int w,
            int h,
            int type,
            int depth,
            boolean interlaced,
            byte[] palette,
            byte[] trns,
            int alpha) {
        Sampler sampler = pattern(depth, alpha);
        // The colour keyed transparent is really used: pixel (1, 1) has it.
        Sampler keyed =
                trns == null || type == 3
                        ? sampler
                        : (x, y, c) ->
                                x == 1 && y == 1
                                        ? ((trns[2 * c] & 0xff) << 8 | (trns[2 * c + 1] & 0xff))
                                        : sampler.sample(x, y, c);
        return new Png(name, w, h, type, depth, interlaced, palette, trns, keyed);
    }

    private static byte[] palette(int entries) {
        byte[] p = new byte[3 * entries];
        for (int i = 0; i < entries; i++) {
            p[3 * i] = (byte) (i * 255 / Math.max(1, entries - 1));
            p[3 * i + 1] = (byte) (255 - i * 97 % 256);
            p[3 * i + 2] = (byte) (i * 53 % 256);
        }
        return p;
    }

    /**
     * Adam7 interlacing as the PNG specification draws it: the pass (1 to 7) of each pixel of an 8
     * × 8 tile. The passes are read off it here, not copied from the reader, so that the files
     * written test the reader's table.
     */
    private static final String[] ADAM7_TILE = {
        "16462646", "77777777", "56565656", "77777777",
        "36463646", "77777777", "56565656", "77777777"
    };

    /** Each pass of Adam7: its first column, first row, column step and row step. */
    private static int[][] adam7() {
        int[][] passes = new int[7][];
        for (int pass = 1; pass <= 7; pass++) {
            java.util.TreeSet<Integer> xs = new java.util.TreeSet<>();
            java.util.TreeSet<Integer> ys = new java.util.TreeSet<>();
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    if (ADAM7_TILE[y].charAt(x) - '0' == pass) {
                        xs.add(x);
                        ys.add(y);
                    }
                }
            }
            passes[pass - 1] =
                    new int[] {
                        xs.first(),
                        ys.first(),
                        xs.size() > 1 ? xs.higher(xs.first()) - xs.first() : 8,
                        ys.size() > 1 ? ys.higher(ys.first()) - ys.first() : 8
                    };
        }
        return passes;
    }

    /** The PNG file, with the row filters taking turns (none, sub, up, average, Paeth). */
    public static byte[] png(Png p) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        int[][] passes = p.interlaced() ? adam7() : new int[][] {{0, 0, 1, 1}};
        int bpp = Math.max(1, p.channels() * p.depth() / 8);
        for (int[] pass : passes) {
            int w = p.width() <= pass[0] ? 0 : (p.width() - pass[0] + pass[2] - 1) / pass[2];
            int h = p.height() <= pass[1] ? 0 : (p.height() - pass[1] + pass[3] - 1) / pass[3];
            if (w == 0 || h == 0) {
                continue;
            }
            int stride = (w * p.channels() * p.depth() + 7) / 8;
            byte[] previous = new byte[stride];
            for (int r = 0; r < h; r++) {
                byte[] row = new byte[stride];
                int y = pass[1] + r * pass[3];
                for (int i = 0; i < w; i++) {
                    int x = pass[0] + i * pass[2];
                    for (int c = 0; c < p.channels(); c++) {
                        put(row, i * p.channels() + c, p.depth(), p.sampler().sample(x, y, c));
                    }
                }
                int filter = (r + pass[0]) % 5;
                raw.write(filter);
                for (int x = 0; x < stride; x++) {
                    int a = x >= bpp ? row[x - bpp] & 0xff : 0;
                    int b = r > 0 ? previous[x] & 0xff : 0;
                    int c = x >= bpp && r > 0 ? previous[x - bpp] & 0xff : 0;
                    int predicted =
                            switch (filter) {
                                case 0 -> 0;
                                case 1 -> a;
                                case 2 -> b;
                                case 3 -> (a + b) >>> 1;
                                default -> paeth(a, b, c);
                            };
                    raw.write((row[x] - predicted) & 0xff);
                }
                previous = row;
            }
        }
        return file(p, deflate(raw.toByteArray()));
    }

    /** The chunks around compressed image data, split into two IDAT chunks. */
    public static byte[] file(Png p, byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = new byte[13];
        int32(ihdr, 0, p.width());
        int32(ihdr, 4, p.height());
        ihdr[8] = (byte) p.depth();
        ihdr[9] = (byte) p.type();
        ihdr[12] = (byte) (p.interlaced() ? 1 : 0);
        chunk(out, "IHDR", ihdr);
        if (p.palette() != null) {
            chunk(out, "PLTE", p.palette());
        }
        if (p.trns() != null) {
            chunk(out, "tRNS", p.trns());
        }
        int half = idat.length / 2;
        chunk(out, "IDAT", Arrays.copyOfRange(idat, 0, half));
        chunk(out, "IDAT", Arrays.copyOfRange(idat, half, idat.length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    public static void chunk(ByteArrayOutputStream out, String name, byte[] data) {
        byte[] head = new byte[8];
        int32(head, 0, data.length);
        System.arraycopy(name.getBytes(StandardCharsets.US_ASCII), 0, head, 4, 4);
        out.writeBytes(head);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(head, 4, 4);
        crc.update(data);
        byte[] sum = new byte[4];
        int32(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    /**
     * An RGBA PNG whose header claims {@code width} × {@code height} pixels, with a few bytes of
     * image data: what a decoder that trusts the header allocates gigabytes for.
     */
    public static byte[] hugeHeader(int width, int height) {
        Png p = new Png("huge", width, height, 6, 8, false, null, null, (x, y, c) -> 0);
        return file(p, deflate(new byte[width * 4 + 1]));
    }

    /** The same PNG with the size in its header changed, checksum and all. */
    public static byte[] withSize(byte[] png, int width, int height) {
        byte[] out = png.clone();
        int32(out, 16, width);
        int32(out, 20, height);
        CRC32 crc = new CRC32();
        crc.update(out, 12, 17);
        int32(out, 29, (int) crc.getValue());
        return out;
    }

    /** The first {@code length} bytes. */
    public static byte[] cut(byte[] file, int length) {
        return Arrays.copyOf(file, length);
    }

    /** The file with one byte changed. */
    public static byte[] flip(byte[] file, int at) {
        byte[] out = file.clone();
        out[at] ^= 0x5a;
        return out;
    }

    /** The offset of the first chunk {@code name} of a PNG. */
    public static int chunkAt(byte[] png, String name) {
        for (int at = 8; at + 8 <= png.length; ) {
            int length =
                    ((png[at] & 0xff) << 24)
                            | ((png[at + 1] & 0xff) << 16)
                            | ((png[at + 2] & 0xff) << 8)
                            | (png[at + 3] & 0xff);
            if (new String(png, at + 4, 4, StandardCharsets.US_ASCII).equals(name)) {
                return at;
            }
            at += 12 + length;
        }
        throw new IllegalArgumentException("no " + name);
    }

    /** A JPEG of a colour (or grey) picture, baseline or progressive, written by ImageIO. */
    public static byte[] jpeg(int width, int height, boolean grey, boolean progressive) {
        BufferedImage image =
                new BufferedImage(
                        width,
                        height,
                        grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = x * 255 / Math.max(1, width - 1);
                int g = y * 255 / Math.max(1, height - 1);
                int b = (x / 4 + y / 4) % 2 == 0 ? 200 : 40;
                image.getRaster()
                        .setPixel(x, y, grey ? new int[] {(r + g) / 2} : new int[] {r, g, b});
            }
        }
        return writeJpeg(new IIOImage(image, null, null), progressive);
    }

    /** A four-channel (CMYK) JPEG, written by ImageIO from a raster. */
    public static byte[] cmykJpeg(int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(0, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {x * 16, y * 16, 0, 30});
            }
        }
        return writeJpeg(new IIOImage(raster, null, null), false);
    }

    private static byte[] writeJpeg(IIOImage image, boolean progressive) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            } else {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.95f);
            }
            writer.write(null, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JPEG with an EXIF segment (APP1) saying it is to be shown with {@code orientation}. */
    public static byte[] withOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        java.util.function.BiConsumer<Integer, Integer> put =
                (v, bytes) -> {
                    for (int i = 0; i < bytes; i++) {
                        int shift = 8 * (littleEndian ? i : bytes - 1 - i);
                        tiff.write((v >>> shift) & 0xff);
                    }
                };
        tiff.writeBytes(littleEndian ? new byte[] {'I', 'I'} : new byte[] {'M', 'M'});
        put.accept(42, 2);
        put.accept(8, 4); // the first directory follows
        put.accept(2, 2); // two entries: the resolution unit, the orientation
        put.accept(0x0128, 2);
        put.accept(3, 2);
        put.accept(1, 4);
        put.accept(2, 2);
        put.accept(0, 2);
        put.accept(0x0112, 2);
        put.accept(3, 2);
        put.accept(1, 4);
        put.accept(orientation, 2);
        put.accept(0, 2);
        put.accept(0, 4); // no next directory
        byte[] exif = tiff.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xff);
        out.write(0xd8);
        out.write(0xff);
        out.write(0xe1);
        int length = 2 + 6 + exif.length;
        out.write(length >>> 8);
        out.write(length & 0xff);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(exif);
        out.writeBytes(Arrays.copyOfRange(jpeg, 2, jpeg.length));
        return out.toByteArray();
    }

    /** The offset of the first JPEG marker {@code code} (0xC0 for SOF0, ...). */
    public static int markerAt(byte[] jpeg, int code) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == code) {
                return i;
            }
        }
        throw new IllegalArgumentException("no marker " + Integer.toHexString(code));
    }

    private static void put(byte[] row, int i, int depth, int v) {
        switch (depth) {
            case 8 -> row[i] = (byte) v;
            case 16 -> {
                row[2 * i] = (byte) (v >>> 8);
                row[2 * i + 1] = (byte) v;
            }
            default -> {
                int perByte = 8 / depth;
                int shift = 8 - depth * (i % perByte + 1);
                row[i / perByte] |= (byte) (v << shift);
            }
        }
    }

    /**
     * The Paeth predictor, with the distances to the estimate a + b - c written out (not the
     * reader's code, so that the files written test it).
     */
    private static int paeth(int a, int b, int c) {
        int toLeft = Math.abs(b - c);
        int toAbove = Math.abs(a - c);
        int toCorner = Math.abs(a + b - 2 * c);
        if (toLeft <= toAbove && toLeft <= toCorner) {
            return a;
        }
        return toAbove <= toCorner ? b : c;
    }

    public static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void int32(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
