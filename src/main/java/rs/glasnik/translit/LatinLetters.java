package rs.glasnik.translit;

/**
 * The Serbian Latin alphabet letter by letter for {@link LatinToCyrillic}: which Latin letters are
 * Serbian, their Cyrillic, and a word's conversion with the digraphs lj, nj, dž as single letters
 * unless an exception splits them.
 *
 * <p>{@code LatinLetters.convert("Njegoš", "njegoš", exceptions, out)} appends "Његош".
 */
final class LatinLetters {
    private LatinLetters() {}

    /** Cyrillic for ASCII letters, indexed by code; 0 for q, w, x, y and non-letters. */
    private static final char[] ASCII = new char[128];

    static {
        String from = "abcdefghijklmnoprstuvz";
        String to = "абцдефгхијклмнопрстувз";
        for (int i = 0; i < from.length(); i++) {
            ASCII[from.charAt(i)] = to.charAt(i);
            ASCII[Character.toUpperCase(from.charAt(i))] = Character.toUpperCase(to.charAt(i));
        }
    }

    static char single(char c) {
        if (c < 0x80) {
            return ASCII[c];
        }
        return switch (c) {
            case 'č' -> 'ч';
            case 'Č' -> 'Ч';
            case 'ć' -> 'ћ';
            case 'Ć' -> 'Ћ';
            case 'đ' -> 'ђ';
            case 'Đ' -> 'Ђ';
            case 'š' -> 'ш';
            case 'Š' -> 'Ш';
            case 'ž' -> 'ж';
            case 'Ž' -> 'Ж';
            case 'ǆ' -> 'џ';
            case 'ǅ', 'Ǆ' -> 'Џ';
            case 'ǉ' -> 'љ';
            case 'ǈ', 'Ǉ' -> 'Љ';
            case 'ǌ' -> 'њ';
            case 'ǋ', 'Ǌ' -> 'Њ';
            default -> 0;
        };
    }

    /** Whether a Latin letter belongs to the Serbian Latin alphabet (so the word is Serbian). */
    static boolean serbianLatin(char c) {
        return single(c) != 0;
    }

    /** Accent marks of Serbian dictionaries and linguistics: ` ´ ̏ ̑ ¯ ^. */
    static boolean accentsOnly(String decomposed) {
        for (int k = 1; k < decomposed.length(); k++) {
            char m = decomposed.charAt(k);
            if (m != '\u0300'
                    && m != '\u0301'
                    && m != '\u030F'
                    && m != '\u0311'
                    && m != '\u0304'
                    && m != '\u0302') {
                return false;
            }
        }
        return true;
    }

    /** Appends the Cyrillic of {@code w}, whose lower case is {@code lower}, to {@code out}. */
    static void convert(String w, String lower, Exceptions exceptions, StringBuilder out) {
        int n = w.length();
        for (int k = 0; k < n; k++) {
            char c = w.charAt(k);
            if (k + 1 < n) {
                char next = lower.charAt(k + 1);
                char first = lower.charAt(k);
                boolean pair =
                        ((first == 'l' || first == 'n') && next == 'j')
                                || (first == 'd' && next == 'ž');
                if (pair && !exceptions.splitsAt(lower, k + 1)) {
                    boolean upper = Character.isUpperCase(c);
                    char letter = first == 'l' ? 'љ' : first == 'n' ? 'њ' : 'џ';
                    out.append(upper ? Character.toUpperCase(letter) : letter);
                    k++;
                    continue;
                }
            }
            char cyr = single(c);
            out.append(cyr != 0 ? cyr : c);
        }
    }
}
