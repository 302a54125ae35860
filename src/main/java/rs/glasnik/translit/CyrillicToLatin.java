package rs.glasnik.translit;

import java.text.Normalizer;

/**
 * Serbian Cyrillic to Latin for one line of text. Unambiguous letter by letter; the work is in the
 * case of Љ, Њ, Џ (Lj or LJ), in leaving addresses and foreign Cyrillic alone, and in repairing
 * Latin look-alike letters typed inside Cyrillic words.
 */
final class CyrillicToLatin {
    private CyrillicToLatin() {}

    /**
     * Appends the Latin form of {@code s[from, to)}, a line without its line break, to {@code out}.
     */
    static void line(
            CharSequence s, int from, int to, StringBuilder out, int lineNo, Warning.Sink sink) {
        int start = out.length();
        if (plainLine(s, from, to, out)) {
            return;
        }
        out.setLength(start);
        fullLine(s, from, to, out, lineNo, sink);
    }

    /**
     * Converts a line of plain Serbian prose letter by letter; false (with partial output to be
     * discarded) when the line needs any rule: capital Lj, Nj, Dž or Х, Latin letters in or near
     * Cyrillic words, addresses, the no-convert markup, accents or other alphabets. The same test
     * as the byte path in {@link Utf8ToLatin}.
     */
    static boolean plainLine(CharSequence s, int from, int to, StringBuilder out) {
        boolean chunkCyrillic = false;
        boolean chunkDot = false;
        boolean wordLatin = false;
        boolean wordCyrillic = false;
        boolean digitBefore = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= '0' && c <= '9') {
                    digitBefore = true;
                } else if (c != ' ' && c != '\t') {
                    digitBefore = false;
                }
                if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                    chunkCyrillic = false;
                    chunkDot = false;
                    wordLatin = false;
                    wordCyrillic = false;
                } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    if (wordCyrillic || (chunkDot && chunkCyrillic)) {
                        return false;
                    }
                    wordLatin = true;
                } else {
                    wordLatin = false;
                    wordCyrillic = false;
                    if (c == '{' || c == '}') {
                        return false;
                    }
                    if (c == '@' || c == '/' || c == '#' || c == '\\') {
                        if (chunkCyrillic) {
                            return false;
                        }
                        chunkDot = true;
                    } else if (c == '.' || c == ':') {
                        chunkDot = true;
                    } else if (c >= '0' && c <= '9' && chunkDot && chunkCyrillic) {
                        return false;
                    }
                }
                out.append(c);
                continue;
            }
            if (c >= 0x400 && c < 0x460) {
                if (wordLatin || chunkDot) {
                    return false;
                }
                if (digitBefore) {
                    // 10 ч, 5 кВч: a unit whose symbol is not its letters needs the rules.
                    if (!wordCyrillic && CyrillicNumerals.changedUnitAt(s, i, to)) {
                        return false;
                    }
                    digitBefore = false;
                }
                char single = Letters.CYRILLIC_TO_LATIN_CHAR[c - 0x400];
                if (single != 0 && c != 'Х') {
                    out.append(single);
                } else if (c == 'љ' || c == 'њ' || c == 'џ') {
                    out.append(Letters.CYRILLIC_TO_LATIN[c - 0x400]);
                } else {
                    // Capital Љ, Њ, Џ and Х take their form from the next letter of the word.
                    char following = i + 1 < to ? s.charAt(i + 1) : 0;
                    if (!Letters.isSerbianCyrillic(following)) {
                        return false;
                    }
                    boolean upper = Character.isUpperCase(following);
                    if (c == 'Х') {
                        if (upper) {
                            return false; // ХХ, ХІ... may be a Roman numeral
                        }
                        out.append('H');
                    } else if (c == 'Љ' || c == 'Њ' || c == 'Џ') {
                        String latin = Letters.CYRILLIC_TO_LATIN[c - 0x400];
                        out.append(latin.charAt(0));
                        out.append(
                                upper ? Character.toUpperCase(latin.charAt(1)) : latin.charAt(1));
                    } else {
                        return false;
                    }
                }
                chunkCyrillic = true;
                wordCyrillic = true;
                continue;
            }
            boolean punctuation =
                    (c < 0xC0 && c != 0xAA && c != 0xB5 && c != 0xBA)
                            || (c >= 0x2000 && c < 0x2040)
                            || c == 0xFEFF;
            if (!punctuation) {
                return false;
            }
            if (!Letters.isWhitespace(c)) {
                digitBefore = false;
            }
            wordLatin = false;
            wordCyrillic = false;
            out.append(c);
        }
        return true;
    }

    /** The line by every rule, without the shortcut for plain prose. */
    static void fullLine(
            CharSequence s, int from, int to, StringBuilder out, int lineNo, Warning.Sink sink) {
        int mark = out.length();
        boolean combining = false;
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
            boolean cyrillic = false;
            boolean special = false;
            while (j < to) {
                char d = s.charAt(j);
                if (d >= 0x400 && d <= 0x4FF) {
                    cyrillic = true;
                } else if (Letters.isWhitespace(d)
                        || (d == '{' && j > i && j + 1 < to && s.charAt(j + 1) == '{')) {
                    break;
                } else if (d == '.' || d == '@' || d == '#' || d == ':' || d == '/') {
                    special = true;
                } else if (d >= 0x300 && d < 0x370) {
                    combining = true;
                }
                j++;
            }
            convertChunk(s, i, j, cyrillic, special, from, to, out, lineNo, sink);
            i = j;
        }
        if (combining) {
            String tail = out.substring(mark);
            if (!Normalizer.isNormalized(tail, Normalizer.Form.NFC)) {
                out.setLength(mark);
                out.append(Normalizer.normalize(tail, Normalizer.Form.NFC));
            }
        }
    }

    /**
     * Converts the run {@code s[from, to)} between white space of the line {@code s[lineFrom,
     * lineTo)}, as {@link #fullLine} does; the line must hold no no-convert markup and no combining
     * marks.
     */
    static void chunkOfLine(
            CharSequence s,
            int from,
            int to,
            int lineFrom,
            int lineTo,
            StringBuilder out,
            int lineNo,
            Warning.Sink sink) {
        boolean cyrillic = false;
        boolean special = false;
        for (int k = from; k < to; k++) {
            char d = s.charAt(k);
            if (d >= 0x400 && d <= 0x4FF) {
                cyrillic = true;
            } else if (d == '.' || d == '@' || d == '#' || d == ':' || d == '/') {
                special = true;
            }
        }
        convertChunk(s, from, to, cyrillic, special, lineFrom, lineTo, out, lineNo, sink);
    }

    private static void convertChunk(
            CharSequence s,
            int i,
            int j,
            boolean cyrillic,
            boolean special,
            int from,
            int to,
            StringBuilder out,
            int lineNo,
            Warning.Sink sink) {
        if (!cyrillic) {
            out.append(s, i, j);
        } else if (CyrillicNumerals.unit(s, i, j, from, out)) {
            return; // 120 км/ч, 5 кВч: the international symbols km/h, kWh
        } else if (!special) {
            chunk(s, i, j, from, to, out, lineNo, sink);
        } else {
            // An address may stand inside brackets or quotes: текст](https://…), („x.срб“).
            for (int p = i; p < j; ) {
                int q = Addresses.pieceEnd(s, p, j);
                if (Addresses.isAddress(s, p, q)) {
                    out.append(s, p, q);
                } else {
                    chunk(s, p, q, from, to, out, lineNo, sink);
                }
                p = q;
            }
        }
    }

    private static void chunk(
            CharSequence s,
            int from,
            int to,
            int lineFrom,
            int lineTo,
            StringBuilder out,
            int lineNo,
            Warning.Sink sink) {
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
            word(s, i, j, lineFrom, lineTo, out, lineNo, sink);
            i = j;
        }
    }

    private static void word(
            CharSequence s,
            int from,
            int to,
            int lineFrom,
            int lineTo,
            StringBuilder out,
            int lineNo,
            Warning.Sink sink) {
        int serbian = 0;
        int latin = 0;
        int foreign = 0;
        boolean homoglyphsOnly = true;
        boolean roman = true;
        boolean romanCyrillic = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (Letters.isSerbianCyrillic(c)) {
                serbian++;
            } else if (c < 0x80) {
                latin++;
                if (Letters.LATIN_HOMOGLYPH[c] == 0) {
                    homoglyphsOnly = false;
                }
            } else if (Letters.isCyrillic(c)) {
                foreign++;
            } else if (Letters.isLatin(c)) {
                latin++;
                homoglyphsOnly = false;
            }
            switch (c) {
                case 'Х', 'І', 'М', 'С' -> romanCyrillic |= c == 'Х' || c == 'І';
                case 'I', 'V', 'X', 'L', 'C', 'D', 'M' -> {}
                default -> roman = false;
            }
        }
        if (roman
                && romanCyrillic
                && to - from == 1
                && s.charAt(from) == 'Х'
                && !CyrillicNumerals.loneXIsNumeral(s, from, to, lineFrom, lineTo)) {
            roman = false; // Радни простор Х: the letter H, not ten
        }
        if (roman && romanCyrillic) {
            String numeral = romanFromCyrillic(s, from, to);
            if (Letters.isRomanNumeral(numeral)) {
                out.append(numeral);
                sink.warn(
                        new Warning(
                                lineNo,
                                from - lineFrom + 1,
                                s.subSequence(from, to).toString(),
                                "Roman numeral typed with Cyrillic letters; written with Latin letters: "
                                        + numeral));
                return;
            }
        }
        if (foreign > 0 && !(roman && romanCyrillic)) {
            out.append(s, from, to); // Russian, Ukrainian, Macedonian...: not Serbian, left alone
            return;
        }
        // Words of one or two letters are too short to tell a typo from a symbol: not repaired.
        boolean repair = latin > 0 && serbian > 0 && homoglyphsOnly && to - from > 2;
        if (latin > 0 && serbian > 0 && !repair) {
            sink.warn(
                    new Warning(
                            lineNo,
                            from - lineFrom + 1,
                            s.subSequence(from, to).toString(),
                            "a word mixing Latin and Cyrillic letters; its Cyrillic letters were"
                                    + " converted, check the word"));
        }
        if (repair) {
            StringBuilder fixed = new StringBuilder(to - from);
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                fixed.append(
                        c < 0x80 && Letters.LATIN_HOMOGLYPH[c] != 0
                                ? Letters.LATIN_HOMOGLYPH[c]
                                : c);
            }
            sink.warn(
                    new Warning(
                            lineNo,
                            from - lineFrom + 1,
                            s.subSequence(from, to).toString(),
                            "Latin look-alike letters inside a Cyrillic word, read as Cyrillic: "
                                    + fixed));
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (repair && c < 0x80 && Letters.LATIN_HOMOGLYPH[c] != 0) {
                c = Letters.LATIN_HOMOGLYPH[c];
            }
            String latinForm =
                    c >= 0x400 && c < 0x500 ? Letters.CYRILLIC_TO_LATIN[c - 0x400] : null;
            if (latinForm == null) {
                out.append(c);
            } else if (latinForm.length() == 1) {
                out.append(latinForm.charAt(0));
            } else if (Character.isLowerCase(c)) {
                out.append(latinForm);
            } else {
                out.append(latinForm.charAt(0));
                boolean upper = upperDigraph(s, k, from, to, lineFrom, lineTo);
                out.append(
                        upper ? Character.toUpperCase(latinForm.charAt(1)) : latinForm.charAt(1));
            }
        }
    }

    /**
     * Whether an upper-case Љ, Њ or Џ at {@code k} is written LJ, NJ, DŽ rather than Lj, Nj, Dž.
     */
    private static boolean upperDigraph(
            CharSequence s, int k, int from, int to, int lineFrom, int lineTo) {
        for (int n = k + 1; n < to; n++) {
            char c = s.charAt(n);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        for (int p = k - 1; p >= from; p--) {
            char c = s.charAt(p);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        // A word of one letter: the words around it decide (an all-caps line keeps capitals).
        return Context.allCapsWordAfter(s, to, lineTo)
                || Context.allCapsWordBefore(s, from, lineFrom);
    }

    private static String romanFromCyrillic(CharSequence s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            out.append(
                    switch (c) {
                        case 'Х' -> 'X';
                        case 'І' -> 'I';
                        case 'М' -> 'M';
                        case 'С' -> 'C';
                        default -> c;
                    });
        }
        return out.toString();
    }
}
