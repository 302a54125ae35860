package rs.glasnik;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every Cyrillic resource holds only Cyrillic letters, and every English one no Cyrillic. */
class ResourceScriptTest {
    /** The texts of a label file: values without their {placeholders}, no keys or comments. */
    static String values(Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            out.append(line.substring(line.indexOf(':') + 1).replaceAll("\\{[a-z]+\\}", " "))
                    .append('\n');
        }
        return out.toString();
    }

    @Test
    void cyrillicLabelsAreCyrillicOnly() throws IOException {
        Scripts.assertOnlyScript(
                Character.UnicodeScript.CYRILLIC, values(Path.of("locales/sr-Cyrl.yaml")));
    }

    @Test
    void englishLabelsHaveNoCyrillic() throws IOException {
        Scripts.assertOnlyScript(Character.UnicodeScript.LATIN, values(Path.of("locales/en.yaml")));
    }

    @Test
    void theCheckCatchesALatinLetterHiddenInACyrillicWord() {
        // "Министарство" with a Latin 'a' (U+0061), the mistake Pandoc's Serbian file has.
        assertThrows(
                AssertionError.class,
                () -> Scripts.assertOnlyScript(Character.UnicodeScript.CYRILLIC, "Министaрство"));
        assertThrows(
                AssertionError.class,
                () -> Scripts.assertOnlyScript(Character.UnicodeScript.LATIN, "Ministarstvо"));
    }
}
