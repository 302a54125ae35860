package rs.glasnik.translit;

import java.util.Set;

/**
 * Tokens of technical text that {@link LatinToCyrillic} keeps in Latin as a whole: command-line
 * options ({@code --help}, {@code -v}), paths ({@code /a/b}), identifiers ({@code snake_case},
 * {@code camelCase}, {@code dotted.names}, {@code f()}), key combinations ({@code Ctrl+C}), unit
 * symbols that cannot be words ({@code MHz}), and words that are clearly not Serbian (clusters
 * Serbian does not have: {@code Northrop}, {@code Rutte}).
 *
 * <p>{@code Technical.keeps("PANGO_STYLE_ITALIC")} is true.
 */
final class Technical {
    private Technical() {}

    /** Constants of programming languages written in capitals: NULL, TRUE, EOF. */
    static final Set<String> CONSTANTS =
            Set.of("NULL", "TRUE", "FALSE", "EOF", "STDIN", "STDOUT", "STDERR", "ASCII", "NaN");

    /** Chemical element symbols, for formulas without digits (NaCl, HCl, NaOH). */
    private static final Set<String> ELEMENTS =
            Set.of(
                    "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si",
                    "P", "S", "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni",
                    "Cu", "Zn", "Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb",
                    "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe",
                    "Cs", "Ba", "La", "Ce", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "Rn", "U",
                    "Pu", "W");

    /**
     * A formula of two or more element symbols, one of them of two letters: NaCl, HCl, NaOH, KMnO.
     * Not BiH (Bosna i Hercegovina): {@link #innerCapitals} tells it is Serbian first.
     */
    static boolean chemicalFormula(String w) {
        int n = w.length();
        int elements = 0;
        boolean twoLetters = false;
        int k = 0;
        while (k < n) {
            char c = w.charAt(k);
            if (!(c >= 'A' && c <= 'Z')) {
                return false;
            }
            if (k + 1 < n
                    && w.charAt(k + 1) >= 'a'
                    && w.charAt(k + 1) <= 'z'
                    && ELEMENTS.contains(w.substring(k, k + 2))) {
                twoLetters = true;
                k += 2;
            } else if (ELEMENTS.contains(w.substring(k, k + 1))) {
                k++;
            } else {
                return false;
            }
            elements++;
        }
        return elements >= 2 && twoLetters;
    }

    /** Key names kept in Latin in any context: none of them is a Serbian word. */
    static final Set<String> ALWAYS_KEYS =
            Set.of(
                    "Ctrl",
                    "Shift",
                    "Esc",
                    "Tab",
                    "Enter",
                    "AltGr",
                    "Backspace",
                    "PgUp",
                    "PgDn",
                    "Delete");

    /** Key names: those above, and those that are words too (Home, End, Insert, Alt...). */
    static final Set<String> KEYS = keys();

    private static Set<String> keys() {
        Set<String> keys = new java.util.HashSet<>(ALWAYS_KEYS);
        keys.addAll(
                Set.of(
                        "Alt",
                        "Cmd",
                        "Fn",
                        "Del",
                        "Insert",
                        "Ins",
                        "Home",
                        "End",
                        "PrtSc",
                        "Space",
                        "CapsLock",
                        "Caps",
                        "Lock",
                        "Num",
                        "Win",
                        "Super",
                        "Option",
                        "Return"));
        for (int f = 1; f <= 12; f++) {
            keys.add("F" + f);
        }
        return Set.copyOf(keys);
    }

    /** Words after which Alt (a Serbian word too: the voice) is a key. */
    static final Set<String> KEY_CONTEXT =
            Set.of(
                    "taster",
                    "tastera",
                    "tasteru",
                    "tasterom",
                    "tasteri",
                    "tastere",
                    "tasterima",
                    "tipka",
                    "tipku",
                    "tipke",
                    "tipkom",
                    "tipki",
                    "dugme",
                    "dugmeta",
                    "dugmetom",
                    "pritisnite",
                    "pritisni",
                    "pritisnuti",
                    "pritiskom",
                    "pritisnete",
                    "držite",
                    "drži",
                    "prečica",
                    "prečicu",
                    "prečice",
                    "kombinacija",
                    "kombinaciju",
                    "kombinacijom");

