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

    /** Character maps read once per font file in a process (a render checks every locale). */
    private static final java.util.Map<byte[], FontCharacters> READ =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private static FontCharacters characters(byte[] file) throws FontCharacters.FormatException {
        FontCharacters font = READ.get(file);
        if (font == null) {
            font = FontCharacters.of(file);
            READ.put(file, font);
        }
        return font;
    }

    /**
     * A one-line message naming the first character of {@code text} (everything a document shows)
     * that a font of the template lacks, and the font; or empty.
     */
    public static Optional<String> missing(String text, Template template) {
        // The Serbian variants too: the PDF sets Serbian text in them.
        java.util.List<Template.Family> families = new java.util.ArrayList<>();
        for (Template.Family f :
                new Template.Family[] {template.fonts().body(), template.fonts().headings()}) {
            families.add(f);
            f.serbian().ifPresent(families::add);
        }
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
                    font = characters(files[i]);
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
