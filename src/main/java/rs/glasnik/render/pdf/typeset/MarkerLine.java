package rs.glasnik.render.pdf.typeset;

/**
 * A line holding only a list marker: the number of an item whose first block is a heading, a figure
 * or a rule, which is set below it.
 */
final class MarkerLine implements Slab {
    private final TextLine.Marker marker;
    private final float indent;
    private final float height;

    MarkerLine(TextLine.Marker marker, float indent, float height) {
        this.marker = marker;
        this.indent = indent;
        this.height = height;
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public void draw(Canvas canvas, float left, float top) {
        marker.draw(canvas, left + indent, top - height * 0.75f);
    }
}
