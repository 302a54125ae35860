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
            String value = line.substring(line.indexOf(':') + 1);
            // ICU MessageFormat syntax is not text: {name}, {n, plural, one{# ...} few{...}}.
            value =
                    value.replaceAll("\\{[a-z][A-Za-z]*(, *[a-z]+,)?\\}?", " ")
                            .replaceAll("\\b(zero|one|two|few|many|other)\\{", " ");
            out.append(value).append('\n');
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

    @Test
    void everyLocaleHasEveryLabel() throws IOException {
        java.util.function.Function<String, java.util.Set<String>> keys =
                name -> {
                    try {
                        java.util.Set<String> out = new java.util.TreeSet<>();
                        for (String line :
                                Files.readAllLines(
                                        Path.of("locales", name), StandardCharsets.UTF_8)) {
                            if (!line.startsWith("#") && line.contains(":")) {
                                out.add(line.substring(0, line.indexOf(':')));
                            }
                        }
                        return out;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                };
        org.junit.jupiter.api.Assertions.assertEquals(
                keys.apply("en.yaml"), keys.apply("sr-Cyrl.yaml"));
    }
}
