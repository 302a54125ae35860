package rs.glasnik.render.pdf.typeset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The word rules of {@link Hyphenation}, the languages it knows, and a few divisions by hand. */
class HyphenationTest {
    static String hyphenate(String language, String word) {
        return HyphenationCorpusTest.mark(word, Hyphenation.forLanguage(language).points(word));
    }

    /**
     * Divisions that Serbian orthography leaves no choice about: a single consonant between two
     * vowels goes to the next line (ра-ке-та), and љ, њ, џ are single consonants in both scripts.
     */
    @ParameterizedTest
    @CsvSource({
        "sr-Cyrl, ра·ке·та",
        "sr-Cyrl, го·во·ри·ла",
        "sr-Cyrl, ла·ти·ни·ца",
        "sr-Cyrl, де·ле·га·ци·ја",
        "sr-Cyrl, љу·ба·ви",
        "sr-Cyrl, ко·ња·ник",
        "sr-Latn, ra·ke·ta",
        "sr-Latn, go·vo·ri·la",
        "sr-Latn, la·ti·ni·ca",
        "sr-Latn, de·le·ga·ci·ja",
        "sr-Latn, lju·ba·vi",
        "sr-Latn, ko·nja·nik",
        "sr-Latn, Lju·ba·vi",
    })
    void serbianOrthography(String language, String expected) {
        assertEquals(expected, hyphenate(language, expected.replace("·", "")));
    }

    @ParameterizedTest
    @CsvSource({
        "sr-Cyrl-RS, министарство, ми·ни·стар·ство",
        "sr-Cyrl, МИНИСТАРСТВО, МИНИСТАРСТВО", // capitals: an abbreviation or a heading
        "sr-Cyrl, Министарство, Ми·ни·стар·ство",
        "sr-Cyrl, Ђорђевић, Ђор·ђе·вић",
        "sr-Cyrl, рата, рата", // fewer than 5 letters
        "sr-Cyrl, 2026., 2026.",
        "sr-Cyrl, COVID-19, COVID-19",
        "sr-Cyrl, 'Београду,', 'Београду,'", // punctuation belongs to the caller
        "sr-Cyrl, српско-руске, срп·ско-ру·ске", // an explicit hyphen cuts the word in two
        "sr-Cyrl, УН-а, УН-а",
        "sr-Cyrl, Мinистарство, Мinистарство", // Latin letters in a Cyrillic word
        "sr-Latn-RS, ministarstvo, mi·ni·star·stvo",
        "sr-Latn, Newyorka, Newyorka", // w and y are not Serbian letters
        "sr-Latn, nadživeti, nadži·ve·ti", // dž is never split, even where it is д+ж
        "sr-Latn, injekcija, injek·ci·ja",
        "sr-Latn, odžepariti, odže·pa·ri·ti", // the patterns would give od-že-pa-ri-ti: оџепарити
        "sr-Latn, Odžić, Odžić", // four Serbian letters: Оџић
        "sr-Latn, Bečanj, Be·čanj", // not Beča-nj: nj is one letter, the minimum is two
        "sr-Latn, LJUBAVI, LJUBAVI",
        "sr-Latn, O’Brajan, O’Bra·jan",
        // British breaks where the American patterns agree: not mil-it-ary, hy-phen-a-tion.
        "en, military-technical, mil·itary-tech·nical",
        "en-GB, nation’s, na·tion’s",
        "en-GB, Ambassador, Am·bas·sador",
        "en-US, hyphenation, hy·phen·ation",
        "en, hyphenation, hy·phen·ation",
        "en, Secretary, Sec·retary", // not Secret-ary
        "en, awarded, awarded", // not awar-ded
        "en, represents, rep·resents", // not repres-ents
        "en, capabilities, capabil·ities", // not capab-ilities
        "en, NATO, NATO",
        "en, mod.gov.rs, mod.gov.rs",
        "en-US, photographs, pho·to·graphs", // a value of 9 in OpenPDF's high nibble
        "en-US, contribute, con·trib·ute",
    })
    void rules(String language, String word, String expected) {
        assertEquals(expected, hyphenate(language, word));
    }

    @Test
    void noPointsIsTheSameEmptyArray() {
        Hyphenation english = Hyphenation.forLanguage("en");
        assertSame(english.points("a"), english.points("NATO"));
        assertArrayEquals(new int[0], english.points(""));
    }

    @Test
    void eachLanguageLoadsOnce() {
        assertSame(Hyphenation.forLanguage("sr-Cyrl-RS"), Hyphenation.forLanguage("sr-cyrl"));
        assertSame(Hyphenation.forLanguage("sr-Latn-RS"), Hyphenation.forLanguage("sr-Latn-ME"));
        assertSame(Hyphenation.forLanguage("en"), Hyphenation.forLanguage("en-GB"));
        assertSame(Hyphenation.forLanguage("en-US"), Hyphenation.forLanguage("en-us"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sr", "sr-RS", "de", "en-CA", "sr-Grek", "", "x-y"})
    void unknownLanguagesAreRefused(String tag) {
        assertThrows(IllegalArgumentException.class, () -> Hyphenation.forLanguage(tag));
    }

    @Test
    void threadsShareOneInstance() throws Exception {
        List<String> lines = HyphenationCorpusTest.lines();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(
                        pool.submit(
                                () -> {
                                    int wrong = 0;
                                    for (String line : lines) {
                                        String[] f = line.split("\t");
                                        int[] got = Hyphenation.forLanguage(f[0]).points(f[1]);
                                        if (!f[2].equals(HyphenationCorpusTest.mark(f[1], got))) {
                                            wrong++;
                                        }
                                    }
                                    return wrong;
                                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(0, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
