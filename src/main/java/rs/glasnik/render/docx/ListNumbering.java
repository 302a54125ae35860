package rs.glasnik.render.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbering instances of one document: every bullet list shares one, every numbered list gets
 * its own so that it starts at its own first number, whatever came before it.
 *
 * <p>{@code int numId = numbering.numbered(0, 3);} — a top-level list counting from 3.
 */
final class ListNumbering {
    /** The bullet list; the List Bullet style names it too. */
    static final int BULLETS = 1;

    /** A numbered list counting on from the last; only the List Number style names it. */
    static final int NUMBERS = 2;

    /** One numbered list: its numbering instance, its nesting level and first number. */
    record Ordered(int numId, int level, int start) {}

    private final List<Ordered> ordered = new ArrayList<>();

    /**
     * A new numbering instance for a numbered list at {@code level} (0 is top) from {@code start}.
     */
    int numbered(int level, int start) {
        Ordered list = new Ordered(NUMBERS + 1 + ordered.size(), level, start);
        ordered.add(list);
        return list.numId();
    }

    List<Ordered> ordered() {
        return List.copyOf(ordered);
    }
}
