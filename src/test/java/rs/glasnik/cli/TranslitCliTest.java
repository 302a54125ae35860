package rs.glasnik.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.TestFiles;
import rs.glasnik.TestFiles.Run;

/** {@code glasnik translit} as a user runs it: standard streams, files, releases. */
class TranslitCliTest {
    @TempDir Path dir;

    /** A UTF-8 file {@code name} in the test folder holding {@code content}. */
    Path text(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** {@code glasnik translit --to latin <file>}, which must fail with exit code 1. */
    static Run refused(Path file) {
        Run run = TestFiles.glasnik("translit", "--to", "latin", file.toString());
        assertEquals(1, run.code(), run.toString());
        return run;
    }

    /** {@code glasnik translit --to <script> --in-place <file>}, which must succeed. */
    static Run inPlace(String script, Path file) {
        Run run = TestFiles.glasnik("translit", "--to", script, "--in-place", file.toString());
        assertEquals(0, run.code(), run.toString());
        return run;
    }

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
        Path in = text("saopstenje.txt", "Министарство одбране\n");
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
        Path in = text("tekst.txt", "Ministarstvo odbrane\n");
        Run run = inPlace("cyrillic", in);
        assertEquals("Министарство одбране\n", Files.readString(in, StandardCharsets.UTF_8));
        assertEquals(
                "Ministarstvo odbrane\n",
                Files.readString(dir.resolve("tekst.txt.bak"), StandardCharsets.UTF_8));
    }

    @Test
    void aSecondInPlaceRunKeepsTheFirstBackupAndNumbersTheNext() throws IOException {
        Path in = text("tekst.txt", "Министарство одбране\n");
        Run first = inPlace("latin", in);
        Run second = inPlace("cyrillic", in);
        assertEquals("Министарство одбране\n", read(in));
        assertEquals("Министарство одбране\n", read(dir.resolve("tekst.txt.bak")), "the original");
        assertEquals("Ministarstvo odbrane\n", read(dir.resolve("tekst.txt.1.bak")));
        assertEquals(List.of("tekst.txt", "tekst.txt.1.bak", "tekst.txt.bak"), names(dir));
        assertEquals(
                "replaced " + in + "; kept the original as " + dir.resolve("tekst.txt.bak") + "\n",
                first.err());
        assertEquals(
                "replaced "
                        + in
                        + "; kept the original as "
                        + dir.resolve("tekst.txt.1.bak")
                        + "\n",
                second.err());
    }

    @Test
    void anUnrelatedBackupIsNeverReplacedAndTheNumbersGoOnFromTheHighest() throws IOException {
        Path examples = TestFiles.copyExamples(dir);
        Path file = examples.resolve("releases/military-academy-graduation-2026/release.yaml");
        Path folder = file.getParent();
        String original = read(file);
        Files.writeString(folder.resolve("release.yaml.bak"), "моја копија\n");
        Files.writeString(folder.resolve("release.yaml.7.bak"), "старија копија\n");
        Run run = inPlace("latin", file);
        assertEquals("моја копија\n", read(folder.resolve("release.yaml.bak")));
        assertEquals("старија копија\n", read(folder.resolve("release.yaml.7.bak")));
        assertEquals(original, read(folder.resolve("release.yaml.8.bak")));
        assertTrue(read(file).contains("\n  sr-Latn:\n"));
        assertEquals(
                "replaced "
                        + file
                        + "; kept the original as "
                        + folder.resolve("release.yaml.8.bak")
                        + "\n",
                run.err());
    }

    @Test
    void aWordDocumentInPlaceTwiceKeepsBothVersionsAsWordDocuments() throws Exception {
        Path in = dir.resolve("izvestaj.docx");
        writeDocx(in, "Љубиша Његош");
        Run first = inPlace("latin", in);
        Run second = inPlace("cyrillic", in);
        assertTrue(
                second.err()
                        .endsWith(
                                "kept the original as "
                                        + dir.resolve("izvestaj.docx.1.bak")
                                        + "\n"),
                second.err());
        assertEquals("Љубиша Његош", firstParagraph(in));
        assertEquals("Љубиша Његош", firstParagraph(dir.resolve("izvestaj.docx.bak")));
        assertEquals("Ljubiša Njegoš", firstParagraph(dir.resolve("izvestaj.docx.1.bak")));
    }

