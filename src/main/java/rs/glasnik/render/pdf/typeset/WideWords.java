package rs.glasnik.render.pdf.typeset;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where a word wider than its line must break, so that no text is set past the edge of the page: at
 * its hyphenation points first (with a hyphen); a part that is still too wide, after the
 * punctuation of an address ({@code / . - ? & =}, no hyphen added); and a part that is still too
 * wide, between any two characters (no hyphen), never inside a surrogate pair or between a letter
 * and its combining mark.
 *
 * <p>{@code byte[] kinds = WideWords.breaks(word, hyphenationPoints, style, lineWidth,
 * hyphenWidth);}
 */
final class WideWords {
    /** No break before this offset. */
    static final byte NONE = 0;

    /** A hyphenation point (or a soft hyphen, or after the hyphen of a compound). */
    static final byte HYPHEN = 1;

    /** After the punctuation of an address. */
    static final byte PUNCTUATION = 2;

    /** Between two characters, the last resort. */
    static final byte CHARACTER = 3;

    private static final String AFTER = "/.-?&=";

    private WideWords() {}

    /** The width of {@code word[from, to)} as it is set, in points. */
    interface Width {
        float of(int from, int to);
    }

    /**
     * Whether a word is a web or e-mail address, which is never hyphenated: a hyphen added to it
     * would be taken for part of it.
     */
    static boolean isAddress(String word) {
        if (word.contains("://") || word.regionMatches(true, 0, "www.", 0, 4)) {
            return true;
        }
        int at = word.indexOf('@');
        return at > 0 && word.indexOf('.', at) > at + 1;
    }

    /**
     * The breaks of a word that is wider than {@code lineWidth}: for each offset {@code 0 < i <
     * word.length()}, what kind of break may come before {@code word.charAt(i)} (one of the
     * constants of this class). {@code hyphenation} are the word's hyphenation points; the others
     * are added only where a part of the word is still too wide ({@code hyphen}: the width of the
     * hyphen that a hyphenation point adds).
     */
    static byte[] breaks(
            String word, int[] hyphenation, TextStyle style, float lineWidth, float hyphen) {
        return breaks(
                word, hyphenation, (f, t) -> style.width(word.substring(f, t)), lineWidth, hyphen);
    }

    /**
     * As {@link #breaks(String, int[], TextStyle, float, float)}, for a word whose parts may be set
     * in different styles (a link and the full stop after it): {@code style} measures any part of
     * it.
     */
    static byte[] breaks(
            String word, int[] hyphenation, Width style, float lineWidth, float hyphen) {
        int n = word.length();
        byte[] kinds = new byte[n + 1];
        for (int p : hyphenation) {
            if (p > 0 && p < n) {
                kinds[p] = HYPHEN;
            }
        }
        BreakIterator characters = null;
        int from = 0;
        for (int to = 1; to <= n; to++) {
            if (to < n && kinds[to] == NONE) {
                continue;
            }
            if (tooWide(word, from, to, kinds, style, lineWidth, hyphen)) {
                int start = from;
                for (int i = from + 1; i <= to; i++) {
                    boolean after =
                            i < to
                                    && AFTER.indexOf(word.charAt(i - 1)) >= 0
                                    && AFTER.indexOf(word.charAt(i)) < 0;
                    if (after) {
                        kinds[i] = PUNCTUATION;
                    }
                    if (after || i == to) {
                        if (tooWide(word, start, i, kinds, style, lineWidth, hyphen)) {
                            if (characters == null) {
                                characters = BreakIterator.getCharacterInstance(Locale.ROOT);
                                characters.setText(word);
                            }
                            betweenCharacters(word, start, i, characters, kinds);
                        }
                        start = i;
                    }
                }
            }
            from = to;
        }
        return kinds;
    }

    /** The offsets where a word may break, ascending. */
    static int[] offsets(byte[] kinds) {
        int count = 0;
        for (int i = 1; i < kinds.length - 1; i++) {
            if (kinds[i] != NONE) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 1; i < kinds.length - 1; i++) {
            if (kinds[i] != NONE) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** Whether {@code word[from, to)}, with the hyphen a break at {@code to} adds, is too wide. */
    private static boolean tooWide(
            String word,
            int from,
            int to,
            byte[] kinds,
            Width style,
            float lineWidth,
            float hyphen) {
        float width = style.of(from, to);
        if (to < word.length() && kinds[to] == HYPHEN) {
            width += hyphen;
        }
        return width > lineWidth;
    }

    private static void betweenCharacters(
            String word, int from, int to, BreakIterator characters, byte[] kinds) {
        for (int i = characters.following(from);
                i != BreakIterator.DONE && i < to;
                i = characters.next()) {
            if (kinds[i] == NONE && separable(word, i)) {
                kinds[i] = CHARACTER;
            }
        }
    }

    /**
     * Whether a line may break before {@code word.charAt(i)} without tearing a character apart: not
     * inside a surrogate pair, not before a combining mark, a variation selector or a joiner, nor
     * after a joiner.
     */
    private static boolean separable(String word, int i) {
        char before = word.charAt(i - 1);
        char at = word.charAt(i);
        if (Character.isHighSurrogate(before) && Character.isLowSurrogate(at)) {
            return false;
        }
        if (before == '\u200D' || at == '\u200D' || at == '\u034F') {
            return false;
        }
        int cp = word.codePointAt(i);
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK
                && type != Character.COMBINING_SPACING_MARK;
    }
}
