package rs.glasnik.render.pdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rs.glasnik.Allocations;
import rs.glasnik.TestFiles;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.LocaleTag;

/**
 * The work of setting a PDF grows linearly with its text. Work is counted as the bytes the render
 * allocates, which does not depend on how fast or busy the machine is: for a text four times as
 * long it is at most six times as much (it was sixteen times, for a word set on one line, when each
 * character was appended to a copy of the line). Speed itself is measured in {@code bench/}; the
 * timeout here only guards against a hang.
 */
class LinearWorkTest {
    @TempDir static Path dir;

    static Path workspace;

    static final int N = 20_000;

    @BeforeAll
    static void write() throws Exception {
        workspace = TestFiles.copyExamples(dir);
        Random random = new Random(5);
        for (int n : new int[] {N, 4 * N}) {
            StringBuilder words = new StringBuilder();
            while (words.length() < n) {
                words.append(words.length() == 0 ? "" : " ")
                        .append(word(random, 1 + random.nextInt(11)));
            }
            words.setLength(n);
            String address = "https://example.com/" + "abc/def-ghi.jkl?m=n&o=p".repeat(n / 23);
            release("title-word-" + n, "x".repeat(n), "Body.");
            release("title-words-" + n, words.toString().strip(), "Body.");
            release("body-word-" + n, "Title", "X".repeat(n));
            release("body-words-" + n, "Title", words.toString().strip());
            release("body-address-" + n, "Title", "<" + address + ">");
        }
    }

    private static String word(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    private static void release(String id, String title, String body) throws Exception {
        String yaml =
                "schema: 1\nid: "
                        + id
                        + "\ntype: press-release\nissuer: mod\ndate: 2026-03-02T10:00\n"
                        + "place:\n  en: Belgrade\n  sr-Cyrl: Београд\nstatus: draft\n"
                        + "source: en\nvariants:\n  en:\n    title: \""
                        + title
                        + "\"\n    body: |\n      "
                        + body
                        + "\n";
        Path file = workspace.resolve("releases").resolve(id).resolve("release.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
    }

    /** The bytes this thread allocates while it renders release {@code id} as a screen PDF. */
    static long work(String id) throws Exception {
        Glasnik.RenderInput input = new Glasnik().renderInput(workspace, id, LocaleTag.EN);
        return Allocations.bytes(() -> WideTextTest.render(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title-word", "title-words", "body-word", "body-words", "body-address"})
    void fourTimesTheTextIsAtMostSixTimesTheWork(String shape) {
        Allocations.assertLinear(shape, N, n -> work(shape + "-" + n));
    }
}
