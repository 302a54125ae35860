package rs.glasnik.render.pdf.typeset;

import rs.glasnik.model.Template;

/**
 * The look of a document's paragraphs at one measure, from the template: its colours, type sizes (a
 * tenth smaller in a column narrower than the page's text, as parallel texts are set, for enough
 * words a line), leading and the space between paragraphs.
 *
 * <p>{@code TextStyle body = styles.style(Face.BODY, styles.body(), styles.text());}
 */
final class Styles {
    private final Template template;
    private final Faces fonts;
    private final boolean column;

    Styles(Template template, Faces fonts, float measure) {
        this.template = template;
        this.fonts = fonts;
        this.column = measure < Typesetter.textWidth(template) - 1;
    }

    int text() {
        return rgb(template.colours().text());
    }

    int accent() {
        return rgb(template.colours().accent());
    }

    int muted() {
        return rgb(template.colours().muted());
    }

    /** A colour of the template (RRGGBB) as 0xRRGGBB. */
    static int rgb(String hex) {
        return Integer.parseInt(hex, 16);
    }

    /** Whether the measure is a column narrower than the page's text (a pack's parallel layout). */
    boolean column() {
        return column;
    }

    float body() {
        return size(template.sizes().body());
    }

    /** A size of the template, in points, as it is set at this measure. */
    float size(double points) {
        return (float) points * (column ? 0.9f : 1f);
    }

    float leading(float size) {
        return size * (float) template.spacing().line();
    }

    float gap() {
        return (float) template.spacing().paragraph();
    }

    TextStyle style(Face face, float size, int colour) {
        return new TextStyle(fonts.get(face), size, colour, 0, null);
    }

    Typeface font(Face face) {
        return fonts.get(face);
    }
}
