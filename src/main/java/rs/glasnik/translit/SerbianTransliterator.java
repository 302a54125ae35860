package rs.glasnik.translit;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;

/**
 * Serbian Cyrillic to Latin and back, by the rules of Serbian orthography. Immutable and
 * thread-safe: build once, use everywhere.
 *
 * <p>{@code SerbianTransliterator.builtIn().toLatin("ЉУБИША И ЊЕГОШ у Џепу")} gives {@code LJUBIŠA
 * I NJEGOŠ u Džepu}.
 */
public final class SerbianTransliterator {
    /** Which way to convert. */
    public enum Direction {
        TO_LATIN,
        TO_CYRILLIC
    }

    /** Longest stretch converted at once when a line has no end; cut at white space. */
    static final int MAX_SEGMENT = 1 << 16;

    private static final SerbianTransliterator BUILT_IN =
            new SerbianTransliterator(Exceptions.builtIn());

    private final Exceptions exceptions;

    private SerbianTransliterator(Exceptions exceptions) {
        this.exceptions = Objects.requireNonNull(exceptions);
    }

    /** The transliterator with glasnik's own exception dictionary. */
    public static SerbianTransliterator builtIn() {
        return BUILT_IN;
    }

    /** This transliterator with more exceptions, such as a workspace's translit-exceptions.txt. */
    public SerbianTransliterator with(Exceptions more) {
        return new SerbianTransliterator(exceptions.plus(more));
    }

    public String toLatin(String text) {
        return convert(text, Direction.TO_LATIN, Warning.Sink.IGNORE);
    }

    public String toCyrillic(String text) {
        return convert(text, Direction.TO_CYRILLIC, Warning.Sink.IGNORE);
    }

    /** Converts {@code text}, reporting repairs to {@code sink} with 1-based line numbers. */
    public String convert(String text, Direction direction, Warning.Sink sink) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 16 + 16);
        int lineNo = 1;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? n : end;
            line(text, start, stop, out, lineNo, direction, sink);
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
            lineNo++;
        }
        return out.toString();
    }

    /**
     * Cyrillic to Latin by every rule, without shortcuts: the reference that the fast paths are
     * tested against.
     */
    String toLatinByRules(String text) {
        StringBuilder out = new StringBuilder();
        int lineNo = 1;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            CyrillicToLatin.fullLine(
                    text, start, end < 0 ? text.length() : end, out, lineNo++, Warning.Sink.IGNORE);
            if (end < 0) {
                return out.toString();
            }
            out.append('\n');
            start = end + 1;
        }
    }

    private void line(
            CharSequence s,
            int from,
            int to,
            StringBuilder out,
            int lineNo,
            Direction direction,
            Warning.Sink sink) {
        if (direction == Direction.TO_LATIN) {
            CyrillicToLatin.line(s, from, to, out, lineNo, sink);
        } else {
            LatinToCyrillic.line(s, from, to, out, lineNo, sink, exceptions);
        }
    }

    /**
     * Converts a stream line by line in bounded memory: one output line for each input line, line
     * ends kept as they are.
     */
    public void convert(Reader in, Writer out, Direction direction, Warning.Sink sink)
            throws IOException {
        char[] buffer = new char[MAX_SEGMENT * 2];
        int length = 0;
        int lineNo = 1;
        StringBuilder converted = new StringBuilder(MAX_SEGMENT * 5);
        char[] outBuffer = new char[MAX_SEGMENT * 4];
        CharArray view = new CharArray(buffer);
        boolean eof = false;
        while (!eof || length > 0) {
            if (!eof) {
                int read;
                try {
                    read = in.read(buffer, length, buffer.length - length);
                } catch (java.nio.charset.CharacterCodingException e) {
                    int line = lineNo;
                    for (int k = 0; k < length; k++) {
                        if (buffer[k] == '\n') {
                            line++;
                        }
                    }
                    throw new UndecodableInputException(line, e);
                }
                if (read < 0) {
                    eof = true;
                } else {
                    length += read;
                }
            }
            view.length = length;
            int start = 0;
            while (start < length) {
                int end = -1;
                for (int k = start; k < length; k++) {
                    if (buffer[k] == '\n') {
                        end = k;
                        break;
                    }
                }
                if (end < 0) {
                    if (!eof && length - start < MAX_SEGMENT) {
                        break; // the rest of this line comes with the next read
                    }
                    int cut =
                            eof
                                    ? length
                                    : lastSpace(
                                            buffer, start, Math.min(length, start + MAX_SEGMENT));
                    line(view, start, cut, converted, lineNo, direction, sink);
                    start = cut;
                    continue;
                }
                line(view, start, end, converted, lineNo, direction, sink);
                converted.append('\n');
                lineNo++;
                start = end + 1;
            }
            if (converted.length() > 0) {
                if (outBuffer.length < converted.length()) {
                    outBuffer = new char[converted.length() * 2];
                }
                converted.getChars(0, converted.length(), outBuffer, 0);
                out.write(outBuffer, 0, converted.length());
                converted.setLength(0);
            }
            System.arraycopy(buffer, start, buffer, 0, length - start);
            length -= start;
            if (eof && length == 0) {
                break;
            }
        }
        out.flush();
    }

    /** The input had bytes its character set cannot decode, at or near {@link #line()}. */
    public static final class UndecodableInputException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        UndecodableInputException(int line, Throwable cause) {
            super("undecodable input near line " + line, cause);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /**
     * Cyrillic to Latin from UTF-8 bytes to UTF-8 bytes, line by line in bounded memory; the
     * fastest way for large files, with the same output as {@link #toLatin(String)}.
     */
    public void toLatin(java.io.InputStream in, java.io.OutputStream out, Warning.Sink sink)
            throws IOException {
        Utf8ToLatin.convert(in, out, sink);
    }

    private static int lastSpace(char[] buffer, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (Letters.isWhitespace(buffer[k])) {
                return k + 1;
            }
        }
        return to;
    }

    /** A char array seen as a CharSequence without copying. */
    private static final class CharArray implements CharSequence {
        private final char[] chars;
        int length;

        CharArray(char[] chars) {
            this.chars = chars;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return chars[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(chars, start, end - start);
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
