package rs.glasnik.render.pdf.typeset;

import java.util.List;

/**
 * A paragraph or another unit of the page flow: its slabs (mostly lines), the space before and
 * after it, and how it may be broken across pages.
 *
 * @param keepNext stays on the page of the start of the next flow (headings, labels)
 * @param keepTogether never broken across pages (figures, short paragraphs)
 * @param outline the entry in the PDF's bookmarks that points at it (or null), and its level
 * @param newPage starts on a new page
 */
public record Flow(
        List<Slab> slabs,
        float before,
        float after,
        boolean keepNext,
        boolean keepTogether,
        String outline,
        int outlineLevel,
        boolean newPage) {
    /** Lines at least at the foot of a page, and at its head, when a paragraph is broken. */
    public static final int ORPHANS = 2;

    public static final int WIDOWS = 2;

    public Flow {
        slabs = List.copyOf(slabs);
    }

    public Flow(
            List<Slab> slabs,
            float before,
            float after,
            boolean keepNext,
            boolean keepTogether,
            String outline,
            int outlineLevel) {
        this(slabs, before, after, keepNext, keepTogether, outline, outlineLevel, false);
    }

    /** This flow starting on a new page. */
    public Flow onNewPage() {
        return new Flow(slabs, before, after, keepNext, keepTogether, outline, outlineLevel, true);
    }

    /** This flow with another bookmark. */
    public Flow withOutline(String title, int level) {
        return new Flow(slabs, before, after, keepNext, keepTogether, title, level, newPage);
    }

    public float height() {
        float h = 0;
        for (Slab s : slabs) {
            h += s.height();
        }
        return h;
    }

    /** The height of its first {@code n} slabs. */
    public float height(int n) {
        float h = 0;
        for (int i = 0; i < n && i < slabs.size(); i++) {
            h += slabs.get(i).height();
        }
        return h;
    }

    /**
     * Whether it may be broken across pages {@code pageHeight} points high: enough lines for an
     * orphan and a widow, and not kept together, unless it is taller than a page (a title of a
     * thousand words) and cannot be kept together anyway.
     */
    public boolean breakable(float pageHeight) {
        return slabs.size() >= ORPHANS + WIDOWS && (!keepTogether || height() > pageHeight);
    }
}
