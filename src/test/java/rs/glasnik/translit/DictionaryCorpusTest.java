package rs.glasnik.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of word forms from the Serbian Hunspell dictionary (hunspell-sr), in both scripts:
 * every form in which lj, nj or dž are two letters, and samples of all others. Both directions must
 * give the dictionary's own spelling.
 */
class DictionaryCorpusTest {
    static final SerbianTransliterator T = SerbianTransliterator.builtIn();
    static final List<String[]> PAIRS = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in =
                DictionaryCorpusTest.class.getResourceAsStream("dictionary-pairs.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] pair = line.split("\t");
                assertEquals(2, pair.length, line);
                PAIRS.add(pair);
            }
        }
        assertTrue(PAIRS.size() > 7000, "pairs: " + PAIRS.size());
    }

    @Test
    void latinToCyrillicGivesTheDictionarySpelling() {
        List<String> wrong = new ArrayList<>();
        for (String[] pair : PAIRS) {
            String got = T.toCyrillic(pair[0]);
            if (!got.equals(pair[1])) {
                wrong.add(pair[0] + " -> " + got + " (dictionary: " + pair[1] + ")");
            }
        }
        assertEquals(
                List.of(),
                wrong.subList(0, Math.min(40, wrong.size())),
                wrong.size() + " of " + PAIRS.size() + " wrong");
    }

    @Test
    void cyrillicToLatinGivesTheDictionarySpelling() {
        List<String> wrong = new ArrayList<>();
        for (String[] pair : PAIRS) {
            String got = T.toLatin(pair[1]);
            if (!got.equals(pair[0])) {
                wrong.add(pair[1] + " -> " + got + " (dictionary: " + pair[0] + ")");
            }
        }
        assertEquals(
                List.of(),
                wrong.subList(0, Math.min(40, wrong.size())),
                wrong.size() + " of " + PAIRS.size() + " wrong");
    }
}
