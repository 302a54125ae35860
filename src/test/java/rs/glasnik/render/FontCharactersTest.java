package rs.glasnik.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FontCharacters answers as AWT's {@code Font.canDisplay} (which FontPreflight used before) for
 * every code point and every font of the template, so the preflight's verdicts are unchanged.
 */
class FontCharactersTest {
    static Stream<Path> fonts() throws Exception {
        return Files.list(Path.of("templates/fonts"))
                .filter(p -> p.toString().endsWith(".ttf"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void sameAnswersAsAwtForEveryCodePoint(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        Font awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        FontCharacters ours = FontCharacters.of(bytes);
        List<String> differ = new ArrayList<>();
        int shown = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean expected = awt.canDisplay(cp);
            shown += expected ? 1 : 0;
            if (ours.has(cp) != expected && differ.size() < 20) {
                differ.add(String.format(java.util.Locale.ROOT, "U+%04X awt=%b", cp, expected));
            }
        }
        assertEquals(List.of(), differ, file.toString());
        assertEquals(true, shown > 300, file + " shows only " + shown + " characters");
    }

    @Test
    void bytesThatAreNoFontAreRefused() {
        assertThrows(
                FontFile.FormatException.class,
                () -> FontCharacters.of("not a font at all, just some text".getBytes("UTF-8")));
        assertThrows(FontFile.FormatException.class, () -> FontCharacters.of(new byte[3]));
    }
}
