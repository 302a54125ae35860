package rs.glasnik.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import rs.glasnik.model.Document;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;

/**
 * Renders a resolved {@link Document} as a Word document (.docx) laid out by a {@link Template}:
 * named styles that carry every font, size, colour and spacing; the document's language on the
 * style defaults and on every run, with automatic hyphenation; page numbers as fields; core
 * properties; and the same bytes for the same input.
 *
 * <p>{@code byte[] docx = DocxRenderer.render(document, template, new Assets(images, logo),
 * Instant.ofEpochSecond(sourceDateEpoch));}
 */
public final class DocxRenderer {
    private DocxRenderer() {}

    /**
     * The DOCX of one resolved document. {@code created} is the creation and modification time
     * written into the core properties and the zip entries (the caller passes SOURCE_DATE_EPOCH or
     * the release date).
     *
     * @throws DocxFormatException when an image (a figure or the logo) cannot be read
     */
    public static byte[] render(
            Document document, Template template, Assets assets, Instant created)
            throws DocxFormatException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(created, "created");
        Document.Info info = document.info();
        return DocxPackage.write(
                template,
                info.language(),
                DocxPackage.Kind.RELEASE,
                new CoreProperties(
                        info.title(),
                        info.subject(),
                        info.author(),
                        Optional.empty(),
                        info.keywords(),
                        info.language()),
                created,
                (doc, numbering) -> {
                    new BodyWriter(doc, document, template, assets, numbering).write();
                    headersAndFooters(doc, document);
                });
    }

    /**
     * Makes a small Word document and throws it away, so that POI's classes and the schema types of
     * its XML model are loaded and initialised: started on another thread while the caller reads
     * the workspace, it takes the first document's start-up cost (about 0.4 s cold) off the
     * critical path. Never fails.
     */
    public static void warmUp() {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles();
            doc.createNumbering();
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(WordStyle.BODY_TEXT.id());
            XWPFRun run = p.createRun();
            run.setLang("sr-Cyrl-RS");
            run.setText("глас");
            run.setBold(true);
            run.setItalic(true);
            doc.createTable(1, 2).getRow(0).getCell(0).addParagraph();
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("1");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            DocxPackage.page(doc, new Template.Page("A4", 210, 297, 20, 20, 20, 20));
            doc.getProperties().getCoreProperties().setTitle("glasnik");
            doc.write(new ByteArrayOutputStream());
        } catch (IOException | RuntimeException e) {
            // Only a warm-up: the real document reports its own errors.
        }
    }

    /**
     * The letterhead is the first page's head, so the running header (the organisation's name)
     * starts on page 2; every page has the page label in its footer.
     */
    private static void headersAndFooters(XWPFDocument doc, Document document) {
        String language = document.info().language();
        String organisation =
                document.parts().stream()
                        .filter(Document.Letterhead.class::isInstance)
                        .map(p -> ((Document.Letterhead) p).organisation())
                        .findFirst()
                        .orElse(document.info().author());
        HeaderFooterText.styled(doc.createHeader(HeaderFooterType.FIRST), WordStyle.HEADER);
        XWPFParagraph header =
                HeaderFooterText.styled(
                        doc.createHeader(HeaderFooterType.DEFAULT), WordStyle.HEADER);
        HeaderFooterText.text(header, organisation, language);
        for (HeaderFooterType type :
                new HeaderFooterType[] {HeaderFooterType.FIRST, HeaderFooterType.DEFAULT}) {
            HeaderFooterText.pageLabel(
                    HeaderFooterText.styled(doc.createFooter(type), WordStyle.FOOTER),
                    document.pageLabel(),
                    language);
        }
    }
}
