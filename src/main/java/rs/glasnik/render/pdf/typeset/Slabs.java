package rs.glasnik.render.pdf.typeset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The slabs other than lines of text: room, rules, a quotation's bar, pictures, the letterhead, two
 * columns side by side, a slab centred on the measure, and a line with page numbers.
 */
public final class Slabs {
    private Slabs() {}

    /** Empty room. */
    public record Gap(float height) implements Slab {
        @Override
        public void draw(Canvas canvas, float left, float top) {}
    }

    /**
     * A horizontal rule {@code length} points long in a slab {@code height} high, {@code above}
     * points below the slab's top.
     */
    public record Rule(int colour, float weight, float length, float height, float above)
            implements Slab {
        @Override
        public void draw(Canvas canvas, float left, float top) {
            float y = top - above + weight / 2;
            canvas.line(colour, weight, left, y, left + length, y);
        }
    }

    /** A short rule, a point high, drawn at its middle. */
    public record Hairline(int colour, float length) implements Slab {
        @Override
        public float height() {
            return 1;
        }

        @Override
        public void draw(Canvas canvas, float left, float top) {
            canvas.line(colour, 0.75f, left, top - 0.5f, left + length, top - 0.5f);
        }
    }

    /** A slab drawn with something around it, as high as the slab. */
    interface Around extends Slab {
        Slab slab();

        @Override
        default float height() {
            return slab().height();
        }
    }

    /** A line of a block quote, with the quote's bar beside it. */
    public record Barred(Slab slab, float x, int colour) implements Around {
        @Override
        public void draw(Canvas canvas, float left, float top) {
            canvas.rectangle(colour, left + x, top - slab.height(), 2.25f, slab.height());
            slab.draw(canvas, left, top);
        }
    }

    /** An image at the left edge of the measure. */
    public record Picture(Graphic image, float width, float height) implements Slab {
        /** The image {@code height} points high, as wide as its proportions make it. */
        public static Picture ofHeight(Graphic image, float height) {
            return new Picture(image, height * image.width() / image.height(), height);
        }

        @Override
        public void draw(Canvas canvas, float left, float top) {
            canvas.image(image, left, top - height, width, height);
        }
    }

    /** The logo with the organisation's name and address beside it. */
    public record Letterhead(Picture logo, List<Slab> text) implements Slab {
        public Letterhead {
            text = List.copyOf(text);
        }

        @Override
        public float height() {
            return Math.max(textHeight(), logo == null ? 0 : logo.height());
        }

        private float textHeight() {
            float h = 0;
            for (Slab s : text) {
                h += s.height();
            }
            return h;
        }

        @Override
        public void draw(Canvas canvas, float left, float top) {
            float textHeight = textHeight();
            float height = height();
            if (logo != null) {
                logo.draw(canvas, left, top - (height - logo.height()) / 2);
            }
            float y = top - (height - textHeight) / 2;
            for (Slab s : text) {
                s.draw(canvas, left, y);
                y -= s.height();
            }
        }
    }

    /** Two slabs side by side: the left column's and the right's (either may be missing). */
    public record Pair(Slab left, Slab right, float shift) implements Slab {
        @Override
        public float height() {
            return Math.max(left == null ? 0 : left.height(), right == null ? 0 : right.height());
        }

        @Override
        public void draw(Canvas canvas, float x, float top) {
            if (left != null) {
                left.draw(canvas, x, top);
            }
        }

        @Override
        public void drawAfter(Canvas canvas, float x, float top) {
            if (right != null) {
                right.draw(canvas, x + shift, top);
            }
        }
    }

    /** A slab of width {@code width} centred on the measure. */
    public record Centred(Slab slab, float width, float measure) implements Around {
        @Override
        public void draw(Canvas canvas, float left, float top) {
            slab.draw(canvas, left + (measure - width) / 2, top);
        }
    }

    /**
     * A line with page numbers set flush right on its baseline, known only when it is drawn: each
     * {@code int[]} holds one page number, filled in after the pages are made.
     */
    public record Numbered(Slab line, List<int[]> pages, TextStyle style, float measure)
            implements Slab {
        public Numbered(Slab line, int[] page, TextStyle style, float measure) {
            this(line, List.of(page), style, measure);
        }

        @Override
        public float height() {
            return line.height();
        }

        @Override
        public void draw(Canvas canvas, float left, float top) {
            line.draw(canvas, left, top);
            String numbers =
                    pages.stream()
                            .map(p -> Integer.toString(p[0]))
                            .distinct()
                            .collect(Collectors.joining(", "));
            float w = style.width(numbers);
            float baseline = top - ((line.height() - style.size()) / 2 + style.size() * 0.8f);
            canvas.text(style, left + measure - w, baseline, numbers);
        }
    }
}
