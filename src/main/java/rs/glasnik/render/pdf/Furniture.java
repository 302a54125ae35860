package rs.glasnik.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import rs.glasnik.model.Template;

/** The running head and the footer of a page, in the small muted sans of the template. */
final class Furniture {
    private static final String ELLIPSIS = "\u2026";

    private final TextStyle style;
    private final Paragraphs plain;
    private final float measure;

    Furniture(Template template, BaseFont sans) {
        float small = (float) template.sizes().small();
        this.style =
                new TextStyle(
                        sans, small, Integer.parseInt(template.colours().muted(), 16), 0, null);
        this.measure = Typesetter.textWidth(template);
        this.plain = new Paragraphs(Paragraphs.WordBreaks.NONE, false, measure);
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

    /** The text as one line; one too long for it is cut short with an ellipsis. */
    private List<Slab> line(String text, TextStyle look, TextLine.Align align) {
        List<Slab> lines = set(text, look, align);
        return lines.size() <= 1 ? lines : set(shortened(text, look), look, align);
    }

    private List<Slab> set(String text, TextStyle look, TextLine.Align align) {
        return plain.set(
                List.of(new Paragraphs.Span(text, look)),
                new Paragraphs.Look(align, style.size() * 1.2f, 0, 0, false),
                null);
    }

    /** The longest start of {@code text} that fits the measure with an ellipsis after it. */
    private String shortened(String text, TextStyle look) {
        float room = measure - look.width(ELLIPSIS) - look.size();
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int end = 0;
        for (int next = characters.next();
                next != BreakIterator.DONE && look.width(text.substring(0, next)) <= room;
                next = characters.next()) {
            end = next;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
