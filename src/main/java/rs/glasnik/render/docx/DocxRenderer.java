package rs.glasnik.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
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
    private static final String FONT_TABLE = "/word/fontTable.xml";

    /** Word's paper codes, so a printer picks the right tray. */
    private static final Map<String, Integer> PAPER_CODES = Map.of("A4", 9, "Letter", 1);

    /** The distance of header and footer from the page's edge, in millimetres, at most. */
    private static final double HEADER_DISTANCE_MM = 12;

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
        String language = document.info().language();
        WordParts parts = new WordParts(template, language);
        ListNumbering numbering = new ListNumbering();
        byte[] written;
        try (XWPFDocument doc = new XWPFDocument()) {
            // Placeholders: their content is written whole below, after POI has saved.
            doc.createStyles();
            doc.createNumbering();
            fontTable(doc, parts.fontTable());
            new BodyWriter(doc, document, template, assets, numbering).write();
            headersAndFooters(doc, document);
            page(doc, template.page());
            properties(doc.getProperties(), document.info(), created);
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
        return ReproducibleZip.rewrite(
                written,
                created,
                Map.of(
                        "word/styles.xml", parts.styles(),
                        "word/numbering.xml", parts.numbering(numbering.ordered()),
                        "word/settings.xml", parts.settings()));
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
            page(doc, new Template.Page("A4", 210, 297, 20, 20, 20, 20));
            doc.getProperties().getCoreProperties().setTitle("glasnik");
            doc.write(new ByteArrayOutputStream());
        } catch (IOException | RuntimeException e) {
            // Only a warm-up: the real document reports its own errors.
        }
    }

    /** Millimetres in twentieths of a point, the unit of Word's page and paragraph measures. */
    static int twipsOfMm(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    // ---- parts

    static void fontTable(XWPFDocument doc, byte[] xml) {
        try {
            PackagePartName name = PackagingURIHelper.createPartName(FONT_TABLE);
            PackagePart part =
                    doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml);
            }
            doc.getPackagePart()
                    .addRelationship(
                            name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("adding the font table", e);
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
        styled(doc.createHeader(HeaderFooterType.FIRST), WordStyle.HEADER);
        XWPFParagraph header = styled(doc.createHeader(HeaderFooterType.DEFAULT), WordStyle.HEADER);
        text(header, organisation, language);
        for (HeaderFooterType type :
                new HeaderFooterType[] {HeaderFooterType.FIRST, HeaderFooterType.DEFAULT}) {
            pageLabel(
                    styled(doc.createFooter(type), WordStyle.FOOTER),
                    document.pageLabel(),
                    language);
        }
    }

    static XWPFParagraph styled(XWPFHeaderFooter part, WordStyle style) {
        XWPFParagraph p =
                part.getParagraphs().isEmpty()
                        ? part.createParagraph()
                        : part.getParagraphs().get(0);
        p.setStyle(style.id());
        return p;
    }

    /** "Page {page} of {pages}": the text between the placeholders, and fields for them. */
    static void pageLabel(XWPFParagraph p, String pattern, String language) {
        int at = 0;
        while (at < pattern.length()) {
            int page = pattern.indexOf("{page}", at);
            int pages = pattern.indexOf("{pages}", at);
            int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
            if (next < 0) {
                text(p, pattern.substring(at), language);
                break;
            }
            text(p, pattern.substring(at, next), language);
            boolean total = next == pages;
            field(p, total ? "NUMPAGES" : "PAGE", language);
            at = next + (total ? "{pages}" : "{page}").length();
        }
    }

    static void text(XWPFParagraph p, String text, String language) {
        if (!text.isEmpty()) {
            XWPFRun run = p.createRun();
            run.setLang(language);
            run.setText(text);
        }
    }

    /** A field as Word writes it: begin, instruction, separator, the last result, end. */
    private static void field(XWPFParagraph p, String instruction, String language) {
        fieldRun(p, language).addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText code = fieldRun(p, language).addNewInstrText();
        code.setStringValue(" " + instruction + " ");
        code.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        fieldRun(p, language).addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        fieldRun(p, language).addNewT().setStringValue("1");
        fieldRun(p, language).addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static CTR fieldRun(XWPFParagraph p, String language) {
        XWPFRun run = p.createRun();
        run.setLang(language);
        return run.getCTR();
    }

    static void page(XWPFDocument doc, Template.Page page) {
        CTSectPr section =
                doc.getDocument().getBody().isSetSectPr()
                        ? doc.getDocument().getBody().getSectPr()
                        : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twipsOfMm(page.width())));
        size.setH(BigInteger.valueOf(twipsOfMm(page.height())));
        Integer code = PAPER_CODES.get(page.size());
        if (code != null) {
            size.setCode(BigInteger.valueOf(code));
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twipsOfMm(page.top())));
        margins.setBottom(BigInteger.valueOf(twipsOfMm(page.bottom())));
        margins.setLeft(BigInteger.valueOf(twipsOfMm(page.left())));
        margins.setRight(BigInteger.valueOf(twipsOfMm(page.right())));
        margins.setHeader(
                BigInteger.valueOf(twipsOfMm(Math.min(HEADER_DISTANCE_MM, page.top() / 2))));
        margins.setFooter(
                BigInteger.valueOf(twipsOfMm(Math.min(HEADER_DISTANCE_MM, page.bottom() / 2))));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void properties(
            POIXMLProperties properties, Document.Info info, Instant created) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(info.title());
        core.setSubjectProperty(info.subject());
        core.setCreator(info.author());
        if (!info.keywords().isEmpty()) {
            core.setKeywords(String.join(", ", info.keywords()));
        }
        core.getUnderlyingProperties().setLanguageProperty(info.language());
        Date time = Date.from(created.truncatedTo(ChronoUnit.SECONDS));
        core.setCreated(Optional.of(time));
        core.setModified(Optional.of(time));
        properties.getExtendedProperties().setApplication("glasnik");
    }
}
