package rs.glasnik.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rs.glasnik.model.Block;
import rs.glasnik.model.Contact;
import rs.glasnik.model.Inline;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Localized;
import rs.glasnik.model.Organisation;
import rs.glasnik.model.Person;
import rs.glasnik.model.Problem;
import rs.glasnik.model.RelatedLink;
import rs.glasnik.model.Release;
import rs.glasnik.model.ReleaseStatus;
import rs.glasnik.model.SourceMap;
import rs.glasnik.model.Suggestions;
import rs.glasnik.model.Variant;
import rs.glasnik.model.Workspace;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * Lints what loaded cleanly: references between files, duplicate ids, and texts missing in a
 * language the release or workspace publishes in.
 *
 * <p>{@code List<Problem> problems = Checker.check(Optional.of(workspace), releases);}
 */
public final class Checker {
    /**
     * The most characters glasnik sets as one paragraph (a title, subtitle, heading, summary or
     * paragraph of the body; about thirty pages): a longer one is refused, so that rendering takes
     * seconds, not minutes.
     */
    public static final int MAX_PARAGRAPH = 100_000;

    /** Lists and quotations nested deeper than this get a warning (Word shows nine levels). */
    public static final int MAX_NESTING = 9;

    private Checker() {}

    public static List<Problem> check(Optional<Workspace> workspace, List<Release> releases) {
        List<Problem> problems = new ArrayList<>();
        workspace.ifPresent(ws -> checkWorkspace(ws, problems));
        Map<String, Release> byId = new HashMap<>();
        for (Release release : releases) {
            Release first = byId.putIfAbsent(release.id(), release);
            if (first != null) {
                SourceMap.Position at = first.sourceMap().at("id");
                problems.add(
                        release.sourceMap()
                                .error(
                                        "id",
                                        "id '"
                                                + release.id()
                                                + "' is already used by "
                                                + first.sourceMap().file()
                                                + ":"
                                                + at.line()
                                                + ":"
                                                + at.column()
                                                + "; give each release its own id"));
            }
            checkRelease(workspace, release, problems);
        }
        return problems;
    }

    /** The locales a text must be written in so that every given locale can be shown. */
    static Set<LocaleTag> written(Set<LocaleTag> shown) {
        Set<LocaleTag> out = EnumSet.noneOf(LocaleTag.class);
        for (LocaleTag t : shown) {
            out.add(t == LocaleTag.SR_LATN ? LocaleTag.SR_CYRL : t);
        }
        return out;
    }

    private static void checkWorkspace(Workspace ws, List<Problem> problems) {
        Set<LocaleTag> needed = written(EnumSet.copyOf(ws.locales()));
        SourceMap map = ws.sourceMap();
        for (Organisation org : ws.organisations().values()) {
            String p = "organisations." + org.key();
            complete(map, p + ".name", org.name(), needed, "workspace publishes in", problems);
            org.shortName()
                    .ifPresent(
                            v ->
                                    complete(
                                            map,
                                            p + ".short-name",
                                            v,
                                            needed,
                                            "workspace publishes in",
                                            problems));
            complete(
                    map, p + ".address", org.address(), needed, "workspace publishes in", problems);
            complete(
                    map,
                    p + ".boilerplate",
                    org.boilerplate(),
                    needed,
                    "workspace publishes in",
                    problems);
            org.boilerplate()
                    .values()
                    .forEach(
                            (tag, blocks) ->
                                    sizes(
                                            map,
                                            p + ".boilerplate." + tag.tag(),
                                            "the boilerplate",
                                            blocks,
                                            problems));
            for (int i = 0; i < org.contacts().size(); i++) {
                contact(
                        map,
                        p + ".contacts[" + i + "]",
                        org.contacts().get(i),
                        needed,
                        "workspace publishes in",
                        problems);
            }
        }
    }

