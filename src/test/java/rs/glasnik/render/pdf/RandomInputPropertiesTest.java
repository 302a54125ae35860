package rs.glasnik.render.pdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.TestFiles;
import rs.glasnik.TestFiles.Run;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.LocaleTag;

/**
 * Seeded property tests over hostile input: the example releases mutated at random (bytes deleted,
 * lines swapped, control characters, unbalanced YAML, giant words), and random Markdown bodies
 * (nested lists and quotes, long URLs and words, emphasis, links, images). For every case: {@code
 * check} and {@code render} exit 0 or 1 and never print a stack trace; a case never takes more than
 * a few seconds; a failed render leaves no file behind; and whenever the render succeeds, the text
 * of the PDF is exactly the text of {@code show} (the oracle of ADR 003).
 *
 * <p>Each case is named by its seed; {@code -Dglasnik.seed=N} moves the whole series, so a failure
 * is reproduced by running its one case again.
 */
class RandomInputPropertiesTest {
    private static final long BASE_SEED = Long.getLong("glasnik.seed", 20261202L);

    private static final int MUTATIONS = Integer.getInteger("glasnik.cases", 40);

    private static final int BODIES = Integer.getInteger("glasnik.cases", 40) * 3 / 4;

    /** Per case: load, check, render one PDF, show; cold JIT on a slow CI machine included. */
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private static final List<String> RELEASES =
            List.of(
                    "djordjevic-chepurin",
                    "donation-cuprija-hospital",
                    "exercise-morava-shield-2026",
                    "military-academy-graduation-2026",
                    "unifil-contingent-rotation");

    /** What a stack trace or an escaped JVM error looks like on a terminal. */
    private static final Pattern STACK_TRACE =
            Pattern.compile(
                    "(?m)^\\s+at [\\w.$]+\\(|Exception in thread|\\bjava\\.lang\\.\\w+(Error|Exception)\\b"
                            + "|OutOfMemoryError|StackOverflowError|NullPointerException");

    private static final AtomicInteger CASES = new AtomicInteger();

    private static final AtomicInteger RENDERED = new AtomicInteger();

    /** A series that renders almost nothing tests only the loader: keep the generators honest. */
    @AfterAll
    static void enoughCasesReachTheRenderer() {
        if (CASES.get() >= 20) {
            assertTrue(
                    RENDERED.get() * 3 >= CASES.get(),
                    "at least a third of the cases pass check and render: "
                            + RENDERED.get()
                            + " of "
                            + CASES.get());
        }
    }

    static Stream<Long> mutationSeeds() {
        return IntStream.range(0, MUTATIONS).mapToObj(i -> BASE_SEED + i);
    }

