package rs.glasnik.render.pdf.typeset;

import java.util.List;

/**
 * Where the engine draws: the page being drawn, in points from its lower left corner. The PDF
 * writer implements it; the engine knows nothing of the file it draws into.
 *
 * <p>{@code canvas.line(0x1F4E79, 0.5f, left, y, left + measure, y);}
 */
public interface Canvas {
    /**
     * A run of text in one style, its baseline starting at ({@code x}, {@code y}): the pieces in
     * order, characters and the moves between them (kerning, stretched spaces).
     */
    void text(TextStyle style, float x, float y, List<Piece> pieces);

    /** A text drawn as it stands, unkerned, its baseline starting at ({@code x}, {@code y}). */
    void text(TextStyle style, float x, float y, String text);

    /** A straight line {@code weight} points wide in the colour 0xRRGGBB. */
    void line(int colour, float weight, float x1, float y1, float x2, float y2);

    /** A filled rectangle with its lower left corner at ({@code x}, {@code y}). */
    void rectangle(int colour, float x, float y, float width, float height);

    /**
     * An image scaled to {@code width} by {@code height}, lower left corner at ({@code x}, {@code
     * y}).
     */
    void image(Graphic graphic, float x, float y, float width, float height);

    /** A link over the rectangle, to an address. */
    void link(String url, float llx, float lly, float urx, float ury);

    /** A piece of a run of text: characters, or a move of the pen. */
    sealed interface Piece {}

    /** Characters drawn one after the other. */
    record Characters(String text) implements Piece {}

    /**
     * A move of the pen, in thousandths of the type size; positive moves it left (as in a PDF text
     * array).
     */
    record Move(float thousandths) implements Piece {}
}
