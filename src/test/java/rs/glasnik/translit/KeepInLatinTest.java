package rs.glasnik.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "Datoteka %s nije nađena|Датотека %s није нађена",
                "Obrađeno %d od %d datoteka|Обрађено %d од %d датотека",
                "Korisnik %1$s je dodao %2$s|Корисник %1$s је додао %2$s",
                "Greška: %.*s|Грешка: %.*s",
                "Vreme %H:%M:%S, datum %Y-%m-%d|Време %H:%M:%S, датум %Y-%m-%d",
                "Polje %-10s i broj %5d|Поље %-10s и број %5d",
                "Ukupno %ld bajtova, %lu zapisa|Укупно %ld бајтова, %lu записа",
                "Poruka {0} za {1}|Порука {0} за {1}",
                "Zdravo, {name}!|Здраво, {name}!",
                "Korisnik {user.name} je prijavljen|Корисник {user.name} је пријављен",
                "{count} novih poruka|{count} нових порука",
                "Putanja $HOME i $PATH|Путања $HOME и $PATH",
                "Promenljiva ${var} i ${HOME}/bin|Променљива ${var} и ${HOME}/bin",
                "Ostalo je 100%% posla|Остало је 100%% посла",
            })
    void formatPlaceholdersStayLatin(String latin, String cyrillic) {
        both(latin, cyrillic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "Ovo je 53 % ukupnog broja, a 10% građana|Ово је 53 % укупног броја, а 10% грађана",
                "Rast od 10%-tnog nivoa|Раст од 10%-тног нивоа",
                "Porez je 20 %, a inflacija 3,5 %.|Порез је 20 %, а инфлација 3,5 %.",
            })
    void aPercentageIsNotAPlaceholder(String latin, String cyrillic) {
        both(latin, cyrillic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "<b>Pažnja</b> je važna|<b>Пажња</b> је важна",
                "Pogledajte <a href=\"vesti.html\">vesti</a> danas|Погледајте <a href=\"vesti.html\">вести</a> данас",
                "Red<br/>novi red|Ред<br/>нови ред",
                "<i>Kurziv</i> i <strong>masno</strong>|<i>Курзив</i> и <strong>масно</strong>",
                "Sava &amp; Dunav &#169; 2026|Сава &amp; Дунав &#169; 2026",
                "Napomena <!-- komentar --> kraj|Напомена <!-- komentar --> крај",
                "Komanda `git commit` upisuje izmene|Команда `git commit` уписује измене",
                "Pokrenite ``mvn -B verify`` pre slanja|Покрените ``mvn -B verify`` пре слања",
            })
    void markupAndCodeSpansStayLatin(String latin, String cyrillic) {
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "Pokrenite program sa --help ili -v|Покрените програм са --help или -v",
                "Opcija --output=izlaz upisuje datoteku|Опција --output=izlaz уписује датотеку",
                "Zastavice -h, -q i --verbose|Заставице -h, -q и --verbose",
                "Promenljiva snake_case i MAX_PATH|Променљива snake_case и MAX_PATH",
                "Konstanta PANGO_STYLE_ITALIC je zastarela|Константа PANGO_STYLE_ITALIC је застарела",
                "Metoda camelCase i getName vraća ime|Метода camelCase и getName враћа име",
                "Klasa ArrayList i metoda toString|Класа ArrayList и метода toString",
                "Modul os.path.join i config.get|Модул os.path.join и config.get",
                "Funkcija f() i getName() vraćaju vrednost|Функција f() и getName() враћају вредност",
                "Poziv print(x) i f(x)|Позив print(x) и f(x)",
                "Putanja /usr/local/bin i ~/glasnik|Путања /usr/local/bin и ~/glasnik",
                "Pokrenite ./glasnik ili ../bin/run|Покрените ./glasnik или ../bin/run",
                "Windows putanja C:\\Users\\ana|Windows путања C:\\Users\\ana",
                "Datoteka config.yaml i izvestaj.docx|Датотека config.yaml и izvestaj.docx",
                "Vrednost NULL ili TRUE|Вредност NULL или TRUE",
                "Greška EOF u ulazu|Грешка EOF у улазу",
                "Identifikator UTF_8 i SHA256|Идентификатор UTF_8 и SHA256",
            })
    void optionsIdentifiersAndPathsStayLatin(String latin, String cyrillic) {
        both(latin, cyrillic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "Pritisnite Ctrl+C za kopiranje|Притисните Ctrl+C за копирање",
                "Prečica Ctrl+Shift+Esc otvara listu|Пречица Ctrl+Shift+Esc отвара листу",
                "Zatvorite prozor sa Alt+F4|Затворите прозор са Alt+F4",
                "Pritisnite Ctrl + C i Ctrl + V|Притисните Ctrl + C и Ctrl + V",
                "Kombinacija Ctrl + Shift + Esc|Комбинација Ctrl + Shift + Esc",
                "Pritisnite Enter za potvrdu|Притисните Enter за потврду",
                "Taster Tab prelazi na sledeće polje|Тастер Tab прелази на следеће поље",
                "Esc zatvara prozor|Esc затвара прозор",
                "Držite Shift i kliknite|Држите Shift и кликните",
                "Pritisnite taster Alt|Притисните тастер Alt",
                "Tasteri Ctrl, Alt i Delete|Тастери Ctrl, Alt и Delete",
                "Pritisnite Alt i Tab|Притисните Alt и Tab",
                "Font DejaVu Sans i Noto Serif|Фонт DejaVu Sans и Noto Serif",
                "Koristimo Liberation Mono i Open Sans|Користимо Liberation Mono и Open Sans",
                "Font Sans je čitljiv|Фонт Sans је читљив",
            })
    void keyAndFontNamesStayLatin(String latin, String cyrillic) {
        both(latin, cyrillic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "Ona peva alt u horu|Она пева алт у хору",
                "Alt je pevao u horu|Алт је певао у хору",
                "Mono zvuk je bio loš|Моно звук је био лош",
                "Slova bez serifa i sa serifom|Слова без серифа и са серифом",
                "Enterijer je uređen|Ентеријер је уређен",
                "Stanje je tabelarno|Стање је табеларно",
                "Monografija o Serifu|Монографија о Серифу",
            })
    void ordinaryWordsNearKeyAndFontNamesConvert(String latin, String cyrillic) {
        both(latin, cyrillic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "So NaCl, HCl i NaOH|Со NaCl, HCl и NaOH",
                "Voda H2O i CO2|Вода H2O и CO2",
                "Jedinjenja KMnO4 i CaCO3|Једињења KMnO4 и CaCO3",
                "Brzina 12 m/s i 120 km/h|Брзина 12 m/s и 120 km/h",
                "Masa 5 kg, zapremina 2 l i dužina 3 km|Маса 5 kg, запремина 2 l и дужина 3 km",
                "Kalibar 7,62 mm i 5,56 mm|Калибар 7,62 mm и 5,56 mm",
                "Frekvencija u MHz i GHz|Фреквенција у MHz и GHz",
                "Snaga 10 kW i potrošnja 5 kWh|Снага 10 kW и потрошња 5 kWh",
                "Temperatura 25 °C|Температура 25 °C",
                "Pritisak 1013 hPa|Притисак 1013 hPa",
                "Na, Fe i Cl su simboli|На, Фе и Цл су симболи",
                "BiH i KiM|БиХ и КиМ",
                "Portal eUprava i ePorezi|Портал еУправа и еПорези",
            })
    void formulasAndUnitsStayLatin(String latin, String cyrillic) {
        both(latin, cyrillic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "od II do IV kategorije|од II до IV категорије",
                "od I do IV kategorije|од I до IV категорије",
                "I i II razred|I и II разред",
                "V i VI vek|V и VI век",
                "između I i II svetskog rata|између I и II светског рата",
                "tomovi I, II i III|томови I, II и III",
                "stepeni I–III|степени I–III",
                "I tako je počelo|И тако је почело",
                "Marko i Ana|Марко и Ана",
                "V. Jovanović|В. Јовановић",
            })
    void romanNumeralsInNumeralContext(String latin, String cyrillic) {
        both(latin, cyrillic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "Opel i Opela|Opel и Opela",
                "Automobil Opelom|Аутомобил Opelom",
                "Opelovi modeli|Opelovi модели",
                "Opelo je održano|Опело је одржано",
                "posle opela u crkvi|после опела у цркви",
                "opelu je prisustvovao|опелу је присуствовао",
                "Audi i Audija|Audi и Audija",
                "u Audiju|у Audiju",
                "Audio zapis|Аудио запис",
                "audio i video|аудио и видео",
                "Volvo, Volva, Volvom|Volvo, Volva, Volvom",
                "Dacia i Dacie|Dacia и Dacie",
                "Microsoftom i Googleom|Microsoftom и Googleom",
                "u Googleu|у Googleu",
                "OPEL I AUDI|OPEL И AUDI",
                "Google-u i Microsoft-a|Google-u и Microsoft-a",
                "restoran McDonald's|ресторан McDonald's",
            })
    void foreignNamesMatchExactlyWithSerbianEndings(String latin, String cyrillic) {
        both(latin, cyrillic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "Northrop Grumman je isporučio|Northrop Grumman је испоручио",
                "kompanija General Dynamics|компанија General Dynamics",
                "General Dynamics je saopštio|General Dynamics је саопштио",
                "general Mladić|генерал Младић",
                "list Washington Post|лист Washington Post",
                "sistem Iron Dome|систем Iron Dome",
                "Iron Domea|Iron Domea",
                "Lockheed Martin i Boeing|Lockheed Martin и Boeing",
                "Hewlett Packard je kompanija|Hewlett Packard је компанија",
                "sekretar Mark Rutte je rekao|секретар Mark Rutte је рекао",
                "premijer Benjamin Netanyahu je rekao|премијер Benjamin Netanyahu је рекао",
                "Klasa ArrayList. Automobil Opelom.|Класа ArrayList. Аутомобил Opelom.",
                "Ministar Hegseth je rekao|Министар Hegseth је рекао",
                "Danas Washington Post piše|Данас Washington Post пише",
                "Predsednik Vučić i Donald Trump|Председник Вучић и Доналд Трумп",
                "Generalni sekretar NATO-a Mark Rutte|Генерални секретар НАТО-а Mark Rutte",
                "Sastanak u Beogradu|Састанак у Београду",
            })
    void foreignNamesOfSeveralWordsStayLatinAsAWhole(String latin, String cyrillic) {
        both(latin, cyrillic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "takozvane „fake news“ vesti|такозване „fake news“ вести",
                "politika „soft power“|политика „soft power“",
                "izraz „state of the art“|израз „state of the art“",
                "period „lockdown“|период „lockdown“",
                "pojam \"deep state\"|појам \"deep state\"",
                "rekao je „ovo je kraj“|рекао је „ово је крај“",
                "termin „brifing“|термин „брифинг“",
                "knjiga „Na Drini ćuprija“|књига „На Дрини ћуприја“",
            })
    void englishWordsInQuotationMarksStayLatin(String latin, String cyrillic) {
        both(latin, cyrillic);
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "podželudačna žlezda|поджелудачна жлезда",
                "podželudačne, podželudačnoj|поджелудачне, поджелудачној",
                "podžeti, podžeo, podželi|поджети, поджео, поджели",
                "podžnjeti i podžanjem|поджњети и поджањем",
                "odžaliti, odžalio, odžaljen|оджалити, оджалио, оджаљен",
                "odživeti i nadživeti|одживети и надживети",
                "podžariti vatru, podžigač|поджарити ватру, поджигач",
                "odžak, odžaka, odžačar|оџак, оџака, оџачар",
                "Odžaci i nadžak|Оџаци и наџак",
                "panjugoslovenski, panjugoslovenska|панјугословенски, панјугословенска",
                "panjevropski pokret|панјевропски покрет",
                "vanjevropski, vanjezički|ванјевропски, ванјезички",
                "vanjugoslovenski|ванјугословенски",
                "panj, panja, Vanja|пањ, пања, Вања",
                "planina Sinjajevina, Sinjajevine|планина Синјајевина, Синјајевине",
                "Benjamin i Benjamina|Бенјамин и Бенјамина",
                "budžet, menadžer, džep|буџет, менаџер, џеп",
            })
    void digraphsApartAtPrefixBoundaries(String latin, String cyrillic) {
        both(latin, cyrillic);
    }
}
