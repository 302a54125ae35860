package rs.glasnik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.TestFiles;
import rs.glasnik.TestFiles.Run;

/**
 * A file that cannot be written is named in one line with the cause, as the user asked for it,
 * never by the temporary file it was being written through: {@code glasnik: cannot write
 * out/x.sr-Cyrl.pdf: it is a folder}. A folder in the file's place is the failure a test can make
 * on any system and as root; a full disk goes through the same message (see ReplacementTest).
 */
class CannotWriteTest {
    @TempDir Path dir;

    @Test
    void render() throws IOException {
        Path examples = TestFiles.copyExamples(dir);
        Path out = dir.resolve("out");
        Path pdf = Files.createDirectories(out.resolve("djordjevic-chepurin.sr-Cyrl.pdf/x"));
        Run run =
                TestFiles.glasnik(
                        "render",
                        "djordjevic-chepurin",
                        "--lang",
                        "sr-Cyrl",
                        "--format",
                        "pdf",
                        "--workspace",
                        examples.toString(),
                        "-o",
                        out.toString());
        assertEquals(1, run.code(), run.toString());
        assertEquals("glasnik: cannot write " + pdf.getParent() + ": it is a folder\n", run.err());
        assertNoTemporaryFiles(out);
    }

    @Test
    void pack() throws IOException {
        Path examples = TestFiles.copyExamples(dir);
        Path out = dir.resolve("out");
        Path zip = Files.createDirectories(out.resolve("press-pack-2016-10-13.zip/x")).getParent();
        Run run =
                TestFiles.glasnik(
                        "pack",
                        "djordjevic-chepurin",
                        "--workspace",
                        examples.toString(),
                        "-o",
                        out.toString());
        assertEquals(1, run.code(), run.toString());
        assertTrue(
                run.err().endsWith("glasnik: cannot write " + zip + ": it is a folder\n"),
                run.err());
        assertNoTemporaryFiles(out);
    }

    @Test
    void translit() throws IOException {
        Path in = dir.resolve("izvestaj.docx");
        TranslitCliTest.writeDocx(in, "Љубиша");
        Path target = Files.createDirectories(dir.resolve("izvestaj.sr-Latn.docx"));
        Run run = TestFiles.glasnik("translit", "--to", "latin", in.toString());
        assertEquals(1, run.code(), run.toString());
        assertEquals("glasnik: cannot write " + target + ": it is a folder\n", run.err());
        Path text = dir.resolve("vest.txt");
        Files.writeString(text, "вест\n");
        Run stdin =
                TestFiles.glasnikWithInput(
                        "вест\n", "translit", "--to", "latin", "-o", target.toString());
        assertEquals("glasnik: cannot write " + target + ": it is a folder\n", stdin.err());
        assertNoTemporaryFiles(dir);
    }

    private static void assertNoTemporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            assertEquals(
                    0,
                    files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(),
                    "no temporary file is left");
        }
    }
}
