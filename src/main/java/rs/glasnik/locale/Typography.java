package rs.glasnik.locale;

import java.util.Set;
import rs.glasnik.model.LocaleTag;

/**
 * The typography pass over an author's text, for one locale: typographic quotation marks and
 * apostrophes, en dashes, the ellipsis, and no-break spaces where a line must not break. It is
 * idempotent and leaves addresses, e-mail and the no-convert markup ({{…}}) untouched.
 *
 * <p>{@code Typography.of(LocaleTag.SR_CYRL, "„“", "’’").apply("\"Да\", рекао је у 10 h...")}
 */
public final class Typography {
    static final char NBSP = '\u00A0';

    private static final Set<String> ONE_LETTER_WORDS =
            Set.of("a", "i", "u", "o", "s", "k", "v", "а", "и", "у", "о", "с", "к", "в");

    private static final Set<String> UNITS =
            Set.of(
                    "%",
                    "‰", "°", "°C", "°F", "km", "km/h", "m", "m2", "m²", "m3", "m³", "cm", "mm",
                    "kg", "g", "t", "l", "ml", "ha", "h", "min", "kW", "kWh", "MW", "MWh", "GW",
                    "kV", "Hz", "kHz", "MHz", "GHz", "dB", "км", "м", "см", "мм", "кг", "т", "л",
                    "мл", "ха", "дин.", "RSD", "EUR", "USD", "€", "$", "евра", "evra", "динара",
                    "dinara");

    private static final Set<String> MONTHS =
            Set.of(
                    "јануар",
                    "фебруар",
                    "март",
                    "април",
                    "мај",
                    "јун",
                    "јул",
                    "август",
                    "септембар",
                    "октобар",
                    "новембар",
                    "децембар",
                    "јануара",
                    "фебруара",
                    "марта",
                    "априла",
                    "маја",
                    "јуна",
                    "јула",
                    "августа",
                    "септембра",
                    "октобра",
                    "новембра",
                    "децембра",
                    "januar",
                    "februar",
                    "mart",
                    "april",
                    "maj",
                    "jun",
                    "jul",
                    "avgust",
                    "septembar",
                    "oktobar",
                    "novembar",
                    "decembar",
                    "januara",
                    "februara",
                    "marta",
                    "aprila",
                    "maja",
                    "juna",
                    "jula",
                    "avgusta",
                    "septembra",
                    "oktobra",
                    "novembra",
                    "decembra",
                    "january",
                    "february",
                    "march",
                    "may",
                    "june",
                    "july",
                    "august",
                    "september",
                    "october",
                    "november",
                    "december");

    /** A year as the last part of a date: 2026, 2026., 2026, */
    private static final String YEAR = "[0-9]{4}\\.?[,;:)]?";

    /** An ordinal number in Serbian: 3., 204., 2027., 2020–2025. */
    private static final String ORDINAL = "[0-9]+([–-][0-9]+)?\\.";

    /** A number as written, with separators and decimals: 177, 1.250, 9,78, 1,250.5. */
    private static final String NUMBER = "[0-9]+([.,][0-9]+)*";

    /**
     * Words after a number that are not what it counts: a number and a conjunction or a preposition
     * may break (од 10 до 12, 9,78 и, 38 of them).
     */
    private static final Set<String> FUNCTION_WORDS =
            Set.of(
                    "и", "а", "или", "али", "па", "те", "нити", "да", "до", "од", "на", "за", "у",
                    "уз", "из", "са", "с", "по", "при", "као", "је", "су", "се", "i", "a", "ili",
                    "ali", "pa", "te", "niti", "da", "do", "od", "na", "za", "u", "uz", "iz", "sa",
                    "s", "po", "pri", "kao", "je", "su", "se", "and", "or", "but", "to", "of", "in",
                    "on", "at", "by", "for", "from", "with", "is", "are", "was", "were", "the",
                    "an", "than", "as");

    /** Abbreviated titles that stay with the name after them: др Петровић, проф. Јовановић. */
    private static final Set<String> SERBIAN_TITLES =
            Set.of(
                    "др", "др.", "мр", "мр.", "проф.", "г.", "гђа", "гђа.", "гђица", "гђица.",
                    "св.", "dr", "dr.", "mr", "mr.", "prof.", "g.", "gđa", "gđa.", "gđica",
                    "gđica.", "sv.");

    private static final Set<String> ENGLISH_TITLES =
            Set.of("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof.", "st.");

    /** Abbreviations that stay with the number after them: бр. 5, No. 5. */
    private static final Set<String> NUMBER_SIGNS = Set.of("бр.", "br.", "no.");

    private final LocaleTag locale;
    private final char open;
    private final char close;
    private final char innerOpen;
    private final char innerClose;

