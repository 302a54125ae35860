package rs.glasnik.pack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Pack;
import rs.glasnik.render.Format;
import rs.glasnik.render.Formats;

/**
 * The pack zip's {@code README.<lang>.txt}: in one language, what the pack is and one line per
 * file, from the locale's {@code pack.readme.*} labels: the pack's own files ({@code
 * pack.readme.pack-<format>}) and the releases' in every registered format.
 *
 * <p>{@code Readme.text(pack, 0, formats, langs, Formats.all())}
 */
public final class Readme {
    /**
     * Latin names the labels take as arguments, so that Cyrillic label files stay Cyrillic: each
     * format's title under its id ({@code {pdf}} is PDF), and these.
     */
    private static final Map<String, Object> NAMES = names();

    private Readme() {}

    /**
     * The README in language {@code language} (an index into the pack's languages).
     *
     * @param kinds the formats each release is in
     */
    public static String text(
            Pack pack,
            int language,
            LocaleFormats formats,
            List<LocaleTag> langs,
            List<Format> kinds) {
        Pack.Cover cover = pack.covers().get(language);
        StringBuilder out = new StringBuilder();
        out.append(
                        label(
                                formats,
                                "pack.readme.heading",
                                Map.of(
                                        "title", cover.title(),
                                        "organisation", cover.organisation(),
                                        "date", cover.date())))
                .append("\n\n");
        List<String> names = langs.stream().map(formats::languageName).toList();
        out.append(
                        label(
                                formats,
                                "pack.readme.holds",
                                Map.of(
                                        "releases",
                                        cover.releases(),
                                        "languages",
                                        formats.list(names))))
                .append('\n');
        cover.embargoNotice().ifPresent(n -> out.append(n).append('\n'));
        out.append('\n').append(label(formats, "pack.readme.files", Map.of())).append('\n');
        for (Format format : Formats.forPacks()) {
            line(
                    out,
                    label(
                            formats,
                            "pack.readme.pack-" + format.id(),
                            Map.of("file", pack.id() + "." + format.id())));
        }
        for (Pack.Entry entry : pack.entries()) {
            for (int i = 0; i < langs.size(); i++) {
                for (Format format : kinds) {
                    String file =
                            PackNames.inReleases(
                                    PackNames.releaseFile(entry.id(), langs.get(i), format.id()));
                    line(
                            out,
                            label(
                                    formats,
                                    "pack.readme.release",
                                    Map.of(
                                            "file",
                                            file,
                                            "language",
                                            names.get(i),
                                            "title",
                                            entry.documents().get(i).info().title())));
                }
            }
        }
        line(out, label(formats, "pack.readme.manifest", Map.of("file", PackNames.MANIFEST)));
        for (int i = 0; i < langs.size(); i++) {
            line(
                    out,
                    label(
                            formats,
                            "pack.readme.readme",
                            Map.of(
                                    "file",
                                    PackNames.readme(langs.get(i)),
                                    "language",
                                    names.get(i),
                                    "inLanguage",
                                    formats.label("language.in." + langs.get(i).tag()))));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append("  ").append(text).append('\n');
    }

    private static String label(LocaleFormats formats, String key, Map<String, Object> args) {
        Map<String, Object> all = new HashMap<>(NAMES);
        all.putAll(args);
        return formats.label(key, all);
    }

    private static Map<String, Object> names() {
        Map<String, Object> names = new HashMap<>(Map.of("word", "Word", "checksum", "SHA-256"));
        for (Format format : Formats.all()) {
            names.put(format.id(), format.title());
        }
        return Map.copyOf(names);
    }
}
