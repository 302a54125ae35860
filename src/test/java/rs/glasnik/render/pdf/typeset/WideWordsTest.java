package rs.glasnik.render.pdf.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.render.pdf.TestFaces;

/**
 * Where a word too wide for its line breaks: after an address's punctuation, between characters
 * only where that is not enough, never inside a surrogate pair or before a combining mark; and a
 * paragraph of such words is set in lines no wider than the measure.
 */
class WideWordsTest {
    static TextStyle style;

    @BeforeAll
    static void fonts() {
        Faces fonts = TestFaces.forExample("djordjevic-chepurin", LocaleTag.EN, "en-GB");
        style = new TextStyle(fonts.get(Face.BODY), 11, 0, 0, null);
    }

    @Test
    void addressesAreKnown() {
        assertTrue(WideWords.isAddress("https://example.com/a"));
        assertTrue(WideWords.isAddress("(https://example.com/a),"));
        assertTrue(WideWords.isAddress("www.mod.gov.rs"));
        assertTrue(WideWords.isAddress("press@mod.gov.rs"));
        assertFalse(WideWords.isAddress("министарство"));
        assertFalse(WideWords.isAddress("српско-руске"));
        assertFalse(WideWords.isAddress("@glasnik"));
    }

    @Test
    void anAddressBreaksAfterPunctuationWhereThatIsEnough() {
        String url = "https://example.com/" + "path-to/the.page?a=1&b=2/".repeat(40);
        byte[] kinds = WideWords.breaks(url, new int[0], style, 150, 4);
        int[] offsets = WideWords.offsets(kinds);
        assertTrue(offsets.length > 40, "breaks: " + offsets.length);
        for (int i : offsets) {
            assertEquals(WideWords.PUNCTUATION, kinds[i], "at " + i);
            assertTrue("/.-?&=".indexOf(url.charAt(i - 1)) >= 0, url.substring(0, i));
            assertTrue("/.-?&=".indexOf(url.charAt(i)) < 0, "never between two: " + i);
        }
    }

    @Test
    void anythingElseBreaksBetweenCharactersButNeverInsideOne() {
        // x, then e with a combining acute, then a mathematical A (a surrogate pair).
        String word = "xe\u0301\uD835\uDC00".repeat(500);
        byte[] kinds = WideWords.breaks(word, new int[0], style, 100, 4);
        int[] offsets = WideWords.offsets(kinds);
        assertTrue(offsets.length > 500, "breaks: " + offsets.length);
        for (int i : offsets) {
            assertEquals(WideWords.CHARACTER, kinds[i]);
            assertFalse(Character.isLowSurrogate(word.charAt(i)), "inside a pair at " + i);
            assertFalse(word.charAt(i) == '\u0301', "before a combining mark at " + i);
        }
    }

    @Test
    void aWordThatFitsBetweenItsHyphenationPointsGetsNoOtherBreaks() {
        String word = "abcdefghij".repeat(100);
        int[] points = new int[99];
        for (int i = 0; i < points.length; i++) {
            points[i] = 10 * (i + 1);
        }
        byte[] kinds = WideWords.breaks(word, points, style, 200, 4);
        assertEquals(points.length, WideWords.offsets(kinds).length);
        for (int p : points) {
            assertEquals(WideWords.HYPHEN, kinds[p]);
        }
    }

    @Test
    void aParagraphOfWideWordsIsSetWithinItsMeasure() {
        float measure = 200;
        Paragraphs paragraphs = new Paragraphs(Paragraphs.WordBreaks.NONE, false, measure);
        String text =
                "See https://example.com/"
                        + "abc/def-ghi.jkl?m=n&o=p".repeat(30)
                        + " and "
                        + "X".repeat(400)
                        + " and "
                        + "ab\u0301".repeat(300)
                        + " then.";
        for (TextLine.Align align : TextLine.Align.values()) {
            List<Slab> lines =
                    paragraphs.set(
                            List.of(new Paragraphs.Span(text, style)),
                            new Paragraphs.Look(align, 14, 0, 0, true),
                            null);
            StringBuilder joined = new StringBuilder();
            List<String> texts = new ArrayList<>();
            // A justified line may be wider at its natural spacing by what its spaces shrink.
            float most = align == TextLine.Align.JUSTIFY ? measure * 1.05f : measure + 0.5f;
            for (Slab s : lines) {
                TextLine line = (TextLine) s;
                assertTrue(
                        line.naturalWidthWithHyphen() <= most,
                        align + ": " + line.naturalWidthWithHyphen() + ": " + line.text());
                texts.add(line.text());
                joined.append(line.text());
            }
            assertTrue(lines.size() > 40, align + ": " + texts);
            assertEquals(text.replace(" ", ""), joined.toString().replace(" ", ""), align + "");
        }
    }

    /**
     * A word that goes on in another span (a link or emphasis followed by its full stop) is
     * measured whole: the full stop is not set past the line's end, neither after a word that alone
     * just fits nor after the last piece of a word too wide for the line.
     */
    @Test
    void aWordThatGoesOnInAnotherSpanIsMeasuredWhole() {
        float measure = 200;
        Paragraphs paragraphs = new Paragraphs(Paragraphs.WordBreaks.NONE, false, measure);
        TextStyle link = style.withLink("https://example.com/", 0x0000ff);
        StringBuilder fits = new StringBuilder("m");
        while (style.width(fits + "m") <= measure) {
            fits.append('m');
        }
        String url = "https://example.com/" + "abc/def-ghi.jkl?m=n&o=p".repeat(20) + "wmwmwmwm";
        List<Paragraphs.Span> spans =
                List.of(
                        new Paragraphs.Span("See ", style),
                        new Paragraphs.Span(fits.toString(), link),
                        new Paragraphs.Span(". And ", style),
                        new Paragraphs.Span(url, link),
                        new Paragraphs.Span(".) Then ", style),
                        new Paragraphs.Span(url, link),
                        new Paragraphs.Span("?", style),
                        new Paragraphs.Span(url.substring(3), link),
                        new Paragraphs.Span(", after.", style));
        for (TextLine.Align align : List.of(TextLine.Align.LEFT, TextLine.Align.CENTER)) {
            List<Slab> lines =
                    paragraphs.set(spans, new Paragraphs.Look(align, 14, 0, 0, true), null);
            StringBuilder joined = new StringBuilder();
            for (Slab s : lines) {
                TextLine line = (TextLine) s;
                assertTrue(
                        line.naturalWidthWithHyphen() <= measure + 0.01f,
                        align + ": " + line.naturalWidthWithHyphen() + ": " + line.text());
                joined.append(line.text());
            }
            StringBuilder all = new StringBuilder();
            spans.forEach(span -> all.append(span.text()));
            assertEquals(all.toString().replace(" ", ""), joined.toString().replace(" ", ""));
        }
    }
}
