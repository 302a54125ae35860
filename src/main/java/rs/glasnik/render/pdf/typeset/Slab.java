package rs.glasnik.render.pdf.typeset;

/** Something that takes a fixed height on a page: a line of text, an image, a rule, a gap. */
public interface Slab {
    /** Its height in points. */
    float height();

    /** Draws it with its top edge at {@code top}, the text area's left edge at {@code left}. */
    void draw(Canvas canvas, float left, float top);

    /**
     * Draws what comes after everything of the page drawn by {@link #draw}: the right column of
     * two, so that a reader (and text extraction) takes each column whole, in turn.
     */
    default void drawAfter(Canvas canvas, float left, float top) {}
}
