package rs.glasnik;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import rs.glasnik.model.LocaleTag;

/**
 * Releases whose text is wider or deeper than a page: a word of 5000 letters, addresses of 2000
 * characters, a title of 5000 characters, lists and quotations nested 50 deep. Each is written in
 * English and Serbian Cyrillic into a copy of the example workspace, from a fixed seed.
 */
public final class WideReleases {
    /** The ids of the releases {@link #write} adds. */
    public static final List<String> IDS =
            List.of(
                    "long-word",
                    "long-capitals",
                    "long-address",
                    "long-title",
                    "long-title-word",
                    "deep-list",
                    "deep-quote",
                    "long-numbers",
                    "nested-markers");

    private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
    private static final String CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш";

    private WideReleases() {}

    /** A copy of the example workspace in {@code dir} with the releases of {@link #IDS} added. */
    public static Path workspace(Path dir) {
        Path workspace = TestFiles.copyExamples(dir);
        write(workspace);
        return workspace;
    }

    /** Each release of {@link #IDS} in each locale, as arguments (id, locale) of a test. */
    public static Stream<Arguments> releasesAndLocales() {
        List<Arguments> out = new ArrayList<>();
        for (String id : IDS) {
            for (LocaleTag locale : LocaleTag.values()) {
                out.add(Arguments.of(id, locale));
            }
        }
        return out.stream();
    }

    /** Adds the releases of {@link #IDS} to the workspace {@code workspace}. */
    public static void write(Path workspace) {
        Random random = new Random(11);
        String url = address("https://example.com/", random, 2000, "/.-?&=", LATIN + "0123456789");
        String bare = address("https://example.org/", random, 1500, "", LATIN + "0123456789");
        String mail = address("", random, 300, "", LATIN) + "@example.com";
        write(
                workspace,
                "long-word",
                "A long word",
                // The patterns divide random letters at many places, repeated ones at none.
                "Before " + word(random, LATIN, 5000) + " and " + "x".repeat(5000) + " after.",
                "Дуга реч",
                "Пре " + word(random, CYRILLIC, 5000) + " и " + "ж".repeat(5000) + " после.");
        write(
                workspace,
                "long-capitals",
                "Capitals",
                "See " + "X".repeat(5000) + ".\n\n## " + "Y".repeat(3000),
                "Капитали",
                "Види " + "Ж".repeat(5000) + ".\n\n## " + "Ш".repeat(3000));
        String links =
                "<" + url + "> and " + url + " and [the page](" + url + ") and <" + bare + ">";
        write(
                workspace,
                "long-address",
                "Addresses",
                "See " + links + " or write to <" + mail + ">.",
                "Адресе",
                "Види " + links + " или пишите на <" + mail + ">.");
        write(
                workspace,
                "long-title",
                words(random, LATIN, 5000),
                "Body.",
                words(random, CYRILLIC, 5000),
                "Текст.",
                word(random, LATIN, 3000),
                word(random, CYRILLIC, 3000));
        write(
                workspace,
                "long-title-word",
                word(random, LATIN, 5000),
                "Body.",
                word(random, CYRILLIC, 5000),
                "Текст.");
        write(
                workspace,
                "deep-list",
                "A deep list",
                "Levels:\n\n" + list(50, "level %d of a list nested fifty deep, with words"),
                "Дубока листа",
                "Нивои:\n\n" + list(50, "ниво %d листе угнеждене педесет пута, с речима"));
        // Ordered lists whose numbers are wider than the room a marker has: 2026. and 123456789.
        write(
                workspace,
                "long-numbers",
                "Long numbers",
                "Years:\n\n2026. Belgrade and the army.\n2027. Morava.\n\nThen:\n\n"
                        + "123456789. Nine digits, the most CommonMark allows.\n"
                        + "           999999999. Nested.",
                "Дуги бројеви",
                "Године:\n\n2026. Ћуприја и болница.\n2027. Морава.\n\nЗатим:\n\n"
                        + "123456789. Девет цифара, колико CommonMark допушта.\n"
                        + "           999999999. Угнеждено.");
        // Items whose first block is not a paragraph: each item's number stays on the page.
        write(
                workspace,
                "nested-markers",
                "Nested markers",
                "1. 2. Inner text of a first item.\n3. - A bullet in a number.\n"
                        + "4. > Quoted first.\n5. 7. 9. Three numbers deep.\n"
                        + "6. ## A heading in an item\n\n- 1. A number in a bullet.",
                "Угнеждене ознаке",
                "1. 2. Унутрашњи текст прве ставке.\n3. - Ознака у броју.\n"
                        + "4. > Цитат на почетку.\n5. 7. 9. Три броја у дубину.\n"
                        + "6. ## Наслов у ставци\n\n- 1. Број у ознаци.");
        write(
                workspace,
                "deep-quote",
                "A deep quotation",
                ">".repeat(50) + " " + words(random, LATIN, 600),
                "Дубок цитат",
                ">".repeat(50) + " " + words(random, CYRILLIC, 600));
    }

    private static void write(
            Path workspace, String id, String en, String enBody, String sr, String srBody) {
        write(workspace, id, en, enBody, sr, srBody, null, null);
    }

    private static void write(
            Path workspace,
            String id,
            String en,
            String enBody,
            String sr,
            String srBody,
            String enSubtitle,
            String srSubtitle) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("schema: 1\nid: ")
                .append(id)
                .append("\ntype: press-release\nissuer: mod\ndate: 2026-03-02T10:00\n")
                .append("place:\n  en: Belgrade\n  sr-Cyrl: Београд\nstatus: draft\n")
                .append("source: en\nvariants:\n");
        variant(yaml, "en", en, enSubtitle, enBody);
        variant(yaml, "sr-Cyrl", sr, srSubtitle, srBody);
        Path file = workspace.resolve("releases").resolve(id).resolve("release.yaml");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void variant(
            StringBuilder yaml, String tag, String title, String subtitle, String body) {
        yaml.append("  ").append(tag).append(":\n    title: ").append(quoted(title)).append('\n');
        if (subtitle != null) {
            yaml.append("    subtitle: ").append(quoted(subtitle)).append('\n');
        }
        yaml.append("    body: |\n");
        for (String line : body.split("\n", -1)) {
            yaml.append(line.isEmpty() ? "" : "      " + line).append('\n');
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** One word of {@code length} random letters of {@code alphabet}. */
    static String word(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** Words of 2 to 11 letters, {@code length} characters in all, the first capitalised. */
    static String words(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word(random, alphabet, 2 + random.nextInt(10)));
        }
        out.setLength(length);
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString().strip();
    }

    /** An address of {@code length} characters: runs of {@code alphabet} between punctuation. */
    static String address(
            String start, Random random, int length, String punctuation, String alphabet) {
        StringBuilder out = new StringBuilder(start);
        while (out.length() < length) {
            out.append(word(random, alphabet, 3 + random.nextInt(12)));
            if (!punctuation.isEmpty()) {
                out.append(punctuation.charAt(random.nextInt(punctuation.length())));
            }
        }
        out.setLength(length);
        return out.toString().replaceAll("[/.?&=-]+$", "") + "x";
    }

    /** A bullet list nested {@code depth} deep, one item a level. */
    static String list(int depth, String item) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            lines.add("  ".repeat(i) + "- " + String.format(java.util.Locale.ROOT, item, i + 1));
        }
        return String.join("\n", lines) + "\n";
    }
}
