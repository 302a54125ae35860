package rs.glasnik.render.pdf.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * One set line of a paragraph: its items from the line breaker, drawn run by run with kerning, the
 * glue stretched or shrunk by the line's ratio; a line broken at a hyphenation point ends in a soft
 * hyphen (U+00AD), which is how PDF marks a hyphen that is not part of the text.
 */
public final class TextLine implements Slab {
    /** How a line sits in its measure. */
    public enum Align {
        JUSTIFY,
        LEFT,
        CENTER
    }

    public static final String SOFT_HYPHEN = "\u00AD";

    private final List<Item> items;
    private final LineBreaker.Line line;
    private final float indent;
    private final float measure;
    private final Align align;
    private final float height;
    private final float baseline;
    private final Marker marker;

    /**
     * A list marker hung left of the line's text, {@code offset} points before it; {@code outer},
     * if not null, is the marker of the item this line's list is the first block of ({@code 1. 2.
     * text}), drawn before it on the same line.
     */
    public record Marker(String text, TextStyle style, float offset, Marker outer) {
        public Marker(String text, TextStyle style, float offset) {
            this(text, style, offset, null);
        }

        /** This marker, and those before it, for a line that starts {@code shift} points right. */
        public Marker shifted(float shift) {
            return new Marker(
                    text, style, offset + shift, outer == null ? null : outer.shifted(shift));
        }

        /** This marker with {@code outer} hung before it, moved {@code shift} points right. */
        public Marker within(Marker outer, float shift) {
            return new Marker(
                    text, style, offset, outer == null ? null : outer.before(this, shift));
        }

        /**
         * This marker in a line that starts {@code shift} points further right than the one it was
         * made for, kept left of {@code inner} with a space between them.
         */
        private Marker before(Marker inner, float shift) {
            float clear = inner.offset + style.width(text) + style.width(' ');
            Marker moved = new Marker(text, style, Math.max(offset + shift, clear), null);
            return outer == null
                    ? moved
                    : new Marker(text, style, moved.offset, outer.before(moved, shift));
        }

        /** Draws the outer markers, then this one, for a line whose text starts at {@code x}. */
        void draw(Canvas canvas, float x, float y) {
            if (outer != null) {
                outer.draw(canvas, x, y);
            }
            Run m = new Run(canvas, style, x - offset, y);
            m.append(text);
            m.flush();
        }
    }

    TextLine(
            List<Item> items,
            LineBreaker.Line line,
            float indent,
            float measure,
            Align align,
            float height,
            float baseline,
            Marker marker) {
        this.items = items;
        this.line = line;
        this.indent = indent;
        this.measure = measure;
        this.align = align;
        this.height = height;
        this.baseline = baseline;
        this.marker = marker;
    }

    @Override
    public float height() {
        return height;
    }

    /** How far its glue is stretched (positive) or shrunk (negative), as a share of what it may. */
    public float ratio() {
        return line.ratio();
    }

    /** Whether it is justified and not the last line of its paragraph. */
    public boolean justified() {
        return align == Align.JUSTIFY && line.to() < items.size() - 1;
    }

    /** Whether it ends in a hyphen added where a word is divided. */
    public boolean hyphenated() {
        return line.to() < items.size()
                && items.get(line.to()) instanceof Item.Penalty p
                && p.hyphen();
    }

    /** Its width at natural spacing, with the hyphen it ends in, in points. */
    public float naturalWidthWithHyphen() {
        float w = naturalWidth();
        if (hyphenated()) {
            w += items.get(line.to()).width();
        }
        return w;
    }

    /** Its text, for messages. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (int i = line.from(); i < line.to(); i++) {
            if (items.get(i) instanceof Item.Box b) {
                out.append(b.text());
            } else if (items.get(i) instanceof Item.Glue g && g.space()) {
                out.append(' ');
            }
        }
        return hyphenated() ? out + "-" : out.toString();
    }

    /** The width it may take. */
    public float measure() {
        return measure;
    }

