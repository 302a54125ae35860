package rs.glasnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 16 fonts in templates/fonts, as tools/serbian-fonts.py finished them for the PDF renderer and
 * as OpenPDF reads them: every code point has a glyph of its own (so the PDF's ToUnicode is exact),
 * U+00AD SOFT HYPHEN is a hyphen of its own, and the legacy {@code kern} table, the only kerning
 * OpenPDF reads, holds the GPOS kerning (values verified in GPOS with fontTools).
 */
class PdfFontsTest {
    static Stream<String> fonts() {
        return Stream.of("NotoSerif", "NotoSans", "NotoSerifSerbian", "NotoSansSerbian")
                .flatMap(
                        family ->
                                Stream.of("Regular", "Bold", "Italic", "BoldItalic")
                                        .map(style -> family + "-" + style));
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void everyCodePointHasAGlyphOfItsOwn(String name) throws Exception {
        Map<Integer, Integer> cmap = cmap(bytes(name));
        BaseFont font = openPdf(name);
        Map<Integer, Integer> owner = new HashMap<>();
        for (Map.Entry<Integer, Integer> entry : cmap.entrySet()) {
            Integer before = owner.put(entry.getValue(), entry.getKey());
            assertEquals(
                    null,
                    before,
                    () ->
                            name
                                    + ": glyph "
                                    + entry.getValue()
                                    + " is shared by "
                                    + hex(owner.get(entry.getValue()))
                                    + " and "
                                    + hex(entry.getKey()));
            assertTrue(font.charExists(entry.getKey()), name + ": " + hex(entry.getKey()));
        }
        assertTrue(cmap.size() > 1000, name + ": " + cmap.size() + " code points");
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void softHyphenIsAHyphenOfItsOwn(String name) throws Exception {
        Map<Integer, Integer> cmap = cmap(bytes(name));
        BaseFont font = openPdf(name);
        assertTrue(font.charExists(0xAD), name);
        assertNotEquals(cmap.get((int) '-'), cmap.get(0xAD), name);
        assertEquals(font.getWidth('-'), font.getWidth(0xAD), name);
        assertEquals(font.getKerning('T', '-'), font.getKerning('T', 0xAD), name);
        assertEquals(font.getKerning('-', 'T'), font.getKerning(0xAD, 'T'), name);
        if (name.startsWith("NotoSans")) {
            assertEquals(-40, font.getKerning('T', 0xAD), name);
        }
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void kernTableIsOneSortedFormat0Subtable(String name) throws Exception {
        ByteBuffer font = ByteBuffer.wrap(bytes(name));
        int kern = tableOffset(font, "kern");
        assertEquals(0, font.getShort(kern), "version");
        assertEquals(1, font.getShort(kern + 2), "subtables");
        assertEquals(1, font.getShort(kern + 8), "coverage: horizontal, format 0");
        int pairs = Short.toUnsignedInt(font.getShort(kern + 10));
        assertTrue(pairs > 10_000, name + ": " + pairs + " pairs");
        long previous = -1;
        for (int i = 0; i < pairs; i++) {
            int at = kern + 18 + 6 * i;
            long pair = Integer.toUnsignedLong(font.getInt(at));
            assertTrue(pair > previous, name + ": pair " + i + " out of order");
            assertNotEquals(0, font.getShort(at + 4), name + ": zero value at pair " + i);
            previous = pair;
        }
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void openPdfKernsAsGpos(String name) throws Exception {
        BaseFont font = openPdf(name);
        boolean serif = name.startsWith("NotoSerif");
        boolean italic = name.endsWith("Italic");
        boolean regular = name.endsWith("-Regular");
        assertEquals(serif ? -80 : italic ? -10 : -40, font.getKerning('A', 'V'), name + ": AV");
        assertEquals(serif ? (regular ? -50 : -30) : -70, font.getKerning('T', 'o'), name + ": To");
        assertEquals(
                serif ? (italic ? -20 : -30) : -70,
                font.getKerning('Т', 'о'),
                name + ": Cyrillic То");
        assertEquals(serif ? -110 : -50, font.getKerning('V', '.'), name + ": V.");
        assertEquals(-70, font.getKerning('“', 'A'), name + ": “A");
        for (String pair : new String[] {"oo", "HH", "nn", "ab", "Тб", "шш"}) {
            assertEquals(0, font.getKerning(pair.charAt(0), pair.charAt(1)), name + ": " + pair);
        }
    }

    /**
     * The Serbian italic fonts map б г д п т to their own glyphs, and kern those as GPOS does: Noto
     * kerns Т before the Russian italic г, not before the Serbian one.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "NotoSerif-Italic",
                "NotoSerif-BoldItalic",
                "NotoSans-Italic",
                "NotoSans-BoldItalic"
            })
    void serbianItalicKernsItsOwnGlyphs(String name) throws Exception {
        String serbianName = name.replace("-", "Serbian-");
        Map<Integer, Integer> plain = cmap(bytes(name));
        Map<Integer, Integer> serbian = cmap(bytes(serbianName));
        for (char c : "бгдпт".toCharArray()) {
            assertNotEquals(plain.get((int) c), serbian.get((int) c), name + ": " + c);
        }
        assertEquals(-20, openPdf(name).getKerning('Т', 'г'), name);
        assertEquals(0, openPdf(serbianName).getKerning('Т', 'г'), serbianName);
    }

    private static BaseFont openPdf(String name) throws Exception {
        BaseFont font =
                BaseFont.createFont(
                        name + ".ttf",
                        BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED,
                        false,
                        bytes(name),
                        null);
        assertTrue(font.hasKernPairs(), name);
        return font;
    }

    private static byte[] bytes(String name) throws Exception {
        return Files.readAllBytes(Path.of("templates/fonts", name + ".ttf"));
    }

    /** The (3, 1) format 4 character map, read independently of OpenPDF. */
    private static Map<Integer, Integer> cmap(byte[] bytes) {
        ByteBuffer font = ByteBuffer.wrap(bytes);
        int cmap = tableOffset(font, "cmap");
        int count = Short.toUnsignedInt(font.getShort(cmap + 2));
        for (int i = 0; i < count; i++) {
            int record = cmap + 4 + 8 * i;
            if (font.getShort(record) == 3 && font.getShort(record + 2) == 1) {
                return format4(font, cmap + font.getInt(record + 4));
            }
        }
        throw new AssertionError("no (3, 1) cmap");
    }

    private static Map<Integer, Integer> format4(ByteBuffer font, int at) {
        assertEquals(4, font.getShort(at), "cmap format");
        int segments = Short.toUnsignedInt(font.getShort(at + 6)) / 2;
        int ends = at + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        Map<Integer, Integer> map = new TreeMap<>();
        for (int s = 0; s < segments; s++) {
            int end = Short.toUnsignedInt(font.getShort(ends + 2 * s));
            int start = Short.toUnsignedInt(font.getShort(starts + 2 * s));
            int delta = font.getShort(deltas + 2 * s);
            int rangeOffset = Short.toUnsignedInt(font.getShort(rangeOffsets + 2 * s));
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int address = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = Short.toUnsignedInt(font.getShort(address));
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) {
                    map.put(c, glyph);
                }
            }
        }
        return map;
    }

    private static int tableOffset(ByteBuffer font, String tag) {
        int tables = Short.toUnsignedInt(font.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            byte[] name = new byte[4];
            font.get(record, name);
            if (new String(name, StandardCharsets.US_ASCII).equals(tag)) {
                return font.getInt(record + 8);
            }
        }
        throw new AssertionError("no table " + tag);
    }

    private static String hex(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