    private Typography(LocaleTag locale, String quotes, String innerQuotes) {
        this.locale = locale;
        this.open = quotes.charAt(0);
        this.close = quotes.charAt(1);
        this.innerOpen = innerQuotes.charAt(0);
        this.innerClose = innerQuotes.charAt(1);
    }

    /**
     * @param quotes the opening and closing quotation marks: „“ (Serbian), “” (English)
     * @param innerQuotes the marks for a quotation inside a quotation: ’’, ‘’
     */
    public static Typography of(LocaleTag locale, String quotes, String innerQuotes) {
        if (quotes.length() != 2 || innerQuotes.length() != 2) {
            throw new IllegalArgumentException(
                    "quotation marks come in pairs: " + quotes + " " + innerQuotes);
        }
        return new Typography(locale, quotes, innerQuotes);
    }

    public String apply(String text) {
        return apply(text, '\0', '\0');
    }

    /**
     * The pass over one piece of a paragraph: {@code before} and {@code after} are the characters
     * around it (0 at the edges), so that a quotation mark next to emphasis is still read right.
     */
    public String apply(String text, char before, char after) {
        boolean[] keep = protectedSpans(text);
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (keep[i]) {
                out.append(c);
                continue;
            }
            char previous = out.length() > 0 ? out.charAt(out.length() - 1) : before;
            char next = i + 1 < n ? text.charAt(i + 1) : after;
            if (c == '.' && text.startsWith("...", i) && !keep[i + 1] && !keep[i + 2]) {
                out.append('…');
                i += 2;
            } else if (c == '"') {
                out.append(opens(previous) ? open : close);
            } else if (c == '\'') {
                if (Character.isLetterOrDigit(previous) && Character.isLetterOrDigit(next)) {
                    out.append('’'); // an apostrophe: O’Brien, don’t
                } else {
                    out.append(
                            opens(previous) && Character.isLetterOrDigit(next)
                                    ? innerOpen
                                    : innerClose);
                }
            } else if (c == '-' && (previous == ' ' || previous == NBSP) && spaceOrEdge(next)) {
                out.append('–');
            } else if (c == '-' && numberRange(text, i, keep)) {
                out.append('–');
            } else if (c == ' ' && (noBreak(text, out, i, next) || beforeDash(text, i, after))) {
                out.append(NBSP);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean spaceOrEdge(char c) {
        return c == ' ' || c == NBSP || c == '\0' || c == '\n';
    }

    /**
     * The space before a spaced dash (or a spaced hyphen that becomes one), so that the dash never
     * starts a line: {@code ово – то}, {@code БЕОГРАД, 27. новембар 2026. –}.
     */
    private static boolean beforeDash(String text, int i, char after) {
        if (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == NBSP) {
            return false;
        }
        if (i + 1 >= text.length() || "-–—".indexOf(text.charAt(i + 1)) < 0) {
            return false;
        }
        return spaceOrEdge(i + 2 < text.length() ? text.charAt(i + 2) : after);
    }

    private static boolean opens(char previous) {
        return previous == '\0'
                || Character.isWhitespace(previous)
                || previous == NBSP
                || "([{„“‘’—–-/".indexOf(previous) >= 0;
    }

    /** A hyphen between two numbers, not in a chain like a date or a phone number. */
    private static boolean numberRange(String text, int i, boolean[] keep) {
        int a = i - 1;
        while (a >= 0 && Character.isDigit(text.charAt(a))) {
            a--;
        }
        int b = i + 1;
        while (b < text.length() && Character.isDigit(text.charAt(b))) {
            b++;
        }
        if (a == i - 1 || b == i + 1 || keep[i]) {
            return false;
        }
        boolean chainBefore =
                a >= 0 && (text.charAt(a) == '-' || Character.isLetter(text.charAt(a)));
        boolean chainAfter =
                b < text.length() && (text.charAt(b) == '-' || Character.isLetter(text.charAt(b)));
        boolean leadingZero = text.charAt(a + 1) == '0' || text.charAt(i + 1) == '0';
        return !chainBefore && !chainAfter && !leadingZero;
    }

    /** Whether the space at {@code i} must not break the line. */
    private boolean noBreak(String text, StringBuilder out, int i, char next) {
        if (next == '\0' || next == ' ' || next == '\n') {
            return false;
        }
        String word = lastWord(out);
        String nextWord = nextWord(text, i + 1);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String next0 = trimEnd(nextWord);
        String lowerNext = next0.toLowerCase(java.util.Locale.ROOT);
        boolean nextLower = !nextWord.isEmpty() && Character.isLowerCase(nextWord.charAt(0));
        boolean nextDigit = !nextWord.isEmpty() && Character.isDigit(nextWord.charAt(0));
        // Serbian does not leave a one-letter word at the end of a line: u Beogradu, i Njegoš.
        if (locale.isSerbian() && ONE_LETTER_WORDS.contains(lower)) {
            return true;
        }
        // A number and its unit: 120 km, 25 %, 1.250 динара.
        if (!word.isEmpty()
                && Character.isDigit(word.charAt(word.length() - 1))
                && UNITS.contains(next0)) {
            return true;
        }
        // A day and its month: 27. новембар, 27 November, November 27.
        if (word.matches("[0-9]{1,2}\\.?") && MONTHS.contains(lowerNext)) {
            return true;
        }
        if (MONTHS.contains(lower) && nextWord.matches("[0-9]{1,2}\\b.*")) {
            return true;
        }
        // A month and its year, and the year after the day in November 27, 2026.
        if (MONTHS.contains(lower) && nextWord.matches(YEAR)) {
            return true;
        }
        if (word.matches("[0-9]{1,2},")
                && MONTHS.contains(wordBefore(out).toLowerCase(java.util.Locale.ROOT))
                && nextWord.matches(YEAR)) {
            return true;
        }
        // A date in figures: 14. 12. 2026.
        if (word.matches("[0-9]{1,2}\\.") && nextWord.matches("[0-9]{1,2}\\.|" + YEAR)) {
            return true;
        }
        // An ordinal and what it counts: 3. бригаде, 2027. године; not the number that ends a
        // sentence before a capital (у 2026. Следеће године).
        if (locale.isSerbian()
                && word.matches(ORDINAL)
                && nextLower
                && !FUNCTION_WORDS.contains(lowerNext)) {
            return true;
        }
        if (!locale.isSerbian() && word.matches("[0-9]+(st|nd|rd|th)") && !nextWord.isEmpty()) {
            return Character.isLetter(nextWord.charAt(0));
        }
        // A number and what it counts: 177 припадника, 1.250 комплета, 212 cadets.
        if (word.matches(NUMBER) && nextLower && !FUNCTION_WORDS.contains(lowerNext)) {
            return true;
        }
        // A title and the name: др Петровић, проф. Јовановић, бр. 5, Dr Smith.
        Set<String> titles = locale.isSerbian() ? SERBIAN_TITLES : ENGLISH_TITLES;
        if (titles.contains(lower) && (Character.isLetter(next) || Character.isDigit(next))) {
            return true;
        }
        if (NUMBER_SIGNS.contains(lower) && nextDigit) {
            return true;
        }
        // An initial and the surname: В. Јовановић, V. Jovanović.
        return word.length() == 2
                && Character.isUpperCase(word.charAt(0))
                && word.charAt(1) == '.'
                && !nextWord.isEmpty()
                && Character.isUpperCase(nextWord.charAt(0));
    }

    private static String trimEnd(String word) {
        int end = word.length();
        while (end > 0 && ",;:!?)”“»".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 1 && word.charAt(end - 1) == '.' && !word.equals("дин.")) {
            end--;
        }
        return word.substring(0, end);
    }

    private static String lastWord(StringBuilder out) {
        int end = out.length();
        int start = end;
        while (start > 0
                && !Character.isWhitespace(out.charAt(start - 1))
                && out.charAt(start - 1) != NBSP) {
            start--;
        }
        String word = out.substring(start, end);
        int lead = 0;
        while (lead < word.length() && "([{„“‘’\"'".indexOf(word.charAt(lead)) >= 0) {
            lead++;
        }
        return word.substring(lead);
    }

    /** The word before the last one in {@code out}. */
    private static String wordBefore(StringBuilder out) {
        int end = out.length();
        while (end > 0
                && !Character.isWhitespace(out.charAt(end - 1))
                && out.charAt(end - 1) != NBSP) {
            end--;
        }
        if (end == 0) {
            return "";
        }
        return lastWord(new StringBuilder(out.substring(0, end - 1)));
    }

    private static String nextWord(String text, int from) {
        int end = from;
        while (end < text.length()
                && !Character.isWhitespace(text.charAt(end))
                && text.charAt(end) != NBSP) {
            end++;
        }
        return text.substring(from, end);
    }

    /** Addresses, e-mail and the no-convert markup, which the pass leaves alone. */
    private static boolean[] protectedSpans(String text) {
        boolean[] keep = new boolean[text.length()];
        for (int open = text.indexOf("{{"); open >= 0; open = text.indexOf("{{", open + 2)) {
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                break;
            }
            for (int k = open; k < close + 2; k++) {
                keep[k] = true;
            }
            open = close;
        }
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String token = text.substring(i, end);
            if (token.contains("://") || token.contains("www.") || token.matches(".*\\w@\\w.*")) {
                for (int k = i; k < end; k++) {
                    keep[k] = true;
                }
            }
            i = end;
        }
        return keep;
    }
}
