package rs.glasnik.check;

import java.util.List;
import java.util.Map;
import rs.glasnik.model.Block;
import rs.glasnik.model.Inline;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.Variant;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * The script check of {@link Checker}: a Latin letter in a Cyrillic word of a sr-Cyrl variant, or a
 * Cyrillic one in a sr-Latn variant, is a warning per field.
 *
 * <p>{@code ScriptPurity.scriptPurity(release, problems);}
 */
final class ScriptPurity {
    private ScriptPurity() {}

    /**
     * A Latin letter hiding in a Cyrillic word (or the reverse) looks right and is wrong: it breaks
     * search, spell-checking and transliteration. Reported as warnings, per field.
     */
    static void scriptPurity(Release r, List<Problem> problems) {
        for (Map.Entry<LocaleTag, Variant> e : r.variants().entrySet()) {
            if (!e.getKey().isSerbian()) {
                continue;
            }
            SerbianTransliterator.Direction direction =
                    e.getKey() == LocaleTag.SR_CYRL
                            ? SerbianTransliterator.Direction.TO_LATIN
                            : SerbianTransliterator.Direction.TO_CYRILLIC;
            String base = "variants." + e.getKey().tag() + ".";
            Variant v = e.getValue();
            purity(r, base + "title", v.title(), direction, problems);
            v.subtitle().ifPresent(t -> purity(r, base + "subtitle", t, direction, problems));
            purity(r, base + "summary", Inline.plainText(v.summary()), direction, problems);
            purity(r, base + "body", plain(v.body()), direction, problems);
        }
    }

    private static void purity(
            Release r,
            String field,
            String text,
            SerbianTransliterator.Direction direction,
            List<Problem> problems) {
        SerbianTransliterator.builtIn()
                .convert(
                        text,
                        direction,
                        w -> {
                            if (!w.message().contains("Roman numeral")) {
                                problems.add(
                                        r.sourceMap()
                                                .warning(
                                                        field,
                                                        "'" + w.word() + "': " + w.message()));
                            }
                        });
    }

    private static String plain(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                out.append(Inline.plainText(p.content())).append('\n');
            } else if (b instanceof Block.Heading h) {
                out.append(Inline.plainText(h.content())).append('\n');
            } else if (b instanceof Block.Quote q) {
                out.append(plain(q.content()));
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(i -> out.append(plain(i.content())));
            } else if (b instanceof Block.Figure f) {
                out.append(f.caption()).append('\n').append(f.credit()).append('\n');
            }
        }
        return out.toString();
    }
}
