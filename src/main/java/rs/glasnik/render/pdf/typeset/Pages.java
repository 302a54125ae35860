package rs.glasnik.render.pdf.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the flow on pages: a paragraph broken across pages leaves at least two lines on each, a flow
 * that keeps with the next one moves with the start of it, and space before a flow vanishes at the
 * top of a page.
 *
 * <p>{@code List<Pages.Page> pages = Pages.paginate(flow, textHeight);}
 */
public final class Pages {
    private Pages() {}

    /** A slab at {@code y} points below the top of the text area. */
    public record Placed(Slab slab, float y, String outline, int outlineLevel) {}

    public record Page(List<Placed> placed) {
        public Page {
            placed = List.copyOf(placed);
        }
    }

    public static List<Page> paginate(List<Flow> flow, float height) {
        List<Page> pages = new ArrayList<>();
        List<Placed> current = new ArrayList<>();
        float y = 0;
        for (int i = 0; i < flow.size(); i++) {
            Flow f = flow.get(i);
            float before = y == 0 ? 0 : f.before();
            float need = before + head(flow, i, height);
            if ((y > 0 && y + need > height) || (f.newPage() && !current.isEmpty())) {
                pages.add(new Page(current));
                current = new ArrayList<>();
                y = 0;
                before = 0;
            }
            y += before;
            List<Slab> slabs = f.slabs();
            boolean breakable = f.breakable(height);
            int at = 0;
            boolean first = true;
            while (at < slabs.size()) {
                int fit = 0;
                float h = 0;
                while (at + fit < slabs.size()
                        && y + h + slabs.get(at + fit).height() <= height + 0.01f) {
                    h += slabs.get(at + fit).height();
                    fit++;
                }
                int rest = slabs.size() - at;
                if (fit < rest) {
                    // Not all fits: leave widows behind, carry orphans over.
                    if (breakable) {
                        fit = Math.min(fit, rest - Flow.WIDOWS);
                        if (fit < Flow.ORPHANS) {
                            fit = 0;
                        }
                    } else {
                        fit = 0;
                    }
                    if (fit == 0 && y == 0) {
                        // It cannot fit on an empty page: set what fits.
                        fit = Math.max(1, countFitting(slabs, at, height));
                    }
                }
                for (int k = 0; k < fit; k++) {
                    Slab s = slabs.get(at + k);
                    current.add(
                            new Placed(
                                    s, y, first && k == 0 ? f.outline() : null, f.outlineLevel()));
                    y += s.height();
                }
                if (fit > 0) {
                    first = false;
                }
                at += fit;
                if (at < slabs.size()) {
                    pages.add(new Page(current));
                    current = new ArrayList<>();
                    y = 0;
                }
            }
            y += f.after();
        }
        if (!current.isEmpty() || pages.isEmpty()) {
            pages.add(new Page(current));
        }
        return pages;
    }

    private static int countFitting(List<Slab> slabs, int at, float height) {
        float h = 0;
        int n = 0;
        while (at + n < slabs.size() && h + slabs.get(at + n).height() <= height) {
            h += slabs.get(at + n).height();
            n++;
        }
        return n;
    }

    /**
     * The room flow {@code i} needs at the foot of a page to start there: all of it if it is kept
     * together, else its first lines; and if it keeps with the next, the next one's head too. A
     * chain that cannot fit on any page is not kept together: then only the flow's own head counts.
     */
    private static float head(List<Flow> flow, int i, float height) {
        float own = ownHead(flow.get(i), height);
        float h = own;
        // The chain is followed only as far as a page, so that a long one costs no more.
        for (int j = i; j + 1 < flow.size() && flow.get(j).keepNext() && h <= height; j++) {
            h += flow.get(j).after() + flow.get(j + 1).before() + ownHead(flow.get(j + 1), height);
        }
        return h <= height ? h : Math.min(own, height);
    }

    private static float ownHead(Flow f, float height) {
        return f.breakable(height) ? f.height(Flow.ORPHANS) : f.height();
    }
}
