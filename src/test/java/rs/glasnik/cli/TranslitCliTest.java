package rs.glasnik.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.TestFiles;
import rs.glasnik.TestFiles.Run;

/** {@code glasnik translit} as a user runs it: standard streams, files, releases. */
class TranslitCliTest {
    @TempDir Path dir;

    @Test
    void standardInputToStandardOutput() {
        Run run =
                TestFiles.glasnikWithInput("ЉУБИША И ЊЕГОШ у Џепу\n", "translit", "--to", "latin");
        assertEquals(0, run.code(), run.toString());
        assertEquals("LJUBIŠA I NJEGOŠ u Džepu\n", run.out());
        assertEquals("", run.err());
        run =
                TestFiles.glasnikWithInput(
                        "Agencija Tanjug, injekcija, XXI vek, www.mod.gov.rs\n",
                        "translit",
                        "--to",
                        "cyrillic");
        assertEquals("Агенција Танјуг, инјекција, XXI век, www.mod.gov.rs\n", run.out());
    }

    @Test
    void oneOutputLineForEachInputLineAndWarningsWithLineNumbers() {
        Run run =
                TestFiles.glasnikWithInput(
                        "први ред\n\nтрећи Cрбија\n", "translit", "--to", "latin");
        assertEquals("prvi red\n\ntreći Srbija\n", run.out());
        assertEquals(
                "<stdin>:3:7: warning: Latin look-alike letters inside a Cyrillic word, read as Cyrillic: Србија\n",
                run.err());
    }

