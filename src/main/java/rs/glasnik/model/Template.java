package rs.glasnik.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A layout shared by the DOCX and PDF renderers, read from {@code templates/<name>/template.yaml}:
 * page, fonts, sizes, colours, spacing, letterhead and the measures of the layout. Lengths are in
 * millimetres, font sizes and spacing in points, colours as {@code RRGGBB}.
 *
 * <p>{@code template.sizes().body()} is the body text size in points.
 */
public record Template(
        String name,
        Page page,
        Fonts fonts,
        Sizes sizes,
        Colours colours,
        Spacing spacing,
        Letterhead letterhead,
        Layout layout) {
    public Template {
        Objects.requireNonNull(name);
        Objects.requireNonNull(page);
        Objects.requireNonNull(fonts);
        Objects.requireNonNull(sizes);
        Objects.requireNonNull(colours);
        Objects.requireNonNull(spacing);
        Objects.requireNonNull(letterhead);
        Objects.requireNonNull(layout);
    }

    /** Paper size and margins. {@code size} is A4 or Letter. */
    public record Page(
            String size,
            double width,
            double height,
            double top,
            double bottom,
            double left,
            double right) {
        public Page {
            if (width <= 0 || height <= 0 || top < 0 || bottom < 0 || left < 0 || right < 0) {
                throw new IllegalArgumentException("page dimensions must be positive");
            }
        }
    }

    /**
     * A font family in four styles: the TrueType files and the family name; {@code serbian} is the
     * same family with the Serbian letterforms (italic б г д п т) in its character map, for PDF
     * text in Serbian, when the template has it.
     */
    public record Family(
            String name,
            byte[] regular,
            byte[] bold,
            byte[] italic,
            byte[] boldItalic,
            Optional<Family> serbian) {
        public Family {
            Objects.requireNonNull(name);
            Objects.requireNonNull(regular);
            Objects.requireNonNull(bold);
            Objects.requireNonNull(italic);
            Objects.requireNonNull(boldItalic);
            Objects.requireNonNull(serbian);
        }

        /** A family without a Serbian variant. */
        public Family(String name, byte[] regular, byte[] bold, byte[] italic, byte[] boldItalic) {
            this(name, regular, bold, italic, boldItalic, Optional.empty());
        }

        /** The family to set text of this language in: the Serbian variant for sr-*. */
        public Family forLanguage(String languageTag) {
            return languageTag.startsWith("sr") ? serbian.orElse(this) : this;
        }
    }

    /** The families for body text and for headings (title, labels, section headings). */
    public record Fonts(Family body, Family headings) {
        public Fonts {
            Objects.requireNonNull(body);
            Objects.requireNonNull(headings);
        }
    }

    /** Font sizes in points. */
    public record Sizes(
            double body,
            double title,
            double subtitle,
            double heading1,
            double heading2,
            double label,
            double small) {}

    /** Colours as RRGGBB hex: text, accent (rules, type label), muted (captions, footer). */
    public record Colours(String text, String accent, String muted) {
        public Colours {
            for (String c : new String[] {text, accent, muted}) {
                if (c == null || !c.matches("[0-9A-Fa-f]{6}")) {
                    throw new IllegalArgumentException("colour must be RRGGBB: " + c);
                }
            }
        }
    }

    /** Line spacing as a multiple of the font size, and space after a paragraph in points. */
    public record Spacing(double line, double paragraph) {}

    /** What the letterhead shows: the logo and its height in millimetres. */
    public record Letterhead(boolean logo, double logoHeight) {}

    /**
     * The measures that the DOCX and the PDF set alike, in millimetres: the indentation of each
     * list level, the room for a bullet and for a number before an item's text, the indents of a
     * quotation on the left and on the right, the gutter between the two columns of a parallel
     * press pack, the gap between the logo and the letterhead's text; and the largest height of a
     * figure as a share of the text area's height.
     *
     * <p>{@code template.layout().listStep()} is 7.5 (mm) unless the template says otherwise.
     */
    public record Layout(
            double listStep,
            double bulletRoom,
            double numberRoom,
            double quoteLeft,
            double quoteRight,
            double figureHeight,
            double gutter,
            double logoGap) {
        /** The measures of a template that has no {@code layout:} section. */
        public static final Layout DEFAULT = new Layout(7.5, 4.5, 6, 10, 6, 0.35, 8, 5);

        public Layout {
            for (double d :
                    new double[] {
                        listStep, bulletRoom, numberRoom, quoteLeft, quoteRight, gutter, logoGap
                    }) {
                if (!(d >= 0) || Double.isInfinite(d)) {
                    throw new IllegalArgumentException("layout lengths must be at least 0: " + d);
                }
            }
            if (!(figureHeight > 0 && figureHeight <= 1)) {
                throw new IllegalArgumentException(
                        "the figure height is a share above 0 and at most 1: " + figureHeight);
            }
        }
    }
}
