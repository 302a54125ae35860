package rs.glasnik.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import rs.glasnik.model.Problem;

/**
 * Characters a workspace file may not hold, and invisible ones it should not: checked over the
 * whole decoded text before it is parsed, so each is reported at its own line and column.
 *
 * <ul>
 *   <li>Refused: control characters other than tab, line feed and carriage return (C0, DEL and C1,
 *       U+0080 to U+009F), the non-characters U+FFFE and U+FFFF, and surrogates that are not part
 *       of a pair. XML 1.0, and so DOCX, cannot hold most of them; none belongs in a press release,
 *       and written to a terminal they drive it.
 *   <li>Warned about: the direction controls U+202A to U+202E and U+2066 to U+2069 (embeddings,
 *       overrides, isolates), which reorder the text around them without being seen.
 * </ul>
 */
final class Characters {
    static final String DIRECTION_ADVICE =
            "; it reorders the text around it in DOCX and PDF, so delete it unless the text needs it";

    private static final String[] C0 = {
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
        "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
                "ESC",
        "FS", "GS", "RS", "US"
    };

    private Characters() {}

    /**
     * Refuses the first character {@code text} may not hold, at its line and column; adds a warning
     * for each direction control.
     */
    static void check(Path file, String text, List<Problem> warnings) throws LoadException {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Optional<String> bad = describeIllegal(text, i);
            if (bad.isPresent()) {
                throw new LoadException(
                        Problem.error(
                                file,
                                line,
                                column,
                                "",
                                "a " + bad.get() + " stands here" + advice(c)));
            }
            if (isDirectionControl(c)) {
                warnings.add(
                        Problem.warning(
                                file,
                                line,
                                column,
                                "",
                                "an invisible "
                                        + describeDirection(c)
                                        + " stands here"
                                        + DIRECTION_ADVICE));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
    }

    /** The first character of {@code value} a document may not hold, described; or empty. */
    static Optional<String> illegal(String value) {
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            Optional<String> bad = describeIllegal(value, i);
            if (bad.isPresent()) {
                return bad;
            }
        }
        return Optional.empty();
    }

    /** How many direction controls {@code text} holds. */
    static long directionControls(String text) {
        return text.codePoints().filter(Characters::isDirectionControl).count();
    }

    /** The first direction control of {@code text}, described. */
    static String describeDirection(String text) {
        return text.codePoints()
                .filter(Characters::isDirectionControl)
                .mapToObj(Characters::describeDirection)
                .findFirst()
                .orElse("a direction control");
    }

    static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String describeDirection(int c) {
        String name =
                switch (c) {
                    case 0x202A -> "LEFT-TO-RIGHT EMBEDDING";
                    case 0x202B -> "RIGHT-TO-LEFT EMBEDDING";
                    case 0x202C -> "POP DIRECTIONAL FORMATTING";
                    case 0x202D -> "LEFT-TO-RIGHT OVERRIDE";
                    case 0x202E -> "RIGHT-TO-LEFT OVERRIDE";
                    case 0x2066 -> "LEFT-TO-RIGHT ISOLATE";
                    case 0x2067 -> "RIGHT-TO-LEFT ISOLATE";
                    case 0x2068 -> "FIRST STRONG ISOLATE";
                    default -> "POP DIRECTIONAL ISOLATE";
                };
        return "direction control " + hex(c) + " (" + name + ")";
    }

    /** The character at {@code i} described, when a document may not hold it. */
    private static Optional<String> describeIllegal(String text, int i) {
        char ch = text.charAt(i);
        if (Character.isHighSurrogate(ch)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Optional.empty();
        }
        if (Character.isSurrogate(ch)) {
            return Optional.of("unpaired surrogate " + hex(ch));
        }
        if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
            return Optional.of("control character " + hex(ch) + " (" + C0[ch] + ")");
        }
        if (ch == 0x7F) {
            return Optional.of("control character U+007F (DEL)");
        }
        if (ch >= 0x80 && ch <= 0x9F) {
            return Optional.of("control character " + hex(ch));
        }
        if (ch == 0xFFFE || ch == 0xFFFF) {
            return Optional.of("non-character " + hex(ch));
        }
        return Optional.empty();
    }

    private static String advice(int c) {
        if (c >= 0x80 && c <= 0x9F) {
            return "; documents cannot hold it, and it is often a Windows-1252 character"
                    + " (a curly quote, a dash) saved wrongly, so retype that character";
        }
        return "; documents cannot hold it and editors do not show it, so delete it";
    }

    private static String hex(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
