package rs.glasnik.model;

import java.util.Optional;

/**
 * The three locales glasnik publishes in, as BCP 47 tags.
 *
 * <p>{@code LocaleTag.parse("sr-Cyrl-RS")} gives {@code Optional.of(SR_CYRL)}.
 */
public enum LocaleTag {
    SR_CYRL("sr-Cyrl", "sr-Cyrl-RS"),
    SR_LATN("sr-Latn", "sr-Latn-RS"),
    EN("en", "en-GB");

    private final String tag;
    private final String regional;

    LocaleTag(String tag, String regional) {
        this.tag = tag;
        this.regional = regional;
    }

    /** The short tag used in files and file names: {@code sr-Cyrl}. */
    public String tag() {
        return tag;
    }

    /** The tag with its default region, as documents declare it: {@code sr-Cyrl-RS}. */
    public String regionalTag() {
        return regional;
    }

    public boolean isSerbian() {
        return this != EN;
    }

    /**
     * Reads a tag as people write it: case-insensitive, with an optional region ({@code
     * sr-Latn-RS}, {@code en-US}). Bare {@code sr} is not accepted: it does not say the script.
     */
    public static Optional<LocaleTag> parse(String text) {
        String[] parts = text.trim().replace('_', '-').split("-", -1);
        if (parts.length == 0 || parts.length > 3) {
            return Optional.empty();
        }
        String language = ascii(parts[0]);
        if (language.equals("en")) {
            if (parts.length == 1) {
                return Optional.of(EN);
            }
            if (parts.length == 2 && parts[1].matches("[A-Za-z]{2}")) {
                return Optional.of(EN);
            }
            return Optional.empty();
        }
        if (!language.equals("sr") || parts.length < 2) {
            return Optional.empty();
        }
        if (parts.length == 3 && !parts[2].matches("[A-Za-z]{2}")) {
            return Optional.empty();
        }
        switch (ascii(parts[1])) {
            case "cyrl":
                return Optional.of(SR_CYRL);
            case "latn":
                return Optional.of(SR_LATN);
            default:
                return Optional.empty();
        }
    }

    /** Finds a locale by its exact short tag, as written in glasnik's own files. */
    public static Optional<LocaleTag> ofTag(String tag) {
        for (LocaleTag locale : values()) {
            if (locale.tag.equals(tag)) {
                return Optional.of(locale);
            }
        }
        return Optional.empty();
    }

    private static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return tag;
    }
}
