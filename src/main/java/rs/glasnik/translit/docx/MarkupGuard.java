package rs.glasnik.translit.docx;

/**
 * Measures, byte by byte, how long the current piece of XML markup is: a run of bytes with no
 * {@code <} (a tag with its attributes, or text), or a comment, processing instruction or CDATA
 * section, which may hold {@code <}. The XML reader holds each of these whole, so each is bounded.
 */
final class MarkupGuard {
    private static final int TEXT = 0;
    private static final int LESS = 1;
    private static final int BANG = 2;
    private static final int BANG_DASH = 3;
    private static final int COMMENT = 4;
    private static final int INSTRUCTION = 5;
    private static final int CDATA = 6;

    private int state = TEXT;
    private long length;
    private int previous;
    private int beforePrevious;

    boolean accept(byte[] b, int off, int len, long max) {
        for (int i = off; i < off + len; i++) {
            int c = b[i] & 0xFF;
            switch (state) {
                case LESS -> state = c == '!' ? BANG : c == '?' ? INSTRUCTION : TEXT;
                case BANG -> state = c == '-' ? BANG_DASH : c == '[' ? CDATA : TEXT;
                case BANG_DASH -> state = c == '-' ? COMMENT : TEXT;
                case COMMENT -> {
                    if (c == '>' && previous == '-' && beforePrevious == '-') {
                        state = TEXT;
                    }
                }
                case INSTRUCTION -> {
                    if (c == '>' && previous == '?') {
                        state = TEXT;
                    }
                }
                case CDATA -> {
                    if (c == '>' && previous == ']' && beforePrevious == ']') {
                        state = TEXT;
                    }
                }
                default -> {
                    if (c == '<') {
                        state = LESS;
                        length = 0;
                    }
                }
            }
            if (++length > max) {
                return false;
            }
            beforePrevious = previous;
            previous = c;
        }
        return true;
    }
}
