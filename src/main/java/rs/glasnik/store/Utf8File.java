package rs.glasnik.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import rs.glasnik.model.Problem;

/**
 * Reads a text file as glasnik's readers take it: at most {@link SafeYaml#MAX_BYTES}, strict UTF-8,
 * no byte-order mark.
 *
 * <p>{@code String text = Utf8File.decode(file, Utf8File.readBytes(file));}
 */
final class Utf8File {
    private Utf8File() {}

    static byte[] readBytes(Path file) throws LoadException {
        try {
            long size = Files.size(file);
            if (size > SafeYaml.MAX_BYTES) {
                throw new LoadException(
                        Problem.error(
                                file,
                                1,
                                1,
                                "",
                                String.format(
                                        Locale.ROOT,
                                        "the file is %.1f MB, more than the %d MB glasnik reads;"
                                                + " keep images and large texts in files beside it",
                                        size / (1024.0 * 1024.0),
                                        SafeYaml.MAX_BYTES / (1024 * 1024))));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LoadException(
                    Problem.error(file, 1, 1, "", "the file does not exist; check the path"));
        } catch (IOException e) {
            throw new LoadException(
                    Problem.error(file, 1, 1, "", "cannot read the file: " + e.getMessage()));
        }
    }

    /** Decodes strict UTF-8, dropping a leading byte-order mark. */
    static String decode(Path file, byte[] bytes) throws LoadException {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = before.codePointCount(lineStart, before.length()) + 1;
            if (line == 1 && before.startsWith("\uFEFF")) {
                column--;
            }
            int bad = bytes[in.position()] & 0xFF;
            throw new LoadException(
                    Problem.error(
                            file,
                            line,
                            column,
                            "",
                            String.format(
                                    Locale.ROOT,
                                    "byte 0x%02X is not UTF-8; save the file as UTF-8"
                                            + " (in Word or Notepad: Save as, Encoding: UTF-8)",
                                    bad)));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
