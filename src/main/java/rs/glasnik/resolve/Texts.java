package rs.glasnik.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import rs.glasnik.locale.Typography;
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

    /**
     * Runs the typography pass over a paragraph's inlines, each piece seeing the characters around
     * it, then {@code finish} (removing the no-convert markup, or transliterating).
     */
    static List<Inline> typesetInlines(
            List<Inline> inlines, Typography typography, UnaryOperator<String> finish) {
        return typeset(inlines, typography, finish, '\0', '\0');
    }

    private static List<Inline> typeset(
            List<Inline> inlines,
            Typography typography,
            UnaryOperator<String> finish,
            char before,
            char after) {
        List<Inline> out = new ArrayList<>(inlines.size());
        char previous = before;
        for (int k = 0; k < inlines.size(); k++) {
            Inline inline = inlines.get(k);
            char next = after;
            for (int m = k + 1; m < inlines.size(); m++) {
                String text = Inline.plainText(List.of(inlines.get(m)));
                if (!text.isEmpty()) {
                    next = text.charAt(0);
                    break;
                }
            }
            if (inline instanceof Inline.Text t) {
                out.add(new Inline.Text(finish.apply(typography.apply(t.text(), previous, next))));
            } else if (inline instanceof Inline.Emphasis e) {
                out.add(
                        new Inline.Emphasis(
                                typeset(e.children(), typography, finish, previous, next)));
            } else if (inline instanceof Inline.Strong s) {
                out.add(
                        new Inline.Strong(
                                typeset(s.children(), typography, finish, previous, next)));
            } else if (inline instanceof Inline.Link l) {
                out.add(
                        new Inline.Link(
                                l.url(),
                                typeset(l.children(), typography, finish, previous, next)));
            } else {
                out.add(inline);
            }
            String plain = Inline.plainText(List.of(inline));
            if (!plain.isEmpty()) {
                previous = plain.charAt(plain.length() - 1);
            }
        }
        return out;
    }

    /** Blocks with {@link #typeset} applied to every paragraph, heading, caption and credit. */
    static List<Block> typesetBlocks(
            List<Block> blocks, Typography typography, UnaryOperator<String> finish) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                out.add(new Block.Paragraph(typesetInlines(p.content(), typography, finish)));
            } else if (block instanceof Block.Heading h) {
                out.add(
                        new Block.Heading(
                                h.level(), typesetInlines(h.content(), typography, finish)));
            } else if (block instanceof Block.Quote q) {
                out.add(new Block.Quote(typesetBlocks(q.content(), typography, finish)));
            } else if (block instanceof Block.ListBlock l) {
                List<Block.ListItem> items = new ArrayList<>();
                for (Block.ListItem item : l.items()) {
                    items.add(
                            new Block.ListItem(typesetBlocks(item.content(), typography, finish)));
                }
                out.add(new Block.ListBlock(l.ordered(), l.start(), items));
            } else if (block instanceof Block.Figure f) {
                out.add(
                        new Block.Figure(
                                f.source(),
                                f.file(),
                                finish.apply(typography.apply(f.caption())),
                                finish.apply(typography.apply(f.credit()))));
            } else {
                out.add(block);
            }
        }
        return out;
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
