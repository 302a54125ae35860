package rs.glasnik.render.pdf.typeset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Breaks a paragraph into lines with the total-fit algorithm of Knuth and Plass: of all ways to
 * break, the one whose lines are most even, with few hyphens and never two in a row if it can be
 * helped, and never with the stub of a divided word as its last line. It is tried first without
 * hyphenation, then with it, then with looser lines; a paragraph that cannot be set within any
 * tolerance is set first-fit.
 *
 * <p>{@code List<LineBreaker.Line> lines = LineBreaker.breakLines(items, firstWidth, width);}
 */
final class LineBreaker {
    /** Demerits added to every line, so that fewer lines are better. */
    private static final float LINE_PENALTY = 10;

    /** Demerits for two hyphenated lines in a row (TeX's \\doublehyphendemerits). */
    private static final float DOUBLE_HYPHEN = 10000;

    /** Demerits for a hyphen at the end of the last but one line. */
    private static final float FINAL_HYPHEN = 5000;

    /** Demerits for a tight line next to a loose one (TeX's \\adjdemerits). */
    private static final float FITNESS = 10000;

    /**
     * The least share of the measure the last line of a paragraph (or a line before a forced break)
     * holds when the line before it ends in a hyphen: no paragraph ends with a stub of a divided
     * word (убуду-/ће.). With less, the word is not divided there.
     */
    static final float MIN_LAST_LINE = 0.2f;

    /** The tolerance of the pass that sets a paragraph loosely rather than with a stub. */
    private static final float LOOSEST = 100;

    private LineBreaker() {}

    /**
     * A line: items {@code from} (inclusive) to {@code to} (exclusive; the break item, a glue or a
     * penalty), set with adjustment ratio {@code ratio} (positive: glue stretched by that share of
     * its stretch; negative: shrunk).
     */
    record Line(int from, int to, float ratio) {}

    private static final class Node {
        final int position;
        final int line;
        final int fitness;
        final float width;
        final float stretch;
        final float shrink;
        final float demerits;
        final boolean flagged;

        /** Lines in a row, this one included, that end in a hyphen. */
        final int hyphens;

        final Node previous;

        Node(
                int position,
                int line,
                int fitness,
                float width,
                float stretch,
                float shrink,
                float demerits,
                boolean flagged,
                Node previous) {
            this.hyphens = flagged ? (previous == null ? 0 : previous.hyphens) + 1 : 0;
            this.position = position;
            this.line = line;
            this.fitness = fitness;
            this.width = width;
            this.stretch = stretch;
            this.shrink = shrink;
            this.demerits = demerits;
            this.flagged = flagged;
            this.previous = previous;
        }
    }

    /**
     * The lines of a paragraph that ends with a forced break. {@code first} is the width of the
     * first line, {@code width} that of the others, in points.
     */
    static List<Line> breakLines(List<Item> items, float first, float width) {
        // Tolerance (the largest ratio a line may have), whether hyphens may be used, and whether
        // the last line may be the stub of a divided word. A stub is worse than a loose line: only
        // a paragraph that cannot be set without one at any spacing gets one.
        float[][] passes = {{1f, 0, 0}, {2f, 1, 0}, {4f, 1, 0}, {LOOSEST, 1, 0}, {4f, 1, 1}};
        for (float[] pass : passes) {
            List<Line> lines = totalFit(items, first, width, pass[0], pass[1] == 1, pass[2] == 0);
            if (lines != null) {
                return lines;
            }
        }
        return firstFit(items, first, width);
    }

