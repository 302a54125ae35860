package rs.glasnik.render;

import java.util.Locale;
import java.util.Optional;
import rs.glasnik.model.Template;

/**
 * Before anything is written: every character a document shows must be in every font of its
 * template, so that no page ever shows a blank box or a '#'.
 *
 * <p>{@code FontPreflight.missing(text, template)} gives {@code Optional.empty()} when all is well.
 */
public final class FontPreflight {
    private FontPreflight() {}

    /**
     * A one-line message naming the first character of {@code text} (everything a document shows)
     * that a font of the template lacks, and the font; or empty.
     */
    public static Optional<String> missing(String text, Template template) {
        Template.Family[] families = {template.fonts().body(), template.fonts().headings()};
        int[] codePoints =
                text.codePoints()
                        .filter(cp -> cp > ' ' && cp != 0x200B && cp != 0xFEFF)
                        .distinct()
                        .toArray();
        for (Template.Family family : families) {
            byte[][] files = {
                family.regular(), family.bold(), family.italic(), family.boldItalic()
            };
            String[] styles = {"regular", "bold", "italic", "bold italic"};
            for (int i = 0; i < files.length; i++) {
                FontCharacters font;
                try {
                    font = FontCharacters.of(files[i]);
                } catch (FontCharacters.FormatException e) {
                    return Optional.of(
                            "the font "
                                    + family.name()
                                    + " "
                                    + styles[i]
                                    + " is not a TrueType font: "
                                    + e.getMessage());
                }
                for (int cp : codePoints) {
                    if (!font.has(cp)) {
                        return Optional.of(
                                String.format(
                                        Locale.ROOT,
                                        "the character '%s' (U+%04X %s) is not in the font %s %s; use a template whose fonts have it, or write the text without it",
                                        new String(Character.toChars(cp)),
                                        cp,
                                        Character.getName(cp),
                                        family.name(),
                                        styles[i]));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
