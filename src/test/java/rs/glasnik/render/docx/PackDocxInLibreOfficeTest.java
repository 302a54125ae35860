package rs.glasnik.render.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.model.Document;
import rs.glasnik.model.Pack;

/**
 * The parallel and the sequential pack open in LibreOffice and convert to PDF, and the PDF's text
 * (pdftotext) holds the title of every release in both languages. Needs soffice and pdftotext. With
 * {@code -Dglasnik.pack.pdf=DIR} the PDFs are kept in DIR, to look at.
 */
class PackDocxInLibreOfficeTest {
    @TempDir Path dir;

    @Test
    void bothPacksConvertAndShowEveryTitleInBothLanguages() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docx"));
        for (Pack.Layout layout : Pack.Layout.values()) {
            PackExamples.Example example = PackDocxRendererTest.example(layout);
            Files.write(
                    docs.resolve(example.pack().id() + ".docx"),
                    PackDocxRendererTest.render(example));
        }
        Path pdfs = dir.resolve("pdf");
        DocxInLibreOfficeTest.run(
                dir,
                "soffice",
                "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                pdfs.toString(),
                docs.resolve("december-parallel.docx").toString(),
                docs.resolve("december-sequential.docx").toString());
        Optional<Path> keep =
                Optional.ofNullable(System.getProperty("glasnik.pack.pdf")).map(Path::of);
        for (Pack.Layout layout : Pack.Layout.values()) {
            PackExamples.Example example = PackDocxRendererTest.example(layout);
            Path pdf = pdfs.resolve(example.pack().id() + ".pdf");
            assertTrue(Files.isRegularFile(pdf), "LibreOffice made no " + pdf);
            if (keep.isPresent()) {
                Files.createDirectories(keep.get());
                Files.copy(
                        pdf,
                        keep.get().resolve(pdf.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            String text =
                    DocxInLibreOfficeTest.letters(
                            DocxInLibreOfficeTest.run(
                                    dir, "pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
            for (Pack.Entry entry : example.pack().entries()) {
                for (Document d : entry.documents()) {
                    String title = PackWriter.title(d);
                    assertTrue(
                            text.contains(DocxInLibreOfficeTest.letters(title)),
                            layout + ": the PDF lacks \"" + title + "\"");
                }
            }
        }
    }
}
