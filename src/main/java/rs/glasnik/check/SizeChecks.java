package rs.glasnik.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import rs.glasnik.model.Block;
import rs.glasnik.model.Inline;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.SourceMap;
import rs.glasnik.model.Variant;

/**
 * The size checks of {@link Checker}: paragraphs longer than {@link Checker#MAX_PARAGRAPH}
 * characters are errors, lists and quotations nested deeper than {@link Checker#MAX_NESTING} are
 * warnings.
 *
 * <p>{@code SizeChecks.sizes(release, problems);}
 */
final class SizeChecks {
    private SizeChecks() {}

    /** Paragraphs too long to set, and lists and quotations nested too deep to show. */
    static void sizes(Release r, List<Problem> problems) {
        SourceMap map = r.sourceMap();
        for (Map.Entry<LocaleTag, Variant> e : r.variants().entrySet()) {
            String base = "variants." + e.getKey().tag() + ".";
            Variant v = e.getValue();
            size(map, base + "title", "the title", v.title(), problems);
            v.subtitle().ifPresent(t -> size(map, base + "subtitle", "the subtitle", t, problems));
            size(map, base + "summary", "the summary", Inline.plainText(v.summary()), problems);
            sizes(map, base + "body", "the body", v.body(), problems);
        }
        r.boilerplate()
                .ifPresent(
                        b ->
                                b.values()
                                        .forEach(
                                                (tag, blocks) ->
                                                        sizes(
                                                                map,
                                                                "boilerplate." + tag.tag(),
                                                                "the boilerplate",
                                                                blocks,
                                                                problems)));
        r.notes()
                .ifPresent(
                        n ->
                                n.values()
                                        .forEach(
                                                (tag, blocks) ->
                                                        sizes(
                                                                map,
                                                                "notes." + tag.tag(),
                                                                "the notes",
                                                                blocks,
                                                                problems)));
    }

    static void sizes(
            SourceMap map, String path, String name, List<Block> blocks, List<Problem> problems) {
        for (int i = 0; i < blocks.size(); i++) {
            String what = "paragraph " + (i + 1) + " of " + name;
            for (String text : texts(blocks.get(i), new ArrayList<>())) {
                size(map, path, what, text, problems);
            }
        }
        int depth = depth(blocks);
        if (depth > Checker.MAX_NESTING) {
            problems.add(
                    map.warning(
                            path,
                            "lists and quotations are nested "
                                    + depth
                                    + " deep; Word shows at most "
                                    + Checker.MAX_NESTING
                                    + " levels and the PDF indents no further than 40% of the line,"
                                    + " so the deepest levels look alike; flatten them"));
        }
    }

    private static void size(
            SourceMap map, String path, String what, String text, List<Problem> problems) {
        int length = text.codePointCount(0, text.length());
        if (length > Checker.MAX_PARAGRAPH) {
            problems.add(
                    map.error(
                            path,
                            what
                                    + " is "
                                    + String.format(Locale.ROOT, "%,d", length)
                                    + " characters long, more than the "
                                    + String.format(Locale.ROOT, "%,d", Checker.MAX_PARAGRAPH)
                                    + " glasnik sets as one paragraph; shorten it or divide it"));
        }
    }

    /** The texts a block is set as, one per paragraph. */
    private static List<String> texts(Block b, List<String> out) {
        if (b instanceof Block.Paragraph p) {
            out.add(Inline.plainText(p.content()));
        } else if (b instanceof Block.Heading h) {
            out.add(Inline.plainText(h.content()));
        } else if (b instanceof Block.Quote q) {
            q.content().forEach(c -> texts(c, out));
        } else if (b instanceof Block.ListBlock l) {
            l.items().forEach(i -> i.content().forEach(c -> texts(c, out)));
        } else if (b instanceof Block.Figure f) {
            out.add(f.caption());
            out.add(f.credit());
        }
        return out;
    }

    /** How deep lists and quotations are nested in {@code blocks}. */
    private static int depth(List<Block> blocks) {
        int deepest = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Quote q) {
                deepest = Math.max(deepest, 1 + depth(q.content()));
            } else if (b instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) {
                    deepest = Math.max(deepest, 1 + depth(item.content()));
                }
            }
        }
        return deepest;
    }
}