    private static void checkRelease(
            Optional<Workspace> workspace, Release r, List<Problem> problems) {
        SourceMap map = r.sourceMap();
        Set<LocaleTag> needed = written(r.variants().keySet());
        String why = "release has a variant in";
        if (r.variants().containsKey(LocaleTag.SR_LATN)
                && !r.variants().containsKey(LocaleTag.SR_CYRL)) {
            // A Latin-only release needs its Latin texts written out.
            needed.add(LocaleTag.SR_LATN);
        }
        java.nio.file.Path folder = map.file().toAbsolutePath().getParent();
        if (folder != null
                && folder.getParent() != null
                && folder.getParent().getFileName() != null
                && folder.getParent().getFileName().toString().equals("releases")
                && !folder.getFileName().toString().equals(r.id())) {
            problems.add(
                    map.warning(
                            "id",
                            "the release's folder is named '"
                                    + folder.getFileName()
                                    + "' but its id is '"
                                    + r.id()
                                    + "'; rename the folder to releases/"
                                    + r.id()
                                    + " so that both agree"));
        }
        complete(map, "place", r.place(), needed, why, problems);
        for (int i = 0; i < r.people().size(); i++) {
            Person person = r.people().get(i);
            complete(map, "people[" + i + "].name", person.name(), needed, why, problems);
            int index = i;
            person.role()
                    .ifPresent(
                            v ->
                                    complete(
                                            map,
                                            "people[" + index + "].role",
                                            v,
                                            needed,
                                            why,
                                            problems));
        }
        for (int i = 0; i < r.contacts().size(); i++) {
            contact(map, "contacts[" + i + "]", r.contacts().get(i), needed, why, problems);
        }
        for (int i = 0; i < r.links().size(); i++) {
            RelatedLink link = r.links().get(i);
            int index = i;
            link.label()
                    .ifPresent(
                            v ->
                                    complete(
                                            map,
                                            "links[" + index + "].label",
                                            v,
                                            needed,
                                            why,
                                            problems));
        }
        r.boilerplate().ifPresent(v -> complete(map, "boilerplate", v, needed, why, problems));
        r.notes().ifPresent(v -> complete(map, "notes", v, needed, why, problems));
        scriptPurity(r, problems);
        paragraphCounts(r, problems);
        sizes(r, problems);
        r.embargo()
                .filter(e -> e.toInstant().isBefore(r.date().value().toInstant()))
                .ifPresent(
                        e ->
                                problems.add(
                                        map.warning(
                                                "embargo",
                                                "the embargo ends before the release date; check both dates")));

        if (workspace.isEmpty()) {
            return;
        }
        Workspace ws = workspace.get();
        if (ws.organisation(r.issuer()).isEmpty()) {
            problems.add(
                    map.error(
                            "issuer",
                            "no organisation '"
                                    + r.issuer()
                                    + "' in glasnik.yaml"
                                    + Suggestions.hint(r.issuer(), ws.organisations().keySet())));
        }
        for (LocaleTag locale : ws.locales()) {
            boolean available =
                    r.variants().containsKey(locale)
                            || (locale == LocaleTag.SR_LATN
                                    && r.variants().containsKey(LocaleTag.SR_CYRL));
            if (!available) {
                String message =
                        "no "
                                + locale
                                + " variant, but the workspace publishes in "
                                + locale
                                + "; add variants."
                                + locale;
                problems.add(
                        r.status() == ReleaseStatus.DRAFT
                                ? map.warning("variants", message + " before approving it")
                                : map.error("variants", message + " (or set 'status: draft')"));
            }
        }
    }

    /**
     * A Latin letter hiding in a Cyrillic word (or the reverse) looks right and is wrong: it breaks
     * search, spell-checking and transliteration. Reported as warnings, per field.
     */
    private static void scriptPurity(Release r, List<Problem> problems) {
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

    /**
     * A parallel press pack sets two variants side by side, paragraph by paragraph; variants that
     * differ in their count of body paragraphs (blocks: paragraphs, headings, lists, quotes,
     * figures) cannot be aligned to the end. Each variant is compared with the source variant.
     */
    private static void paragraphCounts(Release r, List<Problem> problems) {
        Variant source = r.variants().get(r.source());
        if (source == null) {
            return;
        }
        int expected = source.body().size();
        for (Map.Entry<LocaleTag, Variant> e : r.variants().entrySet()) {
            int count = e.getValue().body().size();
            if (e.getKey() == r.source() || count == expected) {
                continue;
            }
            problems.add(
                    r.sourceMap()
                            .warning(
                                    "variants." + e.getKey().tag() + ".body",
                                    e.getKey()
                                            + " has "
                                            + count
                                            + " paragraphs, "
                                            + r.source()
                                            + " (the source) has "
                                            + expected
                                            + "; a parallel press pack sets only the first "
                                            + Math.min(count, expected)
                                            + " side by side; split or join paragraphs so that the counts agree"));
        }
    }

    /** Paragraphs too long to set, and lists and quotations nested too deep to show. */
    private static void sizes(Release r, List<Problem> problems) {
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

    private static void sizes(
            SourceMap map, String path, String name, List<Block> blocks, List<Problem> problems) {
        for (int i = 0; i < blocks.size(); i++) {
            String what = "paragraph " + (i + 1) + " of " + name;
            for (String text : texts(blocks.get(i), new ArrayList<>())) {
                size(map, path, what, text, problems);
            }
        }
        int depth = depth(blocks);
        if (depth > MAX_NESTING) {
            problems.add(
                    map.warning(
                            path,
                            "lists and quotations are nested "
                                    + depth
                                    + " deep; Word shows at most "
                                    + MAX_NESTING
                                    + " levels and the PDF indents no further than 40% of the line,"
                                    + " so the deepest levels look alike; flatten them"));
        }
    }

    private static void size(
            SourceMap map, String path, String what, String text, List<Problem> problems) {
        int length = text.codePointCount(0, text.length());
        if (length > MAX_PARAGRAPH) {
            problems.add(
                    map.error(
                            path,
                            what
                                    + " is "
                                    + String.format(Locale.ROOT, "%,d", length)
                                    + " characters long, more than the "
                                    + String.format(Locale.ROOT, "%,d", MAX_PARAGRAPH)
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

    private static void contact(
            SourceMap map,
            String path,
            Contact c,
            Set<LocaleTag> needed,
            String why,
            List<Problem> problems) {
        complete(map, path + ".name", c.name(), needed, why, problems);
        c.role().ifPresent(v -> complete(map, path + ".role", v, needed, why, problems));
    }

    private static void complete(
            SourceMap map,
            String path,
            Localized<?> value,
            Set<LocaleTag> needed,
            String why,
            List<Problem> problems) {
        for (LocaleTag locale : needed) {
            if (!value.has(locale)) {
                problems.add(
                        map.error(
                                path,
                                "no "
                                        + locale
                                        + " text, but the "
                                        + why
                                        + " "
                                        + locale
                                        + "; add "
                                        + path
                                        + "."
                                        + locale));
            }
        }
    }
}
