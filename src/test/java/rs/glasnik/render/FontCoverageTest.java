package rs.glasnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import rs.glasnik.TestFiles;

/**
 * The committed fonts (templates/fonts, subset by tools/fonts.sh) hold every character the example
 * releases show, in every locale and style: the renderers will never print a blank.
 */
class FontCoverageTest {
    static final List<String> FONTS =
            List.of(
                    "NotoSerif-Regular",
                    "NotoSerif-Bold",
                    "NotoSerif-Italic",
                    "NotoSerif-BoldItalic",
                    "NotoSans-Regular",
                    "NotoSans-Bold",
                    "NotoSans-Italic",
                    "NotoSans-BoldItalic");

    @Test
    void everyCharacterOfEveryExampleInEveryFont() throws Exception {
        StringBuilder text = new StringBuilder("ЉљЊњЏџЂђЋћČčĆćĐđŠšŽžǅǈǋ„“”‘’–—…€№°⍽");
        try (Stream<Path> dirs = Files.list(TestFiles.EXAMPLES.resolve("releases"))) {
            for (Path dir : dirs.toList()) {
                for (String lang : List.of("sr-Cyrl", "sr-Latn", "en")) {
                    TestFiles.Run run =
                            TestFiles.glasnik(
                                    "show",
                                    dir.getFileName().toString(),
                                    "--lang",
                                    lang,
                                    "--workspace",
                                    TestFiles.EXAMPLES.toString());
                    assertEquals(0, run.code(), run.toString());
                    text.append(run.out());
                }
            }
        }
        String needed = text.toString().replace("⍽", "\u00A0");
        for (String name : FONTS) {
            Font font;
            try (InputStream in = Files.newInputStream(Path.of("templates/fonts", name + ".ttf"))) {
                font = Font.createFont(Font.TRUETYPE_FONT, in);
            }
            TreeSet<String> missing = new TreeSet<>();
            needed.codePoints()
                    .filter(cp -> !Character.isWhitespace(cp) || cp == 0xA0)
                    .filter(cp -> !font.canDisplay(cp))
                    .forEach(
                            cp ->
                                    missing.add(
                                            String.format(
                                                    java.util.Locale.ROOT,
                                                    "U+%04X %s",
                                                    cp,
                                                    Character.getName(cp))));
            assertTrue(missing.isEmpty(), name + " lacks " + missing);
        }
    }

    @Test
    void theLicenceAndTheSourceAreBesideTheFonts() throws Exception {
        String ofl = Files.readString(Path.of("templates/fonts/OFL.txt"));
        assertTrue(ofl.contains("SIL OPEN FONT LICENSE Version 1.1"), ofl);
        assertTrue(ofl.contains("PERMISSION & CONDITIONS"), ofl);
        assertTrue(
                Files.readString(Path.of("templates/fonts/SOURCE.md")).contains("fonts-noto-core"));
    }
}
