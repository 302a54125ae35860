package rs.glasnik.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rs.glasnik.model.Contact;
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
                                    SizeChecks.sizes(
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
        ScriptPurity.scriptPurity(r, problems);
        paragraphCounts(r, problems);
        SizeChecks.sizes(r, problems);
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
