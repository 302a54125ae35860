package rs.glasnik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.TestFiles;

/**
 * Whatever a value holds (an id, a field name, a file name, an argument), a message that quotes it
 * stays one printable line: control characters, C1 controls and direction controls are shown as
 * {@code \}{@code u001b} escapes, never sent to the terminal. JSON keeps the real value.
 */
class MessageHygieneTest {
    @TempDir Path dir;
    Path examples;
    Path seed;

    @BeforeEach
    void copy() {
        examples = TestFiles.copyExamples(dir);
        seed = examples.resolve("releases/djordjevic-chepurin/release.yaml");
    }

    record Run(int code, String out, String err) {}

    /** Main.run with standard output and error captured. */
    static Run glasnik(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    void editSeed(String from, String to) throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(seed, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** {@code glasnik check [options] <examples>}, which must fail with exit code 1. */
    Run checkFails(String... options) {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(List.of(options));
        args.add(examples.toString());
        Run run = glasnik(args.toArray(new String[0]));
        assertEquals(1, run.code(), run.toString());
        return run;
    }

    static String firstLine(Run run) {
        return run.out().lines().findFirst().orElseThrow();
    }

    /** No character that drives a terminal, and no line break inside a line. */
    static void assertPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad =
                    (c < 0x20 && c != '\n')
                            || (c >= 0x7F && c <= 0x9F)
                            || (c >= 0x202A && c <= 0x202E)
                            || (c >= 0x2066 && c <= 0x2069);
            assertFalse(bad, String.format("U+%04X at %d in %s", (int) c, i, text));
        }
    }

    @Test
    void anArgumentWithTerminalControlsIsEchoedEscaped() {
        Run run =
                glasnik("show", "\u001b[2J\u001b[31mred\u009b\u202e", "--workspace", "" + examples);
        assertEquals(1, run.code(), run.toString());
        assertEquals(
                "glasnik: no release '\\u001b[2J\\u001b[31mred\\u009b\\u202e' in "
                        + examples
                        + "; 'glasnik list' shows the ids\n",
                run.err());
        assertPrintable(run.err());
    }

    @Test
    void anArgumentWithALineBreakStaysOneLine() {
        Run run = glasnik("show", "a\nb\rc\td", "--workspace", "" + examples);
        assertEquals(1, run.code(), run.toString());
        assertEquals(
                "glasnik: no release 'a\\nb\\rc\\td' in "
                        + examples
                        + "; 'glasnik list' shows the ids\n",
                run.err());
    }

    @Test
    void aWrongOptionValueIsEchoedEscaped() {
        Run run = glasnik("render", "x", "--lang", "x\u001b[2J");
        assertEquals(2, run.code(), run.toString());
        assertEquals(
                "glasnik: Invalid value for option '--lang' (LOCALE): 'x\\u001b[2J' is not a"
                        + " locale glasnik publishes in; use en, sr-Cyrl or sr-Latn\n"
                        + "Try 'glasnik render --help' for more.\n",
                run.err());
    }

    @Test
    void aFieldNameWithALineBreakIsOneEscapedLineNotACrash() throws IOException {
        // Before: "internal error: IllegalArgumentException: a problem is one line".
        editSeed("    title: Minister", "    \"ti\\ntle\\t\": x\n    title: Minister");
        Run run = checkFails();
        assertEquals(
                seed
                        + ":41:5: error: variants.en.ti\\ntle\\t: unknown field 'ti\\ntle\\t';"
                        + " use one of: title, subtitle, summary, body",
                firstLine(run),
                run.toString());
        assertEquals("", run.err());
    }

    @Test
    void aFieldNameWithADirectionControlIsEscapedInTextAndRealInJson() throws IOException {
        editSeed("    title: Minister", "    ti\u202etle: x\n    title: Minister");
        Run run = checkFails();
        assertTrue(
                run.out()
                        .contains(
                                seed
                                        + ":41:5: error: variants.en.ti\\u202etle: unknown field"
                                        + " 'ti\\u202etle'; did you mean 'title'?\n"),
                run.toString());
        assertTrue(
                run.out()
                        .contains(
                                seed
                                        + ":41:7: warning: an invisible direction control U+202E"
                                        + " (RIGHT-TO-LEFT OVERRIDE) stands here; it reorders"),
                run.toString());
        assertPrintable(run.out());

        Run json = checkFails("--format", "json");
        assertPrintable(json.out());
        assertTrue(json.out().contains("ti\\u202etle"), json.out());
        JsonNode problems = new ObjectMapper().readTree(json.out()).get("problems");
        boolean found = false;
        for (JsonNode p : problems) {
            if (p.get("field").asText().equals("variants.en.ti\u202etle")) {
                found = true;
                assertEquals(
                        "unknown field 'ti\u202etle'; did you mean 'title'?",
                        p.get("message").asText());
            }
        }
        assertTrue(found, json.out());
    }

    @Test
    void jsonKeepsALineBreakAsItsRealValue() throws IOException {
        editSeed("    title: Minister", "    \"ti\\ntle\": x\n    title: Minister");
        Run json = checkFails("--format", "json");
        JsonNode first = new ObjectMapper().readTree(json.out()).get("problems").get(0);
        assertEquals("variants.en.ti\ntle", first.get("field").asText());
        assertEquals(41, first.get("line").asInt());
    }

    @Test
    void aFileNameWithTerminalControlsIsEscaped() throws IOException {
        Path folder = examples.resolve("releases/bad\u001b[2Jname");
        Files.createDirectories(folder);
        Files.copy(seed, folder.resolve("release.yaml"));
        Run run = checkFails();
        String shown = examples.resolve("releases") + "/bad\\u001b[2Jname/release.yaml";
        assertTrue(run.out().contains(shown + ":"), run.toString());
        assertTrue(run.out().contains("FAILED -"), run.toString());
        assertPrintable(run.out());
    }

    @Test
    void anEscapedControlInAnIdIsRefusedWithoutBeingEchoed() throws IOException {
        editSeed("id: djordjevic-chepurin", "id: \"\\e[2J\\e[31mpwned\"");
        Run run = checkFails();
        assertEquals(
                seed
                        + ":3:5: error: an escape in this text writes control character U+001B"
                        + " (ESC), which documents cannot hold; remove the escape",
                firstLine(run));
        assertPrintable(run.out());
    }

    @Test
    void escapeLeavesCyrillicAndEmojiAlone() {
        assertEquals("Београд 😀 Đ", Problems.escape("Београд 😀 Đ"));
        assertEquals(
                "\\ud83d|\\u200f|\\u2028|\\u007f", Problems.escape("\ud83d|\u200f|\u2028|\u007f"));
    }
}
