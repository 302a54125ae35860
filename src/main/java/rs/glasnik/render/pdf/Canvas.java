package rs.glasnik.render.pdf;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/** The page being drawn: its content stream, and the writer for links. */
final class Canvas {
    final PdfWriter writer;
    final PdfContentByte content;

    Canvas(PdfWriter writer) {
        this.writer = writer;
        this.content = writer.getDirectContent();
    }

    /** A link over the rectangle, to an address. */
    void link(String url, float llx, float lly, float urx, float ury) {
        PdfAnnotation a = new PdfAnnotation(writer, llx, lly, urx, ury, new PdfAction(url));
        a.setBorder(new PdfBorderArray(0, 0, 0));
        // Archives (PDF/A) want every annotation printable.
        a.setFlags(PdfAnnotation.FLAGS_PRINT);
        writer.addAnnotation(a);
    }

    static Color colour(int rgb) {
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
