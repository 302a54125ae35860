package rs.glasnik.resolve;

import java.util.LinkedHashMap;
import java.util.Map;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * The labels of a locale from its label file: sr-Latn has no file of its own; its labels are the
 * sr-Cyrl ones, transliterated, like every other derived sr-Latn text.
 *
 * <p>{@code Labels.of(lang, labelFile(Labels.file(lang)), translit)}
 */
public final class Labels {
    private Labels() {}

    /** The locale whose label file holds {@code lang}'s labels: sr-Cyrl for sr-Latn. */
    public static LocaleTag file(LocaleTag lang) {
        return lang == LocaleTag.SR_LATN ? LocaleTag.SR_CYRL : lang;
    }

    /** {@code lang}'s labels from those of {@link #file(LocaleTag)}. */
    public static Map<String, String> of(
            LocaleTag lang, Map<String, String> labels, SerbianTransliterator translit) {
        if (lang != LocaleTag.SR_LATN) {
            return labels;
        }
        Map<String, String> out = new LinkedHashMap<>();
        labels.forEach((k, v) -> out.put(k, translit.toLatin(v)));
        return out;
    }
}
