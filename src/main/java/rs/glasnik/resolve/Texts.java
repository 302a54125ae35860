package rs.glasnik.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import rs.glasnik.model.Block;
import rs.glasnik.model.Inline;

/** Applies a text function to every reader-visible text of blocks and inlines. */
final class Texts {
    private Texts() {}

    static List<Block> blocks(List<Block> blocks, UnaryOperator<String> f) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            out.add(block(block, f));
        }
        return out;
    }

    static Block block(Block block, UnaryOperator<String> f) {
        if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(inlines(p.content(), f));
        }
        if (block instanceof Block.Heading h) {
            return new Block.Heading(h.level(), inlines(h.content(), f));
        }
        if (block instanceof Block.Quote q) {
            return new Block.Quote(blocks(q.content(), f));
        }
        if (block instanceof Block.ListBlock l) {
            List<Block.ListItem> items = new ArrayList<>();
            for (Block.ListItem item : l.items()) {
                items.add(new Block.ListItem(blocks(item.content(), f)));
            }
            return new Block.ListBlock(l.ordered(), l.start(), items);
        }
        if (block instanceof Block.Figure fig) {
            return new Block.Figure(
                    fig.source(), fig.file(), f.apply(fig.caption()), f.apply(fig.credit()));
        }
        return block;
    }

    /** Code spans and link targets are left alone; everything a reader reads goes through f. */
    static List<Inline> inlines(List<Inline> inlines, UnaryOperator<String> f) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                out.add(new Inline.Text(f.apply(t.text())));
            } else if (inline instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(inlines(e.children(), f)));
            } else if (inline instanceof Inline.Strong s) {
                out.add(new Inline.Strong(inlines(s.children(), f)));
            } else if (inline instanceof Inline.Link l) {
                out.add(new Inline.Link(l.url(), inlines(l.children(), f)));
            } else {
                out.add(inline);
            }
        }
        return out;
    }
}
