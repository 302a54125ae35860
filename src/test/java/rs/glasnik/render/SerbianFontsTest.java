package rs.glasnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The derived fonts of tools/serbian-fonts.py (templates/fonts/*Serbian-*.ttf) map the Cyrillic
 * letters that have Serbian forms straight to the fonts' own locl SRB glyphs, and nothing else: in
 * italic б г д п т (and Macedonian ѓ, which the same locl lookup covers), upright only б. Read with
 * the JDK's TrueType code, which maps characters through the cmap without any OpenType layout, as
 * OpenPDF does.
 */
class SerbianFontsTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, false, false);
    private static final String SERBIAN_ITALIC = "бгдпт";
    private static final String ITALIC_REMAPPED = SERBIAN_ITALIC + "ѓ";
    private static final String UPRIGHT_REMAPPED = "б";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NotoSerif-Italic",
                "NotoSerif-BoldItalic",
                "NotoSans-Italic",
                "NotoSans-BoldItalic"
            })
    void italicTakesTheSerbianFormsOfБгдпт(String name) throws Exception {
        Font original = load(name);
        Font serbian = load(serbianName(name));
        for (char c : SERBIAN_ITALIC.toCharArray()) {
            int before = glyph(original, c);
            int after = glyph(serbian, c);
            assertNotEquals(before, after, name + ": " + c + " keeps the Russian form");
            assertNotEquals(
                    serbian.getMissingGlyphCode(), after, name + ": " + c + " maps to no glyph");
        }
        // Capitals and the other letters are untouched.
        for (String same :
                List.of("БГДПТ", "авежзијклљмнњорсћуфхцчџш", "AbcdefghimnprtuvzČćĐđŠšŽž")) {
            for (char c : same.toCharArray()) {
                assertEquals(glyph(original, c), glyph(serbian, c), name + ": " + c);
            }
        }
        assertOnlyRemapped(name, original, serbian, ITALIC_REMAPPED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"NotoSerif-Regular", "NotoSerif-Bold", "NotoSans-Regular", "NotoSans-Bold"})
    void uprightTakesOnlyTheSerbianБ(String name) throws Exception {
        Font original = load(name);
        Font serbian = load(serbianName(name));
        assertNotEquals(glyph(original, 'б'), glyph(serbian, 'б'), name);
        for (char c : "гдпт".toCharArray()) {
            assertEquals(glyph(original, c), glyph(serbian, c), name + ": " + c);
        }
        assertOnlyRemapped(name, original, serbian, UPRIGHT_REMAPPED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NotoSerif-Regular",
                "NotoSerif-Bold",
                "NotoSerif-Italic",
                "NotoSerif-BoldItalic",
                "NotoSans-Regular",
                "NotoSans-Bold",
                "NotoSans-Italic",
                "NotoSans-BoldItalic"
            })
    void theDerivedFamilyHasItsOwnName(String name) throws Exception {
        Font original = load(name);
        Font serbian = load(serbianName(name));
        String family = original.getFamily(Locale.ROOT);
        assertTrue(family.equals("Noto Serif") || family.equals("Noto Sans"), family);
        assertEquals(family + " Serbian", serbian.getFamily(Locale.ROOT));
        assertEquals(
                original.getFontName(Locale.ROOT).replace(family, family + " Serbian"),
                serbian.getFontName(Locale.ROOT));
        assertEquals(serbianName(name), serbian.getPSName());
    }

    /**
     * Every code point the original maps (ASCII to the end of Cyrillic, punctuation, currency) maps
     * to the same glyph in the derived font, except the expected ones.
     */
    private static void assertOnlyRemapped(
            String name, Font original, Font serbian, String expected) {
        List<String> changed = new ArrayList<>();
        for (int[] range : new int[][] {{0x20, 0x4FF}, {0x2000, 0x214F}}) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                if (!original.canDisplay(cp)) {
                    continue;
                }
                assertTrue(serbian.canDisplay(cp), name + ": U+" + Integer.toHexString(cp));
                if (glyph(original, (char) cp) != glyph(serbian, (char) cp)) {
                    changed.add(String.valueOf((char) cp));
                }
            }
        }
        assertEquals(List.of(expected.split("")), changed, name);
    }

    private static int glyph(Font font, char c) {
        return font.createGlyphVector(FRC, String.valueOf(c)).getGlyphCode(0);
    }

    private static String serbianName(String name) {
        return name.replace("-", "Serbian-");
    }

    private static Font load(String name) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("templates/fonts", name + ".ttf"))) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(12f);
        }
    }
}
