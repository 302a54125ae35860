package rs.glasnik.render.text;

import java.util.List;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.Inline;

/**
 * Renders a {@link Document} as plain text: exactly the words a reader sees, in reading order. This
 * is the oracle that the DOCX and PDF renderers are tested against.
 *
 * <p>{@code String text = PlainTextRenderer.render(document);}
 */
public final class PlainTextRenderer {
    private PlainTextRenderer() {}

    public static String render(Document document) {
        StringBuilder out = new StringBuilder();
        for (Document.Part part : document.parts()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            part(part, out);
        }
        return out.toString();
    }

    private static void part(Document.Part part, StringBuilder out) {
        if (part instanceof Document.Letterhead l) {
            out.append(l.organisation()).append('\n');
            l.lines().forEach(line -> out.append(line).append('\n'));
        } else if (part instanceof Document.Label l) {
            out.append(l.text()).append('\n');
        } else if (part instanceof Document.Title t) {
            out.append(t.text()).append('\n');
        } else if (part instanceof Document.Subtitle s) {
            out.append(s.text()).append('\n');
        } else if (part instanceof Document.Summary s) {
            out.append(Inline.plainText(s.content())).append('\n');
        } else if (part instanceof Document.Body b) {
            blocks(b.blocks(), "", out);
        } else if (part instanceof Document.Section s) {
            out.append(s.heading()).append('\n').append('\n');
            blocks(s.blocks(), "", out);
        }
    }

    private static void blocks(List<Block> blocks, String indent, StringBuilder out) {
        boolean first = true;
        for (Block block : blocks) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            block(block, indent, out);
        }
    }

    private static void block(Block block, String indent, StringBuilder out) {
        if (block instanceof Block.Paragraph p) {
            line(indent, Inline.plainText(p.content()), out);
        } else if (block instanceof Block.Heading h) {
            line(indent, Inline.plainText(h.content()), out);
        } else if (block instanceof Block.Quote q) {
            blocks(q.content(), indent + "    ", out);
        } else if (block instanceof Block.Figure f) {
            line(indent, f.caption(), out);
            line(indent, f.credit(), out);
        } else if (block instanceof Block.ListBlock l) {
            int n = l.start();
            for (Block.ListItem item : l.items()) {
                String marker = l.ordered() ? (n++) + ". " : "• ";
                StringBuilder inner = new StringBuilder();
                blocks(item.content(), "", inner);
                String[] lines = inner.toString().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i == lines.length - 1 && lines[i].isEmpty()) {
                        break;
                    }
                    String lead = i == 0 ? marker : " ".repeat(marker.length());
                    out.append(indent)
                            .append(lines[i].isEmpty() ? "" : lead + lines[i])
                            .append('\n');
                }
            }
        } else if (block instanceof Block.Rule) {
            line(indent, "", out);
        }
    }

    private static void line(String indent, String text, StringBuilder out) {
        for (String l : text.split("\n", -1)) {
            out.append(l.isEmpty() ? "" : indent + l).append('\n');
        }
    }
}
