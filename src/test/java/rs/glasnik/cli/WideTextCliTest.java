package rs.glasnik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.TestFiles;
import rs.glasnik.TestFiles.Run;
import rs.glasnik.WideReleases;

/**
 * {@code check} and {@code render} of text too wide or too long for a page: a paragraph over the
 * field-size limit is refused with its file, line and column; lists nested deeper than Word's nine
 * levels get a warning; the releases of {@link WideReleases} render, every character in the PDF.
 */
class WideTextCliTest {
    @TempDir Path dir;
    Path examples;

    @BeforeEach
    void copy() {
        examples = TestFiles.copyExamples(dir);
    }

    private Path release(String id, String title, String body) throws IOException {
        String yaml =
                "schema: 1\nid: "
                        + id
                        + "\ntype: press-release\nissuer: mod\ndate: 2026-03-02T10:00\n"
                        + "place:\n  en: Belgrade\n  sr-Cyrl: Београд\nstatus: draft\n"
                        + "source: en\nvariants:\n  en:\n    title: "
                        + title
                        + "\n    body: |\n      "
                        + body.replace("\n", "\n      ")
                        + "\n";
        Path file = examples.resolve("releases").resolve(id).resolve("release.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aTitleOverTheLimitIsRefusedByCheckAndRenderWithItsPlace() throws IOException {
        Path file = release("huge-title", "x".repeat(100_001), "Body.");
        Run check = TestFiles.glasnik("check", file.toString());
        assertEquals(1, check.code(), check.toString());
        assertTrue(
                check.out()
                        .contains(
                                file
                                        + ":13:12: error: variants.en.title: the title is 100,001"
                                        + " characters long, more than the 100,000 glasnik sets"
                                        + " as one paragraph; shorten it or divide it\n"),
                check.toString());
        Path out = dir.resolve("out");
        Run render =
                TestFiles.glasnik(
                        "render",
                        "huge-title",
                        "--workspace",
                        examples.toString(),
                        "-o",
                        out.toString());
        assertEquals(1, render.code(), render.toString());
        assertTrue(render.err().contains("100,001 characters long"), render.toString());
        assertFalse(render.err().contains("\tat "), "no stack trace: " + render);
        assertFalse(Files.exists(out.resolve("huge-title.en.pdf")));
    }

    @Test
    void aParagraphOfTheBodyOverTheLimitIsRefusedAndOneAtItPasses() throws IOException {
        release("long-paragraph", "Title", "Short.\n\n" + "word ".repeat(20_001).strip());
        Run check = TestFiles.glasnik("check", "--workspace", examples.toString());
        assertEquals(1, check.code(), check.toString());
        assertTrue(
                check.out()
                        .contains(
                                "error: variants.en.body: paragraph 2 of the body is 100,004"
                                        + " characters long"),
                check.toString());
        release("long-paragraph", "Title", "word ".repeat(20_000).strip());
        Run ok = TestFiles.glasnik("check", "--workspace", examples.toString());
        assertEquals(0, ok.code(), ok.toString());
    }

    @Test
    void listsNestedDeeperThanNineLevelsGetAWarning() throws IOException {
        StringBuilder list = new StringBuilder("Levels:\n\n");
        for (int i = 0; i < 12; i++) {
            list.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
        }
        Path file = release("deep", "Deep", list.toString());
        Run check = TestFiles.glasnik("check", file.toString());
        assertEquals(0, check.code(), check.toString());
        assertTrue(
                check.out()
                        .contains(
                                file
                                        + ":14:11: warning: variants.en.body: lists and quotations"
                                        + " are nested 12 deep"),
                check.toString());
    }

    @Test
    void theWideReleasesRenderAsAUserRendersThem() throws IOException {
        WideReleases.write(examples);
        Path out = dir.resolve("out");
        Run render =
                Assertions.assertTimeoutPreemptively(
                        Duration.ofMinutes(3),
                        () ->
                                TestFiles.glasnik(
                                        "render",
                                        "long-word",
                                        "long-address",
                                        "deep-quote",
                                        "--lang",
                                        "en",
                                        "--format",
                                        "pdf",
                                        "--workspace",
                                        examples.toString(),
                                        "-o",
                                        out.toString()));
        assertEquals(0, render.code(), render.toString());
        try (PDDocument doc = Loader.loadPDF(out.resolve("deep-quote.en.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            String text = stripper.getText(doc).replace("\u00AD\n", "").replaceAll("\\s+", " ");
            String show =
                    TestFiles.glasnik(
                                    "show",
                                    "deep-quote",
                                    "--lang",
                                    "en",
                                    "--workspace",
                                    examples.toString())
                            .out();
            String quote =
                    show.lines().map(String::strip).filter(l -> l.length() > 500).findFirst().get();
            assertTrue(
                    text.contains(quote.replaceAll("\\s+", " ")),
                    "the quotation nested fifty deep is on the page, every word of it: " + text);
        }
        for (String id : new String[] {"long-word", "long-address", "deep-quote"}) {
            assertTrue(Files.size(out.resolve(id + ".en.pdf")) > 10_000, id);
        }
    }
}
