package rs.glasnik.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.List;
import rs.glasnik.model.Template;

/** The running head and the footer of a page, in the small muted sans of the template. */
final class Furniture {
    private final TextStyle style;
    private final Paragraphs plain;

    Furniture(Template template, BaseFont sans) {
        float small = (float) template.sizes().small();
        this.style =
                new TextStyle(
                        sans, small, Integer.parseInt(template.colours().muted(), 16), 0, null);
        this.plain =
                new Paragraphs(Paragraphs.WordBreaks.NONE, false, Typesetter.textWidth(template));
    }

    /** "Страна {page} од {pages}" filled in. */
    static String pageLabel(String pattern, int page, int pages) {
        return pattern.replace("{pages}", Integer.toString(pages))
                .replace("{page}", Integer.toString(page));
    }

    void head(Canvas canvas, PdfFile.Sheets sheets, String text) {
        head(canvas, sheets, text, style);
    }

    /** The running head in another colour (an embargo mark). */
    void head(Canvas canvas, PdfFile.Sheets sheets, String text, int colour) {
        head(canvas, sheets, text, new TextStyle(style.font(), style.size(), colour, 0, null));
    }

    private void head(Canvas canvas, PdfFile.Sheets sheets, String text, TextStyle look) {
        for (Slab s : line(text, look, TextLine.Align.LEFT)) {
            s.draw(canvas, sheets.left(), sheets.headY(style.size()));
        }
    }

    void foot(Canvas canvas, PdfFile.Sheets sheets, String text) {
        for (Slab s : line(text, style, TextLine.Align.CENTER)) {
            s.draw(canvas, sheets.left(), sheets.footY(style.size()));
        }
    }

    private List<Slab> line(String text, TextStyle look, TextLine.Align align) {
        return plain.set(
                List.of(new Paragraphs.Span(text, look)),
                new Paragraphs.Look(align, style.size() * 1.2f, 0, 0, false),
                null);
    }
}