    static Stream<Long> bodySeeds() {
        return IntStream.range(0, BODIES).mapToObj(i -> BASE_SEED * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("mutationSeeds")
    void aMutatedReleaseIsRefusedOrRenderedExactly(long seed, @TempDir Path dir) throws Exception {
        Random random = new Random(seed);
        Path ws = TestFiles.copyExamples(dir);
        String id = RELEASES.get(random.nextInt(RELEASES.size()));
        Path file = ws.resolve("releases").resolve(id).resolve("release.yaml");
        String text = Files.readString(file, UTF_8);
        int count = 1 + random.nextInt(3);
        StringBuilder what = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
            text = m.apply(text, random);
            what.append(m).append(' ');
        }
        Files.write(file, looseUtf8(text));
        exercise(ws, id, random, "mutations: " + what);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("bodySeeds")
    void aRandomMarkdownBodyIsRefusedOrRenderedExactly(long seed, @TempDir Path dir)
            throws Exception {
        Random random = new Random(seed);
        Path ws = TestFiles.copyExamples(dir);
        String id = "donation-cuprija-hospital";
        Path file = ws.resolve("releases").resolve(id).resolve("release.yaml");
        String text = Files.readString(file, UTF_8);
        String body = new MarkdownGenerator(random).body();
        // The sr-Cyrl body (the first body: of the file) becomes the random one.
        int start = text.indexOf("    body: |\n");
        int end = text.indexOf("\n\n  ", start);
        end = end < 0 ? text.indexOf("\n  en:", start) : end;
        assertTrue(start > 0 && end > start, "the example has an sr-Cyrl body");
        String indented = "      " + body.replace("\n", "\n      ").replaceAll("(?m)^ +$", "");
        text = text.substring(0, start) + "    body: |\n" + indented + text.substring(end);
        Files.writeString(file, text, UTF_8);
        exercise(ws, id, random, "body:\n" + shortened(TestFiles.visible(body)));
    }

    private static String shortened(String text) {
        return text.length() <= 3000 ? text : text.substring(0, 3000) + "…";
    }

    /** Check, then render the PDF in one locale, then compare it with show; all bounded in time. */
    private static void exercise(Path ws, String id, Random random, String what) {
        LocaleTag lang = LocaleTag.values()[random.nextInt(LocaleTag.values().length)];
        Path out = ws.resolveSibling("out");
        assertTimeoutPreemptively(
                LIMIT,
                () -> {
                    Path release = ws.resolve("releases").resolve(id);
                    Run check = TestFiles.glasnik("check", release.toString());
                    wellBehaved(check, "check", what);
                    CASES.incrementAndGet();
                    if (check.code() != 0) {
                        return;
                    }
                    Run render =
                            TestFiles.glasnik(
                                    "render",
                                    id,
                                    "--workspace",
                                    ws.toString(),
                                    "--lang",
                                    lang.tag(),
                                    "--format",
                                    "docx,pdf",
                                    "-o",
                                    out.toString());
                    wellBehaved(render, "render", what);
                    Path pdf = out.resolve(id + "." + lang.tag() + ".pdf");
                    Path docx = out.resolve(id + "." + lang.tag() + ".docx");
                    if (render.code() != 0) {
                        assertFalse(
                                Files.exists(out) && hasFiles(out),
                                "a failed render leaves no file\n" + what + "\n" + render);
                        return;
                    }
                    assertTrue(
                            Files.size(pdf) > 0 && Files.size(docx) > 0,
                            "a render that passed wrote both files\n" + render);
                    Run show =
                            TestFiles.glasnik(
                                    "show", id, "--workspace", ws.toString(), "--lang", lang.tag());
                    wellBehaved(show, "show", what);
                    RENDERED.incrementAndGet();
                    assertEquals(0, show.code(), "show after a render that passed\n" + show);
                    Glasnik.RenderInput input = new Glasnik().renderInput(ws, id, lang);
                    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
                        assertEquals(
                                List.of(),
                                PdfTextTest.outside(doc, input.template()),
                                "every character lies inside the margins\n" + what);
                        assertEquals(
                                List.of(),
                                offThePage(pdf),
                                "every character lies on the page\n" + what);
                        // The PDF draws no direction controls (show prints them as they are).
                        PdfTextTest.assertSameTextApartFromLineBreaks(
                                show.out()
                                        .replaceAll(
                                                "[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]",
                                                ""),
                                PdfTextTest.body(doc, input.document()));
                    }
                });
    }

    private static void wellBehaved(Run run, String command, String what) {
        assertTrue(
                run.code() == 0 || run.code() == 1,
                command + " exits 0 or 1\n" + what + "\n" + TestFiles.visible(run.toString()));
        assertFalse(
                STACK_TRACE.matcher(run.err()).find() || STACK_TRACE.matcher(run.out()).find(),
                command + " prints no stack trace\n" + what + "\n" + run);
        if (run.code() == 1) {
            assertFalse(
                    (run.err() + run.out()).isBlank(), command + " says why it failed\n" + what);
        }
    }

    private static boolean hasFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isPresent();
        }
    }

    /** The PDF's text without its page furniture (footer, running head), lines joined again. */
    private static String bodyText(Path ws, String id, LocaleTag lang, Path pdf) throws Exception {
        Glasnik.RenderInput input = new Glasnik().renderInput(ws, id, lang);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            List<String> pages = PdfTextTest.pages(doc);
            StringBuilder body = new StringBuilder();
            for (int n = 0; n < pages.size(); n++) {
                List<String> lines = new ArrayList<>(List.of(pages.get(n).split("\n")));
                String label =
                        input.document()
                                .pageLabel()
                                .replace("{pages}", Integer.toString(pages.size()))
                                .replace("{page}", Integer.toString(n + 1));
                assertEquals(label, lines.remove(lines.size() - 1), "footer of page " + (n + 1));
                if (n > 0) {
                    lines.remove(lines.size() - 1);
                }
                body.append(String.join("\n", lines)).append('\n');
            }
            return PdfTextTest.join(body.toString());
        }
    }

    /** The characters drawn outside their page's crop box (PDFBox extracts those too). */
    static List<String> offThePage(Path pdf) throws IOException {
        List<String> off = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper =
                    new PDFTextStripper() {
                        @Override
                        protected void writeString(String text, List<TextPosition> positions) {
                            PDRectangle box = getCurrentPage().getCropBox();
                            for (TextPosition p : positions) {
                                float x = p.getXDirAdj();
                                float y = p.getYDirAdj();
                                if (x < -0.5f
                                        || x + p.getWidthDirAdj() > box.getWidth() + 0.5f
                                        || y < -0.5f
                                        || y > box.getHeight() + 0.5f) {
                                    off.add(
                                            "page "
                                                    + getCurrentPageNo()
                                                    + " x="
                                                    + x
                                                    + " y="
                                                    + y
                                                    + ": "
                                                    + p.getUnicode());
                                    if (off.size() > 5) {
                                        return;
                                    }
                                }
                            }
                        }
                    };
            stripper.getText(doc);
        }
        return off.size() > 5 ? off.subList(0, 5) : off;
    }

    /**
     * {@code text} in UTF-8, a lone surrogate (a NOISE) as the three bytes it would have were it a
     * character (ED A0 80 for U+D800): bytes that are not UTF-8, which the loader must refuse.
     */
    static byte[] looseUtf8(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired =
                    Character.isHighSurrogate(c)
                            ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                            : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (Character.isSurrogate(c) && !paired) {
                out.writeBytes(text.substring(from, i).getBytes(UTF_8));
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
                from = i + 1;
            }
        }
        out.writeBytes(text.substring(from).getBytes(UTF_8));
        return out.toByteArray();
    }

    /** {@code at}, or the index before it where {@code at} would split a surrogate pair. */
    static int whole(String text, int at) {
        return at > 0
                        && at < text.length()
                        && Character.isLowSurrogate(text.charAt(at))
                        && Character.isHighSurrogate(text.charAt(at - 1))
                ? at - 1
                : at;
    }

    /** One random change to a release file's text. */
    enum Mutation {
        DELETE_SPAN {
            @Override
            String apply(String text, Random r) {
                if (text.isEmpty()) {
                    return text;
                }
                int from = whole(text, r.nextInt(text.length()));
                int to = whole(text, Math.min(text.length(), from + 1 + r.nextInt(40)));
                return text.substring(0, from) + text.substring(to);
            }
        },
        DUPLICATE_LINE {
            @Override
            String apply(String text, Random r) {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int i = r.nextInt(lines.size());
                lines.add(i, lines.get(i));
                return String.join("\n", lines);
            }
        },
        SWAP_LINES {
            @Override
            String apply(String text, Random r) {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int i = r.nextInt(lines.size());
                int j = r.nextInt(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
                return String.join("\n", lines);
            }
        },
        REINDENT_LINE {
            @Override
            String apply(String text, Random r) {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int i = r.nextInt(lines.size());
                String line = lines.get(i);
                lines.set(
                        i,
                        r.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", "").strip());
                return String.join("\n", lines);
            }
        },
        INSERT_NOISE {
            @Override
            String apply(String text, Random r) {
                int at = whole(text, r.nextInt(text.length() + 1));
                return text.substring(0, at) + pick(NOISE, r) + text.substring(at);
            }
        },
        INSERT_INTO_TEXT {
            /** Noise inside prose, where the loader accepts it and the renderer must cope. */
            @Override
            String apply(String text, Random r) {
                List<Integer> spaces = new ArrayList<>();
                for (int i = text.indexOf("      "); i >= 0; i = text.indexOf(". ", i + 1)) {
                    spaces.add(i + 1);
                }
                if (spaces.isEmpty()) {
                    return text;
                }
                int at = spaces.get(r.nextInt(spaces.size()));
                String insert =
                        switch (r.nextInt(6)) {
                            case 0 -> " " + MarkdownGenerator.longWord(r, 200 + r.nextInt(3000));
                            case 1 -> " " + MarkdownGenerator.longUrl(r, 100 + r.nextInt(1500));
                            case 2 ->
                                    " <" + MarkdownGenerator.longUrl(r, 50 + r.nextInt(800)) + ">";
                            default -> pick(NOISE, r);
                        };
                return text.substring(0, at) + insert + text.substring(at);
            }
        },
        TRUNCATE {
            @Override
            String apply(String text, Random r) {
                return text.substring(0, whole(text, r.nextInt(text.length() + 1)));
            }
        },
        LONG_TITLE {
            @Override
            String apply(String text, Random r) {
                String word = MarkdownGenerator.longWord(r, 100 + r.nextInt(5000));
                return text.replaceFirst("(?m)^(    title: ).*$", "$1" + word);
            }
        };

        abstract String apply(String text, Random r);

        private static final List<String> NOISE =
                List.of(
                        "\u0000",
                        "\u001b[2J",
                        "\u0007",
                        "\t",
                        "\r",
                        ":",
                        "- ",
                        "&anchor ",
                        "*anchor",
                        "!!str ",
                        "!!java/object:java.lang.Object ",
                        "{",
                        "[",
                        "\"",
                        "'",
                        "# ",
                        "😀",
                        "漢字",
                        "\uFFFD",
                        "\u202E",
                        "\u0301",
                        "\uFEFF",
                        "\uD800",
                        "љњџ Ђорђе ",
                        "\u00A0",
                        "\u00AD",
                        "***",
                        "](",
                        "![x](../../../etc/passwd \"y\")",
                        "<b>",
                        "```",
                        "> > > > ");

        private static String pick(List<String> list, Random r) {
            return list.get(r.nextInt(list.size()));
        }
    }

    /** Random CommonMark in Serbian Cyrillic, with the constructs that stretch a typesetter. */
    static final class MarkdownGenerator {
        private static final String[] WORDS = {
            "министар",
            "одбране",
            "Војска",
            "Србије",
            "је",
            "у",
            "и",
            "са",
            "донација",
            "болница",
            "Ћуприја",
            "љубазно",
            "њихов",
            "џеп",
            "ђак",
            "2026.",
            "14,6",
            "милиона",
            "динара",
            "„цитат“",
            "–",
            "НАТО",
            "УН",
            "Београд",
            "официр",
            "кадет",
            "вежба",
            "Морава"
        };

        private final Random r;

        MarkdownGenerator(Random r) {
            this.r = r;
        }

        String body() {
            StringBuilder out = new StringBuilder();
            int blocks = 1 + r.nextInt(8);
            for (int i = 0; i < blocks; i++) {
                if (i > 0) {
                    out.append("\n\n");
                }
                out.append(block(0));
            }
            return out.toString();
        }

        private String block(int depth) {
            int kind = depth > 60 ? 0 : r.nextInt(10);
            return switch (kind) {
                case 0, 1, 2, 3 -> paragraph();
                case 4 -> "## " + sentence(2 + r.nextInt(6));
                case 5 -> list(depth, 1 + r.nextInt(r.nextInt(4) == 0 ? 40 : 4), r.nextBoolean());
                case 6 -> quote(depth, 1 + r.nextInt(r.nextInt(4) == 0 ? 40 : 3));
                case 7 ->
                        "!["
                                + sentence(3)
                                + "](donation.png \"Илустрација: Министарство одбране\")";
                case 8 -> paragraph() + "  \n" + paragraph();
                default -> sentence(1) + " " + longWord(r, 20 + r.nextInt(600)) + " " + sentence(3);
            };
        }

        /** A list whose items each go one level deeper, as CommonMark reads nesting. */
        private String list(int depth, int nesting, boolean numbered) {
            StringBuilder out = new StringBuilder();
            int indent = 0;
            for (int level = 0; level < nesting; level++) {
                String marker = numbered ? (1 + r.nextInt(3)) + ". " : "- ";
                out.append(" ".repeat(indent))
                        .append(marker)
                        .append(sentence(1 + r.nextInt(8)))
                        .append('\n');
                indent += marker.length();
            }
            return out.toString().stripTrailing();
        }

        private String quote(int depth, int nesting) {
            return "> ".repeat(nesting) + sentence(3 + r.nextInt(10));
        }

        private String paragraph() {
            StringBuilder out = new StringBuilder();
            int sentences = 1 + r.nextInt(5);
            for (int i = 0; i < sentences; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(sentence(3 + r.nextInt(15)));
            }
            return out.toString();
        }

        private String sentence(int words) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < words; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                String word = WORDS[r.nextInt(WORDS.length)];
                out.append(
                        switch (r.nextInt(40)) {
                            case 0 -> "*" + word + "*";
                            case 1 -> "**" + word + "**";
                            case 2 ->
                                    "[" + word + "](https://www.mod.gov.rs/" + word.length() + ")";
                            case 3 -> "<" + longUrl(r, 20 + r.nextInt(300)) + ">";
                            case 4 -> longUrl(r, 20 + r.nextInt(200));
                            case 5 -> "\"" + word + "\"";
                            default -> word;
                        });
            }
            return out.append('.').toString();
        }

        /** A word of Cyrillic letters, as a chemical name or a pasted run without spaces. */
        static String longWord(Random r, int length) {
            String letters = "абвгдђежзијклљмнњопрстћуфхцчџш";
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                out.append(letters.charAt(r.nextInt(letters.length())));
            }
            return out.toString();
        }

        /** A web address with path, query and fragment, the way a CMS writes them. */
        static String longUrl(Random r, int length) {
            StringBuilder out = new StringBuilder("https://www.mod.gov.rs/");
            String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
            String separators = "/.-?&=_";
            while (out.length() < length) {
                out.append(
                        r.nextInt(6) == 0
                                ? separators.charAt(r.nextInt(separators.length()))
                                : chars.charAt(r.nextInt(chars.length())));
            }
            return out.toString();
        }
    }
}