    @Override
    public void draw(Canvas canvas, float left, float top) {
        float y = top - baseline;
        float x = left + indent;
        if (align == Align.CENTER) {
            x += (measure - naturalWidth()) / 2;
        }
        if (marker != null) {
            marker.draw(canvas, left + indent, y);
        }
        float ratio = align == Align.JUSTIFY ? line.ratio() : 0;
        if (align == Align.JUSTIFY && line.to() == items.size() - 1) {
            ratio = Math.min(ratio, 0);
        }
        float pen = x;
        // A hyphen goes after the last word, before any room that ends the line.
        float afterBox = x;
        Run run = null;
        for (int i = line.from(); i < line.to(); i++) {
            Item item = items.get(i);
            if (item instanceof Item.Box b) {
                if (run == null || !run.style.drawsLike(b.style())) {
                    if (run != null) {
                        run.flush();
                    }
                    run = new Run(canvas, b.style(), pen, y);
                }
                run.append(b.text());
                pen += b.width();
                run.sync(pen);
                afterBox = pen;
            } else if (item instanceof Item.Glue g) {
                float actual = g.width() + (ratio >= 0 ? ratio * g.stretch() : ratio * g.shrink());
                if (g.space() && run != null) {
                    run.append(" ");
                }
                pen += actual;
                if (run != null) {
                    run.sync(pen);
                }
            }
        }
        if (line.to() < items.size()
                && items.get(line.to()) instanceof Item.Penalty p
                && p.hyphen()) {
            if (run == null || !run.style.drawsLike(p.style())) {
                if (run != null) {
                    run.flush();
                }
                run = new Run(canvas, p.style(), afterBox, y);
            } else {
                run.sync(afterBox);
            }
            run.append(SOFT_HYPHEN);
        }
        if (run != null) {
            run.flush();
        }
    }

    /** The width of the line at its natural spacing (for centring). */
    private float naturalWidth() {
        float w = 0;
        for (int i = line.from(); i < line.to(); i++) {
            // A penalty's width counts only where the line breaks.
            if (!(items.get(i) instanceof Item.Penalty)) {
                w += items.get(i).width();
            }
        }
        return w;
    }

    /** Characters of one style drawn with one text operator, kerned. */
    private static final class Run {
        final Canvas canvas;
        final TextStyle style;
        float startX;
        final float y;
        final List<Canvas.Piece> pieces = new ArrayList<>();

        /**
         * Characters not yet in the pieces: a run is given its text in pieces between kerns, not a
         * character at a time.
         */
        final StringBuilder pending = new StringBuilder();

        /** How far the text advances as the PDF viewer will draw it, in points. */
        float natural;

        Run(Canvas canvas, TextStyle style, float startX, float y) {
            this.canvas = canvas;
            this.style = style;
            this.startX = startX;
            this.y = y;
        }

        void append(String text) {
            int previous = -1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (previous >= 0) {
                    float k = style.kern(previous, cp);
                    if (k != 0) {
                        move(-k * 1000 / style.size());
                        natural += k;
                    }
                }
                pending.appendCodePoint(cp);
                natural += style.width(cp);
                previous = cp;
                i += Character.charCount(cp);
            }
        }

        /** Moves the pen to {@code x}: what is drawn next starts there. */
        void sync(float x) {
            float diff = x - (startX + natural);
            if (Math.abs(diff) > 0.0005f) {
                move(-diff * 1000 / style.size());
                natural += diff;
            }
        }

        /** A displacement in the array, after the characters before it. */
        private void move(float thousandths) {
            if (pending.length() > 0) {
                pieces.add(new Canvas.Characters(pending.toString()));
                pending.setLength(0);
            }
            pieces.add(new Canvas.Move(thousandths));
        }

        void flush() {
            if (pending.length() > 0) {
                pieces.add(new Canvas.Characters(pending.toString()));
                pending.setLength(0);
            }
            canvas.text(style, startX, y, pieces);
            if (style.link() != null) {
                canvas.link(
                        style.link(),
                        startX,
                        y - style.size() * 0.25f,
                        startX + natural,
                        y + style.size() * 0.85f);
            }
        }
    }
}
