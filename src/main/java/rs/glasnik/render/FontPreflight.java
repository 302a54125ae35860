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

    private static FontCharacters characters(byte[] file) throws FontFile.FormatException {
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
        return missingAll(text, template).stream().findFirst().map(Missing::message);
    }

    /**
     * A character a font of the template lacks, with a one-line message naming it and the first
     * such font; {@code codePoint} is -1 when a font cannot be read at all.
     */
    public record Missing(int codePoint, String message) {}

    /** Every character of {@code text}, once and in the order they come, that a font lacks. */
    public static java.util.List<Missing> missingAll(String text, Template template) {
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
        String[] styles = {"regular", "bold", "italic", "bold italic"};
        java.util.List<FontCharacters> fonts = new java.util.ArrayList<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Template.Family family : families) {
            byte[][] files = {
                family.regular(), family.bold(), family.italic(), family.boldItalic()
            };
            for (int i = 0; i < files.length; i++) {
                try {
                    fonts.add(characters(files[i]));
                } catch (FontFile.FormatException e) {
                    return java.util.List.of(
                            new Missing(
                                    -1,
                                    "the font "
                                            + family.name()
                                            + " "
                                            + styles[i]
                                            + " is not a TrueType font: "
                                            + e.getMessage()));
                }
                names.add(family.name() + " " + styles[i]);
            }
        }
        java.util.List<Missing> missing = new java.util.ArrayList<>();
        for (int cp : codePoints) {
            for (int f = 0; f < fonts.size(); f++) {
                if (!fonts.get(f).has(cp)) {
                    missing.add(
                            new Missing(
                                    cp,
                                    String.format(
                                            Locale.ROOT,
                                            "the character '%s' (U+%04X %s) is not in the font %s; use a template whose fonts have it, or write the text without it",
                                            new String(Character.toChars(cp)),
                                            cp,
                                            java.util.Objects.requireNonNullElse(
                                                    Character.getName(cp), "unassigned"),
                                            names.get(f))));
                    break;
                }
            }
        }
        return missing;
    }
}
