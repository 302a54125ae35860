package rs.glasnik.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The PANOSE bytes that Word's font table gets, read from the template's fonts. */
class FontFileTest {
    static java.util.stream.Stream<Path> fonts() throws Exception {
        return FontCharactersTest.fonts();
    }

    /** PANOSE family 2 is Latin text; serif styles 11 to 13 are sans serif, the others serif. */
    @ParameterizedTest
    @MethodSource("fonts")
    void panoseSaysLatinTextAndWhetherSerif(Path file) throws Exception {
        byte[] panose = FontFile.of(Files.readAllBytes(file)).panose().orElseThrow();
        assertEquals(10, panose.length);
        assertEquals(2, panose[0], file + ": " + Arrays.toString(panose));
        boolean sans = file.getFileName().toString().contains("Sans");
        assertEquals(sans, panose[1] >= 11 && panose[1] <= 13, file + ": " + panose[1]);
    }

    @Test
    void noFontHasNoPanose() throws Exception {
        assertEquals(Optional.empty(), FontFile.panoseOf("no font".getBytes(UTF_8)));
        assertEquals(Optional.empty(), FontFile.panoseOf(new byte[0]));
        byte[] font = Files.readAllBytes(fonts().findFirst().orElseThrow());
        // A font cut off before its tables: the directory names OS/2, the bytes are gone.
        assertTrue(FontFile.panoseOf(Arrays.copyOf(font, 400)).isEmpty());
    }
}
