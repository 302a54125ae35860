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
        if (fast(b, from, to, out)) {
            return;
        }
        out.length = mark;
        String text;
        try {
            decoder.reset();
            text = decoder.decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new SerbianTransliterator.UndecodableInputException(lineNo, e);
        }
        StringBuilder latin = new StringBuilder(text.length() + 16);
        CyrillicToLatin.fullLine(text, 0, text.length(), latin, lineNo, sink);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(latin));
        out.add(encoded.array(), encoded.position(), encoded.limit() - encoded.position());
    }

    /** Converts a line by table; false when the line needs the full rules. */
    private static boolean fast(byte[] b, int from, int to, Output output) {
        output.ensure((to - from) * 3 / 2 + 8);
        byte[] o = output.bytes;
        int p = output.length;
        boolean chunkCyrillic = false;
        boolean chunkDot = false;
        boolean wordLatin = false;
        boolean wordCyrillic = false;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
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
                        return false; // the no-convert markup may span words
                    }
                    if (c == '@' || c == '/' || c == '#' || c == '\\') {
                        if (chunkCyrillic) {
                            return false;
                        }
                        chunkDot = true; // an address may follow; Cyrillic after it is not plain
                    } else if (c == '.' || c == ':') {
                        chunkDot = true;
                    } else if (c >= '0' && c <= '9' && chunkDot && chunkCyrillic) {
                        return false;
                    }
                }
                o[p++] = (byte) c;
                i++;
                continue;
            }
            if ((c == 0xD0 || c == 0xD1) && i + 1 < to) {
                int next = b[i + 1] & 0xFF;
                if (next < 0x80 || next >= 0xC0 || wordLatin || chunkDot) {
                    return false;
                }
                byte[] latin = TABLE[(c - 0xD0) * 64 + next - 0x80];
                if (latin == null) {
                    // Capital Љ, Њ, Џ and Х take their form from the next letter of the word.
                    char letter = (char) (((c & 0x1F) << 6) | (next & 0x3F));
                    char following = i + 3 < to ? cyrillicAt(b, i + 2) : 0;
                    if (!Letters.isSerbianCyrillic(following)) {
                        return false;
                    }
                    boolean upper = Character.isUpperCase(following);
                    if (letter == 'Х') {
                        if (upper) {
                            return false; // ХХ, ХІ... may be a Roman numeral
                        }
                        o[p++] = 'H';
                    } else if (letter == 'Љ' || letter == 'Њ' || letter == 'Џ') {
                        o[p++] = (byte) (letter == 'Љ' ? 'L' : letter == 'Њ' ? 'N' : 'D');
                        if (letter != 'Џ') {
                            o[p++] = (byte) (upper ? 'J' : 'j');
                        } else {
                            o[p++] = (byte) 0xC5; // Ž or ž
                            o[p++] = (byte) (upper ? 0xBD : 0xBE);
                        }
                    } else {
                        return false;
                    }
                } else {
                    o[p++] = latin[0];
                    for (int k = 1; k < latin.length; k++) {
                        o[p++] = latin[k];
                    }
                }
                chunkCyrillic = true;
                wordCyrillic = true;
                i += 2;
                continue;
            }
            // Punctuation and spaces outside ASCII, copied as they are; anything else: full rules.
            int n;
            if (c == 0xC2 && i + 1 < to) {
                int next = b[i + 1] & 0xFF;
                if (next < 0x80 || next > 0xBF || next == 0xAA || next == 0xB5 || next == 0xBA) {
                    return false;
                }
                n = 2;
            } else if (c == 0xE2 && i + 2 < to && (b[i + 1] & 0xFF) == 0x80) {
                int next = b[i + 2] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
                n = 3;
            } else if (c == 0xEF
                    && i + 2 < to
                    && (b[i + 1] & 0xFF) == 0xBB
                    && (b[i + 2] & 0xFF) == 0xBF) {
                n = 3;
            } else {
                return false;
            }
            wordLatin = false;
            wordCyrillic = false;
            for (int k = 0; k < n; k++) {
                o[p++] = b[i + k];
            }
            i += n;
        }
        output.length = p;
        return true;
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
