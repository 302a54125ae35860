package rs.glasnik.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Pack;

/**
 * The pack zip's {@code README.<lang>.txt}: in one language, what the pack is and one line per
 * file, from the locale's {@code pack.readme.*} labels.
 *
 * <p>{@code Readme.text(pack, 0, formats, langs, List.of("docx", "pdf"))}
 */
public final class Readme {
    /** Latin names the labels take as arguments, so that Cyrillic label files stay Cyrillic. */
    private static final Map<String, Object> NAMES =
            Map.of("pdf", "PDF", "docx", "DOCX", "word", "Word", "checksum", "SHA-256");

    private Readme() {}

    /** The files of the pack's folder in the order the README lists them, with the zip's names. */
    public static List<String> files(Pack pack, List<LocaleTag> langs, List<String> formats) {
        List<String> files = new ArrayList<>();
        files.add(pack.id() + ".pdf");
        files.add(pack.id() + ".docx");
        for (Pack.Entry entry : pack.entries()) {
            for (LocaleTag lang : langs) {
                for (String format : formats) {
                    files.add(
                            PackNames.inReleases(PackNames.releaseFile(entry.id(), lang, format)));
                }
            }
        }
        files.add(PackNames.MANIFEST);
        for (LocaleTag lang : langs) {
            files.add(PackNames.readme(lang));
        }
        return files;
    }

    /**
     * The README in language {@code language} (an index into the pack's languages).
     *
     * @param kinds the formats each release is in: docx, pdf
     */
    public static String text(
            Pack pack,
            int language,
            LocaleFormats formats,
            List<LocaleTag> langs,
            List<String> kinds) {
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
        String pdf = pack.id() + ".pdf";
        String docx = pack.id() + ".docx";
        line(out, label(formats, "pack.readme.pack-pdf", Map.of("file", pdf)));
        line(out, label(formats, "pack.readme.pack-docx", Map.of("file", docx)));
        for (Pack.Entry entry : pack.entries()) {
            for (int i = 0; i < langs.size(); i++) {
                for (String format : kinds) {
                    String file =
                            PackNames.inReleases(
                                    PackNames.releaseFile(entry.id(), langs.get(i), format));
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
                                    names.get(i))));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append("  ").append(text).append('\n');
    }

    private static String label(LocaleFormats formats, String key, Map<String, Object> args) {
        Map<String, Object> all = new java.util.HashMap<>(NAMES);
        all.putAll(args);
        return formats.label(key, all);
    }
}
