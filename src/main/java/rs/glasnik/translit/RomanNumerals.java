package rs.glasnik.translit;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a Roman numeral from a word for {@link LatinToCyrillic}: XXI vek and Petar II keep their
 * numerals, V. Jovanović is an initial, and I, MI, VI in a line of capitals are words.
 *
 * <p>{@code RomanNumerals.read(line, "VI", from, to, 0, line.length())}
 */
final class RomanNumerals {
    private RomanNumerals() {}

    /** How a token that is a valid Roman numeral reads. */
    enum Reading {
        /** A word or an initial: converted to Cyrillic. */
        WORD,
        /** A numeral: kept in Latin. */
        NUMERAL,
        /** 'I' after a capitalised word (Petar I): kept as a numeral, with a warning. */
        NUMERAL_AFTER_NAME
    }

    /**
     * Roman numerals that are also Serbian words, converted when the text around is in capitals.
     */
    private static final Set<String> NUMERAL_WORDS = Set.of("I", "MI", "VI", "LI", "DIV");

    /** Nouns that follow an ordinal Roman numeral: VI vek, XIX kongres, III deo. */
    private static final Set<String> ORDINAL_NOUNS =
            Set.of(
                    "vek",
                    "veka",
                    "veku",
                    "vekom",
                    "veke",
                    "veki",
                    "stoleće",
                    "stoleća",
                    "stoleću",
                    "stolećem",
                    "milenijum",
                    "milenijuma",
                    "kongres",
                    "kongresa",
                    "kongresu",
                    "sednica",
                    "sednice",
                    "sednici",
                    "saziv",
                    "saziva",
                    "sazivu",
                    "razred",
                    "razreda",
                    "razredu",
                    "festival",
                    "festivala",
                    "festivalu",
                    "deo",
                    "dela",
                    "delu",
                    "tom",
                    "toma",
                    "tomu",
                    "poglavlje",
                    "poglavlja",
                    "član",
                    "člana",
                    "članu",
                    "stav",
                    "stava",
                    "stavu",
                    "glava",
                    "glave",
                    "glavi",
                    "odeljak",
                    "odeljka",
                    "armija",
                    "armije",
                    "korpus",
                    "korpusa",
                    "brigada",
                    "brigade",
                    "bataljon",
                    "bataljona",
                    "krstaški",
                    "krstaškog",
                    "svetski",
                    "svetskog",
                    "svetskom",
                    "godište",
                    "godišta",
                    "stepen",
                    "stepena",
                    "kategorija",
                    "kategorije",
                    "liga",
                    "lige",
                    "ligi",
                    "kolo",
                    "kola",
                    "sprat",
                    "sprata",
                    "spratu",
                    "faza",
                    "faze",
                    "fazi");

    /**
     * Whether a valid Roman numeral is really a word or an initial: V. Jovanović, the conjunction
     * I, MI and VI in a line of capitals. Otherwise it stays a numeral (XXI vek, Petar II).
     */
    static Reading read(CharSequence s, String w, int from, int to, int lineFrom, int lineTo) {
        if (w.length() == 1) {
            if (to + 1 < lineTo && s.charAt(to) == '.') {
                int p = to + 1;
                while (p < lineTo && Letters.isWhitespace(s.charAt(p))) {
                    p++;
                }
                if (p > to + 1 && p < lineTo && Character.isUpperCase(s.charAt(p))) {
                    // V. Jovanović is an initial; I. UVOD, a chapter heading, a numeral.
                    return Context.isAllCaps(s, Context.nextWord(s, p, lineTo))
                            ? Reading.NUMERAL
                            : Reading.WORD;
                }
            }
            if ("CDLM".contains(w)) {
                return Reading.WORD;
            }
        }
        if (w.length() == 1 && betweenNumerals(s, from, to, lineFrom, lineTo)) {
            return Reading.NUMERAL; // od I do IV kategorije, I i II razred, V i VI vek
        }
        int[] next = Context.nextWord(s, to, lineTo);
        if (next != null
                && ORDINAL_NOUNS.contains(
                        s.subSequence(next[0], next[1]).toString().toLowerCase(Locale.ROOT))) {
            return Reading.NUMERAL; // VI vek, VI VEK, XXI stoleće
        }
        if (capitalsAround(s, from, to, lineFrom, lineTo)) {
            return NUMERAL_WORDS.contains(w) ? Reading.WORD : Reading.NUMERAL;
        }
        if (w.equals("I")) {
            if (Context.startsSentence(s, from, lineFrom)) {
                return Reading.WORD;
            }
            int[] previous = Context.previousWord(s, from, lineFrom);
            if (previous == null || !Character.isUpperCase(s.charAt(previous[0]))) {
                return Reading.WORD;
            }
            return Reading.NUMERAL_AFTER_NAME;
        }
        return w.equals("MI") || w.equals("LI") || w.equals("DIV") ? Reading.WORD : Reading.NUMERAL;
    }

    static boolean isOrdinalNoun(String lowerLatin) {
        return ORDINAL_NOUNS.contains(lowerLatin);
    }

    /** Words that join numerals: od I do IV, I i II, I ili II, I–IV, I, II i III. */
    private static final Set<String> JOINERS = Set.of("do", "i", "ili", "od", "pa", "a", "ni");

    /**
     * Whether a one-letter numeral stands next to another numeral, with only a joining word (do, i,
     * ili) or a dash, comma or slash between: od I do IV, I i II.
     */
    private static boolean betweenNumerals(
            CharSequence s, int from, int to, int lineFrom, int lineTo) {
        int[] next = Context.nextWord(s, to, lineTo);
        if (next != null && joinedBy(s, to, next[0]) && joiner(s, next)) {
            int[] after = Context.nextWord(s, next[1], lineTo);
            if (after != null && numeral(s, after) && onlySpaces(s, next[1], after[0])) {
                return true;
            }
        } else if (next != null && joinedBy(s, to, next[0]) && numeral(s, next)) {
            return true;
        }
        int[] previous = Context.previousWord(s, from, lineFrom);
        if (previous != null && joinedBy(s, previous[1], from) && joiner(s, previous)) {
            int[] before = Context.previousWord(s, previous[0], lineFrom);
            return before != null && numeral(s, before) && onlySpaces(s, before[1], previous[0]);
        }
        return previous != null && joinedBy(s, previous[1], from) && numeral(s, previous);
    }

    private static boolean joiner(CharSequence s, int[] word) {
        return JOINERS.contains(s.subSequence(word[0], word[1]).toString());
    }

    private static boolean numeral(CharSequence s, int[] word) {
        CharSequence w = s.subSequence(word[0], word[1]);
        return Letters.isRomanNumeral(w) && !Set.of("MI", "LI", "DIV").contains(w.toString())
                || w.toString().equals("I");
    }

    /** Only spaces, commas, dashes or a slash between two words. */
    private static boolean joinedBy(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (" ,–—-/\u00A0".indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpaces(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) != ' ' && s.charAt(k) != '\u00A0') {
                return false;
            }
        }
        return to > from;
    }

    private static boolean capitalsAround(
            CharSequence s, int from, int to, int lineFrom, int lineTo) {
        int[] before = Context.previousWord(s, from, lineFrom);
        int[] after = Context.nextWord(s, to, lineTo);
        return capitalWord(s, before) || capitalWord(s, after);
    }

    private static boolean capitalWord(CharSequence s, int[] word) {
        return Context.isAllCaps(s, word)
                && !Letters.isRomanNumeral(s.subSequence(word[0], word[1]));
    }
}
