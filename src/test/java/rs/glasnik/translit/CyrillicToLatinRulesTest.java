package rs.glasnik.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.TestFiles;

/**
 * Cyrillic to Latin (issue 13, item 4): the accented enclitic ѝ, hashtags, unit symbols, a lone Х,
 * and no look-alike repair in short words. Every line is also run through the fast paths, which
 * must give the same.
 */
class CyrillicToLatinRulesTest {
    static final SerbianTransliterator T = SerbianTransliterator.builtIn();

    static void latin(String cyrillic, String expected) throws Exception {
        assertEquals(TestFiles.visible(expected), TestFiles.visible(T.toLatin(cyrillic)), cyrillic);
        Utf8ToLatinTest.same(cyrillic);
    }

    static List<Arguments> cases() {
        return RuleLines.read("to-latin.txt");
    }

    /** Every line of to-latin.txt: its rule, the Cyrillic, and the Latin. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void eachRule(String rule, String cyrillic, String latin) throws Exception {
        latin(cyrillic, latin);
    }

    @Test
    void wordsOfOneOrTwoLettersAreNotRepaired() throws Exception {
        List<Warning> warnings = new ArrayList<>();
        String out =
                T.convert(
                        "Cу, Oд и Cрбија", SerbianTransliterator.Direction.TO_LATIN, warnings::add);
        assertEquals("Cu, Od i Srbija", out);
        // The long word is repaired (and reported); the short ones only reported.
        assertEquals(3, warnings.size(), warnings.toString());
        assertEquals(
                1, warnings.stream().filter(w -> w.message().contains("read as Cyrillic")).count());
        Utf8ToLatinTest.same("Cу, Oд и Cрбија");
    }
}
