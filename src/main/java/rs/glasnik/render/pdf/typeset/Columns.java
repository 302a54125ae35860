package rs.glasnik.render.pdf.typeset;

import java.util.ArrayList;
import java.util.List;
import rs.glasnik.model.Template;

/**
 * Two texts side by side across the template's text area, in two columns with the template's gutter
 * between them: the units of two languages of a release paired row by row, and any two flows zipped
 * into rows. Each side is typeset as a single release is, at the column's measure.
 *
 * <p>{@code Columns columns = new Columns(template); List<Flow> rows = columns.pair(left, right,
 * aligned);}
 */
public final class Columns {
    private final float column;
    private final float shift;

    public Columns(Template template) {
        float width = Typesetter.textWidth(template);
        float gutter = (float) template.layout().gutter();
        this.column = (width - gutter * Typesetter.PT_PER_MM) / 2;
        this.shift = column + gutter * Typesetter.PT_PER_MM;
    }

    /** The width of one column, in points. */
    public float measure() {
        return column;
    }

    /**
     * The units of two languages side by side: a unit that both have (the same part, the same block
     * of the body up to {@code aligned}) is one row; a unit only one has is a row with the other
     * side empty.
     */
    public List<Flow> pair(List<Typesetter.Unit> left, List<Typesetter.Unit> right, int aligned) {
        List<String> leftKeys = keys(left, aligned, "left");
        List<String> rightKeys = keys(right, aligned, "right");
        List<Flow> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            String l = i < left.size() ? leftKeys.get(i) : null;
            String r = j < right.size() ? rightKeys.get(j) : null;
            if (l != null && l.equals(r)) {
                rows.addAll(rows(left.get(i++).flows(), right.get(j++).flows()));
            } else if (l != null && (r == null || !rightKeys.contains(l) || leftKeys.contains(r))) {
                rows.addAll(rows(left.get(i++).flows(), List.of()));
            } else {
                rows.addAll(rows(List.of(), right.get(j++).flows()));
            }
        }
        return rows;
    }

    /** The units' keys; body blocks past the aligned ones get keys of their side alone. */
    private static List<String> keys(List<Typesetter.Unit> units, int aligned, String side) {
        List<String> keys = new ArrayList<>();
        for (Typesetter.Unit u : units) {
            String key = u.key();
            boolean beyond =
                    key.startsWith("body.") && Integer.parseInt(key.substring(5)) >= aligned;
            keys.add(beyond ? side + "." + key : key);
        }
        return keys;
    }

    /** Flows of two columns zipped into rows. */
    public List<Flow> rows(List<Flow> left, List<Flow> right) {
        List<Flow> rows = new ArrayList<>();
        for (int n = 0; n < Math.max(left.size(), right.size()); n++) {
            Flow l = n < left.size() ? left.get(n) : null;
            Flow r = n < right.size() ? right.get(n) : null;
            List<Slab> a = l == null ? List.of() : l.slabs();
            List<Slab> b = r == null ? List.of() : r.slabs();
            List<Slab> slabs = new ArrayList<>();
            for (int s = 0; s < Math.max(a.size(), b.size()); s++) {
                slabs.add(
                        new Slabs.Pair(
                                s < a.size() ? a.get(s) : null,
                                s < b.size() ? b.get(s) : null,
                                shift));
            }
            rows.add(
                    new Flow(
                            slabs,
                            Math.max(l == null ? 0 : l.before(), r == null ? 0 : r.before()),
                            Math.max(l == null ? 0 : l.after(), r == null ? 0 : r.after()),
                            (l != null && l.keepNext()) || (r != null && r.keepNext()),
                            (l != null && l.keepTogether()) || (r != null && r.keepTogether()),
                            null,
                            0));
        }
        return rows;
    }
}
