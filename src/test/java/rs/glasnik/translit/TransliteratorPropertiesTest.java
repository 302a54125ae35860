package rs.glasnik.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.TestFiles;

/**
 * Properties over random press text built from the Serbian words of the example releases, with
 * fixed seeds so that a failure can be repeated.
 */
class TransliteratorPropertiesTest {
    static final SerbianTransliterator T = SerbianTransliterator.builtIn();
    static List<String> words;

    @BeforeAll
    static void words() throws IOException {
        TreeSet<String> found = new TreeSet<>();
        Pattern word = Pattern.compile("[а-шђјљњћџ]+");
        try (Stream<Path> files = Files.walk(TestFiles.EXAMPLES.resolve("releases"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Matcher m = word.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String w = m.group();
                    // Words whose Latin form would contain an exception pair are not round-trip
                    // safe.
                    if (!w.contains("нј") && !w.contains("лј") && !w.contains("дж")) {
                        found.add(w);
                    }
                }
            }
        }
        words = new ArrayList<>(found);
        assertTrue(words.size() > 500, "too few words: " + words.size());
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** Sentences of 3 to 12 words; some in capitals, some with numbers and punctuation. */
    static String text(long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        int sentences = 1 + random.nextInt(6);
        for (int s = 0; s < sentences; s++) {
            boolean caps = random.nextInt(5) == 0;
            int n = 3 + random.nextInt(10);
            for (int i = 0; i < n; i++) {
                String w = words.get(random.nextInt(words.size()));
                if (caps) {
                    w = w.toUpperCase(Locale.ROOT);
                } else if (i == 0) {
                    w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
                }
                if (i > 0) {
                    out.append(random.nextInt(8) == 0 ? ", " : " ");
                }
                if (random.nextInt(12) == 0) {
                    out.append('„').append(w).append('“');
                } else if (random.nextInt(15) == 0) {
                    out.append(random.nextInt(3000)).append(' ').append(w);
                } else {
                    out.append(w);
                }
            }
            out.append(random.nextInt(4) == 0 ? "!" : ".")
                    .append(random.nextInt(6) == 0 ? "\n" : " ");
        }
        return out.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cyrillicToLatinToCyrillicIsTheIdentity(long seed) {
        String cyrillic = text(seed);
        String latin = T.toLatin(cyrillic);
        assertEquals(
                TestFiles.visible(cyrillic),
                TestFiles.visible(T.toCyrillic(latin)),
                "via " + latin);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void latinIsNfcWithNoInvisibleCharactersAndNoCyrillic(long seed) {
        String latin = T.toLatin(text(seed));
        assertEquals(Normalizer.normalize(latin, Normalizer.Form.NFC), latin);
        assertTrue(
                latin.chars()
                        .noneMatch(
                                c ->
                                        c == 0x200B
                                                || c == 0x200C
                                                || c == 0x200D
                                                || c == 0x2060
                                                || c == 0xFEFF
                                                || c == 0xAD),
                latin);
        assertTrue(
                latin.chars()
                        .noneMatch(
                                c ->
                                        Character.UnicodeScript.of(c)
                                                == Character.UnicodeScript.CYRILLIC),
                latin);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eachDirectionLeavesItsOwnScriptAlone(long seed) {
        String cyrillic = text(seed);
        String latin = T.toLatin(cyrillic);
        assertEquals(latin, T.toLatin(latin), "Latin to Latin");
        assertEquals(cyrillic, T.toCyrillic(cyrillic), "Cyrillic to Cyrillic");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void streamingGivesTheSameAsStrings(long seed) throws IOException {
        String cyrillic = text(seed).repeat(50);
        java.io.StringWriter out = new java.io.StringWriter();
        T.convert(
                new java.io.StringReader(cyrillic),
                out,
                SerbianTransliterator.Direction.TO_LATIN,
                Warning.Sink.IGNORE);
        assertEquals(T.toLatin(cyrillic), out.toString());
    }
}
