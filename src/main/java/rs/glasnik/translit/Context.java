package rs.glasnik.translit;

/** Looks at the words around a word on the same line. */
final class Context {
    private Context() {}

    /**
     * Bounds {from, to} of the next word at or after {@code i}, before {@code limit}; null if none.
     */
    static int[] nextWord(CharSequence s, int i, int limit) {
        int a = i;
        while (a < limit && !Letters.isWordChar(s.charAt(a))) {
            a++;
        }
        if (a >= limit) {
            return null;
        }
        int b = a;
        while (b < limit && Letters.isWordChar(s.charAt(b))) {
            b++;
        }
        return new int[] {a, b};
    }

    /** Bounds of the word that ends before {@code i}, at or after {@code limit}; null if none. */
    static int[] previousWord(CharSequence s, int i, int limit) {
        int b = i;
        while (b > limit && !Letters.isWordChar(s.charAt(b - 1))) {
            b--;
        }
        if (b <= limit) {
            return null;
        }
        int a = b;
        while (a > limit && Letters.isWordChar(s.charAt(a - 1))) {
            a--;
        }
        return new int[] {a, b};
    }

    /** A word of two or more letters, all of them capitals. */
    static boolean isAllCaps(CharSequence s, int[] word) {
        if (word == null) {
            return false;
        }
        int letters = 0;
        for (int k = word[0]; k < word[1]; k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    static boolean allCapsWordAfter(CharSequence s, int i, int limit) {
        return isAllCaps(s, nextWord(s, i, limit));
    }

    static boolean allCapsWordBefore(CharSequence s, int i, int limit) {
        return isAllCaps(s, previousWord(s, i, limit));
    }

    /** Whether the word starting at {@code i} begins a sentence (or the line). */
    static boolean startsSentence(CharSequence s, int i, int limit) {
        for (int p = i - 1; p >= limit; p--) {
            char c = s.charAt(p);
            if (Letters.isWordChar(c) || (c >= '0' && c <= '9')) {
                return false;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';') {
                return true;
            }
        }
        return true;
    }
}
