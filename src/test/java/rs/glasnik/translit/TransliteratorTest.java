package rs.glasnik.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rs.glasnik.TestFiles;

/** Table-driven tests of both directions, each line a rule of Serbian orthography. */
class TransliteratorTest {
    static final SerbianTransliterator T = SerbianTransliterator.builtIn();

    static void latin(String cyrillic, String expected) {
        assertEquals(TestFiles.visible(expected), TestFiles.visible(T.toLatin(cyrillic)), cyrillic);
    }

    static void cyrillic(String latin, String expected) {
        assertEquals(TestFiles.visible(expected), TestFiles.visible(T.toCyrillic(latin)), latin);
    }

    @Test
    void everyLetterInBothCasesAndBothDirections() {
        String cyr = "АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ";
        String[] lat = {
            "A", "B", "V", "G", "D", "Đ", "E", "Ž", "Z", "I", "J", "K", "L", "Lj", "M", "N", "Nj",
            "O", "P", "R", "S", "T", "Ć", "U", "F", "H", "C", "Č", "Dž", "Š"
        };
        assertEquals(30, cyr.length());
        for (int i = 0; i < cyr.length(); i++) {
            String upper = cyr.substring(i, i + 1);
            String lower = upper.toLowerCase(java.util.Locale.ROOT);
            // In a word, so that the case of Lj, Nj, Dž has a neighbour to follow.
            latin(upper + "а", lat[i] + "a");
            latin(lower + "а", lat[i].toLowerCase(java.util.Locale.ROOT) + "a");
            cyrillic(lat[i] + "a", upper + "а");
            cyrillic(lat[i].toLowerCase(java.util.Locale.ROOT) + "a", lower + "а");
            latin("А" + upper, "A" + lat[i].toUpperCase(java.util.Locale.ROOT));
            cyrillic("A" + lat[i].toUpperCase(java.util.Locale.ROOT), "А" + upper);
        }
    }

