package rs.glasnik.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import rs.glasnik.render.pdf.typeset.Canvas;
import rs.glasnik.render.pdf.typeset.Graphic;
import rs.glasnik.render.pdf.typeset.TextStyle;

/**
 * The page being drawn, as OpenPDF content: the engine's text, lines, rectangles and images, and
 * links through the writer. The typefaces and graphics it is given are {@link PdfFonts}' and {@link
 * Figures}'.
 */
final class PdfCanvas implements Canvas {
    final PdfWriter writer;
    final PdfContentByte content;

    /**
     * The action of each address linked to so far, in the file once: an address broken over many
     * lines has a link on each, and copying it into each would grow the file with its square.
     */
    private final Map<String, PdfIndirectReference> actions;

    PdfCanvas(PdfWriter writer, Map<String, PdfIndirectReference> actions) {
        this.writer = writer;
        this.content = writer.getDirectContent();
        this.actions = actions;
    }

    @Override
    public void text(TextStyle style, float x, float y, List<Piece> pieces) {
        PdfTextArray array = new PdfTextArray();
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece instanceof Characters c) {
                array.add(c.text());
                text.append(c.text());
            } else if (piece instanceof Move m) {
                array.add(m.thousandths());
            }
        }
        begin(style, x, y, text).showText(array);
        end(style);
    }

    @Override
    public void text(TextStyle style, float x, float y, String text) {
        begin(style, x, y, text).showText(text);
        end(style);
    }

    /**
     * Starts a text object. Letter-spaced text ({@code 1 Tc} at 9 points is more than a tenth of an
     * em between letters) is marked with its text as /ActualText: text extraction (poppler's
     * pdftotext) takes gaps wider than a tenth of the type size for spaces between words, and would
     * give S AO P Š T E N J E for SAOPŠTENJE.
     */
    private PdfContentByte begin(TextStyle style, float x, float y, CharSequence text) {
        PdfContentByte cb = content;
        if (style.tracking() != 0) {
            PdfDictionary span = new PdfDictionary();
            span.put(PdfName.ACTUALTEXT, new PdfString(text.toString(), PdfObject.TEXT_UNICODE));
            cb.beginMarkedContentSequence(PdfName.SPAN, span, true);
        }
        cb.beginText();
        cb.setFontAndSize(PdfFonts.base(style.font()), style.size());
        cb.setColorFill(colour(style.colour()));
        if (style.tracking() != 0) {
            cb.setCharacterSpacing(style.tracking());
        }
        cb.setTextMatrix(x, y);
        return cb;
    }

    private void end(TextStyle style) {
        if (style.tracking() != 0) {
            content.setCharacterSpacing(0);
        }
        content.endText();
        if (style.tracking() != 0) {
            content.endMarkedContentSequence();
        }
    }

    @Override
    public void line(int colour, float weight, float x1, float y1, float x2, float y2) {
        PdfContentByte cb = content;
        cb.saveState();
        cb.setColorStroke(colour(colour));
        cb.setLineWidth(weight);
        cb.moveTo(x1, y1);
        cb.lineTo(x2, y2);
        cb.stroke();
        cb.restoreState();
    }

    @Override
    public void rectangle(int colour, float x, float y, float width, float height) {
        PdfContentByte cb = content;
        cb.saveState();
        cb.setColorFill(colour(colour));
        cb.rectangle(x, y, width, height);
        cb.fill();
        cb.restoreState();
    }

    @Override
    public void image(Graphic graphic, float x, float y, float width, float height) {
        try {
            content.addImage(Figures.image(graphic), width, 0, 0, height, x, y);
        } catch (DocumentException e) {
            throw new IllegalStateException("drawing an image", e);
        }
    }

    @Override
    public void link(String url, float llx, float lly, float urx, float ury) {
        PdfAnnotation a = new PdfAnnotation(writer, new Rectangle(llx, lly, urx, ury));
        a.put(PdfName.SUBTYPE, PdfName.LINK);
        a.put(PdfName.A, actions.computeIfAbsent(url, this::action));
        a.setBorder(new PdfBorderArray(0, 0, 0));
        // Archives (PDF/A) want every annotation printable.
        a.setFlags(PdfAnnotation.FLAGS_PRINT);
        writer.addAnnotation(a);
    }

    private PdfIndirectReference action(String url) {
        try {
            return writer.addToBody(new PdfAction(url)).getIndirectReference();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a link to " + url, e);
        }
    }

    private static Color colour(int rgb) {
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
