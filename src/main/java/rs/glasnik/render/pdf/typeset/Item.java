package rs.glasnik.render.pdf.typeset;

/**
 * The material of a paragraph as the line breaker sees it (after Knuth and Plass): boxes of text,
 * glue that stretches and shrinks, and penalties where a line may break.
 */
sealed interface Item {
    float INFINITE = 10000f;

    /** Its width when the line is set at its natural width. */
    float width();

    /**
     * Text drawn as it stands; {@code width} includes the kerning with the box that follows within
     * the same word ({@code trailingKern}), which a break there takes back.
     */
    record Box(String text, TextStyle style, float width, float trailingKern) implements Item {}

    /**
     * Space between words. {@code space}: drawn as a space character (copy and search see it);
     * otherwise only room.
     */
    record Glue(float width, float stretch, float shrink, TextStyle style, boolean space)
            implements Item {}

    /**
     * A place to break: {@code penalty} is its cost ({@code -INFINITE} forces a break, {@code
     * INFINITE} forbids one); {@code hyphen}: a break here draws a soft hyphen, whose width (with
     * its kerning) is {@code width}.
     */
    record Penalty(float width, float penalty, boolean flagged, boolean hyphen, TextStyle style)
            implements Item {}
}
