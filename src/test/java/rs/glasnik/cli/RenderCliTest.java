package rs.glasnik.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.TestFiles;
import rs.glasnik.TestFiles.Run;

/** {@code glasnik render} as a user runs it. */
class RenderCliTest {
    @TempDir Path dir;
    Path examples;
    Path out;

    @BeforeEach
    void copy() {
        examples = TestFiles.copyExamples(dir);
        out = dir.resolve("out");
    }

    /** {@code glasnik render ARGS --workspace <copy> -o <out>}. */
    Run render(String... args) {
        List<String> all = new ArrayList<>(List.of("render"));
        all.addAll(List.of(args));
        all.addAll(List.of("--workspace", examples.toString(), "-o", out.toString()));
        return TestFiles.glasnik(all.toArray(new String[0]));
    }

    @Test
    void wordAndPdfForEachLanguageAndTheSameBytesAgain() throws IOException {
        Run run = render("djordjevic-chepurin");
        assertEquals(0, run.code(), run.toString());
        StringBuilder expected = new StringBuilder();
        for (String lang : new String[] {"sr-Cyrl", "sr-Latn", "en"}) {
            for (String format : new String[] {"docx", "pdf"}) {
                expected.append("wrote ")
                        .append(out.resolve("djordjevic-chepurin." + lang + "." + format))
                        .append('\n');
            }
        }
        assertEquals(expected.toString(), run.out());
        byte[] first = Files.readAllBytes(out.resolve("djordjevic-chepurin.sr-Latn.docx"));
        byte[] firstPdf = Files.readAllBytes(out.resolve("djordjevic-chepurin.sr-Cyrl.pdf"));
        assertTrue(first.length > 10_000);
        assertTrue(firstPdf.length > 10_000);
        render("djordjevic-chepurin");
        assertArrayEquals(
                first, Files.readAllBytes(out.resolve("djordjevic-chepurin.sr-Latn.docx")));
        assertArrayEquals(
                firstPdf, Files.readAllBytes(out.resolve("djordjevic-chepurin.sr-Cyrl.pdf")));
        try (Stream<Path> left = Files.list(out)) {
            assertTrue(
                    left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                    "no temporary file is left");
        }
    }

