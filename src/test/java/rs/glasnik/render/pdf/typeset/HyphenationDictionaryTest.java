package rs.glasnik.render.pdf.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hyphenation against divisions written down apart from any patterns: English words with their
 * dictionary divisions ({@code english-dictionary-breaks.txt}), where glasnik's British English may
 * break only where the dictionary does; Serbian words after a prefix ({@code
 * serbian-prefix-breaks.tsv}), which break exactly as the prefix rule and Pravopis say, in both
 * scripts at the same letters.
 */
class HyphenationDictionaryTest {
    private static List<String> lines(String name) throws IOException {
        try (InputStream in = HyphenationDictionaryTest.class.getResourceAsStream(name)) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        }
    }

    @Test
    void britishEnglishBreaksOnlyWhereTheDictionaryDoes() throws IOException {
        List<String> words = lines("english-dictionary-breaks.txt");
        assertTrue(words.size() >= 200, "words: " + words.size());
        Hyphenation english = Hyphenation.forLanguage("en");
        List<String> wrong = new ArrayList<>();
        int broken = 0;
        for (String divided : words) {
            String word = divided.replace("·", "");
            int[] allowed = HyphenationCorpusTest.breaks(divided);
            int[] got = english.points(word);
            broken += got.length > 0 ? 1 : 0;
            for (int p : got) {
                if (Arrays.binarySearch(allowed, p) < 0) {
                    wrong.add(
                            HyphenationCorpusTest.mark(word, got)
                                    + " (dictionary: "
                                    + divided
                                    + ")");
                    break;
                }
            }
        }
        assertEquals(List.of(), wrong, wrong.size() + " words break where no dictionary does");
        // Not by breaking nothing: nine words in ten still have a break.
        assertTrue(broken * 10 >= words.size() * 9, broken + " of " + words.size() + " broken");
    }

    @Test
    void serbianBreaksAfterPrefixesInBothScripts() throws IOException {
        List<String> lines = lines("serbian-prefix-breaks.tsv");
        List<String> wrong = new ArrayList<>();
        int cyrillic = 0;
        int latin = 0;
        String previous = null;
        for (String line : lines) {
            String[] f = line.split("\t");
            String word = f[1].replace("·", "");
            String got =
                    HyphenationCorpusTest.mark(word, Hyphenation.forLanguage(f[0]).points(word));
            if (!got.equals(f[1])) {
                wrong.add(f[0] + " " + got + ", expected " + f[1]);
            }
            if (f[0].equals("sr-Cyrl")) {
                cyrillic++;
                previous = f[1];
            } else {
                latin++;
                if (previous != null) {
                    assertEquals(latinOf(previous), f[1], "the Latin of " + previous);
                }
                previous = null;
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(cyrillic >= 60 && latin >= 60, cyrillic + " Cyrillic, " + latin + " Latin");
    }

    /** The Latin of a divided Cyrillic word, the marks where they were. */
    private static String latinOf(String cyrillic) {
        String from = "абвгдђежзијклљмнњопрстћуфхцчџш";
        String[] to = {
            "a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj",
            "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"
        };
        StringBuilder out = new StringBuilder();
        for (char c : cyrillic.toCharArray()) {
            int i = from.indexOf(Character.toLowerCase(c));
            if (i < 0) {
                out.append(c);
            } else if (Character.isUpperCase(c)) {
                out.append(Character.toUpperCase(to[i].charAt(0))).append(to[i].substring(1));
            } else {
                out.append(to[i]);
            }
        }
        return out.toString();
    }
}
