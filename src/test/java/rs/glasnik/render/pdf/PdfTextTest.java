package rs.glasnik.render.pdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Template;
import rs.glasnik.render.pdf.typeset.Typesetter;
import rs.glasnik.render.text.PlainTextRenderer;

/**
 * Every example in every locale as PDF, read back with PDFBox: the text on the pages is exactly the
 * text of {@code glasnik show} (the oracle), with only line breaks, page furniture and the soft
 * hyphens of divided words between them; and a readable dump (metadata, fonts, outline, the text of
 * every page line by line) is compared with {@code src/test/resources/golden/pdf/<id>.<lang>.txt}.
 * A missing golden file is written and the test fails until it has been reviewed; {@code
 * -Dglasnik.golden.update=true} rewrites them all.
 */
class PdfTextTest {

    static final Path EXAMPLES = Path.of("examples");

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "pdf");

    /** The PDF of an example, rendered as {@code glasnik render} does. */
    static byte[] render(String id, LocaleTag locale, PdfProfile profile) {
        return PdfExamples.render(id, locale, profile);
    }

    static Glasnik.RenderInput input(String id, LocaleTag locale) {
        return PdfExamples.input(id, locale);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rs.glasnik.render.pdf.PdfExamples#examplesAndLocales")
    void theTextIsExactlyTheTextOfShow(String id, LocaleTag locale) throws Exception {
        Glasnik.RenderInput input = input(id, locale);
        byte[] pdf = render(id, locale, PdfProfile.SCREEN);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(
                    normalise(PlainTextRenderer.render(input.document())),
                    normalise(join(body(doc, input.document()))));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rs.glasnik.render.pdf.PdfExamples#examplesAndLocales")
    void noCharacterIsDrawnOutsideTheTextArea(String id, LocaleTag locale) throws Exception {
        Glasnik.RenderInput input = input(id, locale);
        try (PDDocument doc = Loader.loadPDF(render(id, locale, PdfProfile.SCREEN))) {
            assertEquals(List.of(), outside(doc, input.template()));
        }
    }

    /**
     * The text of the pages without their furniture, line by line: the footer of each page and the
     * running head of each but the first are checked and left out.
     */
    static String body(PDDocument doc, Document document) throws IOException {
        List<String> pages = pages(doc);
        StringBuilder body = new StringBuilder();
        for (int n = 0; n < pages.size(); n++) {
            List<String> lines = new ArrayList<>(List.of(pages.get(n).split("\n")));
            String label =
                    document.pageLabel()
                            .replace("{pages}", Integer.toString(pages.size()))
                            .replace("{page}", Integer.toString(n + 1));
            assertEquals(label, lines.remove(lines.size() - 1), "the footer of page " + (n + 1));
            if (n > 0) {
                assertEquals(
                        document.info().author(),
                        lines.remove(lines.size() - 1),
                        "the running head of page " + (n + 1));
            }
            body.append(String.join("\n", lines)).append('\n');
        }
        return body.toString();
    }

    /**
     * Asserts that the text of the pages ({@link #body}) is {@code show}'s, where a line break
     * stands for a space or, in a word too wide for a line, for nothing; apart from that, only
     * whitespace and soft hyphens at the ends of lines may differ. Both are compared in NFC.
     */
    static void assertSameTextApartFromLineBreaks(String show, String pages) {
        String expected = Normalizer.normalize(normalise(show), Normalizer.Form.NFC);
        String actual =
                Normalizer.normalize(
                        // A line break after a hyphen stands for a space (a word that ends in
                        // one) or for nothing (a compound divided after its hyphen), as any
                        // line break does below; only soft hyphens go.
                        pages.replace("\u00AD\n", "")
                                .replaceAll("[\\s\u00A0\u202F]*\n[\\s\u00A0\u202F]*", "\n")
                                .replaceAll("[ \\t\u00A0\u202F]+", " ")
                                .strip(),
                        Normalizer.Form.NFC);
        int j = 0;
        for (int i = 0; i < actual.length(); i++) {
            char c = actual.charAt(i);
            if (c == '\n') {
                if (j < expected.length() && expected.charAt(j) == ' ') {
                    j++;
                }
                continue;
            }
            if (j >= expected.length() || expected.charAt(j) != c) {
                fail(
                        "the PDF's text differs from show's at "
                                + j
                                + ":\n  show: "
                                + around(expected, j)
                                + "\n  PDF:  "
                                + around(actual, i).replace("\n", "⏎"));
            }
            j++;
        }
        assertEquals(expected.length(), j, "the PDF's text ends early: " + around(expected, j));
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
    }

    /**
     * The characters drawn outside the text area, left or right, each with its page and place: the
     * template's margins are the text area, for the running head and the footer too.
     */
    static List<String> outside(PDDocument doc, Template template) throws IOException {
        float mm = Typesetter.PT_PER_MM;
        float left = (float) template.page().left() * mm;
        float right = (float) template.page().right() * mm;
        List<String> out = new ArrayList<>();
        PDFTextStripper stripper =
                new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        float width = getCurrentPage().getMediaBox().getWidth();
                        float x = text.getXDirAdj();
                        float end = x + text.getWidthDirAdj();
                        if ((x < left - 0.5f || end > width - right + 0.5f) && out.size() < 10) {
                            out.add(
                                    "page "
                                            + getCurrentPageNo()
                                            + " '"
                                            + text.getUnicode()
                                            + "' from "
                                            + x
                                            + " to "
                                            + end
                                            + ", the text area is "
                                            + left
                                            + " to "
                                            + (width - right));
                        }
                        super.processTextPosition(text);
                    }
                };
        stripper.getText(doc);
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rs.glasnik.render.pdf.PdfExamples#examplesAndLocales")
    void thePdfMatchesItsGoldenDump(String id, LocaleTag locale) throws Exception {
        byte[] pdf = render(id, locale, PdfProfile.SCREEN);
        String actual;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            actual = dump(doc);
        }
        Path file = GOLDEN.resolve(id + "." + locale.tag() + ".txt");
        boolean update = Boolean.parseBoolean(System.getProperty("glasnik.golden.update", "false"));
        if (Files.exists(file) && Files.readString(file, UTF_8).equals(actual)) {
            return;
        }
        if (update || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, UTF_8);
            if (!update) {
                fail("golden written, review it: " + file);
            }
            return;
        }
        assertEquals(Files.readString(file, UTF_8), actual, "the PDF differs from " + file);
    }

    /** The text of each page in the order it is drawn. */
    static List<String> pages(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setSortByPosition(false);
        for (int n = 1; n <= doc.getNumberOfPages(); n++) {
            stripper.setStartPage(n);
            stripper.setEndPage(n);
            pages.add(stripper.getText(doc).strip());
        }
        return pages;
    }

    /**
     * Lines joined again: a line that ends in a soft hyphen goes on without it; one that ends in
     * the hyphen of a compound (English breaks there) goes on without a space.
     */
    static String join(String text) {
        return text.replace("\u00AD\n", "").replaceAll("(?<=\\p{L})-\n(?=\\p{L})", "-");
    }

    /** Whitespace, which layout decides, as single spaces; the text itself untouched. */
    static String normalise(String text) {
        return text.replaceAll("[\\s\u00A0\u202F]+", " ").strip();
    }

    private static String dump(PDDocument doc) throws IOException {
        StringBuilder out = new StringBuilder();
        PDDocumentInformation info = doc.getDocumentInformation();
        out.append("Title: ").append(info.getTitle()).append('\n');
        out.append("Author: ").append(info.getAuthor()).append('\n');
        out.append("Subject: ").append(info.getSubject()).append('\n');
        out.append("Keywords: ").append(info.getKeywords()).append('\n');
        out.append("Creator: ").append(info.getCreator()).append('\n');
        out.append("Lang: ").append(doc.getDocumentCatalog().getLanguage()).append('\n');
        out.append("Pages: ").append(doc.getNumberOfPages()).append('\n');
        out.append("Outline:\n");
        outline(doc.getDocumentCatalog().getDocumentOutline().children(), "  ", out);
        out.append("Fonts:\n");
        List<String> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                String line =
                        font.getName().replaceFirst("^[A-Z]{6}\\+", "")
                                + (font.isEmbedded() ? " embedded" : " NOT EMBEDDED");
                if (!fonts.contains(line)) {
                    fonts.add(line);
                }
            }
        }
        fonts.stream().sorted().forEach(f -> out.append("  ").append(f).append('\n'));
        List<String> pages = pages(doc);
        for (int n = 0; n < pages.size(); n++) {
            out.append("\n=== page ").append(n + 1).append(" ===\n");
            out.append(pages.get(n).replace("\u00AD", "<shy>").replace("\u00A0", "⍽")).append('\n');
        }
        return out.toString();
    }

    private static void outline(Iterable<PDOutlineItem> items, String indent, StringBuilder out) {
        for (PDOutlineItem item : items) {
            out.append(indent).append(item.getTitle()).append('\n');
            outline(item.children(), indent + "  ", out);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rs.glasnik.render.pdf.PdfExamples#examplesAndLocales")
    void everyFontIsEmbeddedAndTheCatalogNamesTheLanguage(String id, LocaleTag locale)
            throws Exception {
        Glasnik.RenderInput input = input(id, locale);
        try (PDDocument doc = Loader.loadPDF(render(id, locale, PdfProfile.SCREEN))) {
            assertEquals(
                    input.document().info().language(), doc.getDocumentCatalog().getLanguage());
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(
                            font.getName().matches("[A-Z]{6}\\+Noto(Serif|Sans).*"),
                            font.getName() + " is a subset");
                }
            }
        }
    }
}