    @Test
    void replacingAnExistingDerivedDocumentIsSaid() throws Exception {
        Path in = dir.resolve("izvestaj.docx");
        writeDocx(in, "Љубиша");
        Path out = dir.resolve("izvestaj.sr-Latn.docx");
        Run first = TestFiles.glasnik("translit", "--to", "latin", in.toString());
        assertEquals("wrote " + out + "\n", first.err());
        Run second = TestFiles.glasnik("translit", "--to", "latin", in.toString());
        assertEquals(0, second.code(), second.toString());
        assertEquals("replaced " + out + "\n", second.err());
        Path text = text("a.txt", "а\n");
        Path lat = text("a-lat.txt", "staro\n");
        Run again =
                TestFiles.glasnik(
                        "translit", "--to", "latin", text.toString(), "-o", lat.toString());
        assertEquals("replaced " + lat + "\n", again.err());
        assertEquals("a\n", read(lat));
    }

    @Test
    void aFileThatFailsLeavesEveryFileAsItWas() throws Exception {
        Path good = text("dobar.txt", "Министарство\n");
        Path docx = dir.resolve("izvestaj.docx");
        writeDocx(docx, "Љубиша");
        Path bad = dir.resolve("los.txt");
        Files.write(bad, new byte[] {'a', '\n', (byte) 0xC8, '\n'});
        List<String> before = names(dir);
        byte[] docxBefore = Files.readAllBytes(docx);
        Run run =
                TestFiles.glasnik(
                        "translit",
                        "--to",
                        "latin",
                        "--in-place",
                        good.toString(),
                        docx.toString(),
                        bad.toString());
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.err().startsWith("glasnik: " + bad + ":2:"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("Министарство\n", read(good));
        assertArrayEquals(docxBefore, Files.readAllBytes(docx));
        assertEquals(before, names(dir), "no backup, no temporary file");
    }

    @Test
    void twoFilesForOneTargetAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("vest.txt");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("vest.txt");
        Files.writeString(a, "а\n", StandardCharsets.UTF_8);
        Files.writeString(b, "б\n", StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("out"));
        Run run =
                TestFiles.glasnik(
                        "translit",
                        "--to",
                        "latin",
                        a.toString(),
                        b.toString(),
                        "-o",
                        out.toString());
        assertEquals(1, run.code(), run.toString());
        assertEquals(
                "glasnik: "
                        + a
                        + " and "
                        + b
                        + " would both be written to "
                        + out.resolve("vest.txt")
                        + "\n",
                run.err());
        assertEquals(List.of(), names(out));
    }

    @Test
    void aZipBombIsOneLineAndNoOutput() throws IOException {
        Path bomb = dir.resolve("bomba.docx");
        try (java.util.zip.ZipOutputStream zip =
                new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            BareDocx.openBody(zip);
            byte[] empty = "<w:p/>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50 * 1024 * 1024 / empty.length; i++) {
                zip.write(empty);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(bomb) < 1024 * 1024, "50 MB of XML packs into " + Files.size(bomb));
        long start = System.nanoTime();
        Run run = refused(bomb);
        assertEquals(
                "glasnik: "
                        + bomb
                        + ": the part 'word/document.xml' unpacks to over 100 times its packed size,"
                        + " as no real document does (a zip bomb?)\n",
                run.err());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused at once");
        assertEquals(List.of("bomba.docx"), names(dir));
    }

    @Test
    void zipEntriesThatLeaveTheFolderAreRefusedNotCopied() throws Exception {
        Path in = dir.resolve("izvestaj.docx");
        writeDocx(in, "Љубиша");
        Path evil = dir.resolve("zlo.docx");
        try (java.util.zip.ZipInputStream from =
                        new java.util.zip.ZipInputStream(Files.newInputStream(in));
                java.util.zip.ZipOutputStream to =
                        new java.util.zip.ZipOutputStream(Files.newOutputStream(evil))) {
            for (java.util.zip.ZipEntry e = from.getNextEntry();
                    e != null;
                    e = from.getNextEntry()) {
                to.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                from.transferTo(to);
            }
            to.putNextEntry(new java.util.zip.ZipEntry("../../.bashrc"));
            to.write("rm -rf ~\n".getBytes(StandardCharsets.UTF_8));
        }
        Run run = refused(evil);
        assertEquals(
                "glasnik: "
                        + evil
                        + ": not a Word document (.docx): the zip archive holds an entry named"
                        + " '../../.bashrc', a path that is absolute, goes up with '..' or has a"
                        + " backslash; Word never writes such names\n",
                run.err());
        assertFalse(Files.exists(dir.resolve("zlo.sr-Latn.docx")));
    }

    @Test
    void theInputIsNeverOverwrittenUnlessAsked() throws IOException {
        Path in = text("tekst.txt", "Ministarstvo\n");
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
        Run run = inPlace("latin", file);
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
        Run again = inPlace("latin", file);
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

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The names in a folder, sorted. */
    static List<String> names(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static void writeDocx(Path file, String text) throws IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText(text);
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    static String firstParagraph(Path docx) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(docx);
                org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                        new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            return doc.getParagraphs().get(0).getText();
        }
    }
}