    @Test
    void latinOutputIsPrecomposed() {
        String out = T.toLatin("ћ ч ђ ш ж Ћ Ч Ђ Ш Ж");
        assertEquals(java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFC), out);
        assertEquals(19, out.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ЉУБИША И ЊЕГОШ у Џепу|LJUBIŠA I NJEGOŠ u Džepu",
                "Љубиша|Ljubiša",
                "ЉУБИША|LJUBIŠA",
                "Његош|Njegoš",
                "ЊЕГОШ|NJEGOŠ",
                "Џон|Džon",
                "ЏОН|DŽON",
                "КОЊ|KONJ",
                "Џ. Ђорђевић|Dž. Đorđević",
                "Џ Џепић|Dž Džepić",
                "Џ ДЕПОНИЈА|DŽ DEPONIJA",
                "ИЗВЕШТАЈ: Џ|IZVEŠTAJ: DŽ",
                "Љ.|Lj.",
                "ЉУ|LJU",
                "љубав|ljubav",
                "ЂОРЂЕ|ĐORĐE",
            })
    void digraphCaseFollowsTheWord(String cyrillic, String expected) {
        latin(cyrillic, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Посетите www.mod.gov.rs данас|Posetite www.mod.gov.rs danas",
                "пишите на press@mod.gov.rs.|pišite na press@mod.gov.rs.",
                "адреса https://www.mod.gov.rs/lat/vesti|adresa https://www.mod.gov.rs/lat/vesti",
                "домен рнидс.срб и пошта инфо@рнидс.срб|domen рнидс.срб i pošta инфо@рнидс.срб",
                "Путин объявил о встрече|Putin объявил o vstreče",
                "компанија Microsoft|kompanija Microsoft",
                "на вежби](exercise.png) и Србије](https://www.vs.rs).|na vežbi](exercise.png) i Srbije](https://www.vs.rs).",
                "(www.mod.gov.rs) и „рнидс.срб“|(www.mod.gov.rs) i „рнидс.срб“",
                "ХХI век|XXI vek",
                "ХІХ век|XIX vek",
                "Петар ІІ|Petar II",
            })
    void addressesForeignCyrillicAndRomanNumerals(String cyrillic, String expected) {
        latin(cyrillic, expected);
    }

    @Test
    void latinLookAlikesInsideCyrillicWordsAreRepairedAndReported() {
        List<Warning> warnings = new ArrayList<>();
        // Latin C, M, a, o, e, p, T, H, K, X, J typed into Cyrillic words.
        String out =
                T.convert(
                        "Cрбија, Mинистарство, сaрадња, oдбрана, Tанјуг, HАТО, ПPЕС",
                        SerbianTransliterator.Direction.TO_LATIN,
                        warnings::add);
        assertEquals("Srbija, Ministarstvo, saradnja, odbrana, Tanjug, NATO, PRES", out);
        assertEquals(7, warnings.size(), warnings.toString());
        assertEquals(1, warnings.get(0).column());
        assertEquals("Cрбија", warnings.get(0).word());
        assertTrue(warnings.get(0).message().contains("Србија"), warnings.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Agencija Tanjug, injekcija, XXI vek, www.mod.gov.rs|Агенција Танјуг, инјекција, XXI век, www.mod.gov.rs",
                "(Tanjug)|(Танјуг)",
                "„Tanjug“|„Танјуг“",
                "TANJUG|ТАНЈУГ",
                "Tanjuga|Танјуга",
                "injekcija, injekcije, injekcijom|инјекција, инјекције, инјекцијом",
                "konjunkcija, konjunktura|конјункција, конјунктура",
                "konjugacija|конјугација",
                "nadživeti, nadživeo|надживети, надживео",
                "podžupan|поджупан",
                "vanjezički|ванјезички",
                "konj, konja|коњ, коња",
                "tanjir|тањир",
                "budžet|буџет",
                "Odžaci|Оџаци",
                "nadljudski|надљудски",
                "njegov, Njegoš, NJEGOŠ|његов, Његош, ЊЕГОШ",
                "ljubav, Ljubiša, LJUBIŠA|љубав, Љубиша, ЉУБИША",
                "džep, Džep, DŽEP|џеп, Џеп, ЏЕП",
                "Đorđe, đak, dj|Ђорђе, ђак, дј",
                "nadzor, dz|надзор, дз",
            })
    void digraphsAndTheirExceptions(String latin, String expected) {
        cyrillic(latin, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "XXI vek|XXI век",
                "Petar II|Петар II",
                "Luj XIV i Petar I Karađorđević|Луј XIV и Петар I Карађорђевић",
                "I tako je počelo|И тако је почело",
                "Marko i Ana|Марко и Ана",
                "V. Jovanović i M. Petrović|В. Јовановић и М. Петровић",
                "LJUBIŠA I NJEGOŠ|ЉУБИША И ЊЕГОШ",
                "MI SMO OVDE|МИ СМО ОВДЕ",
                "DA LI STE VI TU|ДА ЛИ СТЕ ВИ ТУ",
                "Zašto LI?|Зашто ЛИ?",
                "VI vek pre nove ere|VI век пре нове ере",
                "VI VEK PRE NOVE ERE|VI ВЕК ПРЕ НОВЕ ЕРЕ",
                "I. UVOD i II. ZAKLJUČAK|I. УВОД и II. ЗАКЉУЧАК",
                "I. Andrić i I svetski rat|И. Андрић и I светски рат",
            })
    void romanNumeralsInitialsAndTheConjunction(String latin, String expected) {
        cyrillic(latin, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Sajt www.mod.gov.rs i mod.gov.rs|Сајт www.mod.gov.rs и mod.gov.rs",
                "na vežbi](exercise.png) i Srbije](https://www.vs.rs).|на вежби](exercise.png) и Србије](https://www.vs.rs).",
                "(www.mod.gov.rs) i „mod.gov.rs“|(www.mod.gov.rs) и „mod.gov.rs“",
                "https://www.vs.rs/sr_lat/vesti|https://www.vs.rs/sr_lat/vesti",
                "Pišite na info@mod.gov.rs.|Пишите на info@mod.gov.rs.",
                "Pratite @mod_srbija i #VojskaSrbije|Пратите @mod_srbija и #VojskaSrbije",
                "Prilog: izvestaj-2026.docx i foto.jpg|Прилог: izvestaj-2026.docx и foto.jpg",
                "COVID-19 i F-16, MiG-29|COVID-19 и F-16, MiG-29",
                "90-ih godina, 21-godišnji|90-их година, 21-годишњи",
                "brzina od 120 km/h i 25 °C|брзина од 120 km/h и 25 °C",
                "teret od 5 kg i 20 t na 3 km|терет од 5 kg и 20 t на 3 km",
                "25°C, 120km/h, brzina u km/h|25°C, 120km/h, брзина у km/h",
                "portal Blic.rs i B92.net|портал Blic.rs и B92.net",
                "Twitter, Yahoo, Wikipedia, Quebec, Xerox|Twitter, Yahoo, Wikipedia, Quebec, Xerox",
                "Microsoft, Google i Facebook|Microsoft, Google и Facebook",
                "Microsoftom i Googleu|Microsoftom и Googleu",
                "Müller i Citroën|Müller и Citroën",
                "Hewlett-Packard, Rolls-Royce i Coca-Cola|Hewlett-Packard, Rolls-Royce и Coca-Cola",
                "Bosna-i-Hercegovina, Austro-Ugarska|Босна-и-Херцеговина, Аустро-Угарска",
                "{{Hewlett Packard}} je kompanija|Hewlett Packard је компанија",
                "NATO, EU i UN|НАТО, ЕУ и УН",
            })
    void protectedSpansStayLatin(String latin, String expected) {
        cyrillic(latin, expected);
    }

    @Test
    void aCyrillicJInsideALatinWordIsRepaired() {
        List<Warning> warnings = new ArrayList<>();
        String out =
                T.convert(
                        "Konјic i nјegov",
                        SerbianTransliterator.Direction.TO_CYRILLIC,
                        warnings::add);
        assertEquals("Коњиц и његов", out);
        assertEquals(2, warnings.size(), warnings.toString());
    }

    @Test
    void neverTheMacedonianDzeAndNoInvisibleCharacters() {
        String out = T.toCyrillic("nadzor, dzeta, Tanjug, injekcija, podžupan, DZ");
        assertTrue(out.indexOf('ѕ') < 0 && out.indexOf('Ѕ') < 0, out);
        assertTrue(
                out.chars()
                        .noneMatch(
                                c ->
                                        c == 0x200B
                                                || c == 0x200C
                                                || c == 0x200D
                                                || c == 0x2060
                                                || c == 0xFEFF
                                                || c == 0xAD),
                out);
    }

    @Test
    void decomposedLatinInputIsReadAsItsLetters() {
        cyrillic("dz\u030Cep c\u030Ca\u0301s", "џеп ча́с".replace("а́", "а\u0301"));
    }

    @Test
    void linesAndLineEndsAreKept() {
        assertEquals("prvi\r\ndrugi\n\ntreći\n", T.toLatin("први\r\nдруги\n\nтрећи\n"));
        assertEquals("први\r\nдруги\n", T.toCyrillic("prvi\r\ndrugi\n"));
    }

    @Test
    void workspaceExceptionsAddStemsAndKeptWords() throws Exception {
        SerbianTransliterator own =
                T.with(Exceptions.parse("# ours\nkon|jektur\n!Bosch\n!Sava-centar\n"));
        assertEquals("конјектура, Bosch", own.toCyrillic("konjektura, Bosch"));
    }

    @Test
    void badExceptionLinesAreReportedWithTheirNumber() {
        Exceptions.FormatException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        Exceptions.FormatException.class,
                        () -> Exceptions.parse("in|jekc\n\ninjekc\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("has no '|'"), e.getMessage());
        e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        Exceptions.FormatException.class, () -> Exceptions.parse("ko|nj\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("must stand between l|j, n|j or d|ž"), e.getMessage());
    }

    @Test
    void suspiciousWordsAreReported() {
        List<Warning> warnings = new ArrayList<>();
        T.convert(
                "Petar I Karađorđević i Beogrдd",
                SerbianTransliterator.Direction.TO_CYRILLIC,
                warnings::add);
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(7, warnings.get(0).column());
        assertTrue(warnings.get(0).message().contains("Roman numeral"), warnings.get(0).message());
        assertEquals("Beogrдd", warnings.get(1).word());
        warnings.clear();
        T.convert("Beograd Бeлgрад", SerbianTransliterator.Direction.TO_LATIN, warnings::add);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(
                warnings.get(0).message().contains("mixing Latin and Cyrillic"),
                warnings.get(0).message());
    }
}
