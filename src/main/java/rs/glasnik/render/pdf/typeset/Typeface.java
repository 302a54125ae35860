package rs.glasnik.render.pdf.typeset;

/**
 * A font as the engine measures it: advance widths and kerning in thousandths of the type size. The
 * PDF writer's fonts implement it.
 *
 * <p>{@code float points = typeface.width('A') * size / 1000f;}
 */
public interface Typeface {
    /** The advance width of a character, in thousandths of the size. */
    int width(int codePoint);

    /** The kerning between two characters, in thousandths of the size (negative: closer). */
    int kerning(int left, int right);
}
