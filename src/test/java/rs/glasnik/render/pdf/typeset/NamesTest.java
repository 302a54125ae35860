package rs.glasnik.render.pdf.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.render.pdf.TestFaces;

/** The release's people's names, in any case form, are never divided at the end of a line. */
class NamesTest {
    private static final Names PEOPLE =
            new Names(
                    List.of(
                            "Зоран Ђорђевић",
                            "Александар Чепурин",
                            "Весна Лукић",
                            "Zoran Đorđević",
                            "Alexander Chepurin"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ђорђевић",
                "Ђорђевића",
                "Ђорђевићу",
                "Ђорђевићем",
                "Александар",
                "Александра",
                "Александром",
                "Чепурином",
                "Весна",
                "Весне",
                "Весном",
                "Лукићу",
                "Đorđevića",
                "Chepurin",
                "Alexander"
            })
    void nameFormsAreNames(String word) {
        assertTrue(PEOPLE.contains(word), word);
        assertEquals(0, PEOPLE.except(w -> new int[] {2}).points(word).length, word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Зорица", "министар", "ђорђевић", "Лукавац", "Alexandria", "Весела"})
    void otherWordsAreNot(String word) {
        assertFalse(PEOPLE.contains(word), word);
    }

    @Test
    void noLineEndsInsideAName() {
        Faces fonts = TestFaces.forExample("djordjevic-chepurin", LocaleTag.SR_CYRL, "sr-Cyrl-RS");
        TextStyle style = new TextStyle(fonts.get(Face.BODY), 11, 0, 0, null);
        Hyphenation hyphenation = Hyphenation.forLanguage("sr-Cyrl");
        String text =
                "Министар одбране Зоран Ђорђевић разговарао је са амбасадором Александром"
                        + " Чепурином, а Ђорђевићу је Чепурин захвалио; помоћница Весна Лукић"
                        + " и Александар Чепурин разговарали су о сарадњи.";
        List<String> divided = new ArrayList<>();
        int hyphens = 0;
        for (float measure = 120; measure <= 400; measure += 2) {
            Paragraphs paragraphs =
                    new Paragraphs(PEOPLE.except(hyphenation::points), false, measure);
            for (Slab s :
                    paragraphs.set(
                            List.of(new Paragraphs.Span(text, style)),
                            new Paragraphs.Look(TextLine.Align.JUSTIFY, 14, 0, 0, true),
                            null)) {
                TextLine line = (TextLine) s;
                if (line.hyphenated()) {
                    hyphens++;
                    String[] words = line.text().split(" ");
                    String last = words[words.length - 1];
                    if (Character.isUpperCase(last.charAt(0))) {
                        divided.add(measure + ": " + line.text());
                    }
                }
            }
        }
        assertEquals(List.of(), divided);
        assertTrue(hyphens > 20, "the other words are still divided: " + hyphens);
    }
}
