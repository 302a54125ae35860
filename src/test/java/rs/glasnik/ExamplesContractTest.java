package rs.glasnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.render.Format;
import rs.glasnik.render.Formats;
import rs.glasnik.render.RenderContext;

/**
 * Every example is loaded, checked and shown in every locale, sr-Latn derived, and rendered in
 * every registered format in every locale; adding an example, a locale or a format cannot skip a
 * case.
 */
class ExamplesContractTest {
    /**
     * How the text of each registered format is read back, by a reader that is not the format's own
     * library; a format registered without one fails every case until it has one.
     */
    private static final Map<String, TextReader> READERS =
            Map.of("docx", ExamplesContractTest::docxText, "pdf", ExamplesContractTest::pdfText);

    interface TextReader {
        String text(byte[] file) throws IOException;
    }

    static Stream<Arguments> formatsExamplesAndLocales() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Format format : Formats.all()) {
            examplesAndLocales()
                    .forEach(a -> out.add(Arguments.of(format.id(), a.get()[0], a.get()[1])));
        }
        assertEquals(
                15 * Formats.all().size(), out.size(), "five examples, three locales, each format");
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("formatsExamplesAndLocales")
    void everyFormatRendersEveryExampleInEveryLocaleWithItsTitle(
            String formatId, String id, LocaleTag locale) throws Exception {
        Format format = Formats.byId(formatId).orElseThrow();
        TextReader reader = READERS.get(formatId);
        assertTrue(reader != null, "no text reader for the format " + formatId + " in this test");
        Glasnik.RenderInput input = new Glasnik().renderInput(TestFiles.EXAMPLES, id, locale);
        byte[] file =
                format.render(
                        input.document(),
                        new RenderContext(
                                input.template(),
                                input.assets(),
                                input.created(),
                                format.profiles().isEmpty() ? "screen" : format.profiles().get(0),
                                "glasnik test"));
        String text = squeezed(reader.text(file));
        String title = squeezed(input.document().info().title());
        assertTrue(
                text.contains(title),
                formatId + " " + id + " " + locale + ": the title is not in the text: " + title);
    }

    /** NFC, without white space, soft hyphens and hyphens (where a line may have been broken). */
    private static String squeezed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("[\\s\u00AD\u00A0\u2011-]", "");
    }

    private static String docxText(byte[] file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String pdfText(byte[] file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static Stream<Arguments> examplesAndLocales() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(TestFiles.EXAMPLES.resolve("releases"))) {
            for (Path dir : dirs.sorted().toList()) {
                for (LocaleTag locale : LocaleTag.values()) {
                    out.add(Arguments.of(dir.getFileName().toString(), locale));
                }
            }
        }
        assertEquals(15, out.size(), "five examples in three locales");
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examplesAndLocales")
    void everyExampleShowsInEveryWrittenLocaleInItsOwnScript(String id, LocaleTag locale) {
        TestFiles.Run run =
                TestFiles.glasnik(
                        "show",
                        id,
                        "--lang",
                        locale.tag(),
                        "--workspace",
                        TestFiles.EXAMPLES.toString());
        assertEquals(0, run.code(), run.toString());
        assertEquals("", run.err());
        String text = run.out();
        assertTrue(text.contains("###\n"), text);
        assertTrue(text.indexOf('"') < 0, "a straight quotation mark in " + id + " " + locale);
        if (locale == LocaleTag.EN) {
            assertTrue(text.indexOf('„') < 0, "Serbian quotation marks in English: " + id);
        } else {
            assertTrue(text.indexOf('”') < 0, "English quotation marks in Serbian: " + id);
        }
        assertTrue(
                text.matches("(?s).*, \\d{1,2}\\.?\u00A0\\p{L}+\u00A0\\d{4}\\.?\u00A0–.*")
                        || text.matches("(?s).*, \\p{L}+\u00A0\\d{1,2},\u00A0\\d{4}\u00A0–.*"),
                "no long-form dateline, held together by no-break spaces, in "
                        + id
                        + " "
                        + locale
                        + ":\n"
                        + text);
        Scripts.assertOnlyScript(
                locale != LocaleTag.SR_CYRL
                        ? Character.UnicodeScript.LATIN
                        : Character.UnicodeScript.CYRILLIC,
                text);
    }
}
