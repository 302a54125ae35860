package rs.glasnik.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.TestFiles;

/**
 * Every rendered example, in every locale, opens in LibreOffice and converts to PDF, and the PDF's
 * text (pdftotext) holds all of the {@code show} text. Needs soffice and pdftotext ({@code bash
 * .ci/run} installs them).
 */
class DocxInLibreOfficeTest {
    @TempDir Path dir;

    static String run(Path cwd, String... command) throws IOException, InterruptedException {
        Process p =
                new ProcessBuilder(command)
                        .directory(cwd.toFile())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        return out;
    }

    /** Letters and digits only: hyphenation, line breaks and bullets do not matter here. */
    static String letters(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The text of the pages without their running header (from page 2) and footer (the page label),
     * which pdftotext prints where the pages break, in the middle of a paragraph.
     */
    static String bodyText(String pdfText) {
        StringBuilder out = new StringBuilder();
        String[] pages = pdfText.split("\f");
        for (int p = 0; p < pages.length; p++) {
            List<String> lines = new ArrayList<>(List.of(pages[p].split("\n")));
            lines.removeIf(String::isBlank);
            if (lines.isEmpty()) {
                continue;
            }
            // The footer; pdftotext may run it on from a last line set to the full width.
            String last = lines.remove(lines.size() - 1);
            String rest = last.replaceFirst("(Страна|Strana|Page) \\d+ (од|od|of) \\d+$", "");
            if (!rest.equals(last) && !rest.isBlank()) {
                lines.add(rest);
            }
            if (p > 0 && !lines.isEmpty()) {
                lines.remove(0); // the running header
            }
            out.append(String.join("\n", lines)).append('\n');
        }
        return out.toString();
    }

    @Test
    void everyExampleConvertsAndKeepsItsText() throws Exception {
        Path docs = dir.resolve("out");
        List<String> ids = new ArrayList<>();
        try (Stream<Path> releases = Files.list(TestFiles.EXAMPLES.resolve("releases"))) {
            releases.forEach(r -> ids.add(r.getFileName().toString()));
        }
        TestFiles.Run render =
                TestFiles.glasnik(
                        "render",
                        "--format",
                        "docx",
                        "--workspace",
                        TestFiles.EXAMPLES.toString(),
                        "-o",
                        docs.toString(),
                        "--format",
                        "docx");
        assertEquals(0, render.code(), render.toString());

        List<String> command =
                new ArrayList<>(
                        List.of(
                                "soffice",
                                "-env:UserInstallation=file://" + dir.resolve("profile"),
                                "--headless",
                                "--convert-to",
                                "pdf",
                                "--outdir",
                                dir.resolve("pdf").toString()));
        try (Stream<Path> files = Files.list(docs)) {
            files.sorted().forEach(f -> command.add(f.toString()));
        }
        assertEquals(ids.size() * 3, command.size() - 7);
        run(dir, command.toArray(new String[0]));

        for (String id : ids) {
            for (String lang : List.of("sr-Cyrl", "sr-Latn", "en")) {
                Path pdf = dir.resolve("pdf").resolve(id + "." + lang + ".pdf");
                assertTrue(Files.isRegularFile(pdf), "LibreOffice made no " + pdf);
                String text = run(dir, "pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
                String show =
                        TestFiles.glasnik(
                                        "show",
                                        id,
                                        "--lang",
                                        lang,
                                        "--workspace",
                                        TestFiles.EXAMPLES.toString())
                                .out();
                String want = letters(show);
                String got = letters(bodyText(text));
                for (String line : show.split("\n")) {
                    String l = letters(line);
                    assertTrue(
                            got.contains(l), id + " " + lang + ": the PDF lacks \"" + line + "\"");
                }
                assertTrue(got.length() >= want.length(), id + " " + lang);
            }
        }
    }
}
