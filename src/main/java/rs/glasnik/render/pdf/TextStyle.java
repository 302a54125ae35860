package rs.glasnik.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.Objects;

/**
 * How a run of text is set: font, size in points, colour as 0xRRGGBB, letter spacing in points, and
 * the address it links to (or null).
 */
record TextStyle(BaseFont font, float size, int colour, float tracking, String link) {
    TextStyle {
        Objects.requireNonNull(font);
    }

    TextStyle withFont(BaseFont f) {
        return new TextStyle(f, size, colour, tracking, link);
    }

    TextStyle withLink(String url, int linkColour) {
        return new TextStyle(font, size, linkColour, tracking, url);
    }

    /** The width of one character, in points, with letter spacing. */
    float width(int codePoint) {
        return font.getWidth(codePoint) * size / 1000f + tracking;
    }

    /** The kerning between two characters, in points (negative: closer). */
    float kern(int left, int right) {
        return font.getKerning(left, right) * size / 1000f;
    }

    /** The width of a text as it is drawn: character widths, letter spacing and kerning. */
    float width(String text) {
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
    boolean drawsLike(TextStyle other) {
        return font == other.font
                && size == other.size
                && colour == other.colour
                && tracking == other.tracking
                && Objects.equals(link, other.link);
    }
}
