package rs.glasnik.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import rs.glasnik.model.Document;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;
import rs.glasnik.render.pdf.PdfFonts.Face;

/**
 * Renders a resolved {@link Document} as a PDF laid out by a {@link Template}: justified and
 * hyphenated text set line by line with kerning, no widows or orphans, headings kept with what
 * follows; every font embedded and subset with a ToUnicode map, so the text copies out exactly;
 * title, author, subject, keywords, language, XMP and an outline; the same bytes for the same
 * input.
 *
 * <p>{@code byte[] pdf = PdfRenderer.render(document, template, assets, created, PdfProfile.SCREEN,
 * "glasnik 0.1.0");}
 */
public final class PdfRenderer {
    /** The bleed of the print profile, and the room outside it for crop marks, in millimetres. */
    static final double BLEED_MM = 3;

    static final double SLUG_MM = 12;

    private PdfRenderer() {}

    /**
     * The PDF of one resolved document.
     *
     * @param created the creation and modification time written into the file
     * @param creator the application named as the document's creator
     * @throws PdfFormatException when an image cannot be read
     */
    public static byte[] render(
            Document document,
            Template template,
            Assets assets,
            Instant created,
            PdfProfile profile,
            String creator)
            throws PdfFormatException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(profile, "profile");
        String language = document.info().language();
        String seed = document.info().id() + "/" + language + "/" + profile.id();
        PdfFonts fonts = new PdfFonts(template, language, seed);
        Paragraphs.WordBreaks breaks = Hyphenation.forLanguage(language)::points;
        Typesetter typesetter =
                new Typesetter(
                        document, template, assets, fonts, breaks, profile == PdfProfile.ARCHIVE);
        List<Flow> flow = typesetter.flow();
        Template.Page page = template.page();
        float textHeight = (float) ((page.height() - page.top() - page.bottom()) * mm());
        List<Pages.Page> pages = Pages.paginate(flow, textHeight);
        byte[] pdf = write(document, template, fonts, pages, created, profile, creator);
        return fixedId(pdf, seed);
    }

    private static float mm() {
        return Typesetter.PT_PER_MM;
    }

    private static byte[] write(
            Document document,
            Template template,
            PdfFonts fonts,
            List<Pages.Page> pages,
            Instant created,
            PdfProfile profile,
            String creator)
            throws PdfFormatException {
        Template.Page page = template.page();
        float trimWidth = (float) (page.width() * mm());
        float trimHeight = (float) (page.height() * mm());
        // The print profile puts the trimmed page inside bleed and a slug for the crop marks.
        float offset = profile == PdfProfile.PRINT ? (float) ((BLEED_MM + SLUG_MM) * mm()) : 0;
        Rectangle media = new Rectangle(trimWidth + 2 * offset, trimHeight + 2 * offset);
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(media, 0, 0, 0, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document.Info info = document.info();
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCompressionLevel(9);
            if (profile == PdfProfile.ARCHIVE) {
                writer.setPDFXConformance(PdfWriter.PDFA1B);
            } else {
                writer.setPdfVersion(PdfWriter.VERSION_1_7);
            }
            if (profile == PdfProfile.PRINT) {
                float bleed = (float) (BLEED_MM * mm());
                writer.setBoxSize(
                        "trim",
                        new Rectangle(offset, offset, offset + trimWidth, offset + trimHeight));
                writer.setBoxSize(
                        "bleed",
                        new Rectangle(
                                offset - bleed,
                                offset - bleed,
                                offset + trimWidth + bleed,
                                offset + trimHeight + bleed));
            }
            pdf.addTitle(info.title());
            pdf.addAuthor(info.author());
            pdf.addSubject(info.subject());
            if (!info.keywords().isEmpty()) {
                pdf.addKeywords(String.join(", ", info.keywords()));
            }
            pdf.addCreator(creator);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            pdf.open();
            PdfDate date = date(created);
            writer.getInfo().put(PdfName.CREATIONDATE, date);
            writer.getInfo().put(PdfName.MODDATE, date);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
            if (profile == PdfProfile.ARCHIVE) {
                writer.setOutputIntents(
                        "sRGB IEC61966-2.1",
                        "",
                        "http://www.color.org",
                        "sRGB IEC61966-2.1",
                        ColourProfile.srgb());
                writer.createXmpMetadata();
            } else {
                writer.createXmpMetadata();
            }
            draw(writer, pdf, document, template, fonts, pages, offset, profile);
            pdf.close();
        } catch (DocumentException | IOException e) {
            throw new PdfFormatException("the PDF cannot be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static PdfDate date(Instant created) {
        GregorianCalendar calendar =
                new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(created.toEpochMilli() / 1000 * 1000);
        return new PdfDate(calendar);
    }

    private static void draw(
            PdfWriter writer,
            com.lowagie.text.Document pdf,
            Document document,
            Template template,
            PdfFonts fonts,
            List<Pages.Page> pages,
            float offset,
            PdfProfile profile) {
        Template.Page page = template.page();
        float left = offset + (float) (page.left() * mm());
        float top = offset + (float) ((page.height() - page.top()) * mm());
        float measure = (float) ((page.width() - page.left() - page.right()) * mm());
        String organisation =
                document.parts().stream()
                        .filter(Document.Letterhead.class::isInstance)
                        .map(p -> ((Document.Letterhead) p).organisation())
                        .findFirst()
                        .orElse(document.info().author());
        int muted = Integer.parseInt(template.colours().muted(), 16);
        float small = (float) template.sizes().small();
        TextStyle furniture = new TextStyle(fonts.get(Face.SANS), small, muted, 0, null);
        Paragraphs plain = new Paragraphs(Paragraphs.WordBreaks.NONE, false, measure);
        PdfOutline root = writer.getRootOutline();
        PdfOutline titleEntry = null;
        List<PdfOutline> parents = new ArrayList<>();
        for (int n = 0; n < pages.size(); n++) {
            if (n > 0) {
                pdf.newPage();
            }
            Canvas canvas = new Canvas(writer);
            writer.setPageEmpty(false);
            if (profile == PdfProfile.PRINT) {
                cropMarks(canvas.content, offset, page);
            }
            for (Pages.Placed placed : pages.get(n).placed()) {
                float y = top - placed.y();
                if (placed.outline() != null) {
                    PdfDestination to = new PdfDestination(PdfDestination.XYZ, left, y + 6, 0);
                    if (placed.outlineLevel() == 0 || titleEntry == null) {
                        titleEntry = new PdfOutline(root, to, placed.outline(), true);
                        parents.add(titleEntry);
                    } else {
                        new PdfOutline(titleEntry, to, placed.outline(), true);
                    }
                }
                placed.slab().draw(canvas, left, y);
            }
            // Running head and footer after the text, so that text extraction reads them last.
            float headerDistance = (float) (Math.min(12, page.top() / 2) * mm());
            float footerDistance = (float) (Math.min(12, page.bottom() / 2) * mm());
            if (n > 0) {
                for (Slab s :
                        plain.set(
                                List.of(new Paragraphs.Span(organisation, furniture)),
                                new Paragraphs.Look(TextLine.Align.LEFT, small * 1.2f, 0, 0, false),
                                null)) {
                    s.draw(
                            canvas,
                            left,
                            offset + (float) (page.height() * mm()) - headerDistance + small);
                }
            }
            String label =
                    document.pageLabel()
                            .replace("{pages}", Integer.toString(pages.size()))
                            .replace("{page}", Integer.toString(n + 1));
            for (Slab s :
                    plain.set(
                            List.of(new Paragraphs.Span(label, furniture)),
                            new Paragraphs.Look(TextLine.Align.CENTER, small * 1.2f, 0, 0, false),
                            null)) {
                s.draw(canvas, left, offset + footerDistance + small * 0.6f);
            }
        }
    }

    /** Thin marks at the corners of the trimmed page, outside the bleed. */
    private static void cropMarks(PdfContentByte cb, float offset, Template.Page page) {
        float w = (float) (page.width() * mm());
        float h = (float) (page.height() * mm());
        float gap = (float) (BLEED_MM * mm()) + 2;
        float length = (float) (SLUG_MM * mm()) - 4;
        cb.saveState();
        cb.setLineWidth(0.25f);
        cb.setGrayStroke(0);
        float[] xs = {offset, offset + w};
        float[] ys = {offset, offset + h};
        for (float x : xs) {
            for (float y : ys) {
                float dx = x == offset ? -1 : 1;
                float dy = y == offset ? -1 : 1;
                cb.moveTo(x + dx * gap, y);
                cb.lineTo(x + dx * (gap + length), y);
                cb.moveTo(x, y + dy * gap);
                cb.lineTo(x, y + dy * (gap + length));
            }
        }
        cb.stroke();
        cb.restoreState();
    }

    /**
     * OpenPDF writes a random document id into the trailer; it is replaced by a digest of the
     * document itself, of the same length, so the offsets stay right.
     */
    private static byte[] fixedId(byte[] pdf, String seed) {
        String text =
                new String(
                        pdf,
                        pdf.length - Math.min(pdf.length, 1024),
                        Math.min(pdf.length, 1024),
                        StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("/ID [<");
        if (at < 0) {
            return pdf;
        }
        int base = pdf.length - Math.min(pdf.length, 1024) + at + "/ID [".length();
        int end = text.indexOf(']', at);
        if (end < 0) {
            return pdf;
        }
        int stop = pdf.length - Math.min(pdf.length, 1024) + end;
        byte[] copy = pdf.clone();
        for (int i = base; i < stop; i++) {
            if (copy[i] != '<' && copy[i] != '>') {
                copy[i] = '0';
            }
        }
        byte[] digest;
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(seed.getBytes(StandardCharsets.UTF_8));
            digest = md5.digest(copy);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String hex = HexFormat.of().withUpperCase().formatHex(digest);
        int i = base;
        int k = 0;
        while (i < stop) {
            if (copy[i] == '<' || copy[i] == '>') {
                k = 0;
                i++;
                continue;
            }
            copy[i] = (byte) hex.charAt(k % hex.length());
            k++;
            i++;
        }
        return copy;
    }
}
