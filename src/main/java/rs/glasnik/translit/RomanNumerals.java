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
