package rs.glasnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Images#validate}: sizes from the header before anything is inflated, and every kind of
 * damage to a PNG or JPEG found, each with its own message.
 */
class ImagesTest {
    static final TestImages.Png RGBA =
            new TestImages.Png("RGBA", 16, 16, 6, 8, false, null, null, TestImages.pattern(8, 3));
    static final byte[] PNG = TestImages.png(RGBA);
    static final byte[] JPEG = TestImages.jpeg(16, 16, false, false);

    static String refused(byte[] bytes) {
        return assertThrows(Images.Unusable.class, () -> Images.validate(bytes)).getMessage();
    }

    static void assertStarts(String prefix, String message) {
        assertTrue(
                message.startsWith(prefix), () -> "expected '" + prefix + "...', got: " + message);
    }

    @Test
    void goodImagesPassWithTheirKindAndSize() throws Exception {
        assertEquals(new Images.Header(Images.Kind.PNG, 16, 16), Images.validate(PNG));
        assertEquals(new Images.Header(Images.Kind.JPEG, 16, 16), Images.validate(JPEG));
        assertEquals(
                new Images.Header(Images.Kind.JPEG, 24, 8),
                Images.validate(TestImages.jpeg(24, 8, true, true)));
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path file :
                    (Iterable<Path>) files.filter(p -> p.toString().endsWith(".png"))::iterator) {
                Images.Header h = Images.validate(Files.readAllBytes(file));
                assertEquals(Images.Kind.PNG, h.kind(), file.toString());
            }
        }
    }

    @Test
    void aHugeImageIsRefusedFromItsHeaderAloneAndAtOnce() {
        // 20000 × 20000 RGBA: 1.6 GB decoded, a few hundred bytes on disk.
        byte[] huge = TestImages.hugeHeader(20000, 20000);
        assertTrue(huge.length < 2000, "a tiny file: " + huge.length);
        String message =
                assertTimeoutPreemptively(
                                Duration.ofSeconds(2),
                                () ->
                                        assertThrows(
                                                Images.Unusable.class, () -> Images.validate(huge)))
                        .getMessage();
        assertEquals(
                "is 20000 × 20000 pixels (400.0 megapixels); glasnik takes images of up to 64"
                        + " megapixels and 32768 pixels a side: scale it down (a full A4 page at 300"
                        + " dpi is 2480 × 3508, 8.7 megapixels)",
                message);
        assertThrows(Images.Unusable.class, () -> Images.header(huge));
        assertStarts("is 40000 × 2 pixels", refused(TestImages.hugeHeader(40000, 2)));
        // Within the limits: 8000 × 8000 is 64 megapixels, and passes the header.
        assertEquals(8000, assertDoesNotThrowHeader(TestImages.hugeHeader(8000, 8000)).width());
        byte[] jpeg = JPEG.clone();
        int sof = TestImages.markerAt(jpeg, 0xc0);
        jpeg[sof + 5] = (byte) (20000 >> 8);
        jpeg[sof + 6] = (byte) (20000 & 0xff);
        jpeg[sof + 7] = (byte) (20000 >> 8);
        jpeg[sof + 8] = (byte) (20000 & 0xff);
        assertStarts("is 20000 × 20000 pixels", refused(jpeg));
    }

    private static Images.Header assertDoesNotThrowHeader(byte[] bytes) {
        try {
            return Images.header(bytes);
        } catch (Images.Unusable e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws Exception {
        Images.checkFileSize(Images.MAX_FILE_BYTES);
        Images.Unusable e =
                assertThrows(
                        Images.Unusable.class,
                        () -> Images.checkFileSize(Images.MAX_FILE_BYTES + 1));
        assertStarts("is 50.0 MB; glasnik takes image files of up to 50 MB", e.getMessage());
    }

    /** One case of a parameterised test: what is wrong, the image, the message it gets. */
    static Object[] refusal(String what, byte[] image, String message) {
        return new Object[] {what, image, message};
    }

    static Stream<Object[]> damagedPngs() {
        int idat = TestImages.chunkAt(PNG, "IDAT");
        int iend = TestImages.chunkAt(PNG, "IEND");
        // Image data that inflates to too little, too much, or not at all, in a sound chunk.
        byte[] rows = new byte[16 * (16 * 4 + 1)];
        byte[] badFilter = rows.clone();
        badFilter[5 * 65] = 9;
        byte[] zlib = TestImages.deflate(rows);
        byte[] brokenZlib = zlib.clone();
        brokenZlib[zlib.length - 1] ^= 1; // the Adler-32 checksum
        return Stream.of(
                refusal(
                        "cut in the image data",
                        TestImages.cut(PNG, idat + 30),
                        "is cut short: the PNG ends inside its IDAT chunk"),
                refusal(
                        "cut before the end chunk",
                        TestImages.cut(PNG, iend),
                        "is cut short: the PNG ends without its end chunk (IEND)"),
                refusal(
                        "cut in the signature",
                        TestImages.cut(PNG, 5),
                        "is not a PNG or JPEG file"),
                refusal(
                        "a byte changed in the image data",
                        TestImages.flip(PNG, idat + 20),
                        "is damaged: the PNG's IDAT chunk at byte " + idat + " fails its checksum"),
                refusal(
                        "a byte changed in the header",
                        TestImages.flip(PNG, 18),
                        "is damaged: the PNG's IHDR chunk at byte 8 fails its checksum"),
                refusal(
                        "the header says taller",
                        TestImages.withSize(PNG, 16, 17),
                        "is damaged: the PNG's image data holds fewer rows than its header announces"),
                refusal(
                        "the header says shorter",
                        TestImages.withSize(PNG, 16, 15),
                        "is damaged: the PNG holds more image data than its header announces"),
                refusal(
                        "a row filter PNG does not have",
                        TestImages.file(RGBA, TestImages.deflate(badFilter)),
                        "is damaged: the PNG's image data has a row filter 9"),
                refusal(
                        "image data that is not zlib",
                        TestImages.file(RGBA, new byte[] {1, 2, 3, 4, 5, 6}),
                        "is damaged: the PNG's image data cannot be inflated"),
                refusal(
                        "image data with a wrong checksum",
                        TestImages.file(RGBA, brokenZlib),
                        "is damaged: the PNG's image data cannot be inflated"),
                refusal(
                        "image data cut short",
                        TestImages.file(RGBA, Arrays.copyOf(zlib, zlib.length / 2)),
                        "is cut short: the PNG's image data ends before its last row"),
                refusal(
                        "no image data",
                        withoutIdat(),
                        "is damaged: the PNG has no image data (IDAT)"),
                refusal(
                        "a palette index outside the palette",
                        paletteOutOfRange(),
                        "is damaged: a pixel of the PNG names colour 3 of a palette of 2"),
                refusal(
                        "a palette image without a palette",
                        withoutPalette(),
                        "is damaged: the palette PNG has no palette (PLTE)"),
                refusal(
                        "a bit depth PNG does not have",
                        withDepth(PNG, 3),
                        "is damaged: the PNG's header gives colour type 6 with 3 bits"),
                refusal(
                        "an unknown critical chunk",
                        withChunk("ABCD"),
                        "has a PNG chunk 'ABCD' that viewers must understand"),
                refusal(
                        "a GIF named .png",
                        "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1),
                        "is a GIF image, not PNG or JPEG"),
                refusal("an empty file", new byte[0], "is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedPngs")
    void aDamagedPngIsFound(String what, byte[] png, String expected) {
        String message = refused(png);
        assertStarts(expected, message);
        if (message.startsWith("is damaged") || message.startsWith("is cut short")) {
            assertTrue(message.endsWith("; save or export it again from the original"), message);
        }
    }

    private static byte[] withoutIdat() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Arrays.copyOf(PNG, 33)); // signature and IHDR
        TestImages.chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] withChunk(String name) {
        int iend = TestImages.chunkAt(PNG, "IEND");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Arrays.copyOf(PNG, iend));
        TestImages.chunk(out, name, new byte[] {1});
        out.writeBytes(Arrays.copyOfRange(PNG, iend, PNG.length));
        return out.toByteArray();
    }

    private static byte[] withDepth(byte[] png, int depth) {
        byte[] out = png.clone();
        out[24] = (byte) depth;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(out, 12, 17);
        long v = crc.getValue();
        out[29] = (byte) (v >>> 24);
        out[30] = (byte) (v >>> 16);
        out[31] = (byte) (v >>> 8);
        out[32] = (byte) v;
        return out;
    }

    private static byte[] paletteOutOfRange() {
        return TestImages.png(
                new TestImages.Png(
                        "palette",
                        4,
                        4,
                        3,
                        2,
                        false,
                        new byte[] {0, 0, 0, (byte) 255, (byte) 255, (byte) 255},
                        null,
                        (x, y, c) -> x == 2 && y == 3 ? 3 : x % 2));
    }

    /** A palette PNG made without its PLTE chunk. */
    private static byte[] withoutPalette() {
        return TestImages.png(
                new TestImages.Png("p", 4, 4, 3, 8, false, null, null, (x, y, c) -> 0));
    }

    @Test
    void theExifOrientationOfAJpegIsRead() throws Exception {
        assertEquals(1, Images.orientation(JPEG));
        assertEquals(1, Images.orientation(PNG));
        byte[] turned = TestImages.withOrientation(JPEG, 6, false);
        assertEquals(6, Images.orientation(turned));
        assertEquals(3, Images.orientation(TestImages.withOrientation(JPEG, 3, true)));
        assertEquals(1, Images.orientation(TestImages.withOrientation(JPEG, 1, true)));
        assertEquals(new Images.Header(Images.Kind.JPEG, 16, 16), Images.validate(turned));
    }

    static Stream<Object[]> refusedJpegs() {
        int sof = TestImages.markerAt(JPEG, 0xc0);
        int sos = TestImages.markerAt(JPEG, 0xda);
        byte[] twelveBit = JPEG.clone();
        twelveBit[sof + 4] = 12;
        byte[] lossless = JPEG.clone();
        lossless[sof + 1] = (byte) 0xc3;
        byte[] arithmetic = JPEG.clone();
        arithmetic[sof + 1] = (byte) 0xc9;
        byte[] dnl = JPEG.clone();
        dnl[sof + 5] = 0;
        dnl[sof + 6] = 0;
        byte[] noEnd = Arrays.copyOf(JPEG, JPEG.length - 2);
        return Stream.of(
                refusal(
                        "CMYK",
                        TestImages.cmykJpeg(8, 8),
                        "is a CMYK JPEG, whose colours Word and PDF viewers show differently; convert it to RGB (sRGB)"),
                refusal("12 bits", twelveBit, "is a 12-bit JPEG"),
                refusal("lossless", lossless, "is a lossless JPEG"),
                refusal("arithmetic-coded", arithmetic, "is an arithmetic-coded JPEG"),
                refusal(
                        "height after the data (DNL)",
                        dnl,
                        "gives its height only after the image data"),
                refusal(
                        "cut in the image data",
                        TestImages.cut(JPEG, sos + 40),
                        "is cut short: the JPEG ends inside its image data"),
                refusal(
                        "cut before the frame",
                        TestImages.cut(JPEG, sof),
                        "is cut short: the JPEG ends before its frame header (SOF)"),
                refusal(
                        "cut in a segment",
                        TestImages.cut(JPEG, sof + 6),
                        "is cut short: the JPEG ends inside its segment"),
                refusal(
                        "no end marker",
                        noEnd,
                        "is cut short: the JPEG ends inside its image data, without its end marker (EOI)"),
                refusal(
                        "a marker overwritten",
                        TestImages.flip(JPEG, sof),
                        "is damaged: the JPEG has no marker at byte " + sof));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedJpegs")
    void aDamagedOrUnusualJpegIsRefusedSayingWhatToDo(String what, byte[] jpeg, String expected) {
        assertStarts(expected, refused(jpeg));
    }
}