    /** Font-name words: kept in a name of capitalised words (Noto Sans, Liberation Serif). */
    static final Set<String> FONT_WORDS = Set.of("Sans", "Serif", "Mono");

    /**
     * A whitespace-free token (its surrounding punctuation already stripped) that stays Latin as a
     * whole.
     */
    static boolean keeps(CharSequence s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        char first = s.charAt(from);
        boolean letters = false;
        for (int k = from; k < to; k++) {
            if (Letters.isLatin(s.charAt(k))) {
                letters = true;
                break;
            }
        }
        if (!letters) {
            return false;
        }
        // --help, -v, --output=file
        if (first == '-' && Letters.isLatinAscii(s.charAt(from + 1))) {
            return true;
        }
        if (first == '-'
                && s.charAt(from + 1) == '-'
                && to - from > 2
                && Letters.isLatinAscii(s.charAt(from + 2))) {
            return true;
        }
        // /a/b, ./run, ../x, ~/x, C:\x
        if (first == '/' || first == '~' && s.charAt(from + 1) == '/') {
            return true;
        }
        if (first == '.' && (s.charAt(from + 1) == '/' || s.charAt(from + 1) == '.')) {
            return true;
        }
        boolean plus = false;
        boolean dot = false;
        boolean bracket = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                return true;
            }
            if (c == '_' && k > from && k + 1 < to) {
                return true; // snake_case, PANGO_STYLE_ITALIC, MAX_PATH
            }
            plus |= c == '+';
            dot |= c == '.';
            bracket |= c == '(';
        }
        return (plus && keyCombination(s, from, to))
                || (bracket && call(s, from, to))
                || (dot && dottedName(s, from, to));
    }

    /** Ctrl+C, Alt+F4, Ctrl+Shift+Esc: parts joined by '+', one of them a key name. */
    static boolean keyCombination(CharSequence s, int from, int to) {
        String token = s.subSequence(from, to).toString();
        for (String part : token.split("\\+", -1)) {
            if (KEYS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** f(), getName(), f(x), print(a,b): an identifier and parentheses that are not a word's. */
    private static boolean call(CharSequence s, int from, int to) {
        int open = -1;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '(') {
                open = k;
                break;
            }
        }
        if (open <= from || s.charAt(to - 1) != ')') {
            return false;
        }
        for (int k = from; k < open; k++) {
            char c = s.charAt(k);
            if (!(Letters.isLatinAscii(c) || c == '_' || c == '.' || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        // učenik(a), korisnik(ci), student(kinja) are words with an ending in brackets; f(),
        // f(a), print(x), get(key, 0), getName(id) are calls.
        if (open + 1 == to - 1 || open - from == 1 || identifierLike(s, from, open)) {
            return true;
        }
        for (int k = open + 1; k < to - 1; k++) {
            char c = s.charAt(k);
            if (!Letters.isLatin(c) || !LatinLetters.serbianLatin(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean identifierLike(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '_' || c == '.' || (k > from && camelAt(s, k, from, to))) {
                return true;
            }
        }
        return false;
    }

    /**
     * dotted.names, os.path.join, Math.max: ASCII identifiers joined by dots. Not abbreviations
     * (d.o.o., t.j., dipl.inž.) and not a missing space (kraj.Sledeći).
     */
    private static boolean dottedName(CharSequence s, int from, int to) {
        int segments = 0;
        int longest = 0;
        int start = from;
        boolean previousLower = false;
        for (int k = from; k <= to; k++) {
            if (k == to || s.charAt(k) == '.') {
                int length = k - start;
                if (length == 0) {
                    return false;
                }
                char head = s.charAt(start);
                if (segments == 1 && k == to && previousLower && Character.isUpperCase(head)) {
                    return false; // kraj.Sledeci: a missing space, not java.util.List
                }
                previousLower = Character.isLowerCase(head);
                longest = Math.max(longest, length);
                segments++;
                if (k == to && length < 2) {
                    return false;
                }
                start = k + 1;
                continue;
            }
            char c = s.charAt(k);
            if (!(Letters.isLatinAscii(c) || c == '_' || (c >= '0' && c <= '9' && k > start))) {
                return false;
            }
        }
        return segments >= 2 && longest >= 3;
    }

    /** A lower-case letter followed by a capital inside a word: camelCase, iPhone, NaCl. */
    static boolean camelAt(CharSequence s, int k, int from, int to) {
        return k > from
                && Character.isLowerCase(s.charAt(k - 1))
                && Character.isUpperCase(s.charAt(k))
                && Letters.isLatin(s.charAt(k - 1))
                && Letters.isLatin(s.charAt(k));
    }

    /**
     * Whether a word has inner capitals (camelCase, DejaVu, iPhone, NaCl, MHz-like symbols are
     * found by {@link UnitSymbols}); Serbian abbreviations with the conjunction i (BiH, KiM, SiCG)
     * and e-services (eUprava, ePorezi) are Serbian.
     */
    static boolean innerCapitals(String w) {
        int n = w.length();
        boolean camel = false;
        for (int k = 1; k < n; k++) {
            if (camelAt(w, k, 0, n)) {
                camel = true;
                break;
            }
        }
        if (!camel) {
            return false;
        }
        if (w.charAt(0) == 'e' && n > 2 && Character.isUpperCase(w.charAt(1))) {
            boolean restLower = true;
            for (int k = 2; k < n; k++) {
                if (Character.isUpperCase(w.charAt(k))) {
                    restLower = false;
                }
            }
            if (restLower) {
                return false; // eUprava, ePorezi
            }
        }
        return !serbianAbbreviation(w);
    }

    /** BiH, KiM, SiCG: capitals with the conjunction i between them. */
    static boolean serbianAbbreviation(String w) {
        boolean i = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLowerCase(c)) {
                if (c != 'i' || k == 0 || k == w.length() - 1) {
                    return false;
                }
                i = true;
            }
        }
        return i;
    }

    /**
     * A word with letter clusters Serbian does not have: th, ph, sch, doubled consonants (ll, mm,
     * tt, ss, ff, pp, bb, cc, gg, zz; not rr: superračunar), and a final ck, gh or sh. A boundary
     * of a Serbian prefix (othraniti, posthumno, ophoditi) is not a cluster. Only for words with
     * lower-case letters; acronyms (MMF, SSP) are Serbian.
     */
    static boolean foreignClusters(String lower) {
        int n = lower.length();
        for (int k = 1; k < n; k++) {
            char a = lower.charAt(k - 1);
            char b = lower.charAt(k);
            if (a == b
                    && "lmtsfpbcgz".indexOf(a) >= 0
                    && !(a == 't' && k + 1 < n && lower.charAt(k + 1) == 'r')) {
                return true; // not sedamdesettri (sedamdeset|tri)
            }
            if (b == 'h') {
                char before = k >= 2 ? lower.charAt(k - 2) : 0;
                if (a == 't' && before != 'o' && before != 's') {
                    return true; // Northrop, Hegseth, Thales; not othraniti, posthumno
                }
                if (a == 'p' && before != 'o') {
                    return true; // Philips, Raphael; not ophoditi
                }
                if (a == 'c' && before == 's') {
                    return true; // Schneider, Scholz
                }
                if (k == n - 1 && (a == 'g' || a == 's')) {
                    return true; // Edinburgh, Bush
                }
            }
            if (k == n - 1 && a == 'c' && b == 'k') {
                return true; // Black, Buck
            }
        }
        return false;
    }
}
