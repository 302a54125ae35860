package rs.glasnik.translit;

/**
 * The no-convert markup: text between {@code {{} and {@code }}} is never transliterated, and the
 * braces are removed from the output. {@code {{Microsoft Teams}}} stays Latin in Cyrillic text;
 * {@code {{Пут}}} stays Cyrillic in Latin text.
 */
public final class NoConvert {
    private NoConvert() {}

    /** The index of the {@code }}} closing a span whose text starts at {@code from}, or -1. */
    static int close(CharSequence s, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (s.charAt(i) == '}' && s.charAt(i + 1) == '}') {
                return i;
            }
        }
        return -1;
    }

    /** The text as a reader sees it: the markup removed, its content kept. */
    public static String strip(String text) {
        if (text.indexOf("{{") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("{{", i)) {
                int close = close(text, i + 2, text.length());
                if (close >= 0) {
                    out.append(text, i + 2, close);
                    i = close + 2;
                    continue;
                }
            }
            out.append(text.charAt(i));
            i++;
        }
        return out.toString();
    }
}
