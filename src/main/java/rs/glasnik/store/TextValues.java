package rs.glasnik.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import rs.glasnik.model.ReleaseDate;

/**
 * What the text of a scalar means for {@link NodeReader}: slugs, locale tags and dates, each either
 * accepted or refused with the message the author reads.
 *
 * <p>{@code TextValues.date("2026-11-27T10:30", true).value()}
 */
final class TextValues {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_LOCAL =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern ISO_OFFSET =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})");

    private TextValues() {}

    /** A value read from a text, or the message that says why the text is not one. */
    record Read<T>(Optional<T> value, String problem) {
        static <T> Read<T> of(T value) {
            return new Read<>(Optional.of(value), "");
        }

        static <T> Read<T> refused(String problem) {
            return new Read<>(Optional.empty(), problem);
        }
    }

    /** Why {@code s} is not a valid slug (an id, a name), or empty when it is one. */
    static Optional<String> slugProblem(String s, String what) {
        if (!NodeReader.SLUG.matcher(s).matches() || s.length() > 80) {
            return Optional.of(
                    "'"
                            + s
                            + "' is not a valid "
                            + what
                            + "; use lower-case letters a-z, digits and single"
                            + " hyphens, at most 80 characters (e.g. "
                            + suggestSlug(s)
                            + ")");
        }
        return Optional.empty();
    }

    private static String suggestSlug(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String slug = out.toString().replaceAll("-+$", "");
        if (slug.isEmpty()) {
            slug = "my-release";
        }
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    /** Why {@code s}, which is not a locale tag, cannot be one. */
    static String localeProblem(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("sr") || lower.equals("sr-rs")) {
            return "'" + s + "' does not say the script; write sr-Cyrl or sr-Latn";
        }
        return "'" + s + "' is not a locale glasnik publishes in; use en, sr-Cyrl or sr-Latn";
    }

    /**
     * A date ({@code 2026-11-27}, at the start of the day) or a date and time, with an offset or in
     * {@link NodeReader#DEFAULT_ZONE}.
     */
    static Read<ReleaseDate> date(String s, boolean timeRequired) {
        try {
            if (ISO_DATE.matcher(s).matches()) {
                if (timeRequired) {
                    return Read.refused(
                            "'" + s + "' has no time; write a date and time, e.g. " + s + "T10:00");
                }
                return Read.of(
                        new ReleaseDate(
                                LocalDate.parse(s).atStartOfDay(NodeReader.DEFAULT_ZONE), false));
            }
            String iso = s.replace(' ', 'T');
            if (ISO_LOCAL.matcher(s).matches()) {
                return Read.of(
                        new ReleaseDate(
                                LocalDateTime.parse(iso).atZone(NodeReader.DEFAULT_ZONE), true));
            }
            if (ISO_OFFSET.matcher(s).matches()) {
                return Read.of(new ReleaseDate(OffsetDateTime.parse(iso).toZonedDateTime(), true));
            }
        } catch (DateTimeParseException e) {
            return Read.refused(
                    "'" + s + "' is not a real date or time (" + cause(e) + "); check the numbers");
        }
        return Read.refused(
                "'"
                        + s
                        + "' is not an ISO-8601 date; write 2026-11-27,"
                        + " 2026-11-27T10:30 or 2026-11-27T10:30+01:00");
    }

    private static String cause(DateTimeParseException e) {
        String m = e.getMessage();
        int i = m.indexOf(": ");
        String detail =
                i >= 0 && m.lastIndexOf(": ") > i ? m.substring(m.lastIndexOf(": ") + 2) : m;
        return detail.replace("Invalid value for ", "").replace("Invalid date ", "");
    }
}
