package rs.glasnik.translit;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Serbian Latin to Cyrillic for one line of text. Letters map one to one except the digraphs lj,
 * nj, dž, which are single letters unless an exception stem says otherwise; addresses, foreign
 * words, tokens with digits, unit symbols and Roman numerals stay Latin. This class finds the words
 * of a line and decides for each; {@link LatinLetters} converts letters, {@link RomanNumerals} and
 * {@link UnitSymbols} classify tokens.
 */
final class LatinToCyrillic {
    private LatinToCyrillic() {}

    static void line(
            CharSequence s,
            int from,
            int to,
            StringBuilder out,
            int lineNo,
            Warning.Sink sink,
            Exceptions exceptions) {
        int[] kept = KeptSpans.find(s, from, to, exceptions);
        int span = 0;
        int nextKept = kept == null ? Integer.MAX_VALUE : kept[0];
        Line line = null;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '{' && i + 1 < to && s.charAt(i + 1) == '{') {
                int close = NoConvert.close(s, i + 2, to);
                if (close >= 0) {
                    out.append(s, i + 2, close);
                    i = close + 2;
                    while (nextKept < i) {
                        span += 2;
                        nextKept = span < kept.length ? kept[span] : Integer.MAX_VALUE;
                    }
                    continue;
                }
            }
            if (i >= nextKept) {
                // Markup, code, placeholders, names of several foreign words: as they are.
                int end = Math.max(i, kept[span + 1]);
                out.append(s, i, end);
                i = end;
                span += 2;
                nextKept = span < kept.length ? kept[span] : Integer.MAX_VALUE;
                continue;
            }
            if (Letters.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            boolean latin = false;
            int stop = Math.min(to, nextKept);
            while (j < stop) {
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
            if (!latin || UnitSymbols.afterNumber(s, i, j, from) || technical(s, i, j)) {
                out.append(s, i, j);
            } else {
                if (line == null) {
                    line = new Line(s, from, to, out, lineNo, sink, exceptions);
                }
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
     * A run between white space that is technical text as a whole (--help, /a/b, snake_case,
     * dotted.names, f(), Ctrl+C, MHz), its surrounding punctuation aside.
     */
    private static boolean technical(CharSequence s, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && "(„“\"«‘'[".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && ",;:!?”“\"»’'…]".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        if (b > a && s.charAt(b - 1) == '.' && (b - a < 2 || s.charAt(b - 2) != '.')) {
            b--;
        }
        if (b > a + 1 && s.charAt(b - 1) == ')' && s.charAt(a) != '(') {
            int open = -1;
            for (int k = a; k < b; k++) {
                if (s.charAt(k) == '(') {
                    open = k;
                    break;
                }
            }
            if (open < 0) {
                b--;
            }
        }
        return Technical.keeps(s, a, b) || UnitSymbols.unambiguous(s, a, b);
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
                    } else if ((d == '-' || d == '\'' || d == '’')
                            && j > i
                            && j + 1 < to
                            && (Letters.isWordChar(s.charAt(j + 1))
                                    || Character.isDigit(s.charAt(j + 1)))) {
                        j++;
                    } else {
                        break;
                    }
                }
                int mark = out.length();
                if (digits) {
                    compoundWithDigits(i, j);
                } else {
                    words(i, j);
                }
                if (mixed(out, mark)) {
                    // A word is converted whole or not at all: Google-u, McDonald's, x-osa.
                    out.setLength(mark);
                    out.append(s, i, j);
                }
                i = j;
            }
        }

