package rs.glasnik.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import rs.glasnik.model.Template;

/**
 * The skeleton of every Word document glasnik writes, a release or a pack: POI writes the body,
 * headers, footers, page and properties; the styles, numbering and settings parts are written whole
 * from the template and replace POI's in its output, which also gets fixed entry times and order,
 * so the same input gives the same bytes.
 *
 * <p>{@code byte[] docx = DocxPackage.write(template, "sr-Cyrl-RS", DocxPackage.Kind.RELEASE,
 * properties, created, (doc, numbering) -> new BodyWriter(doc, document, template, assets,
 * numbering).write());}
 */
final class DocxPackage {
    /** Word's paper codes, so a printer picks the right tray. */
    private static final Map<String, Integer> PAPER_CODES = Map.of("A4", 9, "Letter", 1);

    /** The distance of header and footer from the page's edge, in millimetres, at most. */
    private static final double HEADER_DISTANCE_MM = 12;

    /** A single release, or a press pack (its own styles; Word updates its contents on opening). */
    enum Kind {
        RELEASE,
        PACK
    }

    /** What goes into the document: the body, headers and footers, numbering its lists. */
    @FunctionalInterface
    interface Content {
        void write(XWPFDocument doc, ListNumbering numbering) throws DocxFormatException;
    }

    private DocxPackage() {}

    /**
     * The DOCX whose body {@code content} writes, in {@code language}; {@code created} is the
     * creation and modification time of the properties and the zip entries.
     *
     * @throws DocxFormatException when an image of the content cannot be read
     */
    static byte[] write(
            Template template,
            String language,
            Kind kind,
            CoreProperties properties,
            Instant created,
            Content content)
            throws DocxFormatException {
        ListNumbering numbering = new ListNumbering();
        byte[] written;
        try (XWPFDocument doc = new XWPFDocument()) {
            // Placeholders: their content is written whole below, after POI has saved.
            doc.createStyles();
            doc.createNumbering();
            FontTablePart.add(doc, template);
            content.write(doc, numbering);
            page(doc, template.page());
            properties.writeTo(doc.getProperties(), created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            written = out.toByteArray();
        } catch (IOException e) {
            if (e instanceof DocxFormatException d) {
                throw d;
            }
            throw new UncheckedIOException("writing a Word document in memory", e);
        }
        // POI owns styles, numbering and settings and would rewrite any content given to it; so
        // they are replaced in its output, which is also given fixed entry times and order.
        StylesPart styles = new StylesPart(template, language);
        return ReproducibleZip.rewrite(
                written,
                created,
                Map.of(
                        "word/styles.xml",
                        kind == Kind.PACK ? styles.pack() : styles.release(),
                        "word/numbering.xml",
                        new NumberingPart(template).xml(numbering.ordered()),
                        "word/settings.xml",
                        SettingsPart.xml(language, kind == Kind.PACK)));
    }

    /** The page's size, paper code and margins, and the distance of header and footer. */
    static void page(XWPFDocument doc, Template.Page page) {
        CTSectPr section =
                doc.getDocument().getBody().isSetSectPr()
                        ? doc.getDocument().getBody().getSectPr()
                        : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(WordXml.twipsOfMm(page.width())));
        size.setH(BigInteger.valueOf(WordXml.twipsOfMm(page.height())));
        Integer code = PAPER_CODES.get(page.size());
        if (code != null) {
            size.setCode(BigInteger.valueOf(code));
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(WordXml.twipsOfMm(page.top())));
        margins.setBottom(BigInteger.valueOf(WordXml.twipsOfMm(page.bottom())));
        margins.setLeft(BigInteger.valueOf(WordXml.twipsOfMm(page.left())));
        margins.setRight(BigInteger.valueOf(WordXml.twipsOfMm(page.right())));
        margins.setHeader(
                BigInteger.valueOf(
                        WordXml.twipsOfMm(Math.min(HEADER_DISTANCE_MM, page.top() / 2))));
        margins.setFooter(
                BigInteger.valueOf(
                        WordXml.twipsOfMm(Math.min(HEADER_DISTANCE_MM, page.bottom() / 2))));
        margins.setGutter(BigInteger.ZERO);
    }
}
