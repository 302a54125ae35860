package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.TestFiles;
import rs.glasnik.model.ReleaseType;

/**
 * The type label is letter-spaced (1 pt at 9 pt, more than the tenth of an em that pdftotext takes
 * for a space between words), yet every type label in every language extracts as the words {@code
 * show} prints, with pdftotext in its default mode (the spacing carries /ActualText) and with
 * PDFBox. Needs pdftotext (poppler-utils).
 */
class LetterSpacedLabelsTest {
    @TempDir Path dir;

    private static final List<String> LANGUAGES = List.of("en", "sr-Cyrl", "sr-Latn");

    @Test
    void everyTypeLabelExtractsAsWordsInEveryLanguage() throws Exception {
        Path examples = TestFiles.copyExamples(dir);
        Path release = examples.resolve("releases/djordjevic-chepurin/release.yaml");
        String yaml = Files.readString(release, StandardCharsets.UTF_8);
        assertTrue(yaml.contains("\ntype: press-release\n"));
        int checked = 0;
        for (ReleaseType type : ReleaseType.values()) {
            Files.writeString(
                    release,
                    yaml.replace("\ntype: press-release\n", "\ntype: " + type.key() + "\n"),
                    StandardCharsets.UTF_8);
            Path out = dir.resolve("out-" + type.key());
            TestFiles.Run render =
                    TestFiles.glasnik(
                            "render",
                            "djordjevic-chepurin",
                            "--workspace",
                            examples.toString(),
                            "--lang",
                            String.join(",", LANGUAGES),
                            "--format",
                            "pdf",
                            "-o",
                            out.toString());
            assertEquals(0, render.code(), render.toString());
            for (String language : LANGUAGES) {
                String label = typeLabel(examples, language);
                Path pdf = out.resolve("djordjevic-chepurin." + language + ".pdf");
                List<String> poppler = pdftotext(pdf).lines().map(String::strip).toList();
                assertTrue(
                        poppler.contains(label),
                        type
                                + " "
                                + language
                                + ": pdftotext has no line \""
                                + label
                                + "\":\n"
                                + String.join("\n", poppler.subList(0, 10)));
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setEndPage(1);
                    List<String> pdfbox = stripper.getText(doc).lines().map(String::strip).toList();
                    assertTrue(
                            pdfbox.contains(label),
                            type + " " + language + ": PDFBox has no line \"" + label + "\"");
                }
                checked++;
            }
        }
        assertEquals(ReleaseType.values().length * LANGUAGES.size(), checked);
    }

    /** The type label as {@code show} prints it: the line after the letterhead's rule. */
    private static String typeLabel(Path examples, String language) {
        TestFiles.Run show =
                TestFiles.glasnik(
                        "show",
                        "djordjevic-chepurin",
                        "--workspace",
                        examples.toString(),
                        "--lang",
                        language);
        assertEquals(0, show.code(), show.toString());
        for (String line : show.out().lines().toList()) {
            String s = line.strip();
            if (!s.isEmpty()
                    && s.equals(s.toUpperCase(java.util.Locale.ROOT))
                    && s.chars().anyMatch(Character::isLetter)
                    && !s.contains("://")) {
                return s;
            }
        }
        throw new AssertionError("no type label in\n" + show.out());
    }

    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p =
                new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                        .redirectErrorStream(true)
                        .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "pdftotext timed out");
        assertEquals(0, p.exitValue(), text);
        return text;
    }
}
