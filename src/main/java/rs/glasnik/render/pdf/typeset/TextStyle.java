package rs.glasnik.render.pdf.typeset;

import java.util.Objects;

/**
 * How a run of text is set: font, size in points, colour as 0xRRGGBB, letter spacing in points, and
 * the address it links to (or null).
 */
public record TextStyle(Typeface font, float size, int colour, float tracking, String link) {
    public TextStyle {
        Objects.requireNonNull(font);
    }

    public TextStyle withFont(Typeface f) {
        return new TextStyle(f, size, colour, tracking, link);
    }

    public TextStyle withLink(String url, int linkColour) {
        return new TextStyle(font, size, linkColour, tracking, url);
    }

    /** The width of one character, in points, with letter spacing. */
    public float width(int codePoint) {
        return font.width(codePoint) * size / 1000f + tracking;
    }

    /** The kerning between two characters, in points (negative: closer). */
    public float kern(int left, int right) {
        return font.kerning(left, right) * size / 1000f;
    }

    /** The width of a text as it is drawn: character widths, letter spacing and kerning. */
    public float width(String text) {
        float w = 0;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += width(cp);
            if (previous >= 0) {
                w += kern(previous, cp);
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Whether two runs can be drawn as one: same font, size, colour, spacing and link. */
    public boolean drawsLike(TextStyle other) {
        return font == other.font
                && size == other.size
                && colour == other.colour
                && tracking == other.tracking
                && Objects.equals(link, other.link);
    }
}
