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
                "од 1990-1995. године|од 1990–1995.⍽године",
                "телефон 011-3006-311 и 2026-11-27|телефон 011-3006-311 и⍽2026-11-27",
                "Ово - то је тачно|Ово⍽– то је тачно",
                "Чекали смо...|Чекали смо…",
                "брзина 120 km/h, раст 25 %, 1.250 динара|брзина 120⍽km/h, раст 25⍽%, 1.250⍽динара",
                "27. новембар 2026. и 3. децембра|27.⍽новембар⍽2026. и⍽3.⍽децембра",
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
                "27. novembar 2026.|27.⍽novembar⍽2026.",
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
                "on 27 November 2026 and November 27|on 27⍽November⍽2026 and November⍽27",
                "from 1990-1995 - a decade|from 1990–1995⍽– a decade",
                "up 25 % at 120 km/h|up 25⍽% at 120⍽km/h",
                "Wait...|Wait…",
            })
    void english(String input, String expected) {
        check(EN, input, expected);
    }

    /** Item 5 of issue 13: where a Serbian editor wants no line break, rule by rule. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // an ordinal number and what it counts
                "припадници 3. бригаде|припадници 3.⍽бригаде",
                "до краја 2027. године|до краја 2027.⍽године",
                "у 204. ваздухопловној бригади|у⍽204.⍽ваздухопловној бригади",
                "у периоду 2020-2025. године|у⍽периоду 2020–2025.⍽године",
                "pripadnici 3. brigade do 2027. godine|pripadnici 3.⍽brigade do 2027.⍽godine",
                "u 72. brigadi za specijalne operacije|u⍽72.⍽brigadi za specijalne operacije",
                // a number and what it counts
                "донирано је 1.250 комплета|донирано је 1.250⍽комплета",
                "учествовало је 177 припадника|учествовало је 177⍽припадника",
                "212 кадета, међу којима је 38 девојака|212⍽кадета, међу којима је 38⍽девојака",
                "donirano je 1.250 kompleta|donirano je 1.250⍽kompleta",
                "učestvovalo je 177 pripadnika i 12 vozila|učestvovalo je 177⍽pripadnika i⍽12⍽vozila",
                "oko 53 % ispitanika|oko 53⍽% ispitanika",
                // a unit after a number
                "раст од 53 % и 2,5 km|раст од 53⍽% и⍽2,5⍽km",
                // inside a date
                "од 14. децембра 2026. у 10.00|од 14.⍽децембра⍽2026. у⍽10.00",
                "датум: 14. 12. 2026.|датум: 14.⍽12.⍽2026.",
                "od 14. decembra 2026. godine|od 14.⍽decembra⍽2026.⍽godine",
                "dana 1. 3. 2026.|dana 1.⍽3.⍽2026.",
                // abbreviated titles
                "др Петар Петровић и мр Ана Јовић|др⍽Петар Петровић и⍽мр⍽Ана Јовић",
                "проф. Јовановић, г. Марковић и гђа Илић|проф.⍽Јовановић, г.⍽Марковић и⍽гђа⍽Илић",
                "у цркви св. Саве, бр. 5|у⍽цркви св.⍽Саве, бр.⍽5",
                "Др Ана Јовић|Др⍽Ана Јовић",
                "dr Petar Petrović i mr Ana Jović|dr⍽Petar Petrović i⍽mr⍽Ana Jović",
                "prof. Jovanović, g. Marković i gđa Ilić|prof.⍽Jovanović, g.⍽Marković i⍽gđa⍽Ilić",
                "u crkvi sv. Save, br. 5|u⍽crkvi sv.⍽Save, br.⍽5",
                // before a spaced dash, which a spaced hyphen becomes in every position
                "а - како|а⍽– како",
                "Ово је почетак - а не крај|Ово је почетак⍽– а⍽не крај",
                "и - рекао је - у Нишу|и⍽– рекао је⍽– у⍽Нишу",
                "ovo – to|ovo⍽– to",
                "a - kako|a⍽– kako",
                "БЕОГРАД, 27. новембар 2026. –|БЕОГРАД, 27.⍽новембар⍽2026.⍽–",
            })
    void serbianNoBreaks(String input, String expected) {
        check(input.chars().anyMatch(c -> c >= 0x400 && c < 0x500) ? SR : SR_LATN, input, expected);
    }

    /** The same rules in English, where they apply. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "212 cadets and 38 women|212⍽cadets and 38⍽women",
                "1,250 kits for 177 members|1,250⍽kits for 177⍽members",
                "up by 53 % on 14 December 2026|up by 53⍽% on 14⍽December⍽2026",
                "on December 14, 2026 at 10:00|on December⍽14,⍽2026 at 10:00",
                "the 3rd Brigade in the 21st century|the 3rd⍽Brigade in the 21st⍽century",
                "Dr Jones and Mr Smith met Prof. Brown|Dr⍽Jones and Mr⍽Smith met Prof.⍽Brown",
                "Room No. 5|Room No.⍽5",
                "a point - and a dash – here|a point⍽– and a dash⍽– here",
                "BELGRADE, 27 November 2026 –|BELGRADE, 27⍽November⍽2026⍽–",
            })
    void englishNoBreaks(String input, String expected) {
        check(EN, input, expected);
    }

    /** Where a break must stay possible: what looks like a rule's case and is not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a number ends the sentence, a capital starts the next
                "Било их је 177. Следеће године више.|Било их је 177. Следеће године више.",
                "То је било 2026. Нова година почиње|То је било 2026. Нова година почиње",
                "Bilo ih je 177. Sledeće godine više.|Bilo ih je 177. Sledeće godine više.",
                "There were 177. Next year more.|There were 177. Next year more.",
                // a year followed by a comma, a decimal followed by a conjunction
                "године 2026, после паузе|године 2026, после паузе",
                "оценом 9,78 која|оценом 9,78⍽која",
                "просечном оценом 9,78 и сл.|просечном оценом 9,78 и⍽сл.",
                "od 10 do 12 sati|od 10 do 12⍽sati",
                "in 2026, after a pause|in 2026, after a pause",
                "38 of them women|38 of them women",
                // a list number and a heading number before a capital
                "1. Увод|1. Увод",
                "2. Poglavlje|2. Poglavlje",
                // a phone number, an ISO date, a time
                "телефон 011 3006 311|телефон 011 3006 311",
                "у 10.00 Министар|у⍽10.00 Министар",
                // a hyphen inside a word stays
                "генерал-потпуковник и 2026-11-27|генерал-потпуковник и⍽2026-11-27",
            })
    void breaksThatStay(String input, String expected) {
        Typography t =
                input.chars().anyMatch(c -> c >= 0x400 && c < 0x500)
                        ? SR
                        : input.matches(".*(There|in 2026|of them).*") ? EN : SR_LATN;
        check(t, input, expected);
    }

    @org.junit.jupiter.api.Test
    void piecesOfAParagraphSeeTheirNeighbours() {
        // "*реч*" in Markdown: the quotation marks stand in the text around the emphasis.
        assertEquals("„", SR.apply("\"", '\0', 'р'));
        assertEquals("“", SR.apply("\"", 'ч', '\0'));
        assertEquals(" у\u00A0", SR.apply(" у ", 'а', 'Б'));
    }
}
