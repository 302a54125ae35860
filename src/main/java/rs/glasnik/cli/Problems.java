package rs.glasnik.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import rs.glasnik.model.Problem;

/**
 * Prints problems the way compilers do, so editors and terminals can jump to them; and escapes what
 * a message quotes, so that no value (an id, a field name, a file name, an argument) can split a
 * message or drive the terminal it is printed on.
 */
final class Problems {
    private Problems() {}

    /** {@code releases/x/release.yaml:12:5: error: variants.en.title: the text is empty; ...} */
    static String format(Problem p) {
        StringBuilder out = new StringBuilder();
        out.append(p.file())
                .append(':')
                .append(p.line())
                .append(':')
                .append(p.column())
                .append(": ");
        out.append(p.severity().name().toLowerCase(Locale.ROOT)).append(": ");
        if (!p.field().isEmpty()) {
            out.append(p.field()).append(": ");
        }
        out.append(p.message());
        return escape(out);
    }

    static void print(PrintWriter err, List<Problem> problems) {
        for (Problem p : problems) {
            err.println(format(p));
        }
    }

    /**
     * {@code text} as one printable line: every control character (tab, line feed and carriage
     * return as {@code \t}, {@code \n}, {@code \r}, the others as &#92;u001b), DEL, the C1 controls
     * U+0080 to U+009F, the bidirectional controls, the line and paragraph separators and unpaired
     * surrogates are written as escapes; everything else, Cyrillic included, as it is.
     */
    static String escape(CharSequence text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired =
                    Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (!unsafe(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(escaped(c));
        }
        return out == null ? text.toString() : out.toString();
    }

    /** Whether {@code c}, unpaired, is escaped by {@link #escape}. */
    static boolean unsafe(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C // ARABIC LETTER MARK
                || c == 0x200E // LEFT-TO-RIGHT MARK
                || c == 0x200F // RIGHT-TO-LEFT MARK
                || (c >= 0x2028 && c <= 0x202E) // line and paragraph separators, embeddings
                || (c >= 0x2066 && c <= 0x2069) // isolates
                || Character.isSurrogate(c);
    }

    private static String escaped(char c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> String.format(Locale.ROOT, "\\u%04x", (int) c);
        };
    }

    /**
     * Standard error as the commands see it: whatever reaches it, {@link #escape}s what no message
     * may carry to a terminal, keeping only the line ends, tabs and carriage returns it is written
     * with (a stack trace under --debug, the progress bar of {@code pack}).
     */
    static final class Escaping extends FilterWriter {
        private char pending;

        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (pending != 0) {
                char high = pending;
                pending = 0;
                if (Character.isLowSurrogate(ch)) {
                    out.write(high);
                    out.write(ch);
                    return;
                }
                out.write(escaped(high));
            }
            if (Character.isHighSurrogate(ch)) {
                pending = ch;
            } else if (unsafe(ch) && ch != '\n' && ch != '\t' && ch != '\r') {
                out.write(escaped(ch));
            } else {
                out.write(ch);
            }
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(chars[i]);
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(s.charAt(i));
            }
        }

        @Override
        public void flush() throws IOException {
            if (pending != 0) {
                out.write(escaped(pending));
                pending = 0;
            }
            out.flush();
        }
    }
}
