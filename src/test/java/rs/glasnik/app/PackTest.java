package rs.glasnik.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.TestFiles;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Pack;

/** The pack use case with a fixed time, as SOURCE_DATE_EPOCH gives it. */
class PackTest {
    @TempDir Path dir;

    Requests.Pack request(Path examples, Path out, Optional<Instant> created) {
        return new Requests.Pack(
                examples,
                List.of("djordjevic-chepurin"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(LocaleTag.EN, LocaleTag.SR_LATN, LocaleTag.SR_CYRL),
                Pack.Layout.SEQUENTIAL,
                Optional.of("Ђорђевић и Чепурин"),
                false,
                Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"),
                out,
                "screen",
                created);
    }

    @Test
    void underSourceDateEpochTheZipHasThatTimeAndTheSameBytesTwice() throws Exception {
        Path examples = TestFiles.copyExamples(dir);
        Instant epoch = Instant.parse("2030-01-02T03:04:05Z");
        List<Integer> progress = new ArrayList<>();
        Requests.Written first =
                new Glasnik()
                        .pack(
                                request(examples, dir.resolve("a"), Optional.of(epoch)),
                                new Requests.PackListener() {
                                    @Override
                                    public void progress(int done, int total) {
                                        progress.add(done);
                                        assertEquals(3 * 3 + 2, total);
                                    }
                                });
        assertEquals(
                List.of(
                        dir.resolve("a/djordjevic-i-cepurin.pdf"),
                        dir.resolve("a/djordjevic-i-cepurin.docx"),
                        dir.resolve("a/djordjevic-i-cepurin.zip")),
                first.files());
        assertEquals(12, progress.size());
        assertEquals(11, progress.get(11));
        new Glasnik()
                .pack(
                        request(examples, dir.resolve("b"), Optional.of(epoch)),
                        new Requests.PackListener() {});
        for (String name :
                List.of(
                        "djordjevic-i-cepurin.pdf",
                        "djordjevic-i-cepurin.docx",
                        "djordjevic-i-cepurin.zip")) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)),
                    name);
        }
        List<String> names = new ArrayList<>();
        try (ZipInputStream in =
                new ZipInputStream(
                        new ByteArrayInputStream(
                                Files.readAllBytes(dir.resolve("a/djordjevic-i-cepurin.zip"))),
                        StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2030, 1, 2, 3, 4, 4), e.getTimeLocal(), e.getName());
            }
        }
        assertEquals("djordjevic-i-cepurin/README.en.txt", names.get(0));
        assertEquals(3 + 6 + 3, names.size());
    }

    @Test
    void withoutItTheFilesCarryTheNewestReleasesDate() throws IOException, Failure {
        Path examples = TestFiles.copyExamples(dir);
        new Glasnik()
                .pack(
                        request(examples, dir.resolve("a"), Optional.empty()),
                        new Requests.PackListener() {});
        try (ZipInputStream in =
                new ZipInputStream(
                        Files.newInputStream(dir.resolve("a/djordjevic-i-cepurin.zip")),
                        StandardCharsets.UTF_8)) {
            // 2016-10-13 in Belgrade is 2016-10-12T22:00Z; zip times are even seconds.
            assertEquals(LocalDateTime.of(2016, 10, 12, 22, 0), in.getNextEntry().getTimeLocal());
        }
    }

    @Test
    void thePacksPdfAndDocxSayTheSameAboutThePack() throws Exception {
        Path examples = TestFiles.copyExamples(dir);
        Requests.Written written =
                new Glasnik()
                        .pack(
                                request(examples, dir.resolve("out"), Optional.empty()),
                                new Requests.PackListener() {});
        Path pdf = written.files().get(0);
        Path docx = written.files().get(1);
        try (org.apache.pdfbox.pdmodel.PDDocument p =
                        org.apache.pdfbox.Loader.loadPDF(pdf.toFile());
                org.apache.poi.xwpf.usermodel.XWPFDocument d =
                        new org.apache.poi.xwpf.usermodel.XWPFDocument(
                                Files.newInputStream(docx))) {
            var pdfInfo = p.getDocumentInformation();
            var core = d.getProperties().getCoreProperties();
            assertEquals(core.getTitle(), pdfInfo.getTitle());
            assertEquals(core.getCreator(), pdfInfo.getAuthor());
            assertEquals(core.getSubject(), pdfInfo.getSubject());
            assertEquals(core.getKeywords(), pdfInfo.getKeywords());
            // The releases in words and the date (no embargo at this moment), in the first
            // language; the releases' own keywords, not their ids.
            assertEquals("1 release · 13⍽October⍽2016", TestFiles.visible(pdfInfo.getSubject()));
            org.junit.jupiter.api.Assertions.assertFalse(
                    pdfInfo.getKeywords() == null
                            || pdfInfo.getKeywords().contains("djordjevic-chepurin"),
                    pdfInfo.getKeywords());
        }
    }
}
