package rs.glasnik.translit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Serbian Latin to Cyrillic for one line of text. Letters map one to one except the digraphs lj,
 * nj, dž, which are single letters unless an exception stem says otherwise; addresses, foreign
 * words, tokens with digits, unit symbols and Roman numerals stay Latin.
 */
final class LatinToCyrillic {
    private LatinToCyrillic() {}

    /** Cyrillic for ASCII letters, indexed by code; 0 for q, w, x, y and non-letters. */
    private static final char[] ASCII = new char[128];

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

    /** Unit symbols kept in Latin after a number: 120 km/h, 25 °C, 5 kg. */
    private static final Set<String> UNITS =
            Set.of(
                    "km", "m", "cm", "mm", "dm", "nm", "µm", "kg", "mg", "t", "l", "ml", "dl", "cl",
                    "h", "kW", "kWh", "MW", "MWh", "GW", "GWh", "TWh", "W", "kV", "mV", "V", "mA",
                    "kA", "Hz", "kHz", "MHz", "GHz", "dB", "ha", "kcal", "kJ", "MJ", "Pa", "kPa",
                    "hPa", "MPa", "bar", "mbar", "kB", "MB", "GB", "TB", "Mb", "Gb", "ppm", "rpm",
                    "mph", "kt", "lb", "oz", "ft", "mi", "km2", "m2", "m3", "cm2", "cm3", "mm2");

    static {
        String from = "abcdefghijklmnoprstuvz";
        String to = "абцдефгхијклмнопрстувз";
        for (int i = 0; i < from.length(); i++) {
            ASCII[from.charAt(i)] = to.charAt(i);
            ASCII[Character.toUpperCase(from.charAt(i))] = Character.toUpperCase(to.charAt(i));
        }
    }

