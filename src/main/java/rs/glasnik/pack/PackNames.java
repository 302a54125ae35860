package rs.glasnik.pack;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * The names of a pack's files: the pack's id, and the paths inside its zip.
 *
 * <p>{@code PackNames.id(Optional.of("Дан Војске Србије"), date, t)} gives {@code
 * dan-vojske-srbije}; with no title, {@code press-pack-2026-12-10}.
 */
public final class PackNames {
    private static final int MAX_SLUG = 60;

    private PackNames() {}

    /**
     * The pack's id: a slug of its title when one was given (Cyrillic transliterated, diacritics
     * dropped: {@code đ} is {@code dj}), else {@code press-pack-<date>} of the pack's date.
     */
    public static String id(
            Optional<String> title, LocalDate date, SerbianTransliterator transliterator) {
        return title.map(t -> slug(t, transliterator))
                .filter(s -> !s.isEmpty())
                .orElse("press-pack-" + date);
    }

    /** Lower-case ASCII letters and digits joined by single hyphens; may be empty. */
    static String slug(String text, SerbianTransliterator transliterator) {
        String latin = transliterator.toLatin(text).replace("đ", "dj").replace("Đ", "Dj");
        String plain = Normalizer.normalize(latin, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                hyphen = false;
                out.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                hyphen = true;
            }
        }
        String slug = out.toString();
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
            int cut = slug.lastIndexOf('-');
            slug = cut > MAX_SLUG / 2 ? slug.substring(0, cut) : slug;
        }
        return slug;
    }

    /** A release's file as {@code render} names it: {@code <id>.<lang>.<format>}. */
    public static String releaseFile(String releaseId, LocaleTag lang, String format) {
        return releaseId + "." + lang.tag() + "." + format;
    }

    /** The README of one language in the zip: {@code README.sr-Cyrl.txt}. */
    public static String readme(LocaleTag lang) {
        return "README." + lang.tag() + ".txt";
    }

    public static final String MANIFEST = "manifest.json";

    /** The folder under which the pack's zip holds everything: {@code <pack>/}. */
    public static String folder(String packId) {
        return packId + "/";
    }

    /** Where a release's file goes inside the pack folder. */
    public static String inReleases(String file) {
        return "releases/" + file;
    }
}
