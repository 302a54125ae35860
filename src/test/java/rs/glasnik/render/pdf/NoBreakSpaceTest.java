package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.render.text.PlainTextRenderer;

/**
 * Every label and every text of every example, in every locale and PDF profile, extracts from the
 * PDF exactly as {@code glasnik show} prints it, no-break spaces included: a line may end only
 * where show has an ordinary space (or inside a word too wide for its line, or at a soft hyphen),
 * never at a no-break space, and a no-break space copies out as U+00A0.
 */
class NoBreakSpaceTest {
    static final char NBSP = '\u00A0';

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rs.glasnik.render.pdf.PdfExamples#examplesAndLocales")
    void everyLabelAndTextExtractsAsShowPrintsIt(String id, LocaleTag locale) throws Exception {
        Glasnik.RenderInput input = PdfTextTest.input(id, locale);
        String show = PlainTextRenderer.render(input.document());
        assertTrue(show.indexOf(NBSP) >= 0, "show has no no-break space: " + id + " " + locale);
        for (PdfProfile profile : PdfProfile.values()) {
            try (PDDocument doc = Loader.loadPDF(PdfTextTest.render(id, locale, profile))) {
                assertSameCharacters(show, PdfTextTest.body(doc, input.document()));
            }
        }
    }

    /**
     * {@code pages} (the PDF's text line by line) against {@code show}, word by word, where a word
     * runs from one ordinary space or line break to the next, so that words joined by a no-break
     * space are one: each must come out whole. A word too wide for its line, divided without a
     * hyphen, is joined again, but never at a no-break space.
     */
    static void assertSameCharacters(String show, String pages) {
        List<String> want = words(show);
        List<String> got = words(PdfTextTest.join(pages));
        int g = 0;
        for (int w = 0; w < want.size(); w++) {
            String word = want.get(w);
            String context =
                    String.join(
                            " ", want.subList(Math.max(0, w - 4), Math.min(want.size(), w + 4)));
            assertTrue(g < got.size(), "the PDF's text ends early, before: " + visible(context));
            String piece = got.get(g++);
            while (!piece.equals(word)
                    && word.startsWith(piece)
                    && piece.charAt(piece.length() - 1) != NBSP
                    && g < got.size()
                    && got.get(g).charAt(0) != NBSP) {
                piece += got.get(g++);
            }
            assertEquals(
                    visible(word),
                    visible(piece),
                    "a word of show is not whole in the PDF (a line breaks at a no-break space, or"
                            + " one is missing): "
                            + visible(context));
        }
        assertEquals(got.size(), g, "the PDF has more text than show");
    }

    /** The words of a text in NFC, split at ordinary white space only. */
    private static List<String> words(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return nfc.isEmpty() ? List.of() : List.of(nfc.split("[ \\t\\r\\n]+"));
    }

    @Test
    void theComparisonCatchesABreakAtANoBreakSpace() {
        assertSameCharacters("у\u00A0Београду и\u00A0Нишу", "у\u00A0Београду и\u00A0Нишу");
        assertSameCharacters("у\u00A0Београду и\u00A0Нишу", "у\u00A0Београду\nи\u00A0Нишу");
        AssertionError broken =
                org.junit.jupiter.api.Assertions.assertThrows(
                        AssertionError.class,
                        () -> assertSameCharacters("у\u00A0Београду", "у\nБеограду"));
        assertTrue(broken.getMessage().contains("no-break space"), broken.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class,
                () -> assertSameCharacters("у\u00A0Београду", "у\u00A0\nБеограду"));
        org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class, () -> assertSameCharacters("у\u00A0Београду", "у Београду"));
        // a word too wide for its line, divided without a hyphen, is whole again
        assertSameCharacters(
                "види https://www.mod.gov.rs/vesti", "види https://www.mod.\ngov.rs/vesti");
    }

    private static String visible(String text) {
        return text.replace(NBSP, '⍽').replace("\n", "⏎");
    }
}