    private List<String> left() throws IOException {
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Issue 11: a failed render left the files made before the failure, and said nothing. */
    @Test
    void aRenderThatFailsHalfwayWritesNoFileAtAll() throws IOException {
        Path broken = examples.resolve("releases/donation-cuprija-hospital/release.yaml");
        Files.writeString(
                broken,
                Files.readString(broken, StandardCharsets.UTF_8)
                        .replace("status: published", "status: publishd"),
                StandardCharsets.UTF_8);
        Run run = render("djordjevic-chepurin", "donation-cuprija-hospital");
        assertEquals(1, run.code(), run.toString());
        assertEquals("", run.out(), "no 'wrote' line: nothing was written");
        assertEquals(List.of(), left(), "not the first release's files, and no temporary file");
    }

    @Test
    void aFileThatCannotBeMovedIntoPlaceStopsAllOfThemAndNamesIt() throws IOException {
        Files.createDirectories(out.resolve("djordjevic-chepurin.en.pdf"));
        Files.writeString(out.resolve("djordjevic-chepurin.en.pdf/keep.txt"), "mine");
        Run run = render("djordjevic-chepurin", "--lang", "en");
        assertEquals(1, run.code(), run.toString());
        assertEquals(
                "glasnik: cannot write "
                        + out.resolve("djordjevic-chepurin.en.pdf")
                        + ": it is a folder\n",
                run.err());
        assertEquals(List.of("djordjevic-chepurin.en.pdf"), left(), "the DOCX is not written");
        assertEquals("mine", Files.readString(out.resolve("djordjevic-chepurin.en.pdf/keep.txt")));
    }

    @Test
    void aFormatOrReleaseNamedTwiceIsRenderedOnce() throws IOException {
        Run run =
                render(
                        "djordjevic-chepurin",
                        "djordjevic-chepurin",
                        "--lang",
                        "en",
                        "--format",
                        "docx",
                        "--format",
                        "docx");
        assertEquals(0, run.code(), run.toString());
        assertEquals(List.of("djordjevic-chepurin.en.docx"), left());
    }

    /** Issue 11: temporary files of killed runs (up to 58 MB each) piled up in the folder. */
    @Test
    void theTemporaryFilesOfAKilledRunAreRemovedAndNothingElse() throws IOException {
        Files.createDirectories(out);
        // As an earlier glasnik named them (a random number), and as this one does (a process id
        // that has ended, then the random part); a running process's file and others stay.
        long ended = endedProcess();
        List<String> stale =
                List.of(
                        ".press-pack-2026-12-10.zip.8172635172635172.tmp",
                        ".djordjevic-chepurin.en.pdf." + ended + "-77.tmp");
        String live = ".djordjevic-chepurin.en.docx." + ProcessHandle.current().pid() + "-5.tmp";
        List<String> others = List.of("notes.txt", ".hidden.tmp", "x.pdf.123.tmp", live);
        for (String name : stale) {
            Files.writeString(out.resolve(name), "left over");
        }
        for (String name : others) {
            Files.writeString(out.resolve(name), "keep");
        }
        Run run = render("djordjevic-chepurin", "--lang", "en", "--format", "pdf");
        assertEquals(0, run.code(), run.toString());
        List<String> expected = new ArrayList<>(others);
        expected.add("djordjevic-chepurin.en.pdf");
        assertEquals(expected.stream().sorted().toList(), left());
    }

    /** The id of a process that has ended. */
    static long endedProcess() throws IOException {
        Process p = new ProcessBuilder("true").start();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return p.pid();
    }

    @Test
    void oneLanguageOneFormatAndUnknownFormatsAndProfiles() {
        Run run = render("djordjevic-chepurin", "--lang", "en", "--format", "docx");
        assertEquals(0, run.code(), run.toString());
        assertTrue(Files.isRegularFile(out.resolve("djordjevic-chepurin.en.docx")));
        assertFalse(Files.exists(out.resolve("djordjevic-chepurin.en.pdf")));
        assertFalse(Files.exists(out.resolve("djordjevic-chepurin.sr-Cyrl.docx")));
        Run typo = render("djordjevic-chepurin", "--format", "pfd");
        assertEquals(1, typo.code());
        assertEquals("glasnik: no format 'pfd'; did you mean 'pdf'?\n", typo.err());
        Run profile = render("djordjevic-chepurin", "--pdf-profile", "paper");
        assertEquals(1, profile.code());
        assertEquals(
                "glasnik: no PDF profile 'paper'; the profiles are screen, archive and print\n",
                profile.err());
    }

    @Test
    void aCharacterTheFontsLackStopsTheRenderBeforeAnythingIsWritten() throws IOException {
        Path file = examples.resolve("releases/djordjevic-chepurin/release.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(
                file,
                text.replace(
                        "title: Minister Djordjevic talks to Ambassador Chepurin",
                        "title: Minister Djordjevic talks to Ambassador Chepurin 漢"),
                StandardCharsets.UTF_8);
        Run run = render("djordjevic-chepurin", "--lang", "en");
        assertEquals(1, run.code(), run.toString());
        assertTrue(
                run.err()
                        .startsWith(
                                "glasnik: "
                                        + file
                                        + ":"
                                        + (text.lines()
                                                        .toList()
                                                        .indexOf(
                                                                "    title: Minister Djordjevic"
                                                                        + " talks to Ambassador"
                                                                        + " Chepurin")
                                                + 1)
                                        + ":61: the character '漢' (U+6F22 CJK UNIFIED IDEOGRAPHS 6F22) is not in the font Noto Serif regular"),
                run.err());
        assertFalse(Files.exists(out.resolve("djordjevic-chepurin.en.docx")));
        assertFalse(Files.exists(out.resolve("djordjevic-chepurin.en.pdf")));
        assertEquals(1, run.err().split("\n").length, "one line: " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        Run pdf = render("djordjevic-chepurin", "--lang", "en", "--format", "pdf");
        assertEquals(1, pdf.code(), pdf.toString());
        assertEquals(run.err(), pdf.err());
        assertFalse(Files.exists(out.resolve("djordjevic-chepurin.en.pdf")));
    }

    @Test
    void anUnknownIdIsNamed() {
        Run run = render("djordjevic");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("no release 'djordjevic'"), run.err());
    }

    @Test
    void aReleaseByItsPath() {
        Path folder = examples.resolve("releases/djordjevic-chepurin");
        Run run =
                TestFiles.glasnik(
                        "render",
                        folder.toString(),
                        "--lang",
                        "en",
                        "--workspace",
                        examples.toString(),
                        "-o",
                        out.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(Files.isRegularFile(out.resolve("djordjevic-chepurin.en.docx")));
    }

    @Test
    void noIdRendersEveryReleaseInEveryLanguage() throws IOException {
        Run run = render();
        assertEquals(0, run.code(), run.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(15, files.filter(f -> f.toString().endsWith(".docx")).count());
        }
    }
}
