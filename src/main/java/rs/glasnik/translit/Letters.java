package rs.glasnik.translit;

/** Character classes and tables shared by both directions. */
final class Letters {
    private Letters() {}

    /**
     * Latin for each Serbian Cyrillic letter, indexed by {@code c - 0x0400}; null elsewhere. The
     * accented letters of Serbian dictionaries and of the enclitic ѝ (ѐ ѝ ӣ ӯ) are letters too.
     */
    static final String[] CYRILLIC_TO_LATIN = new String[0x100];

    /** Cyrillic for a Latin letter that looks the same, indexed by ASCII code; 0 when none. */
    static final char[] LATIN_HOMOGLYPH = new char[128];

    /**
     * Latin for a Cyrillic letter that looks the same, indexed by {@code c - 0x0400}; 0 when none.
     */
    static final char[] CYRILLIC_HOMOGLYPH = new char[0x60];

    /**
     * The one Latin letter for a Serbian Cyrillic letter, indexed by {@code c - 0x0400}; 0 for Љ,
     * Њ, Џ (and their lower case), which take two, and for other characters.
     */
    static final char[] CYRILLIC_TO_LATIN_CHAR = new char[0x60];

    static {
        String cyr = "абвгдђежзијклљмнњопрстћуфхцчџш";
        String[] lat = {
            "a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj",
            "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"
        };
        for (int i = 0; i < cyr.length(); i++) {
            char lower = cyr.charAt(i);
            char upper = Character.toUpperCase(lower);
            CYRILLIC_TO_LATIN[lower - 0x400] = lat[i];
            String l = lat[i];
            CYRILLIC_TO_LATIN[upper - 0x400] = Character.toUpperCase(l.charAt(0)) + l.substring(1);
        }
        String accented = "ѐѝЀЍӣӯӢӮ";
        String[] accentedLatin = {"è", "ì", "È", "Ì", "ī", "ū", "Ī", "Ū"};
        for (int i = 0; i < accented.length(); i++) {
            CYRILLIC_TO_LATIN[accented.charAt(i) - 0x400] = accentedLatin[i];
        }
        for (int i = 0; i < 0x60; i++) {
            String l = CYRILLIC_TO_LATIN[i];
            CYRILLIC_TO_LATIN_CHAR[i] = l != null && l.length() == 1 ? l.charAt(0) : 0;
        }
        String latinLook = "ABCEHJKMOPTXYacejopxy";
        String cyrLook = "АВСЕНЈКМОРТХУасејорху";
        for (int i = 0; i < latinLook.length(); i++) {
            LATIN_HOMOGLYPH[latinLook.charAt(i)] = cyrLook.charAt(i);
            CYRILLIC_HOMOGLYPH[cyrLook.charAt(i) - 0x400] = latinLook.charAt(i);
        }
    }

    /** One of the 60 letters of the Serbian Cyrillic alphabet. */
    static boolean isSerbianCyrillic(char c) {
        return c >= 0x400 && c < 0x500 && CYRILLIC_TO_LATIN[c - 0x400] != null;
    }

    /**
     * Cyrillic unit symbols whose international symbol is not their letter-by-letter Latin: the
     * hour ч is h, and the watt В before it W (кВч = kWh); ккал is kcal.
     */
    static final java.util.Map<String, String> CHANGED_UNITS =
            java.util.Map.of(
                    "ч", "h",
                    "Вч", "Wh",
                    "кВч", "kWh",
                    "МВч", "MWh",
                    "ГВч", "GWh",
                    "ТВч", "TWh",
                    "мАч", "mAh",
                    "Ач", "Ah",
                    "ккал", "kcal",
                    "кцал", "kcal");

    /** Any Cyrillic letter, Serbian or not. */
    static boolean isCyrillic(char c) {
        return (c >= 0x400 && c <= 0x52F)
                || (c >= 0x1C80 && c <= 0x1C8F)
                || (c >= 0x2DE0 && c <= 0x2DFF)
                || (c >= 0xA640 && c <= 0xA69F);
    }

    /** A letter of the Serbian Latin alphabet or of plain ASCII, in either case. */
    static boolean isLatin(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                && Character.isLetter(c);
    }

    /** An ASCII letter. */
    static boolean isLatinAscii(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Part of a word: a letter or a combining mark (an accent typed after its letter). */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        if (c >= 0x400 && c < 0x460) {
            return true;
        }
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isCombiningMark(char c) {
        return c >= 0x300
                && (Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.ENCLOSING_MARK);
    }

    static boolean isWhitespace(char c) {
        if (c > 0x7F && c < 0x2000 && c != 0xA0 && c != 0x1680) {
            return false;
        }
        return c == ' '
                || c == '\n'
                || c == '\t'
                || c == '\r'
                || c == '\u00A0'
                || c == '\u2009'
                || c == '\u202F'
                || c == '\u2007'
                || c == '\f'
                || (c > 0x7F && Character.isWhitespace(c));
    }

    /** A valid Roman numeral in strict modern form: I to MMMMCMXCIX. */
    static boolean isRomanNumeral(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        int i = 0;
        int m = 0;
        while (i < n && s.charAt(i) == 'M' && m < 4) {
            i++;
            m++;
        }
        i = romanDigit(s, i, 'C', 'D', 'M');
        i = romanDigit(s, i, 'X', 'L', 'C');
        i = romanDigit(s, i, 'I', 'V', 'X');
        return i == n;
    }

    /** Consumes one decimal place (e.g. I, V, X) at {@code i}; returns the new position. */
    private static int romanDigit(CharSequence s, int i, char one, char five, char ten) {
        int n = s.length();
        if (i + 1 < n
                && s.charAt(i) == one
                && (s.charAt(i + 1) == ten || s.charAt(i + 1) == five)) {
            return i + 2;
        }
        if (i < n && s.charAt(i) == five) {
            i++;
        }
        int ones = 0;
        while (i < n && s.charAt(i) == one && ones < 3) {
            i++;
            ones++;
        }
        return i;
    }
}
