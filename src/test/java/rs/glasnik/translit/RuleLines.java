package rs.glasnik.translit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads a file of transliteration cases: {@code ## rule} starts a section, each other line is
 * {@code input|expected}, {@code #} starts a comment line.
 *
 * <p>{@code RuleLines.read("to-latin.txt")} gives (rule, input, expected) for each case.
 */
final class RuleLines {
    private RuleLines() {}

    static List<Arguments> read(String resource) {
        try (InputStream in = RuleLines.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Arguments> cases = new ArrayList<>();
            String rule = "";
            int n = 0;
            for (String line : text.split("\n")) {
                n++;
                if (line.startsWith("## ")) {
                    rule = line.substring(3);
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String[] pair = line.split("\\|", -1);
                    if (pair.length != 2) {
                        throw new IllegalStateException(
                                resource + ":" + n + ": not input|expected");
                    }
                    cases.add(Arguments.of(rule, pair[0], pair[1]));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
