package rs.glasnik.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfIndirectReference;
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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import rs.glasnik.model.Template;
import rs.glasnik.render.pdf.typeset.Canvas;
import rs.glasnik.render.pdf.typeset.Pages;
import rs.glasnik.render.pdf.typeset.Typesetter;

/**
 * A PDF file as glasnik writes it, for a single release and for a pack alike: the page of the
 * template (with bleed and crop marks for print), the profile's conformance (PDF/A-1b for
 * archives), document information and XMP, the language in the catalog, fixed dates and a document
 * id derived from the content, so that the same input gives the same bytes.
 *
 * <p>{@code byte[] pdf = PdfFile.write(template, profile, metadata, created, creator, seed, sheets
 * -> { ... sheets.newPage(); sheets.place(page); ... });}
 */
final class PdfFile {
    /** The bleed of the print profile, and the room outside it for crop marks, in millimetres. */
    static final double BLEED_MM = 3;

    static final double SLUG_MM = 12;

    private PdfFile() {}

    /** What the document information and XMP say. */
    record Metadata(
            String title, String author, String subject, List<String> keywords, String language) {}

    /** Draws the pages. */
    interface Drawing {
        void draw(Sheets sheets) throws PdfFormatException;
    }

    /** Checks what every PDF is made with: none of it may be missing. */
    static byte[] write(
            Template template,
            PdfProfile profile,
            Metadata metadata,
            Instant created,
            String creator,
            String seed,
            Drawing drawing)
            throws PdfFormatException {
        Template.Page page = template.page();
        float mm = Typesetter.PT_PER_MM;
        float trimWidth = (float) (page.width() * mm);
        float trimHeight = (float) (page.height() * mm);
        // The print profile puts the trimmed page inside bleed and a slug for the crop marks.
        float offset = profile == PdfProfile.PRINT ? (float) ((BLEED_MM + SLUG_MM) * mm) : 0;
        Rectangle media = new Rectangle(trimWidth + 2 * offset, trimHeight + 2 * offset);
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(media, 0, 0, 0, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCompressionLevel(9);
            if (profile == PdfProfile.ARCHIVE) {
                writer.setPDFXConformance(PdfWriter.PDFA1B);
            } else {
                writer.setPdfVersion(PdfWriter.VERSION_1_7);
            }
            if (profile == PdfProfile.PRINT) {
                float bleed = (float) (BLEED_MM * mm);
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
            pdf.addTitle(metadata.title());
            pdf.addAuthor(metadata.author());
            pdf.addSubject(metadata.subject());
            if (!metadata.keywords().isEmpty()) {
                pdf.addKeywords(String.join(", ", metadata.keywords()));
            }
            pdf.addCreator(creator);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            pdf.open();
            PdfDate date = date(created);
            writer.getInfo().put(PdfName.CREATIONDATE, date);
            writer.getInfo().put(PdfName.MODDATE, date);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
            if (profile == PdfProfile.ARCHIVE) {
                writer.setOutputIntents(
                        "sRGB IEC61966-2.1",
                        "",
                        "http://www.color.org",
                        "sRGB IEC61966-2.1",
                        ColourProfile.srgb());
            }
            // After the dates: the XMP is made from the document information as it is now.
            writer.createXmpMetadata();
            drawing.draw(new Sheets(writer, pdf, template, offset, profile));
            pdf.close();
        } catch (DocumentException | IOException e) {
            throw new PdfFormatException("the PDF cannot be written: " + e.getMessage(), e);
        }
        return fixedId(out.toByteArray(), seed);
    }

    private static PdfDate date(Instant created) {
        GregorianCalendar calendar =
                new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(created.toEpochMilli() / 1000 * 1000);
        return new PdfDate(calendar);
    }

    /** The pages being drawn, and where the template puts text on them. */
    static final class Sheets {
        private final PdfWriter writer;
        private final com.lowagie.text.Document pdf;
        private final Template.Page page;
        private final float offset;
        private final PdfProfile profile;
        private final List<PdfOutline> levels = new ArrayList<>();
        private final Map<String, PdfIndirectReference> links = new HashMap<>();
        private PdfCanvas canvas;
        private int count;

        Sheets(
                PdfWriter writer,
                com.lowagie.text.Document pdf,
                Template template,
                float offset,
                PdfProfile profile) {
            this.writer = writer;
            this.pdf = pdf;
            this.page = template.page();
            this.offset = offset;
            this.profile = profile;
        }

        /** Starts the next page (the first call starts the first). */
        Canvas newPage() {
            if (count > 0) {
                pdf.newPage();
            }
            count++;
            canvas = new PdfCanvas(writer, links);
            writer.setPageEmpty(false);
            if (profile == PdfProfile.PRINT) {
                cropMarks(canvas.content);
            }
            return canvas;
        }

        /** The left edge of the text area. */
        float left() {
            return offset + (float) (page.left() * Typesetter.PT_PER_MM);
        }

        /** The top edge of the text area. */
        float top() {
            return offset + (float) ((page.height() - page.top()) * Typesetter.PT_PER_MM);
        }

        /** The baseline region of the running head: this far above the bottom of the page. */
        float headY(float size) {
            float distance = (float) (Math.min(12, page.top() / 2) * Typesetter.PT_PER_MM);
            return offset + (float) (page.height() * Typesetter.PT_PER_MM) - distance + size;
        }

        /** The top of the footer line. */
        float footY(float size) {
            float distance = (float) (Math.min(12, page.bottom() / 2) * Typesetter.PT_PER_MM);
            return offset + distance + size * 0.6f;
        }

        /** Draws the slabs of a page, with a bookmark where a placed slab carries one. */
        void place(Pages.Page placed) {
            float left = left();
            float top = top();
            for (Pages.Placed p : placed.placed()) {
                float y = top - p.y();
                if (p.outline() != null) {
                    bookmark(p.outline(), p.outlineLevel(), left, y + 6);
                }
                p.slab().draw(canvas, left, y);
            }
            for (Pages.Placed p : placed.placed()) {
                p.slab().drawAfter(canvas, left, top - p.y());
            }
        }

        /** A bookmark at level {@code level} (0 is the top) pointing here on this page. */
        void bookmark(String title, int level, float x, float y) {
            int at = Math.min(level, levels.size());
            PdfOutline parent = at == 0 ? writer.getRootOutline() : levels.get(at - 1);
            PdfOutline entry =
                    new PdfOutline(
                            parent, new PdfDestination(PdfDestination.XYZ, x, y, 0), title, true);
            while (levels.size() > at) {
                levels.remove(levels.size() - 1);
            }
            levels.add(entry);
        }

        /** Thin marks at the corners of the trimmed page, outside the bleed. */
        private void cropMarks(PdfContentByte cb) {
            float w = (float) (page.width() * Typesetter.PT_PER_MM);
            float h = (float) (page.height() * Typesetter.PT_PER_MM);
            float gap = (float) (BLEED_MM * Typesetter.PT_PER_MM) + 2;
            float length = (float) (SLUG_MM * Typesetter.PT_PER_MM) - 4;
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
    }

    /**
     * OpenPDF writes a random document id into the trailer; it is replaced by a digest of the
     * document itself, of the same length, so the offsets stay right.
     */
    private static byte[] fixedId(byte[] pdf, String seed) {
        int tail = Math.min(pdf.length, 1024);
        int start = pdf.length - tail;
        String text = new String(pdf, start, tail, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("/ID [<");
        int end = at < 0 ? -1 : text.indexOf(']', at);
        if (end < 0) {
            return pdf;
        }
        int from = start + at + "/ID [".length();
        int to = start + end;
        byte[] copy = pdf.clone();
        for (int i = from; i < to; i++) {
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
        for (int i = from, k = 0; i < to; i++) {
            if (copy[i] == '<' || copy[i] == '>') {
                k = 0;
            } else {
                copy[i] = (byte) hex.charAt(k++ % hex.length());
            }
        }
        return copy;
    }
}
