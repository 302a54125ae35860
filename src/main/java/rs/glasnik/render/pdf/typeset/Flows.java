package rs.glasnik.render.pdf.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * The flow of a document as it is set, each flow under the key of the unit it belongs to (the part
 * or block that it sets, named the same in every language).
 */
final class Flows {
    private final Paragraphs paragraphs;
    private final List<Flow> flow = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private String key = "";

    Flows(Paragraphs paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** What is set from now on belongs to the unit {@code key}. */
    void unit(String key) {
        this.key = key;
    }

    void emit(Flow f) {
        flow.add(f);
        keys.add(key);
    }

    /** A paragraph of one style kept together. */
    void plain(
            String text,
            TextStyle style,
            float leading,
            TextLine.Align align,
            float before,
            float after,
            boolean keepNext,
            String outline,
            int level) {
        List<Slab> lines =
                paragraphs.set(
                        List.of(new Paragraphs.Span(text, style)),
                        new Paragraphs.Look(align, leading, 0, 0, false),
                        null);
        emit(new Flow(lines, before, after, keepNext, true, outline, level));
    }

    /** Lines that may be broken across pages, unless there are none. */
    void add(
            List<Slab> lines,
            float before,
            float after,
            boolean keepNext,
            String outline,
            int level) {
        if (!lines.isEmpty()) {
            emit(new Flow(lines, before, after, keepNext, false, outline, level));
        }
    }

    int size() {
        return flow.size();
    }

    /** The last flow set, with {@code after} points after it. */
    void spaceAfterLast(float after) {
        Flow last = flow.get(flow.size() - 1);
        flow.set(
                flow.size() - 1,
                new Flow(
                        last.slabs(),
                        last.before(),
                        after,
                        last.keepNext(),
                        last.keepTogether(),
                        last.outline(),
                        last.outlineLevel()));
    }

    List<Flow> flow() {
        return flow;
    }

    /** The flow in units: consecutive flows of the same key are one. */
    List<Typesetter.Unit> units() {
        List<Typesetter.Unit> units = new ArrayList<>();
        for (int i = 0; i < flow.size(); i++) {
            if (units.isEmpty() || !units.get(units.size() - 1).key().equals(keys.get(i))) {
                units.add(new Typesetter.Unit(keys.get(i), new ArrayList<>()));
            }
            units.get(units.size() - 1).flows().add(flow.get(i));
        }
        return units;
    }
}
