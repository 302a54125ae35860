package rs.glasnik.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Suggestions;
import rs.glasnik.model.Workspace;
import rs.glasnik.render.Format;
import rs.glasnik.render.Formats;

/**
 * The facade's validation of the options of a request: the one place that says which formats,
 * profiles and language lists there are, in the words the user sees.
 */
final class Options {
    private Options() {}

    /** The registered formats of these names, in the order named; a failure for an unknown one. */
    static List<Format> formats(List<String> names) throws Failure {
        List<Format> formats = new ArrayList<>();
        for (String name : names) {
            java.util.Optional<Format> format = Formats.byId(name);
            if (format.isEmpty()) {
                throw new Failure(
                        "no format '"
                                + name
                                + "'"
                                + Suggestions.closest(name, Formats.ids())
                                        .map(s -> "; did you mean '" + s + "'?")
                                        .orElse(
                                                "; the formats are "
                                                        + String.join(" and ", Formats.ids())));
            }
            formats.add(format.get());
        }
        return formats;
    }

    /** The PDF profile's name, checked against the formats' profiles; a failure naming them. */
    static String profile(String name) throws Failure {
        List<String> profiles = Formats.profiles();
        if (!profiles.contains(name)) {
            throw new Failure(
                    "no PDF profile '"
                            + name
                            + "'; the profiles are "
                            + String.join(", ", profiles.subList(0, profiles.size() - 1))
                            + " and "
                            + profiles.get(profiles.size() - 1));
        }
        return name;
    }

    /**
     * The languages of a pack: as asked (two or three different ones, else wrong usage), or sr-Cyrl
     * and en, or the workspace's first two.
     */
    static List<LocaleTag> packLanguages(List<LocaleTag> asked, Workspace settings) throws Failure {
        if (!asked.isEmpty() && (asked.size() < 2 || asked.size() > 3)) {
            throw Failure.usage("--langs: a pack has two or three languages, not " + asked.size());
        }
        if (new LinkedHashSet<>(asked).size() != asked.size()) {
            throw Failure.usage("--langs: name each language once");
        }
        List<LocaleTag> langs = asked;
        if (langs.isEmpty()) {
            langs =
                    settings.locales().contains(LocaleTag.SR_CYRL)
                                    && settings.locales().contains(LocaleTag.EN)
                            ? List.of(LocaleTag.SR_CYRL, LocaleTag.EN)
                            : settings.locales().subList(0, Math.min(2, settings.locales().size()));
        }
        if (langs.size() < 2) {
            throw new Failure(
                    "a pack has two or three languages, not "
                            + langs.size()
                            + " ("
                            + String.join(",", langs.stream().map(LocaleTag::tag).toList())
                            + "); pass --langs, e.g. --langs sr-Cyrl,en");
        }
        return langs;
    }
}
