package rs.glasnik.render.pdf.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every word of {@code hyphenation-corpus.tsv} breaks exactly where the reference says: real words
 * (the Serbian dictionary pairs of the transliteration tests, the words of the example releases),
 * hyphenated by {@code tools/hyphenation.py} with Liang's algorithm over the original Debian {@code
 * .dic} patterns, independently of OpenPDF and of the XML conversion.
 */
class HyphenationCorpusTest {
    static final char MARK = '\u00b7';

    @Test
    void everyWordBreaksWhereTheReferenceSays() throws IOException {
        Map<String, Integer> words = new LinkedHashMap<>();
        Map<String, Integer> broken = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String line : lines()) {
            String[] fields = line.split("\t", -1);
            assertEquals(3, fields.length, line);
            String language = fields[0];
            String word = fields[1];
            int[] expected = breaks(fields[2]);
            assertEquals(word, fields[2].replace(String.valueOf(MARK), ""), line);
            int[] got = Hyphenation.forLanguage(language).points(word);
            words.merge(language, 1, Integer::sum);
            broken.merge(language, got.length > 0 ? 1 : 0, Integer::sum);
            if (!Arrays.equals(expected, got)) {
                wrong.add(
                        language
                                + " "
                                + visible(word)
                                + ": "
                                + mark(word, got)
                                + ", expected "
                                + fields[2]);
            }
        }
        assertEquals(
                List.of(),
                wrong.subList(0, Math.min(40, wrong.size())),
                wrong.size() + " words break differently");
        assertEquals(List.of("sr-Cyrl", "sr-Latn", "en-GB", "en-US"), List.copyOf(words.keySet()));
        assertTrue(words.get("sr-Cyrl") > 7000, "words: " + words);
        assertTrue(words.get("en-GB") > 400, "words: " + words);
        // British English breaks only where the American patterns agree: fewer of its words.
        words.forEach(
                (language, n) ->
                        assertTrue(
                                broken.get(language) > (language.equals("en-GB") ? n / 3 : n / 2),
                                language + " breaks: " + broken));
    }

    static List<String> lines() throws IOException {
        try (InputStream in =
                HyphenationCorpusTest.class.getResourceAsStream("hyphenation-corpus.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    /** The offsets of the marks in the word without them: ми·ни·стар is [2, 4]. */
    static int[] breaks(String marked) {
        List<Integer> points = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < marked.length(); i++) {
            if (marked.charAt(i) == MARK) {
                points.add(offset);
            } else {
                offset++;
            }
        }
        return points.stream().mapToInt(Integer::intValue).toArray();
    }

    static String mark(String word, int[] points) {
        StringBuilder out = new StringBuilder(word);
        for (int i = points.length - 1; i >= 0; i--) {
            out.insert(points[i], MARK);
        }
        return out.toString();
    }

    /** The word with invisible and look-alike characters spelled out. */
    static String visible(String word) {
        StringBuilder out = new StringBuilder();
        word.codePoints()
                .forEach(
                        c -> {
                            if (c < 0x20
                                    || (c >= 0x7f && c <= 0xa0)
                                    || c == 0xad
                                    || c >= 0x2000 && c <= 0x206f) {
                                out.append(String.format(java.util.Locale.ROOT, "<U+%04X>", c));
                            } else {
                                out.appendCodePoint(c);
                            }
                        });
        return out.toString();
    }
}