    @Test
    void aFileToAnOutputFile() throws IOException {
        Path in = dir.resolve("saopstenje.txt");
        Files.writeString(in, "Министарство одбране\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("saopstenje-lat.txt");
        Run run =
                TestFiles.glasnik("translit", "--to", "latin", in.toString(), "-o", out.toString());
        assertEquals(0, run.code(), run.toString());
        assertEquals("Ministarstvo odbrane\n", Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("Министарство одбране\n", Files.readString(in, StandardCharsets.UTF_8));
        assertEquals("wrote " + out + "\n", run.err());
    }

    @Test
    void inPlaceKeepsABackup() throws IOException {
        Path in = dir.resolve("tekst.txt");
        Files.writeString(in, "Ministarstvo odbrane\n", StandardCharsets.UTF_8);
        Run run = TestFiles.glasnik("translit", "--to", "cyrillic", "--in-place", in.toString());
        assertEquals(0, run.code(), run.toString());
        assertEquals("Министарство одбране\n", Files.readString(in, StandardCharsets.UTF_8));
        assertEquals(
                "Ministarstvo odbrane\n",
                Files.readString(dir.resolve("tekst.txt.bak"), StandardCharsets.UTF_8));
    }

    @Test
    void theInputIsNeverOverwrittenUnlessAsked() throws IOException {
        Path in = dir.resolve("tekst.txt");
        Files.writeString(in, "Ministarstvo\n", StandardCharsets.UTF_8);
        Run run =
                TestFiles.glasnik(
                        "translit", "--to", "cyrillic", in.toString(), "-o", in.toString());
        assertEquals(1, run.code());
        assertTrue(
                run.err().contains("the output would replace the input; use --in-place"),
                run.err());
        assertEquals("Ministarstvo\n", Files.readString(in, StandardCharsets.UTF_8));
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsLine() throws IOException {
        Path in = dir.resolve("stari.txt");
        Files.write(in, new byte[] {'a', '\n', (byte) 0xC8, (byte) 0xE8, '\n'});
        Run run = TestFiles.glasnik("translit", "--to", "latin", in.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("glasnik: " + in + ":"), run.err());
        assertTrue(run.err().contains("is not UTF-8"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void markdownKeepsCodeAndLinkTargets() throws IOException {
        Path in = dir.resolve("vest.md");
        Files.writeString(
                in,
                "# Наслов\n\nВише на [сајту министарства](https://www.mod.gov.rs/ћир) и `код ћир`.\n\n![Опис](slika.png \"Фото: МО\")\n\n```\nкод\n```\n",
                StandardCharsets.UTF_8);
        Run run = TestFiles.glasnik("translit", "--to", "latin", in.toString());
        assertEquals(0, run.code(), run.toString());
        assertEquals(
                "# Naslov\n\nViše na [sajtu ministarstva](https://www.mod.gov.rs/ћир) i `код ћир`.\n\n![Opis](slika.png \"Foto: MO\")\n\n```\nкод\n```\n",
                run.out());
    }

    @Test
    void aReleaseFileGetsItsLatinVariantWrittenIn() throws IOException {
        Path examples = TestFiles.copyExamples(dir);
        Path file = examples.resolve("releases/military-academy-graduation-2026/release.yaml");
        String before = Files.readString(file, StandardCharsets.UTF_8);
        Run run = TestFiles.glasnik("translit", "--to", "latin", "--in-place", file.toString());
        assertEquals(0, run.code(), run.toString());
        String after = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(
                after.contains(
                        "\n  sr-Latn:\n    title: Svečana promocija najmlađih oficira Vojske Srbije\n"),
                after);
        assertTrue(
                after.startsWith(before.substring(0, before.indexOf("variants:"))),
                "the top of the file is untouched");
        assertTrue(after.contains("  en:\n"), after);
        Run check = TestFiles.glasnik("check", examples.toString());
        assertEquals(0, check.code(), check.toString());
        Run show =
                TestFiles.glasnik(
                        "show",
                        "military-academy-graduation-2026",
                        "--lang",
                        "sr-Latn",
                        "--workspace",
                        examples.toString());
        assertTrue(
                show.out().contains("Svečana promocija najmlađih oficira Vojske Srbije"),
                show.out());

        // Written fields are kept as overrides, and differences reported.
        Files.writeString(
                file,
                after.replace(
                        "title: Svečana promocija najmlađih oficira Vojske Srbije",
                        "title: Svečana promocija oficira"),
                StandardCharsets.UTF_8);
        Run again = TestFiles.glasnik("translit", "--to", "latin", "--in-place", file.toString());
        assertEquals(0, again.code(), again.toString());
        assertTrue(
                Files.readString(file, StandardCharsets.UTF_8)
                        .contains("title: Svečana promocija oficira\n"));
        assertTrue(
                again.err()
                        .contains(
                                "warning: variants.sr-Latn.title: written text kept; it differs from the derived text"),
                again.err());
    }

    @Test
    void aWordDocumentIsWrittenBesideItWithItsLanguage() throws Exception {
        Path in = dir.resolve("izvestaj.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            org.apache.poi.xwpf.usermodel.XWPFParagraph p = doc.createParagraph();
            org.apache.poi.xwpf.usermodel.XWPFRun bold = p.createRun();
            bold.setBold(true);
            bold.setText("Љу");
            org.apache.poi.xwpf.usermodel.XWPFRun rest = p.createRun();
            rest.setText("биша Његош");
            try (java.io.OutputStream out = Files.newOutputStream(in)) {
                doc.write(out);
            }
        }
        Run run = TestFiles.glasnik("translit", "--to", "latin", in.toString());
        assertEquals(0, run.code(), run.toString());
        Path out = dir.resolve("izvestaj.sr-Latn.docx");
        assertEquals("wrote " + out + "\n", run.err());
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out))) {
            org.apache.poi.xwpf.usermodel.XWPFParagraph p = doc.getParagraphs().get(0);
            assertEquals("Ljubiša Njegoš", p.getText());
            assertEquals(2, p.getRuns().size());
            assertEquals("Lju", p.getRuns().get(0).text());
            assertTrue(p.getRuns().get(0).isBold());
            assertEquals("sr-Latn-RS", p.getRuns().get(0).getLang());
        }
        byte[] first = Files.readAllBytes(out);
        TestFiles.glasnik("translit", "--to", "latin", in.toString());
        assertArrayEquals(first, Files.readAllBytes(out), "same input, same bytes");
    }

    @Test
    void workspaceExceptionsAreUsed() throws IOException {
        Path examples = TestFiles.copyExamples(dir);
        Files.writeString(
                examples.resolve("translit-exceptions.txt"),
                "# our words\nkon|jektur\n!Rheinmetall\n",
                StandardCharsets.UTF_8);
        Run run =
                TestFiles.glasnikWithInput(
                        "konjektura\n",
                        "translit",
                        "--to",
                        "cyrillic",
                        "--workspace",
                        examples.toString());
        assertEquals("конјектура\n", run.out());
        Files.writeString(
                examples.resolve("translit-exceptions.txt"),
                "konjektura\n",
                StandardCharsets.UTF_8);
        Run bad =
                TestFiles.glasnikWithInput(
                        "x\n", "translit", "--to", "cyrillic", "--workspace", examples.toString());
        assertEquals(1, bad.code());
        assertTrue(
                bad.err()
                        .startsWith(
                                examples.resolve("translit-exceptions.txt")
                                        + ":1:1: error: 'konjektura' has no '|'"),
                bad.err());
    }
}
