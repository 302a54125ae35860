package rs.glasnik.render.pdf.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.render.pdf.TestFaces;

/**
 * No paragraph ends with the stub of a divided word (убуду-/ће.): set at every measure from 150 to
 * 450 points, a paragraph whose last but one line ends in a hyphen has a last line of at least a
 * fifth of the measure.
 */
class LastLineTest {
    private static final List<String> SERBIAN =
            List.of(
                    "Министар је рекао да ће сарадња двеју земаља бити настављена и унапређена"
                            + " убудуће.",
                    "Он је нагласио да су такозвани „стручњаци” у ствари били само наводници“.",
                    "Припадници Војске Србије учествовали су у вежби заједно са јединицама"
                            + " ваздухопловства и противваздухопловне одбране, а вежба је оцењена"
                            + " као веома успешна у погледу безбедности.");

    private static final List<String> ENGLISH =
            List.of(
                    "The minister said that the cooperation of the two countries would continue"
                            + " to develop in the years to come, with mutual respect and"
                            + " understanding.",
                    "The Secretary of State awarded the medals to the members of the contingent"
                            + " for their outstanding capabilities.");

    @Test
    void noParagraphEndsWithAStub() {
        int divided = 0;
        divided += check(SERBIAN, LocaleTag.SR_CYRL, "sr-Cyrl-RS");
        divided += check(ENGLISH, LocaleTag.EN, "en-GB");
        // The measures set a good many last but one lines with a hyphen: the rule was at work.
        assertTrue(divided > 50, "paragraphs whose last word but one line was divided: " + divided);
    }

    private static int check(List<String> texts, LocaleTag locale, String language) {
        Faces fonts = TestFaces.forExample("djordjevic-chepurin", locale, language);
        TextStyle style = new TextStyle(fonts.get(Face.BODY), 11, 0, 0, null);
        Hyphenation hyphenation = Hyphenation.forLanguage(language);
        List<String> stubs = new ArrayList<>();
        int divided = 0;
        for (String text : texts) {
            for (float measure = 150; measure <= 450; measure += 1.5f) {
                Paragraphs paragraphs =
                        new Paragraphs(hyphenation::points, language.startsWith("en"), measure);
                List<Slab> lines =
                        paragraphs.set(
                                List.of(new Paragraphs.Span(text, style)),
                                new Paragraphs.Look(TextLine.Align.JUSTIFY, 14, 0, 0, true),
                                null);
                if (lines.size() < 2) {
                    continue;
                }
                TextLine last = (TextLine) lines.get(lines.size() - 1);
                TextLine before = (TextLine) lines.get(lines.size() - 2);
                if (before.hyphenated()) {
                    divided++;
                    if (last.naturalWidthWithHyphen() < 0.2f * measure) {
                        stubs.add(measure + ": " + before.text() + " / " + last.text());
                    }
                }
            }
        }
        assertEquals(List.of(), stubs, language);
        return divided;
    }
}
