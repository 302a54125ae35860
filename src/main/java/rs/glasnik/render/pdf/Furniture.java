package rs.glasnik.render.pdf;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import rs.glasnik.model.Template;
import rs.glasnik.render.pdf.typeset.Canvas;
import rs.glasnik.render.pdf.typeset.Pages;
import rs.glasnik.render.pdf.typeset.Paragraphs;
import rs.glasnik.render.pdf.typeset.Slab;
import rs.glasnik.render.pdf.typeset.TextLine;
import rs.glasnik.render.pdf.typeset.TextStyle;
import rs.glasnik.render.pdf.typeset.Typeface;
import rs.glasnik.render.pdf.typeset.Typesetter;

/**
 * The pages of a release or a pack drawn with their furniture: the running head and the footer
 * (page n of N), in the small muted sans of the template, drawn after the text, so that extraction
 * reads them last.
 *
 * <p>{@code furniture.draw(sheets, pages, 0, document.pageLabel(), n -> Optional.empty());}
 */
final class Furniture {
    private static final String ELLIPSIS = "\u2026";

    private final TextStyle style;
    private final TextStyle marked;
    private final Paragraphs plain;
    private final float measure;

    /** A running head; {@code marked}: in the accent colour (an embargo mark). */
    record Head(String text, boolean marked) {}

    Furniture(Template template, Typeface sans) {
        float small = (float) template.sizes().small();
        this.style =
                new TextStyle(
                        sans, small, Integer.parseInt(template.colours().muted(), 16), 0, null);
        this.marked =
                new TextStyle(
                        sans, small, Integer.parseInt(template.colours().accent(), 16), 0, null);
        this.measure = Typesetter.textWidth(template);
        this.plain = new Paragraphs(Paragraphs.WordBreaks.NONE, false, measure);
    }

    /**
     * Draws the pages: the first {@code bare} without head or footer (a pack's cover), the others
     * with the head {@code heads} gives for a page's index (if any) and the footer {@code
     * pageLabel} ("Страна {page} од {pages}") filled in.
     */
    void draw(
            PdfFile.Sheets sheets,
            List<Pages.Page> pages,
            int bare,
            String pageLabel,
            IntFunction<Optional<Head>> heads) {
        for (int n = 0; n < pages.size(); n++) {
            Canvas canvas = sheets.newPage();
            sheets.place(pages.get(n));
            if (n >= bare) {
                heads.apply(n)
                        .ifPresent(
                                h -> head(canvas, sheets, h.text(), h.marked() ? marked : style));
                foot(canvas, sheets, pageLabel(pageLabel, n + 1, pages.size()));
            }
        }
    }

    /** "Страна {page} од {pages}" filled in. */
    private static String pageLabel(String pattern, int page, int pages) {
        return pattern.replace("{pages}", Integer.toString(pages))
                .replace("{page}", Integer.toString(page));
    }

    private void head(Canvas canvas, PdfFile.Sheets sheets, String text, TextStyle look) {
        for (Slab s : line(text, look, TextLine.Align.LEFT)) {
            s.draw(canvas, sheets.left(), sheets.headY(style.size()));
        }
    }

    private void foot(Canvas canvas, PdfFile.Sheets sheets, String text) {
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