    private static List<Line> totalFit(
            List<Item> items,
            float first,
            float width,
            float tolerance,
            boolean hyphenate,
            boolean noStubs) {
        int n = items.size();
        float[] sumW = new float[n + 1];
        float[] sumY = new float[n + 1];
        float[] sumZ = new float[n + 1];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            sumW[i + 1] = sumW[i];
            sumY[i + 1] = sumY[i];
            sumZ[i + 1] = sumZ[i];
            if (item instanceof Item.Box b) {
                sumW[i + 1] += b.width();
            } else if (item instanceof Item.Glue g) {
                sumW[i + 1] += g.width();
                sumY[i + 1] += g.stretch();
                sumZ[i + 1] += g.shrink();
            }
        }
        List<Node> active = new ArrayList<>();
        active.add(new Node(-1, 0, 1, 0, 0, 0, 0, false, null));
        // The nodes that stay active, in a second list that changes places with the first.
        List<Node> keep = new ArrayList<>();
        Node[] best = new Node[4];
        float[] bestDemerits = new float[4];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            float penalty;
            float penaltyWidth = 0;
            boolean flagged = false;
            if (item instanceof Item.Penalty p) {
                if (p.penalty() >= Item.INFINITE || (p.hyphen() && !hyphenate)) {
                    continue;
                }
                penalty = p.penalty();
                penaltyWidth = p.width();
                flagged = p.flagged();
            } else if (item instanceof Item.Glue && i > 0 && items.get(i - 1) instanceof Item.Box) {
                penalty = 0;
            } else {
                continue;
            }
            boolean forced = penalty <= -Item.INFINITE;
            Arrays.fill(best, null);
            Arrays.fill(bestDemerits, Float.MAX_VALUE);
            keep.clear();
            for (int k = 0, size = active.size(); k < size; k++) {
                Node a = active.get(k);
                float lineWidth = a.line == 0 ? first : width;
                float length = sumW[i] - a.width + penaltyWidth;
                float ratio;
                if (length < lineWidth) {
                    float stretch = sumY[i] - a.stretch;
                    ratio = stretch > 0 ? (lineWidth - length) / stretch : Item.INFINITE;
                } else if (length > lineWidth) {
                    float shrink = sumZ[i] - a.shrink;
                    ratio = shrink > 0 ? (lineWidth - length) / shrink : -Item.INFINITE;
                } else {
                    ratio = 0;
                }
                if (ratio < -1 || forced) {
                    // Deactivated: no later break can make this line short enough.
                } else {
                    keep.add(a);
                }
                // Never three hyphens in a row.
                boolean third = flagged && a.hyphens >= 2;
                boolean stub =
                        noStubs
                                && forced
                                && a.flagged
                                && sumW[i] - a.width < MIN_LAST_LINE * lineWidth;
                if (ratio >= -1 && ratio <= tolerance && !third && !stub) {
                    float badness = 100 * Math.abs(ratio * ratio * ratio);
                    float d = LINE_PENALTY + badness;
                    d = d * d;
                    if (penalty >= 0) {
                        d += penalty * penalty;
                    } else if (penalty > -Item.INFINITE) {
                        d -= penalty * penalty;
                    }
                    if (flagged && a.flagged) {
                        d += DOUBLE_HYPHEN;
                    }
                    if (forced && a.flagged) {
                        d += FINAL_HYPHEN;
                    }
                    int fitness = ratio < -0.5f ? 0 : ratio <= 0.5f ? 1 : ratio <= 1 ? 2 : 3;
                    if (Math.abs(fitness - a.fitness) > 1) {
                        d += FITNESS;
                    }
                    d += a.demerits;
                    if (d < bestDemerits[fitness]) {
                        bestDemerits[fitness] = d;
                        best[fitness] = a;
                    }
                }
            }
            List<Node> kept = keep;
            keep = active;
            active = kept;
            // The totals after the break: glue and penalties at the start of a line vanish.
            float w = sumW[i];
            float y = sumY[i];
            float z = sumZ[i];
            for (int j = i; j < n; j++) {
                Item next = items.get(j);
                if (next instanceof Item.Box) {
                    break;
                }
                if (next instanceof Item.Glue g) {
                    w += g.width();
                    y += g.stretch();
                    z += g.shrink();
                } else if (next instanceof Item.Penalty p
                        && p.penalty() <= -Item.INFINITE
                        && j > i) {
                    break;
                }
            }
            for (int f = 0; f < 4; f++) {
                if (best[f] != null) {
                    active.add(
                            new Node(
                                    i,
                                    best[f].line + 1,
                                    f,
                                    w,
                                    y,
                                    z,
                                    bestDemerits[f],
                                    flagged,
                                    best[f]));
                }
            }
            if (active.isEmpty()) {
                return null;
            }
        }
        Node end = null;
        for (Node a : active) {
            if (a.position == n - 1 && (end == null || a.demerits < end.demerits)) {
                end = a;
            }
        }
        if (end == null) {
            return null;
        }
        return lines(items, end, sumW, sumY, sumZ, first, width);
    }

    private static List<Line> lines(
            List<Item> items,
            Node end,
            float[] sumW,
            float[] sumY,
            float[] sumZ,
            float first,
            float width) {
        List<Node> breaks = new ArrayList<>();
        for (Node node = end; node.previous != null; node = node.previous) {
            breaks.add(node);
        }
        Collections.reverse(breaks);
        List<Line> lines = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < breaks.size(); k++) {
            int to = breaks.get(k).position;
            lines.add(line(items, from, to, k == 0 ? first : width));
            from = skipDiscardable(items, to);
        }
        return lines;
    }

    /** The first item of the line after a break at {@code at}. */
    private static int skipDiscardable(List<Item> items, int at) {
        int j = at + 1;
        while (j < items.size() && !(items.get(j) instanceof Item.Box)) {
            if (items.get(j) instanceof Item.Penalty p && p.penalty() <= -Item.INFINITE) {
                break;
            }
            j++;
        }
        return j;
    }

    /** The line of items {@code from} to {@code to}, with its ratio for {@code lineWidth}. */
    static Line line(List<Item> items, int from, int to, float lineWidth) {
        float length = 0;
        float stretch = 0;
        float shrink = 0;
        for (int i = from; i < to; i++) {
            Item item = items.get(i);
            if (item instanceof Item.Box b) {
                length += b.width();
            } else if (item instanceof Item.Glue g) {
                length += g.width();
                stretch += g.stretch();
                shrink += g.shrink();
            }
        }
        if (to < items.size() && items.get(to) instanceof Item.Penalty p) {
            length += p.width();
        }
        float ratio = 0;
        if (length < lineWidth && stretch > 0) {
            ratio = (lineWidth - length) / stretch;
        } else if (length > lineWidth && shrink > 0) {
            ratio = Math.max(-1, (lineWidth - length) / shrink);
        }
        return new Line(from, to, ratio);
    }

    /** Lines as full as they go, each broken at the last place that fits (or the first). */
    private static List<Line> firstFit(List<Item> items, float first, float width) {
        List<Line> lines = new ArrayList<>();
        int from = 0;
        int n = items.size();
        while (from < n) {
            float lineWidth = lines.isEmpty() ? first : width;
            float length = 0;
            float shrink = 0;
            int lastFit = -1;
            for (int i = from; i < n; i++) {
                Item item = items.get(i);
                boolean breakable =
                        (item instanceof Item.Penalty p && p.penalty() < Item.INFINITE)
                                || (item instanceof Item.Glue
                                        && i > from
                                        && items.get(i - 1) instanceof Item.Box);
                if (breakable) {
                    float w = length + (item instanceof Item.Penalty p ? p.width() : 0);
                    if (w - shrink <= lineWidth || lastFit < 0) {
                        lastFit = i;
                    }
                    if (item instanceof Item.Penalty p && p.penalty() <= -Item.INFINITE) {
                        break;
                    }
                    if (w - shrink > lineWidth) {
                        break;
                    }
                }
                if (item instanceof Item.Box b) {
                    length += b.width();
                } else if (item instanceof Item.Glue g) {
                    length += g.width();
                    shrink += g.shrink();
                }
            }
            int to = lastFit < 0 ? n - 1 : lastFit;
            lines.add(line(items, from, to, lineWidth));
            from = skipDiscardable(items, to);
            if (to == n - 1) {
                break;
            }
        }
        return lines;
    }
}
