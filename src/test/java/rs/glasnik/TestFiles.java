package rs.glasnik;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import rs.glasnik.cli.Main;

/** Shared helpers for tests: copies of the example workspace and in-process CLI runs. */
public final class TestFiles {
    public static final Path EXAMPLES = Path.of("examples");

    private TestFiles() {}

    /** Copies {@code examples/} into {@code dir} and returns the copy. */
    public static Path copyExamples(Path dir) {
        Path target = dir.resolve("examples");
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(EXAMPLES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The outcome of one in-process run of the CLI. */
    public record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    public static Run glasnik(String... args) {
        return glasnikWithInput("", args);
    }

    /** Runs the CLI with {@code stdin} as its standard input, in UTF-8. */
    public static Run glasnikWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                Main.run(
                        new java.io.ByteArrayInputStream(
                                stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        new PrintWriter(out),
                        new PrintWriter(err),
                        args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Shows invisible characters, so a failing assertion says what really differs. */
    public static String visible(String s) {
        return s.replace("\u00A0", "⍽")
                .replace("\u00AD", "<shy>")
                .replace("\uFEFF", "<BOM>")
                .replace("\r", "<CR>")
                .replace("\t", "<TAB>");
    }
}
