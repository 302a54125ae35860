package rs.glasnik.translit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cyrillic to Latin on UTF-8 bytes, for large streams. A line of plain Serbian prose (Serbian
 * Cyrillic letters, ASCII, common punctuation) is converted byte by byte from a table; any line
 * that needs a rule (capital Lj, addresses, mixed scripts, Roman numerals, the no-convert markup,
 * accents, other alphabets) is decoded and converted by {@link CyrillicToLatin}, so the output is
 * always the same as the character engine's.
 */
final class Utf8ToLatin {
    private Utf8ToLatin() {}

    /** Latin UTF-8 for Serbian Cyrillic, indexed by {@code (lead - 0xD0) * 64 + (next - 0x80)}. */
    private static final byte[][] TABLE = new byte[128][];

    static {
        for (int cp = 0x400; cp < 0x460; cp++) {
            char c = (char) cp;
            if (!Letters.isSerbianCyrillic(c) || c == 'Љ' || c == 'Њ' || c == 'Џ' || c == 'Х') {
                continue; // capital digraphs need their context; Х may be a Roman numeral
            }
            byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            int index = (utf8[0] & 0xFF) - 0xD0;
            TABLE[index * 64 + ((utf8[1] & 0xFF) - 0x80)] =
                    Letters.CYRILLIC_TO_LATIN[cp - 0x400].getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final int BLOCK = 1 << 20;

    static void convert(InputStream in, OutputStream out, Warning.Sink sink) throws IOException {
        byte[] buffer = new byte[BLOCK];
        int length = 0;
        int lineNo = 1;
        Output output = new Output(BLOCK * 2);
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean eof = false;
        while (true) {
            if (!eof && length < buffer.length) {
                int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    eof = true;
                } else {
                    length += read;
                    if (length < buffer.length) {
                        continue; // fill the block before converting
                    }
                }
            }
            int start = 0;
            while (start < length) {
                int end = indexOf(buffer, (byte) '\n', start, length);
                if (end < 0) {
                    if (!eof && start > 0) {
                        break; // the rest of the line comes with the next block
                    }
                    if (!eof) {
                        // A line longer than the block: convert up to its last space.
                        int cut = lastSpace(buffer, start, length);
                        line(buffer, start, cut, output, lineNo, decoder, sink);
                        start = cut;
                        continue;
                    }
                    line(buffer, start, length, output, lineNo, decoder, sink);
                    start = length;
                    break;
                }
                line(buffer, start, end, output, lineNo, decoder, sink);
                output.add((byte) '\n');
                lineNo++;
                start = end + 1;
            }
            out.write(output.bytes, 0, output.length);
            output.length = 0;
            System.arraycopy(buffer, start, buffer, 0, length - start);
            length -= start;
            if (eof && length == 0) {
                break;
            }
        }
        out.flush();
    }

    private static int indexOf(byte[] b, byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int lastSpace(byte[] b, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            if (b[i] == ' ' || b[i] == '\t') {
                return i + 1;
            }
        }
        // No space at all: cut before a UTF-8 lead byte, never inside a character.
        int i = to;
        while (i > from + 1 && (b[i - 1] & 0xC0) == 0x80) {
            i--;
        }
        return i - 1 > from ? i - 1 : to;
    }

    private static void line(
            byte[] b,
            int from,
            int to,
            Output out,
            int lineNo,
            CharsetDecoder decoder,
            Warning.Sink sink)
            throws IOException {
        int mark = out.length;
        out.ensure((to - from) * 3 / 2 + 8);
        byte[] o = out.bytes;
        int p = out.length;
        String text = null;
        int chunkIn = from;
        int chunkOut = p;
        boolean chunkCyrillic = false;
        boolean chunkDot = false;
        boolean wordLatin = false;
        boolean wordCyrillic = false;
        boolean digitBefore = false;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            boolean plain = true;
            if (c < 0x80) {
                if (c >= '0' && c <= '9') {
                    digitBefore = true;
                } else if (c != ' ' && c != '\t') {
                    digitBefore = false;
                }
                if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                    o[p++] = (byte) c;
                    i++;
                    chunkIn = i;
                    chunkOut = p;
                    chunkCyrillic = false;
                    chunkDot = false;
                    wordLatin = false;
                    wordCyrillic = false;
                    continue;
                }
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    plain = !(wordCyrillic || (chunkDot && chunkCyrillic));
                    wordLatin = true;
                } else {
                    wordLatin = false;
                    wordCyrillic = false;
                    if (c == '{' || c == '}') {
                        plain = false;
                    } else if (c == '@' || c == '/' || c == '#' || c == '\\') {
                        plain = !chunkCyrillic;
                        chunkDot = true;
                    } else if (c == '.' || c == ':') {
                        chunkDot = true;
                    } else if (c >= '0' && c <= '9' && chunkDot && chunkCyrillic) {
                        plain = false;
                    }
                }
                if (plain) {
                    o[p++] = (byte) c;
                    i++;
                    continue;
                }
            } else if ((c == 0xD0 || c == 0xD1) && i + 1 < to) {
                int next = b[i + 1] & 0xFF;
                byte[] latin =
                        next >= 0x80 && next < 0xC0 ? TABLE[(c - 0xD0) * 64 + next - 0x80] : null;
                if (wordLatin || chunkDot || next < 0x80 || next >= 0xC0) {
                    plain = false;
                } else if (digitBefore && !wordCyrillic && changedUnitAt(b, i, to)) {
                    plain = false; // 10 ч, 5 кВч: a unit whose symbol is not its letters
                } else if (latin != null) {
                    o[p++] = latin[0];
                    for (int k = 1; k < latin.length; k++) {
                        o[p++] = latin[k];
                    }
                } else {
                    // Capital Љ, Њ, Џ and Х take their form from the next letter of the word.
                    char letter = (char) (((c & 0x1F) << 6) | (next & 0x3F));
                    char following = i + 3 < to ? cyrillicAt(b, i + 2) : 0;
                    boolean upper = Character.isUpperCase(following);
                    if (!Letters.isSerbianCyrillic(following)) {
                        plain = false;
                    } else if (letter == 'Х') {
                        if (upper) {
                            plain = false; // ХХ, ХІ... may be a Roman numeral
                        } else {
                            o[p++] = 'H';
                        }
                    } else if (letter == 'Љ' || letter == 'Њ' || letter == 'Џ') {
                        o[p++] = (byte) (letter == 'Љ' ? 'L' : letter == 'Њ' ? 'N' : 'D');
                        if (letter != 'Џ') {
                            o[p++] = (byte) (upper ? 'J' : 'j');
                        } else {
                            o[p++] = (byte) 0xC5; // Ž or ž
                            o[p++] = (byte) (upper ? 0xBD : 0xBE);
                        }
                    } else {
                        plain = false;
                    }
                }
                if (plain) {
                    chunkCyrillic = true;
                    wordCyrillic = true;
                    digitBefore = false;
                    i += 2;
                    continue;
                }
            } else {
                int space = whitespace(b, i, to);
                if (space > 0) {
                    for (int k = 0; k < space; k++) {
                        o[p++] = b[i + k];
                    }
                    i += space;
                    chunkIn = i;
                    chunkOut = p;
                    chunkCyrillic = false;
                    chunkDot = false;
                    wordLatin = false;
                    wordCyrillic = false;
                    continue;
                }
                int n = punctuation(b, i, to);
                if (n > 0) {
                    if (!(c == 0xC2 && (b[i + 1] & 0xFF) == 0xA0)) {
                        digitBefore = false;
                    }
                    wordLatin = false;
                    wordCyrillic = false;
                    for (int k = 0; k < n; k++) {
                        o[p++] = b[i + k];
                    }
                    i += n;
                    continue;
                }
                plain = false;
            }
            // This run between spaces needs the full rules; they see the whole line around it.
            int j = i + 1;
            while (j < to && whitespace(b, j, to) == 0) {
                j++;
            }
            if (lineWide(b, from, to)) {
                out.length = mark;
                text = decode(b, from, to, decoder, lineNo);
                StringBuilder latin = new StringBuilder(text.length() + 16);
                CyrillicToLatin.fullLine(text, 0, text.length(), latin, lineNo, sink);
                add(out, latin);
                return;
            }
            if (text == null) {
                text = decode(b, from, to, decoder, lineNo);
            }
            int ci = chars(b, from, chunkIn);
            int cj = ci + chars(b, chunkIn, j);
            StringBuilder latin = new StringBuilder(cj - ci + 16);
            CyrillicToLatin.chunkOfLine(text, ci, cj, 0, text.length(), latin, lineNo, sink);
            out.length = chunkOut;
            add(out, latin);
            out.ensure((to - j) * 3 / 2 + 8);
            o = out.bytes;
            p = out.length;
            digitBefore = b[j - 1] >= '0' && b[j - 1] <= '9';
            i = j;
            chunkIn = j;
            chunkOut = p;
            chunkCyrillic = false;
            chunkDot = false;
            wordLatin = false;
            wordCyrillic = false;
        }
        out.length = p;
    }

    /** The length of a punctuation mark outside ASCII that is copied as it is, or 0. */
    private static int punctuation(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        if (c == 0xC2 && i + 1 < to) {
            int next = b[i + 1] & 0xFF;
            return next < 0x80 || next > 0xBF || next == 0xAA || next == 0xB5 || next == 0xBA
                    ? 0
                    : 2;
        }
        if (c == 0xE2 && i + 2 < to && (b[i + 1] & 0xFF) == 0x80) {
            int next = b[i + 2] & 0xFF;
            return next < 0x80 || next > 0xBF ? 0 : 3;
        }
        if (c == 0xEF && i + 2 < to && (b[i + 1] & 0xFF) == 0xBB && (b[i + 2] & 0xFF) == 0xBF) {
            return 3;
        }
        return 0;
    }

    private static String decode(byte[] b, int from, int to, CharsetDecoder decoder, int lineNo)
            throws SerbianTransliterator.UndecodableInputException {
        try {
            decoder.reset();
            return decoder.decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new SerbianTransliterator.UndecodableInputException(lineNo, e);
        }
    }

    private static void add(Output out, CharSequence text) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(text));
        out.add(encoded.array(), encoded.position(), encoded.limit() - encoded.position());
    }

    /** Rules that span the whole line: the no-convert markup, and accents composed over it. */
    private static boolean lineWide(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            int c = b[k] & 0xFF;
            if (c == '{'
                    || ((c == 0xCC || (c == 0xCD && k + 1 < to && (b[k + 1] & 0xFF) <= 0xAF)))) {
                return true; // U+0300 to U+036F
            }
        }
        return false;
    }

    /** How many chars (UTF-16 units) the UTF-8 bytes {@code b[from, to)} decode to. */
    private static int chars(byte[] b, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            int c = b[k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                n += c >= 0xF0 ? 2 : 1;
            }
        }
        return n;
    }

    /**
     * The length in bytes of the white-space character at {@code i}, or 0: exactly the characters
     * {@link Letters#isWhitespace} calls white space.
     */
    private static int whitespace(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return c == ' ' || c == '\t' || c == '\r' || c == '\f' ? 1 : 0;
        }
        if (c == 0xC2 && i + 1 < to) {
            return (b[i + 1] & 0xFF) == 0xA0 ? 2 : 0;
        }
        if (i + 2 >= to) {
            return 0;
        }
        int c1 = b[i + 1] & 0xFF;
        int c2 = b[i + 2] & 0xFF;
        if (c == 0xE2 && c1 == 0x80) {
            return (c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF ? 3 : 0;
        }
        if ((c == 0xE2 && c1 == 0x81 && c2 == 0x9F)
                || (c == 0xE1 && c1 == 0x9A && c2 == 0x80)
                || (c == 0xE3 && c1 == 0x80 && c2 == 0x80)) {
            return 3;
        }
        return 0;
    }

    /**
     * Whether the Cyrillic word at {@code i} is a unit whose symbol is not its letters (ч, кВч).
     */
    private static boolean changedUnitAt(byte[] b, int i, int to) {
        StringBuilder word = new StringBuilder(5);
        for (int k = i; k + 1 < to && word.length() < 5; k += 2) {
            char letter = cyrillicAt(b, k);
            if (letter == 0) {
                break;
            }
            word.append(letter);
        }
        return Letters.CHANGED_UNITS.containsKey(word.toString());
    }

    /** The Cyrillic letter encoded at {@code i} (two bytes), or 0. */
    private static char cyrillicAt(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int next = b[i + 1] & 0xFF;
        if ((c != 0xD0 && c != 0xD1) || next < 0x80 || next >= 0xC0) {
            return 0;
        }
        return (char) (((c & 0x1F) << 6) | (next & 0x3F));
    }

    /** A growable byte buffer. */
    private static final class Output {
        byte[] bytes;
        int length;

        Output(int capacity) {
            bytes = new byte[capacity];
        }

        void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        void add(byte value) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = value;
        }

        void add(byte[] values, int offset, int count) {
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
            }
            System.arraycopy(values, offset, bytes, length, count);
            length += count;
        }
    }
}
