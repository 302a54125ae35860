package rs.glasnik.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.TestFiles;

/**
 * Latin to Cyrillic on technical and foreign text (issue 13, items 1 to 3): what must stay Latin
 * stays Latin as a whole, ordinary Serbian around it still converts, and no word of the output
 * mixes the two scripts. Each line is {@code latin|cyrillic}; where the Latin is plain Serbian
 * Latin, the Cyrillic converts back to it, so both directions are checked.
 */
class KeepInLatinTest {
    static final SerbianTransliterator T = SerbianTransliterator.builtIn();

    /** Latin to Cyrillic gives {@code cyrillic}, and Cyrillic back to Latin gives the input. */
    static void both(String latin, String cyrillic) {
        String got = T.toCyrillic(latin);
        assertEquals(TestFiles.visible(cyrillic), TestFiles.visible(got), latin);
        assertNoMixedWord(got);
        assertEquals(TestFiles.visible(latin), TestFiles.visible(T.toLatin(cyrillic)), cyrillic);
    }

    /** No run between white space has both Latin and Cyrillic letters. */
    static void assertNoMixedWord(String text) {
        // Markup and placeholders are not words: <b>Пажња</b>, {name}.
        String words = text.replaceAll("<[^>]*>|&#?[A-Za-z0-9]+;|\\{[^}]*\\}", " ");
        for (String word : words.split("[\\s\u00A0]+")) {
            boolean latin = false;
            boolean cyrillic = false;
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (Character.isLetter(c)) {
                    Character.UnicodeScript script = Character.UnicodeScript.of(c);
                    latin |= script == Character.UnicodeScript.LATIN;
                    cyrillic |= script == Character.UnicodeScript.CYRILLIC;
                }
            }
            assertFalse(latin && cyrillic, "a word mixing the scripts: " + word + " in " + text);
        }
    }

    static List<Arguments> cases() {
        return RuleLines.read("to-cyrillic.txt");
    }

    /** Every line of to-cyrillic.txt: its rule, the Latin, and the Cyrillic. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void eachRuleInBothDirections(String rule, String latin, String cyrillic) {
        both(latin, cyrillic);
    }

    @Test
    void markdownCodeBlocksAndSpansStayLatin() {
        String md =
                "Pokrenite `glasnik check`:\n\n```\nglasnik check --workspace primeri\n```\n\n"
                        + "    kod u uvlaci\n\nKraj teksta.\n";
        String out =
                new MarkdownTransliterator(T)
                        .convert(md, SerbianTransliterator.Direction.TO_CYRILLIC, w -> {});
        assertEquals(
                "Покрените `glasnik check`:\n\n```\nglasnik check --workspace primeri\n```\n\n"
                        + "    kod u uvlaci\n\nКрај текста.\n",
                out);
    }

    @Test
    void theWorkspaceListAddsNamesPhrasesAndAcronyms() throws Exception {
        SerbianTransliterator own =
                T.with(Exceptions.parse("!Rheinmetall\n!Sava Centar\n!NASA\n!Patria\n"));
        assertEquals(
                "Rheinmetall, Sava Centar, NASA, NASA-e и Patrie",
                own.toCyrillic("Rheinmetall, Sava Centar, NASA, NASA-e i Patrie"));
        assertEquals("НАСА и патриа", T.toCyrillic("NASA i patria"));
        assertEquals("патриа", own.toCyrillic("patria"));
    }

    /** The code block after {@code heading} in a Markdown file. */
    static String block(String file, String marker) throws java.io.IOException {
        String text =
                java.nio.file.Files.readString(
                        java.nio.file.Path.of(file), java.nio.charset.StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        int open = text.indexOf("```\n", at);
        int close = text.indexOf("```", open + 4);
        return text.substring(open + 4, close);
    }

    @Test
    void theDocumentedExceptionFilesParseAndDoWhatTheySay() throws Exception {
        for (String[] place :
                new String[][] {
                    {"docs/translit.md", "## A workspace's own exceptions"},
                    {"README.md", "A workspace adds its own names and stems"}
                }) {
            Exceptions parsed = Exceptions.parse(block(place[0], place[1]));
            SerbianTransliterator own = T.with(parsed);
            assertEquals(
                    "Rheinmetallom, Iron Dome, NASA-e, конјектура, анјон, кањон, ратни рајнметал",
                    own.toCyrillic(
                            "Rheinmetallom, Iron Dome, NASA-e, konjektura, anjon, kanjon, ratni rajnmetal"),
                    place[0]);
        }
    }

    @Test
    void aWordIsConvertedWholeOrNotAtAll() {
        String[] inputs = {
            "PANGO_STYLE_ITALIC",
            "x-osa",
            "Google-u",
            "McDonald's",
            "iPhone-om",
            "COVID-19-om",
            "%s-a",
            "Müller-ov",
            "F-16-ica",
            "Twitter-u",
            "Rutte-ov"
        };
        for (String input : inputs) {
            assertNoMixedWord(T.toCyrillic(input));
            assertNoMixedWord(T.toCyrillic("U tekstu " + input + ", i dalje."));
        }
    }
}
