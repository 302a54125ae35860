package rs.glasnik.render.pdf;

/** Something that takes a fixed height on a page: a line of text, an image, a rule, a gap. */
interface Slab {
    /** Its height in points. */
    float height();

    /** Draws it with its top edge at {@code top}, the text area's left edge at {@code left}. */
    void draw(Canvas canvas, float left, float top);
}
