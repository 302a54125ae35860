package rs.glasnik.render.pdf;

import java.util.ArrayList;
import java.util.List;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Template;
import rs.glasnik.render.pdf.typeset.Face;
import rs.glasnik.render.pdf.typeset.Hyphenation;
import rs.glasnik.render.pdf.typeset.Paragraphs;
import rs.glasnik.render.pdf.typeset.Slab;
import rs.glasnik.render.pdf.typeset.TextLine;
import rs.glasnik.render.pdf.typeset.TextStyle;
import rs.glasnik.render.pdf.typeset.Typesetter;

/**
 * The type of a pack's own pages (cover, contents, index) in each of its languages, by the
 * language's index in the pack: its fonts and hyphenation, the template's colours, the page's
 * measure.
 */
final class PackLook {
    private final List<PdfFonts> fonts = new ArrayList<>();
    private final List<Paragraphs.WordBreaks> breaks = new ArrayList<>();
    private final float width;
    private final int text;
    private final int muted;
    private final int accent;

    PackLook(Pack pack, Template template, String seed) {
        for (Pack.Cover cover : pack.covers()) {
            fonts.add(new PdfFonts(template, cover.language(), seed + "/" + cover.language()));
            breaks.add(Hyphenation.forLanguage(cover.language())::points);
        }
        this.width = Typesetter.textWidth(template);
        this.text = Integer.parseInt(template.colours().text(), 16);
        this.muted = Integer.parseInt(template.colours().muted(), 16);
        this.accent = Integer.parseInt(template.colours().accent(), 16);
    }

    PdfFonts fonts(int language) {
        return fonts.get(language);
    }

    Paragraphs.WordBreaks breaks(int language) {
        return breaks.get(language);
    }

    /** The width of the page's text area, in points. */
    float width() {
        return width;
    }

    int text() {
        return text;
    }

    int muted() {
        return muted;
    }

    int accent() {
        return accent;
    }

    TextStyle style(int language, Face face, double size, int colour) {
        return new TextStyle(fonts.get(language).get(face), (float) size, colour, 0, null);
    }

    /** A text of one style set across the page, its lines 1.25 times its size apart. */
    List<Slab> lines(
            int language, String words, TextStyle style, TextLine.Align align, float right) {
        return new Paragraphs(breaks.get(language), false, width)
                .set(
                        List.of(new Paragraphs.Span(words, style)),
                        new Paragraphs.Look(align, style.size() * 1.25f, 0, right, false),
                        null);
    }
}
