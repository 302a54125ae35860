package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.TestFiles;
import rs.glasnik.WideReleases;
import rs.glasnik.app.Failure;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.render.text.PlainTextRenderer;

/**
 * Text wider or deeper than the page ({@link WideReleases}: a word of 5000 letters, addresses of
 * 2000 characters, a title of 5000, lists and quotations nested 50 deep) is set inside the text
 * area, every character of it: the PDF's text is {@code show}'s, apart from line breaks, and no
 * character is drawn past the margins.
 */
class WideTextTest {
    @TempDir static Path dir;

    static Path workspace;

    @BeforeAll
    static void write() {
        workspace = WideReleases.workspace(dir);
    }

    static Stream<Arguments> releasesAndLocales() {
        return WideReleases.releasesAndLocales();
    }

    static Glasnik.RenderInput input(String id, LocaleTag locale) throws Failure {
        return new Glasnik().renderInput(workspace, id, locale);
    }

    static byte[] render(Glasnik.RenderInput input) throws PdfFormatException {
        return PdfRenderer.render(
                input.document(),
                new PdfJob(
                        input.template(),
                        input.assets(),
                        input.created(),
                        PdfProfile.SCREEN,
                        PdfExamples.CREATOR));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("releasesAndLocales")
    void everyCharacterIsOnThePageInsideTheMargins(String id, LocaleTag locale) throws Exception {
        Glasnik.RenderInput input = input(id, locale);
        try (PDDocument doc = Loader.loadPDF(render(input))) {
            assertEquals(List.of(), PdfTextTest.outside(doc, input.template()));
            PdfTextTest.assertSameTextApartFromLineBreaks(
                    PlainTextRenderer.render(input.document()),
                    PdfTextTest.body(doc, input.document()));
        }
    }

    @Test
    void aWordTooWideIsHyphenatedWhereThePatternsAllow() throws Exception {
        Glasnik.RenderInput input = input("long-word", LocaleTag.SR_CYRL);
        try (PDDocument doc = Loader.loadPDF(render(input))) {
            String text = PdfTextTest.body(doc, input.document());
            long hyphens = text.lines().filter(l -> l.endsWith("\u00AD")).count();
            assertTrue(hyphens > 30, hyphens + " lines end in a hyphen:\n" + text);
        }
    }

    @Test
    void anAddressBreaksAfterItsPunctuationWithoutAHyphen() throws Exception {
        Glasnik.RenderInput input = input("long-address", LocaleTag.EN);
        try (PDDocument doc = Loader.loadPDF(render(input))) {
            String text = PdfTextTest.body(doc, input.document());
            List<String> lines =
                    text.substring(text.indexOf("See https://"), text.indexOf(" or write to"))
                            .lines()
                            .toList();
            assertTrue(lines.size() > 20, "the addresses run over many lines: " + lines);
            for (String line : lines) {
                assertFalse(line.endsWith("\u00AD"), "no hyphen is added to an address: " + line);
            }
            // Each line of a link links to the whole address.
            List<String> targets = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link
                            && link.getAction() instanceof PDActionURI uri
                            && uri.getURI().contains("example.")) {
                        targets.add(uri.getURI());
                    }
                }
            }
            assertTrue(targets.size() > 20, "links: " + targets.size());
            assertEquals(
                    List.of(),
                    targets.stream().filter(t -> t.length() < 300).toList(),
                    "every link goes to a whole address");
            long atPunctuation = lines.stream().filter(l -> l.matches(".*[/.?&=-]$")).count();
            assertTrue(
                    atPunctuation > 15,
                    "the address breaks after its punctuation: " + String.join("\n", lines));
        }
    }

    @Test
    void aListNestedFiftyDeepKeepsRoomForItsWords() throws Exception {
        Glasnik.RenderInput input = input("deep-list", LocaleTag.EN);
        try (PDDocument doc = Loader.loadPDF(render(input))) {
            String text = PdfTextTest.body(doc, input.document());
            // The indent stops growing at 40% of the line: the deepest item has words to a line.
            assertTrue(
                    text.contains("level 50 of a list nested fifty deep,"),
                    "the deepest item has its words on a line: " + text);
        }
    }

    @Test
    void aRunningHeadTooLongForItsLineIsCutShort() throws Exception {
        Path other = TestFiles.copyExamples(dir.resolve("long-name"));
        Path settings = other.resolve("glasnik.yaml");
        String name = "Ministry of Defence of the Republic of Serbia";
        String longer = (name + " and ").repeat(8) + "Supplyministryofeverything".repeat(10);
        Files.writeString(
                settings,
                Files.readString(settings, StandardCharsets.UTF_8)
                        .replace("en: " + name, "en: " + longer),
                StandardCharsets.UTF_8);
        WideReleases.write(other);
        Glasnik.RenderInput input = new Glasnik().renderInput(other, "long-word", LocaleTag.EN);
        try (PDDocument doc = Loader.loadPDF(render(input))) {
            assertEquals(List.of(), PdfTextTest.outside(doc, input.template()));
            List<String> pages = PdfTextTest.pages(doc);
            assertTrue(pages.size() > 1);
            for (String page : pages.subList(1, pages.size())) {
                List<String> lines = page.lines().toList();
                String head = lines.get(lines.size() - 2);
                assertTrue(head.endsWith("\u2026"), "the running head: " + head);
                assertTrue(longer.startsWith(head.substring(0, head.length() - 1).strip()), head);
            }
        }
    }

    @Test
    void aListNumberWiderThanItsRoomKeepsASpaceBeforeTheText() throws Exception {
        Glasnik.RenderInput input = input("long-numbers", LocaleTag.SR_CYRL);
        try (PDDocument doc = Loader.loadPDF(render(input))) {
            assertEquals(List.of(), PdfTextTest.outside(doc, input.template()));
            String text = PdfTextTest.body(doc, input.document());
            assertTrue(text.contains("2026. Ћуприја"), text);
            assertTrue(text.contains("123456789. Девет"), text);
            assertTrue(text.contains("999999999. Угнеждено"), text);
        }
    }
}
