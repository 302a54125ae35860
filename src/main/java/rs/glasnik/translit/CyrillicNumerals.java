package rs.glasnik.translit;

import java.util.Locale;
import java.util.Set;

/**
 * Numbers in Cyrillic text for {@link CyrillicToLatin}: unit symbols after a number become the
 * international symbols ({@code 120 км/ч} is {@code 120 km/h}, {@code 5 кг} is {@code 5 kg}), and a
 * lone {@code Х} is the Roman ten only where numerals stand ({@code Х век}, {@code од Х до ХII}).
 *
 * <p>{@code CyrillicNumerals.unit("120 км/ч", 4, 8, 0, out)} appends {@code km/h}.
 */
final class CyrillicNumerals {
    private CyrillicNumerals() {}

    /** Unit symbols in Cyrillic whose Latin letters are the international symbol (км, кг). */
    private static final Set<String> UNITS =
            Set.of(
                    "км", "м", "цм", "мм", "дм", "нм", "кг", "мг", "г", "т", "л", "мл", "дл", "цл",
                    "с", "мс", "мин", "ха", "кВ", "мВ", "кW", "МW", "кХз", "МХз", "ГХз", "Хз", "дБ",
                    "кПа", "хПа", "МПа", "Па", "бар", "км2", "м2", "м3", "цм2", "цм3", "мм2", "км²",
                    "м²", "м³", "цм²", "цм³", "мм²", "кЈ", "МЈ", "мА", "А", "В", "kB", "кБ", "МБ",
                    "ГБ", "ТБ");

    /**
     * Appends the international symbol when {@code s[from, to)}, a run between white space, is a
     * Cyrillic unit after a number (5 кг, 120км/ч, 10 ч.) or a unit expression (км/ч); false, with
     * nothing appended, otherwise.
     */
    static boolean unit(CharSequence s, int from, int to, int lineFrom, StringBuilder out) {
        int a = from;
        while (a < to && Character.isDigit(s.charAt(a))
                || (a > from
                        && a < to
                        && (s.charAt(a) == ',' || s.charAt(a) == '.')
                        && a + 1 < to
                        && Character.isDigit(s.charAt(a + 1)))) {
            a++;
        }
        boolean glued = a > from;
        boolean afterNumber = glued || numberBefore(s, from, lineFrom);
        if (!afterNumber && !hasSlash(s, a, to)) {
            return false;
        }
        int b = to;
        while (b > a && ",.;:!?)”»".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        if (b <= a || !Letters.isCyrillic(s.charAt(a))) {
            return false;
        }
        String token = s.subSequence(a, b).toString();
        int slash = token.indexOf('/');
        StringBuilder latin = new StringBuilder(token.length());
        if (slash > 0) {
            String first = token.substring(0, slash);
            String second = token.substring(slash + 1);
            if (!isUnit(first) || !isUnit(second)) {
                return false;
            }
            latin.append(symbol(first)).append('/').append(symbol(second));
        } else if (afterNumber && isUnit(token)) {
            latin.append(symbol(token));
        } else {
            return false;
        }
        out.append(s, from, a).append(latin).append(s, b, to);
        return true;
    }

    private static boolean hasSlash(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '/') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the Cyrillic word at {@code i} is a unit whose symbol is not its letters (ч, кВч).
     */
    static boolean changedUnitAt(CharSequence s, int i, int to) {
        int j = i;
        while (j < to && j - i < 5 && Letters.isWordChar(s.charAt(j))) {
            j++;
        }
        return Letters.CHANGED_UNITS.containsKey(s.subSequence(i, j).toString());
    }

    private static boolean numberBefore(CharSequence s, int from, int lineFrom) {
        int p = from - 1;
        while (p >= lineFrom
                && (s.charAt(p) == ' '
                        || s.charAt(p) == '\u00A0'
                        || s.charAt(p) == '\u202F'
                        || s.charAt(p) == '\u2009')) {
            p--;
        }
        return p >= lineFrom && p < from - 1 && Character.isDigit(s.charAt(p));
    }

    private static boolean isUnit(String token) {
        return UNITS.contains(token) || Letters.CHANGED_UNITS.containsKey(token);
    }

    private static String symbol(String token) {
        String changed = Letters.CHANGED_UNITS.get(token);
        if (changed != null) {
            return changed;
        }
        StringBuilder out = new StringBuilder(token.length());
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            String l = Letters.isSerbianCyrillic(c) ? Letters.CYRILLIC_TO_LATIN[c - 0x400] : null;
            out.append(l != null ? l : String.valueOf(c));
        }
        return out.toString();
    }

    /** Joining words between numerals: од Х до ХII, Х и ХI, Х или ХI. */
    private static final Set<String> JOINERS = Set.of("до", "и", "или", "од");

    /**
     * Whether a lone Х is the numeral ten: before a noun that follows ordinal numerals (Х век, Х
     * конгрес), next to another numeral (од Х до ХII, IХ и Х), or after a name (Луј Х, Пије Х).
     */
    static boolean loneXIsNumeral(CharSequence s, int from, int to, int lineFrom, int lineTo) {
        int[] next = Context.nextWord(s, to, lineTo);
        if (next != null && RomanNumerals.isOrdinalNoun(latin(s, next))) {
            return true;
        }
        if (next != null && JOINERS.contains(s.subSequence(next[0], next[1]).toString())) {
            next = Context.nextWord(s, next[1], lineTo);
        }
        if (next != null && numeral(s, next)) {
            return true;
        }
        int[] previous = Context.previousWord(s, from, lineFrom);
        if (previous != null && numeral(s, previous)) {
            return true;
        }
        if (previous != null
                && JOINERS.contains(s.subSequence(previous[0], previous[1]).toString())) {
            int[] before = Context.previousWord(s, previous[0], lineFrom);
            return before != null && numeral(s, before);
        }
        if (to + 1 < lineTo && s.charAt(to) == '.' && Context.isAllCaps(s, next)) {
            return true; // Х. ЗАКЉУЧАК: a chapter
        }
        // Луј Х, Пије Х: a name and its number.
        return previous != null
                && Character.isUpperCase(s.charAt(previous[0]))
                && !Context.isAllCaps(s, previous)
                && onlySpaces(s, previous[1], from);
    }

    private static boolean onlySpaces(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) != ' ' && s.charAt(k) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /**
     * A Roman numeral written in Latin letters or with Cyrillic Х and І, of two letters or more.
     */
    private static boolean numeral(CharSequence s, int[] word) {
        if (word[1] - word[0] < 2) {
            return false;
        }
        StringBuilder roman = new StringBuilder();
        for (int k = word[0]; k < word[1]; k++) {
            char c = s.charAt(k);
            roman.append(
                    switch (c) {
                        case 'Х' -> 'X';
                        case 'І' -> 'I';
                        default -> c;
                    });
        }
        return Letters.isRomanNumeral(roman);
    }

    private static String latin(CharSequence s, int[] word) {
        StringBuilder out = new StringBuilder();
        for (int k = word[0]; k < word[1]; k++) {
            char c = s.charAt(k);
            String l = Letters.isSerbianCyrillic(c) ? Letters.CYRILLIC_TO_LATIN[c - 0x400] : null;
            out.append(l != null ? l : String.valueOf(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
