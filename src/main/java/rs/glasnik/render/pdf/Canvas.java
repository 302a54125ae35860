package rs.glasnik.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The page being drawn: its content stream, and the writer for links. */
final class Canvas {
    final PdfWriter writer;
    final PdfContentByte content;

    /**
     * The action of each address linked to so far, in the file once: an address broken over many
     * lines has a link on each, and copying it into each would grow the file with its square.
     */
    private final Map<String, PdfIndirectReference> actions;

    Canvas(PdfWriter writer, Map<String, PdfIndirectReference> actions) {
        this.writer = writer;
        this.content = writer.getDirectContent();
        this.actions = actions;
    }

    /** A link over the rectangle, to an address. */
    void link(String url, float llx, float lly, float urx, float ury) {
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

    static Color colour(int rgb) {
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
