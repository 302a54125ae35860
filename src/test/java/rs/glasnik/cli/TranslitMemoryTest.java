package rs.glasnik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glasnik translit} on files far larger than the memory Java is given, in a JVM of its own
 * started with a small {@code -Xmx}: plain text and Word documents are streamed, so they convert;
 * held whole in memory they would end in an OutOfMemoryError.
 */
class TranslitMemoryTest {
    @TempDir Path dir;

    @Test
    void aTextFileLargerThanTheHeapIsStreamed() throws Exception {
        Path in = dir.resolve("vest.txt");
        String line = "Министарство одбране: ЉУБИША И ЊЕГОШ у Џепу, ред ";
        int lines = 600_000;
        try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines; i++) {
                w.write(line + i + "\n");
            }
        }
        assertTrue(Files.size(in) > 48_000_000, "larger than the heap: " + Files.size(in));
        Path out = dir.resolve("vest-lat.txt");
        Result run =
                glasnik(
                        "-Xmx32m",
                        "translit",
                        "--to",
                        "latin",
                        in.toString(),
                        "-o",
                        out.toString());
        assertEquals(0, run.code, run.err);
        assertEquals("wrote " + out + "\n", run.err);
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines; i++) {
                assertEquals(
                        "Ministarstvo odbrane: LJUBIŠA I NJEGOŠ u Džepu, red " + i, r.readLine());
            }
            assertEquals(null, r.readLine());
        }
    }

    @Test
    void aWordDocumentLargerThanTheHeapIsStreamed() throws Exception {
        Path in = dir.resolve("izvestaj.docx");
        int paragraphs = 100_000;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(in))) {
            BareDocx.openBody(zip);
            Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (int i = 0; i < paragraphs; i++) {
                w.write(
                        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space='preserve'>Љу</w:t></w:r>"
                                + "<w:r><w:t>биша Његош у Џепу, пасус "
                                + i
                                + ", Министарство одбране Републике Србије</w:t></w:r></w:p>");
            }
            w.write("</w:body></w:document>");
            w.flush();
            zip.closeEntry();
        }
        Result run = glasnik("-Xmx32m", "translit", "--to", "latin", in.toString());
        assertEquals(0, run.code, run.err);
        Path out = dir.resolve("izvestaj.sr-Latn.docx");
        assertEquals("wrote " + out + "\n", run.err);
        List<String> texts = new ArrayList<>();
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().equals("word/document.xml")) {
                    continue;
                }
                XMLStreamReader r = XMLInputFactory.newDefaultFactory().createXMLStreamReader(zip);
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT
                            && r.getLocalName().equals("t")) {
                        String text = r.getElementText();
                        count++;
                        if (texts.size() < 4) {
                            texts.add(text);
                        }
                        assertFalse(
                                text.codePoints()
                                        .anyMatch(
                                                c ->
                                                        Character.UnicodeScript.of(c)
                                                                == Character.UnicodeScript
                                                                        .CYRILLIC),
                                text);
                    }
                }
                break; // the reader closes the stream at the end of the document
            }
        }
        assertEquals(2 * paragraphs, count);
        assertEquals(
                List.of(
                        "Lju",
                        "biša Njegoš u Džepu, pasus 0, Ministarstvo odbrane Republike Srbije",
                        "Lju",
                        "biša Njegoš u Džepu, pasus 1, Ministarstvo odbrane Republike Srbije"),
                texts);
    }

    private record Result(int code, String err) {}

    /** Runs glasnik in a new JVM with {@code heap} as its -Xmx. */
    private Result glasnik(String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path err = dir.resolve("stderr.txt");
        Process p =
                new ProcessBuilder(command)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(err.toFile())
                        .start();
        try (OutputStream stdin = p.getOutputStream()) {
            // No input.
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String text;
        try (InputStream in = Files.newInputStream(err)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Result(p.exitValue(), text);
    }
}
