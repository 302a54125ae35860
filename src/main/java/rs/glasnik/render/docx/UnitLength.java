package rs.glasnik.render.docx;

import java.util.List;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.Inline;

/**
 * How many lines a unit of the parallel layout takes in a column, about: enough to tell a short
 * row, kept on one page, from a long one that may split.
 *
 * <p>{@code boolean whole = UnitLength.lines(block) <= 7;}
 */
final class UnitLength {
    /** Characters on a line of a column, about (11 pt serif in 76 mm). */
    private static final int CHARACTERS_PER_LINE = 45;

    /** The lines a figure with its caption counts as, about. */
    private static final int FIGURE_LINES = 20;

    private UnitLength() {}

    static int lines(List<? extends Document.Part> parts, int i) {
        if (i >= parts.size()) {
            return 0;
        }
        Document.Part part = parts.get(i);
        if (part instanceof Document.Section s) {
            int n = 2;
            for (Block b : s.blocks()) {
                n += lines(b);
            }
            return n;
        }
        if (part instanceof Document.Summary s) {
            return 1 + characters(s.content()) / CHARACTERS_PER_LINE;
        }
        return 2;
    }

    static int lines(Block block) {
        if (block instanceof Block.Paragraph p) {
            return 1 + characters(p.content()) / CHARACTERS_PER_LINE;
        } else if (block instanceof Block.Heading h) {
            return 2 + characters(h.content()) / CHARACTERS_PER_LINE;
        } else if (block instanceof Block.Quote q) {
            int n = 0;
            for (Block b : q.content()) {
                n += lines(b);
            }
            return n;
        } else if (block instanceof Block.ListBlock l) {
            int n = 0;
            for (Block.ListItem item : l.items()) {
                for (Block b : item.content()) {
                    n += lines(b);
                }
            }
            return n;
        } else if (block instanceof Block.Figure) {
            return FIGURE_LINES;
        }
        return 1;
    }

    private static int characters(List<Inline> content) {
        int n = 0;
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                n += t.text().length();
            } else if (inline instanceof Inline.Code c) {
                n += c.text().length();
            } else if (inline instanceof Inline.Emphasis e) {
                n += characters(e.children());
            } else if (inline instanceof Inline.Strong s) {
                n += characters(s.children());
            } else if (inline instanceof Inline.Link l) {
                n += characters(l.children());
            }
        }
        return n;
    }
}
