package rs.glasnik.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rs.glasnik.TestFiles;
import rs.glasnik.model.LocaleTag;

/**
 * The typography pass, table by table, with the exact characters expected; ⍽ stands for a no-break
 * space in the tables. Every case is also checked to be idempotent.
 */
class TypographyTest {
    static final Typography SR = Typography.of(LocaleTag.SR_CYRL, "„“", "’’");
    static final Typography SR_LATN = Typography.of(LocaleTag.SR_LATN, "„“", "’’");
    static final Typography EN = Typography.of(LocaleTag.EN, "“”", "‘’");

    static void check(Typography t, String input, String expected) {
        String want = expected.replace('⍽', '\u00A0');
        String once = t.apply(input);
        assertEquals(TestFiles.visible(want), TestFiles.visible(once), input);
        assertEquals(
                TestFiles.visible(once), TestFiles.visible(t.apply(once)), "idempotent: " + input);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"Желимо сарадњу\", рекао је министар.|„Желимо сарадњу“, рекао је министар.",
                "Рекао је: \"То је 'кључни' корак\".|Рекао је: „То је ’кључни’ корак“.",
                "у Београду и Нишу|у⍽Београду и⍽Нишу",
                "Министар је у Београду, а не у Нишу.|Министар је у⍽Београду, а⍽не у⍽Нишу.",
                "С њим је К. Петровић|С⍽њим је К.⍽Петровић",
                "од 1990-1995. године|од 1990–1995. године",
                "телефон 011-3006-311 и 2026-11-27|телефон 011-3006-311 и⍽2026-11-27",
                "Ово - то је тачно|Ово – то је тачно",
                "Чекали смо...|Чекали смо…",
                "брзина 120 km/h, раст 25 %, 1.250 динара|брзина 120⍽km/h, раст 25⍽%, 1.250⍽динара",
                "27. новембар 2026. и 3. децембра|27.⍽новембар 2026. и⍽3.⍽децембра",
                "Видети www.mod.gov.rs/\"x\" и \"{{'ово'...}}\"|Видети www.mod.gov.rs/\"x\" и⍽„{{'ово'...}}“",
                "пишите на press@mod.gov.rs...|пишите на press@mod.gov.rs...",
                "„Већ типографски“ текст|„Већ типографски“ текст",
            })
    void serbianCyrillic(String input, String expected) {
        check(SR, input, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"Želimo saradnju\", rekao je ministar u Beogradu.|„Želimo saradnju“, rekao je ministar u⍽Beogradu.",
                "V. Jovanović i O'Brajan|V.⍽Jovanović i⍽O’Brajan",
                "27. novembar 2026.|27.⍽novembar 2026.",
            })
    void serbianLatin(String input, String expected) {
        check(SR_LATN, input, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"We wish to cooperate\", the minister said.|“We wish to cooperate”, the minister said.",
                "He said: \"It's a 'key' step\".|He said: “It’s a ‘key’ step”.",
                "in a way I see|in a way I see",
                "on 27 November 2026 and November 27|on 27⍽November 2026 and November⍽27",
                "from 1990-1995 - a decade|from 1990–1995 – a decade",
                "up 25 % at 120 km/h|up 25⍽% at 120⍽km/h",
                "Wait...|Wait…",
            })
    void english(String input, String expected) {
        check(EN, input, expected);
    }

    @org.junit.jupiter.api.Test
    void piecesOfAParagraphSeeTheirNeighbours() {
        // "*реч*" in Markdown: the quotation marks stand in the text around the emphasis.
        assertEquals("„", SR.apply("\"", '\0', 'р'));
        assertEquals("“", SR.apply("\"", 'ч', '\0'));
        assertEquals(" у\u00A0", SR.apply(" у ", 'а', 'Б'));
    }
}