        /** Whether the output from {@code mark} has both Latin and Cyrillic letters. */
        private static boolean mixed(StringBuilder out, int mark) {
            boolean latin = false;
            boolean cyrillic = false;
            for (int k = mark; k < out.length(); k++) {
                char c = out.charAt(k);
                if (c < 0x80) {
                    latin |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                } else if (Letters.isCyrillic(c)) {
                    cyrillic = true;
                } else if (Letters.isLatin(c)) {
                    latin = true;
                }
            }
            return latin && cyrillic;
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
                    words(i, j);
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
            if (exceptions.keeps(compound)) {
                return true;
            }
            boolean foreignPart = false;
            for (String part : compound.split("-")) {
                if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
                    return false;
                }
                for (int k = 0; k < part.length(); k++) {
                    char c = part.charAt(k);
                    if (Letters.isLatin(c) && !LatinLetters.serbianLatin(c)) {
                        foreignPart = true;
                    }
                }
                foreignPart |= KeptSpans.marker(part, exceptions);
            }
            return foreignPart;
        }

        /**
         * A Latin word that stays Latin: a kept name (exact case, Serbian endings), inner capitals
         * (camelCase, DejaVu, NaCl), clusters Serbian does not have (Northrop, Rutte), a key name
         * (Ctrl, Enter; Alt next to keys), a font word (Sans).
         */
        private boolean keepsWord(String w, String lower, int from, int to) {
            if (exceptions.keeps(w) || Technical.innerCapitals(w)) {
                return true;
            }
            boolean capital = Character.isUpperCase(w.charAt(0));
            if (capital
                    && (Technical.CONSTANTS.contains(w)
                            || (!Technical.serbianAbbreviation(w)
                                    && Technical.chemicalFormula(w)))) {
                return true;
            }
            if (!lower.equals(w) && w.equals(w.toUpperCase(Locale.ROOT))) {
                return false; // NATO, MMF: acronyms in capitals convert
            }
            if (Technical.foreignClusters(lower)) {
                return true;
            }
            if (!capital) {
                return false;
            }
            if (Technical.ALWAYS_KEYS.contains(w) || w.equals("Sans")) {
                return true;
            }
            if (w.equals("Alt")) {
                // Alt is a voice too: a key after "taster", "pritisnite"..., or next to a key.
                int[] previous = Context.previousWord(s, from, lineFrom);
                if (previous != null && Technical.KEY_CONTEXT.contains(lowerWord(previous))) {
                    return true;
                }
                if (previous != null && isConjunction(previous)) {
                    previous = Context.previousWord(s, previous[0], lineFrom);
                }
                int[] next = Context.nextWord(s, to, lineTo);
                if (next != null && isConjunction(next)) {
                    next = Context.nextWord(s, next[1], lineTo);
                }
                return keyWord(previous) || keyWord(next);
            }
            return false;
        }

        private String lowerWord(int[] word) {
            return s.subSequence(word[0], word[1]).toString().toLowerCase(Locale.ROOT);
        }

        private boolean isConjunction(int[] word) {
            String w = lowerWord(word);
            return w.equals("i") || w.equals("ili");
        }

        private boolean keyWord(int[] word) {
            return word != null
                    && Technical.KEYS.contains(s.subSequence(word[0], word[1]).toString());
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
                    if (!LatinLetters.serbianLatin(c)) {
                        foreign = true;
                    }
                }
            }
            if (!latin) {
                out.append(w);
                return;
            }
            boolean accentedInput = foreign;
            if (combining || foreign) {
                // Accented Serbian (á, ȁ, ȃ, ā) is its letters and accent marks; ü, é in a name
                // with other foreign letters, ñ, ç, ø... make the word foreign.
                w = Normalizer.normalize(w, Normalizer.Form.NFC);
                foreign = false;
                StringBuilder accented = new StringBuilder(w.length() + 4);
                for (int k = 0; k < w.length(); k++) {
                    char c = w.charAt(k);
                    if (Letters.isLatin(c) && !LatinLetters.serbianLatin(c)) {
                        String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                        if (parts.length() > 1
                                && LatinLetters.serbianLatin(parts.charAt(0))
                                && LatinLetters.accentsOnly(parts)) {
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
            if (numeral) {
                RomanNumerals.Reading reading =
                        RomanNumerals.read(s, w, from, to, lineFrom, lineTo);
                if (reading == RomanNumerals.Reading.NUMERAL_AFTER_NAME) {
                    sink.warn(
                            new Warning(
                                    lineNo,
                                    from - lineFrom + 1,
                                    w,
                                    "'I' after a name is read as a Roman numeral (Petar I); if it"
                                            + " is the conjunction, write it in lower case"));
                }
                if (reading != RomanNumerals.Reading.WORD) {
                    out.append(w);
                    return;
                }
            }
            if (!numeral && (foreign || keepsWord(w, lower, from, to))) {
                out.append(w);
                return;
            }
            int mark = out.length();
            LatinLetters.convert(w, lower, exceptions, out);
            if (combining || accentedInput) {
                // и + grave is ѝ, е + grave ѐ, и + macron ӣ: composed where Unicode has the letter.
                String converted = out.substring(mark);
                out.setLength(mark);
                out.append(Normalizer.normalize(converted, Normalizer.Form.NFC));
            }
        }
    }
}
