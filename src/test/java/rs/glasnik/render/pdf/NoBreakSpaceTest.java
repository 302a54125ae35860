package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.text.Normalizer;
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
     * {@code pages} (the PDF's text line by line) against {@code show}: the same characters, where
     * ordinary white space counts as one space and a line break stands for one space or nothing.
     */
    static void assertSameCharacters(String show, String pages) {
        String expected =
                Normalizer.normalize(
                        show.replaceAll("[ \\t\\r\\n]+", " ").strip(), Normalizer.Form.NFC);
        String actual =
                Normalizer.normalize(
                        PdfTextTest.join(pages)
                                .replaceAll("[ \\t]*\n[ \\t]*", "\n")
                                .replaceAll("[ \\t]+", " ")
                                .strip(),
                        Normalizer.Form.NFC);
        int j = 0;
        for (int i = 0; i < actual.length(); i++) {
            char c = actual.charAt(i);
            if (c == '\n') {
                if (j < expected.length() && expected.charAt(j) == NBSP
                        || i > 0 && actual.charAt(i - 1) == NBSP
                        || i + 1 < actual.length() && actual.charAt(i + 1) == NBSP) {
                    fail("a line breaks at a no-break space: " + around(expected, j));
                }
                if (j < expected.length() && expected.charAt(j) == ' ') {
                    j++;
                }
                continue;
            }
            if (j >= expected.length() || expected.charAt(j) != c) {
                fail(
                        "the PDF's text differs from show's at "
                                + j
                                + ":\n  show: "
                                + visible(around(expected, j))
                                + "\n  PDF:  "
                                + visible(around(actual, i)));
            }
            j++;
        }
        assertEquals(expected.length(), j, "the PDF's text ends early: " + around(expected, j));
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
                AssertionError.class, () -> assertSameCharacters("у\u00A0Београду", "у Београду"));
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
    }

    private static String visible(String text) {
        return text.replace(NBSP, '⍽').replace("\n", "⏎");
    }
}