    private static char single(char c) {
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
    private static boolean serbianLatin(char c) {
        return single(c) != 0;
    }

    /** Accent marks of Serbian dictionaries and linguistics: ` ´ ̏ ̑ ¯ ^. */
    private static boolean accentsOnly(String decomposed) {
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

    static void line(
            CharSequence s,
            int from,
            int to,
            StringBuilder out,
            int lineNo,
            Warning.Sink sink,
            Exceptions exceptions) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '{' && i + 1 < to && s.charAt(i + 1) == '{') {
                int close = NoConvert.close(s, i + 2, to);
                if (close >= 0) {
                    out.append(s, i + 2, close);
                    i = close + 2;
                    continue;
                }
            }
            if (Letters.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            boolean latin = false;
            while (j < to) {
                char d = s.charAt(j);
                if (Letters.isWhitespace(d)
                        || (d == '{' && j > i && j + 1 < to && s.charAt(j + 1) == '{')) {
                    break;
                }
                if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= 0xC0 && d < 0x250)) {
                    latin = true;
                }
                j++;
            }
            if (!latin || unitAfterNumber(s, i, j, from)) {
                out.append(s, i, j);
            } else {
                Line line = new Line(s, from, to, out, lineNo, sink, exceptions);
                // An address may stand inside brackets or quotes: tekst](https://…), (mod.gov.rs).
                for (int p = i; p < j; ) {
                    int q = Addresses.pieceEnd(s, p, j);
                    if (Addresses.isAddress(s, p, q)) {
                        out.append(s, p, q);
                    } else {
                        line.chunk(p, q);
                    }
                    p = q;
                }
            }
            i = j;
        }
    }

    /**
     * A unit symbol: after a number (5 kg, 120 km/h, 120km/h), or one that cannot be a word (°C,
     * km/h, m/s).
     */
    private static boolean unitAfterNumber(CharSequence s, int from, int to, int lineFrom) {
        int b = to;
        while (b > from && ",.;:!?)”\"»".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        int a = from;
        while (a < b && "(„“\"«".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        String token = s.subSequence(a, b).toString();
        int digits = 0;
        while (digits < token.length()
                && (Character.isDigit(token.charAt(digits))
                        || ((token.charAt(digits) == ',' || token.charAt(digits) == '.')
                                && digits > 0))) {
            digits++;
        }
        boolean glued = digits > 0;
        String unit = token.substring(digits);
        if (unit.startsWith("°")) {
            return true;
        }
        int slash = unit.indexOf('/');
        if (slash > 0) {
            return isUnit(unit.substring(0, slash))
                    && (isUnit(unit.substring(slash + 1)) || unit.substring(slash + 1).equals("s"));
        }
        int p = from - 1;
        while (p >= lineFrom && Letters.isWhitespace(s.charAt(p))) {
            p--;
        }
        boolean afterNumber = glued || (p >= lineFrom && Character.isDigit(s.charAt(p)));
        return afterNumber && !unit.isEmpty() && isUnit(unit);
    }

    private static boolean isUnit(String token) {
        return UNITS.contains(token) || UNITS.contains(token.replace("²", "2").replace("³", "3"));
    }

    /** The state of converting one line. */
    private static final class Line {
        private final CharSequence s;
        private final int lineFrom;
        private final int lineTo;
        private final StringBuilder out;
        private final int lineNo;
        private final Warning.Sink sink;
        private final Exceptions exceptions;

        Line(
                CharSequence s,
                int lineFrom,
                int lineTo,
                StringBuilder out,
                int lineNo,
                Warning.Sink sink,
                Exceptions exceptions) {
            this.s = s;
            this.lineFrom = lineFrom;
            this.lineTo = lineTo;
            this.out = out;
            this.lineNo = lineNo;
            this.sink = sink;
            this.exceptions = exceptions;
        }

        void chunk(int from, int to) {
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                if (!Letters.isWordChar(c) && !Character.isDigit(c)) {
                    out.append(c);
                    i++;
                    continue;
                }
                // A compound: letters and digits joined by hyphens (F-16, COVID-19, 90-ih).
                int j = i;
                boolean digits = false;
                while (j < to) {
                    char d = s.charAt(j);
                    if (Letters.isWordChar(d) || Character.isDigit(d)) {
                        digits |= Character.isDigit(d);
                        j++;
                    } else if (d == '-'
                            && j + 1 < to
                            && (Letters.isWordChar(s.charAt(j + 1))
                                    || Character.isDigit(s.charAt(j + 1)))) {
                        j++;
                    } else {
                        break;
                    }
                }
                if (digits) {
                    compoundWithDigits(i, j);
                } else {
                    words(i, j);
                }
                i = j;
            }
        }

        /** Parts with digits or capitals stay Latin (F-16, COVID-19); endings convert (90-ih). */
        private void compoundWithDigits(int from, int to) {
            int i = from;
            while (i < to) {
                int j = i;
                while (j < to && s.charAt(j) != '-') {
                    j++;
                }
                boolean keep = false;
                for (int k = i; k < j; k++) {
                    char c = s.charAt(k);
                    if (Character.isDigit(c) || Character.isUpperCase(c)) {
                        keep = true;
                        break;
                    }
                }
                if (keep) {
                    out.append(s, i, j);
                } else {
                    word(i, j);
                }
                if (j < to) {
                    out.append('-');
                }
                i = j + 1;
            }
        }

        private void words(int from, int to) {
            if (s.subSequence(from, to).toString().indexOf('-') > 0 && foreignCompound(from, to)) {
                out.append(s, from, to);
                return;
            }
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                if (!Letters.isWordChar(c)) {
                    out.append(c);
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < to && Letters.isWordChar(s.charAt(j))) {
                    j++;
                }
                word(i, j);
                i = j;
            }
        }

        /**
         * A hyphenated name that is foreign as a whole: a kept name (Coca-Cola), or capitalised
         * parts of which one is foreign (Hewlett-Packard, Rolls-Royce).
         */
        private boolean foreignCompound(int from, int to) {
            String compound = s.subSequence(from, to).toString();
            if (exceptions.keeps(compound.toLowerCase(Locale.ROOT))) {
                return true;
            }
            boolean foreignPart = false;
            for (String part : compound.split("-")) {
                if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
                    return false;
                }
                for (int k = 0; k < part.length(); k++) {
                    char c = part.charAt(k);
                    if (Letters.isLatin(c) && !serbianLatin(c)) {
                        foreignPart = true;
                    }
                }
                foreignPart |= exceptions.keeps(part.toLowerCase(Locale.ROOT));
            }
            return foreignPart;
        }

        private void word(int from, int to) {
            String w = s.subSequence(from, to).toString();
            boolean latin = false;
            boolean cyrillic = false;
            boolean foreign = false;
            boolean combining = false;
            boolean cyrillicHomoglyphsOnly = true;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Letters.isCyrillic(c)) {
                    cyrillic = true;
                    if (c >= 0x460 || Letters.CYRILLIC_HOMOGLYPH[c - 0x400] == 0) {
                        cyrillicHomoglyphsOnly = false;
                    }
                } else if (Letters.isCombiningMark(c)) {
                    combining = true;
                } else if (Letters.isLatin(c)) {
                    latin = true;
                    if (!serbianLatin(c)) {
                        foreign = true;
                    }
                }
            }
            if (!latin) {
                out.append(w);
                return;
            }
            if (combining || foreign) {
                // Accented Serbian (á, ȁ, ȃ, ā) is its letters and accent marks; ü, é in a name
                // with other foreign letters, ñ, ç, ø... make the word foreign.
                w = Normalizer.normalize(w, Normalizer.Form.NFC);
                foreign = false;
                StringBuilder accented = new StringBuilder(w.length() + 4);
                for (int k = 0; k < w.length(); k++) {
                    char c = w.charAt(k);
                    if (Letters.isLatin(c) && !serbianLatin(c)) {
                        String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                        if (parts.length() > 1
                                && serbianLatin(parts.charAt(0))
                                && accentsOnly(parts)) {
                            accented.append(parts);
                            continue;
                        }
                        foreign = true;
                    }
                    accented.append(c);
                }
                if (!foreign) {
                    w = accented.toString();
                }
            }
            if (cyrillic && !cyrillicHomoglyphsOnly) {
                sink.warn(
                        new Warning(
                                lineNo,
                                from - lineFrom + 1,
                                w,
                                "a word mixing Latin and Cyrillic letters; its Latin letters were"
                                        + " converted, check the word"));
            }
            if (cyrillic && cyrillicHomoglyphsOnly) {
                StringBuilder fixed = new StringBuilder(w.length());
                for (int k = 0; k < w.length(); k++) {
                    char c = w.charAt(k);
                    fixed.append(Letters.isCyrillic(c) ? Letters.CYRILLIC_HOMOGLYPH[c - 0x400] : c);
                }
                sink.warn(
                        new Warning(
                                lineNo,
                                from - lineFrom + 1,
                                w,
                                "Cyrillic look-alike letters inside a Latin word, read as Latin: "
                                        + fixed));
                w = fixed.toString();
            }
            String lower = w.toLowerCase(Locale.ROOT);
            boolean numeral = Letters.isRomanNumeral(w);
            if (numeral && !romanIsWord(w, from, to)) {
                out.append(w);
                return;
            }
            if (!numeral && (foreign || exceptions.keeps(lower))) {
                out.append(w);
                return;
            }
            convert(w, lower);
        }

        private void convert(String w, String lower) {
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

        /**
         * Whether a valid Roman numeral is really a word or an initial: V. Jovanović, the
         * conjunction I, MI and VI in a line of capitals. Otherwise it stays a numeral (XXI vek,
         * Petar II).
         */
        private boolean romanIsWord(String w, int from, int to) {
            if (w.length() == 1) {
                if (to + 1 < lineTo && s.charAt(to) == '.') {
                    int p = to + 1;
                    while (p < lineTo && Letters.isWhitespace(s.charAt(p))) {
                        p++;
                    }
                    if (p > to + 1 && p < lineTo && Character.isUpperCase(s.charAt(p))) {
                        // V. Jovanović is an initial; I. UVOD, a chapter heading, a numeral.
                        return !Context.isAllCaps(s, Context.nextWord(s, p, lineTo));
                    }
                }
                if ("CDLM".contains(w)) {
                    return true;
                }
            }
            int[] next = Context.nextWord(s, to, lineTo);
            if (next != null
                    && ORDINAL_NOUNS.contains(
                            s.subSequence(next[0], next[1]).toString().toLowerCase(Locale.ROOT))) {
                return false; // VI vek, VI VEK, XXI stoleće
            }
            if (capitalsAround(from, to)) {
                return NUMERAL_WORDS.contains(w);
            }
            if (w.equals("I")) {
                if (Context.startsSentence(s, from, lineFrom)) {
                    return true;
                }
                int[] previous = Context.previousWord(s, from, lineFrom);
                if (previous == null || !Character.isUpperCase(s.charAt(previous[0]))) {
                    return true;
                }
                sink.warn(
                        new Warning(
                                lineNo,
                                from - lineFrom + 1,
                                w,
                                "'I' after a name is read as a Roman numeral (Petar I); if it is"
                                        + " the conjunction, write it in lower case"));
                return false;
            }
            return w.equals("MI") || w.equals("LI") || w.equals("DIV");
        }

        private boolean capitalsAround(int from, int to) {
            int[] before = Context.previousWord(s, from, lineFrom);
            int[] after = Context.nextWord(s, to, lineTo);
            return capitalWord(before) || capitalWord(after);
        }

        private boolean capitalWord(int[] word) {
            return Context.isAllCaps(s, word)
                    && !Letters.isRomanNumeral(s.subSequence(word[0], word[1]));
        }
    }
}
