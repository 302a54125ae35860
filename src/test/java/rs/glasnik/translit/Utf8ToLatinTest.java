package rs.glasnik.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.TestFiles;

/**
 * The fast paths (bytes, and plain lines of a string) must give exactly what the full rules give,
 * on any input: the example releases, the dictionary corpus, and random text built from the
 * characters that trigger every rule.
 */
class Utf8ToLatinTest {
    static final SerbianTransliterator T = SerbianTransliterator.builtIn();

    static String viaBytes(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        T.toLatin(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                out,
                Warning.Sink.IGNORE);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The byte path and the string path both give what the full rules give. */
    static void same(String text) throws IOException {
        String reference = TestFiles.visible(T.toLatinByRules(text));
        assertEquals(
                reference,
                TestFiles.visible(viaBytes(text)),
                () -> "bytes, input: " + TestFiles.visible(text));
        assertEquals(
                reference,
                TestFiles.visible(T.toLatin(text)),
                () -> "string, input: " + TestFiles.visible(text));
    }

    @Test
    void theExampleReleasesAndTheDictionary() throws IOException {
        try (Stream<Path> files = Files.walk(TestFiles.EXAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                same(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        try (var in = Utf8ToLatinTest.class.getResourceAsStream("dictionary-pairs.tsv")) {
            same(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Pieces that exercise every rule, and plain words between them. */
    static final String[] PIECES = {
        "Министарство",
        "одбране",
        "у",
        "и",
        "Љубиша",
        "ЉУБИША",
        "Љ",
        "Џ",
        "Џепу",
        "ЊЕГОШ",
        "љубав",
        "џеп",
        "Ђорђевић",
        "ХХI",
        "ХІХ",
        "Х",
        "Cрбија",
        "Mинистарство",
        "сaрадња",
        "Beograd",
        "Microsoft",
        "www.mod.gov.rs",
        "press@mod.gov.rs",
        "рнидс.срб",
        "инфо@рнидс.срб",
        "https://www.vs.rs/ћир",
        "вежби](exercise.png)",
        "(УН)",
        "године.",
        "г.,",
        "т.ј.",
        "стр.5",
        "27.11.2026.",
        "1.250",
        "„Танјуг“",
        "{{",
        "}}",
        "{{Hewlett Packard}}",
        "объявил",
        "Їжак",
        "а\u0301",
        "č",
        "é",
        "\u00A0",
        "–",
        "…",
        "’",
        "\u200B",
        "\uFEFF",
        "#Србија",
        "@војска",
        "ΑΒΓ",
        "😀",
        "5",
        "km/h",
        "°C",
        "\t",
        ":",
        "Србији.У",
        "\u2009",
        "\u3000",
        "\u2028",
        "\u1680",
        "\u202F",
        "\u0085",
        "\u2007",
        "\u200B",
        "МИ",
        "Херцеговина",
        "ХЕРЦЕГ",
        "ЏЕП",
        "аХа",
        "Хі",
        "ХМ",
        "Љї",
        "Њ.",
        "Џ",
        "ВИ",
        "ЛИ",
        "\r",
        "ѝ",
        "Ѝ",
        "ѐ",
        "дӯг",
        "км/ч",
        "ч",
        "ч.",
        "кВч",
        "мАч",
        "ккал",
        "км",
        "кг",
        "120",
        "7,62",
        "120км/ч",
        "10ч",
        "#Београд2026",
        "Cу",
        "Oд",
        "простор",
        "век",
        "до",
        "ХII",
        "IХ"
    };

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomTextFromEveryKindOfPiece(long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(60);
        for (int i = 0; i < n; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            int gap = random.nextInt(10);
            text.append(gap == 0 ? "" : gap == 1 ? "\n" : gap == 2 ? ", " : " ");
        }
        same(text.toString());
    }

    @Test
    void linesLongerThanTheBlockAreCutAtSpaces() throws IOException {
        String word = "реч Љубиша www.mod.gov.rs ";
        same(word.repeat(100_000));
        List<String> noSpaces = new ArrayList<>();
        noSpaces.add("ш".repeat(700_000));
        same(String.join("", noSpaces));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
        byte[] bad = {'a', '\n', 'b', '\n', (byte) 0xC8, '\n'};
        SerbianTransliterator.UndecodableInputException e =
                assertThrows(
                        SerbianTransliterator.UndecodableInputException.class,
                        () ->
                                T.toLatin(
                                        new ByteArrayInputStream(bad),
                                        new ByteArrayOutputStream(),
                                        Warning.Sink.IGNORE));
        assertEquals(3, e.line());
    }

    static final String[] LATIN_PIECES = {
        "Ministarstvo",
        "i",
        "I",
        "V.",
        "XXI",
        "Petar",
        "II",
        "MI",
        "LJUBIŠA",
        "Tanjug",
        "injekcija",
        "nadživeti",
        "www.mod.gov.rs",
        "press@mod.gov.rs",
        "COVID-19",
        "90-ih",
        "120",
        "km/h",
        "°C",
        "25°C",
        "Hewlett-Packard",
        "{{",
        "}}",
        "{{Microsoft}}",
        "Konјic",
        "Beogrдd",
        "dz\u030Cep",
        "André",
        "Müller",
        "(Tanjug)",
        "„x“",
        "e-mail",
        "#Srbija",
        "@vojska",
        "izvestaj.docx",
        "-",
        "--",
        "Blic.rs",
        "mod.gov.rs.",
        "\u00A0",
        "\t",
        ":",
        "pH",
        "dj",
        "Đ",
        "ǅ",
        "\uFEFF",
        "%s",
        "%1$s",
        "%",
        "{0}",
        "{",
        "}",
        "${x}",
        "$VAR",
        "$",
        "<b>",
        "</a>",
        "<",
        ">",
        "&amp;",
        "&",
        "`",
        "`code`",
        "Ctrl+C",
        "Ctrl",
        "+",
        "Alt",
        "Sans",
        "NaCl",
        "„fake",
        "news“",
        "Iron",
        "Dome",
        "Northrop",
        "snake_case",
        "--help",
        "/a/b",
        "f()",
        "(x)",
        "Opela",
        "ì",
        "podželudačna"
    };

    /** Every fixed hang or crash adds its input: "{{" with no closing braces looped forever. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noInputHangsOrThrowsInEitherDirection(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(40); i++) {
            String[] pieces = random.nextBoolean() ? PIECES : LATIN_PIECES;
            text.append(pieces[random.nextInt(pieces.length)])
                    .append(random.nextInt(4) == 0 ? "" : " ");
        }
        String input = text.toString();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5),
                () -> {
                    T.toCyrillic(input);
                    T.toLatin(input);
                    T.toCyrillic(T.toLatin(input));
                },
                () -> "input: " + TestFiles.visible(input));
    }

    @Test
    void unclosedMarkupIsPlainText() {
        assertEquals("{{ Beograd", T.toLatin("{{ Београд"));
        assertEquals("{{Београд", T.toCyrillic("{{Beograd"));
        assertEquals("a {{", T.toLatin("а {{"));
    }
}
