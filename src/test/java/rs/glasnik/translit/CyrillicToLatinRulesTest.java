package rs.glasnik.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rs.glasnik.TestFiles;

/**
 * Cyrillic to Latin (issue 13, item 4): the accented enclitic ѝ, hashtags, unit symbols, a lone Х,
 * and no look-alike repair in short words. Every line is also run through the fast paths, which
 * must give the same.
 */
class CyrillicToLatinRulesTest {
    static final SerbianTransliterator T = SerbianTransliterator.builtIn();

    static void latin(String cyrillic, String expected) throws Exception {
        assertEquals(TestFiles.visible(expected), TestFiles.visible(T.toLatin(cyrillic)), cyrillic);
        Utf8ToLatinTest.same(cyrillic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Рекао јој је да ѝ верује|Rekao joj je da ì veruje",
                "Она ѝ је дала књигу|Ona ì je dala knjigu",
                "ѝ, Ѝ|ì, Ì",
                "ѐ и Ѐ|è i È",
                "дӯг и сӣн|dūg i sīn",
                "а́ и а̏|á i ȁ",
                "ча̏с и ру̑ка|čȁs i rȗka",
                "ПРИПАДНИЦИ ЈЕДИНИЦЕ ѝ|PRIPADNICI JEDINICE ì",
            })
    void accentMarksArePreserved(String cyrillic, String latin) throws Exception {
        latin(cyrillic, latin);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "da ì veruje|да ѝ верује",
                "è i È|ѐ и Ѐ",
                "dūg i sīn|дӯг и сӣн",
            })
    void andBackToCyrillic(String latin, String cyrillic) {
        assertEquals(cyrillic, T.toCyrillic(latin));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "#Србија|#Srbija",
                "Пратите #Србија и #ВојскаСрбије|Pratite #Srbija i #VojskaSrbije",
                "(#Београд2026)|(#Beograd2026)",
                "#Љубав, #ЏЕП|#Ljubav, #DŽEP",
                "#VojskaSrbije и #Србија|#VojskaSrbije i #Srbija",
                "@војска и press@mod.gov.rs|@војска i press@mod.gov.rs",
            })
    void hashtagsConvertLikeWords(String cyrillic, String latin) throws Exception {
        latin(cyrillic, latin);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "брзина од 120 км/ч|brzina od 120 km/h",
                "120км/ч и 90 км/ч.|120km/h i 90 km/h.",
                "брзина у км/ч|brzina u km/h",
                "3 км, 5 кг, 250 г|3 km, 5 kg, 250 g",
                "7,62 мм и 12 м|7,62 mm i 12 m",
                "20 т и 2 л|20 t i 2 l",
                "у 10 ч|u 10 h",
                "од 8 ч до 16 ч.|od 8 h do 16 h.",
                "5 кВч и 3 МВч|5 kWh i 3 MWh",
                "батерија 5000 мАч|baterija 5000 mAh",
                "200 ккал|200 kcal",
                "25 °Ц|25 °C",
                "5 м/с|5 m/s",
                "100 кПа и 1013 хПа|100 kPa i 1013 hPa",
                "900 МХз|900 MHz",
                "чврсто, ч. 5, ч и ш|čvrsto, č. 5, č i š",
                "10 часова и 5 километара|10 časova i 5 kilometara",
                "5 милиона и 177 припадника|5 miliona i 177 pripadnika",
            })
    void unitSymbolsAfterANumberAreInternational(String cyrillic, String latin) throws Exception {
        latin(cyrillic, latin);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Радни простор Х|Radni prostor H",
                "тачка Х на мапи|tačka H na mapi",
                "Х век|X vek",
                "у Х веку|u X veku",
                "Х конгрес|X kongres",
                "од Х до ХII века|od X do XII veka",
                "IХ и Х|IX i X",
                "Луј Х|Luj X",
                "ХХ век и ХХI век|XX vek i XXI vek",
                "Х. ЗАКЉУЧАК|X. ZAKLJUČAK",
            })
    void aLoneXIsANumeralOnlyAmongNumerals(String cyrillic, String latin) throws Exception {
        latin(cyrillic, latin);
    }

    @Test
    void wordsOfOneOrTwoLettersAreNotRepaired() throws Exception {
        List<Warning> warnings = new ArrayList<>();
        String out =
                T.convert(
                        "Cу, Oд и Cрбија", SerbianTransliterator.Direction.TO_LATIN, warnings::add);
        assertEquals("Cu, Od i Srbija", out);
        // The long word is repaired (and reported); the short ones only reported.
        assertEquals(3, warnings.size(), warnings.toString());
        assertEquals(
                1, warnings.stream().filter(w -> w.message().contains("read as Cyrillic")).count());
        Utf8ToLatinTest.same("Cу, Oд и Cрбија");
    }
}
