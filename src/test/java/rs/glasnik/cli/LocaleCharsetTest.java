package rs.glasnik.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: under {@code LC_ALL=C} a Cyrillic argument became question marks and a Cyrillic file
 * name was an "Unmatched argument". The JVM decodes both in the locale's character set, so the
 * launcher swaps a locale that is not UTF-8 for a UTF-8 one, and a JVM started without the launcher
 * says so in one line instead of reading the wrong thing.
 *
 * <p>Each case runs a real JVM (the test's own class path) from bash with the locale set; the
 * script is pure ASCII, the Cyrillic written as {@code $'\xNN'} bytes, so the test does not depend
 * on the locale of the JVM running it.
 */
class LocaleCharsetTest {
    @TempDir Path dir;

    /** "вест.txt", a Cyrillic file name, as bash bytes. */
    private static final String NAME = bash("вест.txt");

    /** The launcher's locale function, taken from {@code ./glasnik} itself. */
    private static String launcherFunction() throws IOException {
        String launcher = Files.readString(Path.of("glasnik"), UTF_8);
        Matcher m = Pattern.compile("(?ms)^utf8_locale\\(\\) \\{.*?^\\}$").matcher(launcher);
        assertTrue(m.find(), "the launcher defines utf8_locale");
        return m.group();
    }

    @Test
    void theLauncherReadsCyrillicArgumentsAndFileNamesUnderLcAllC() throws Exception {
        for (String locale : List.of("C", "POSIX")) {
            Result r = run(launcherFunction() + "\nexport LC_ALL=" + locale + "\nutf8_locale\n");
            assertEquals(0, r.code, locale + ": " + r);
            assertEquals("Đorđe\n", r.out, locale + ": " + r);
        }
    }

    @Test
    void aJvmStartedWithoutTheLauncherSaysWhatIsWrongInOneLine() throws Exception {
        Result r = run("export LC_ALL=C\n");
        assertEquals(2, r.code, r.toString());
        assertEquals("", r.out);
        assertTrue(
                r.err.matches(
                        "glasnik: the locale's character set \\(.+\\) cannot hold the non-ASCII"
                                + " letters of the arguments or file names, and Java would read"
                                + " them as question marks; run with LC_ALL=C.UTF-8 \\(the"
                                + " ./glasnik launcher sets it itself\\)\n"),
                r.err);
    }

    @Test
    void aUtf8LocaleIsLeftAsItIs() throws Exception {
        Result r =
                run(
                        launcherFunction()
                                + "\nexport LC_ALL=C.UTF-8\nutf8_locale\n"
                                + "[ \"$LC_ALL\" = C.UTF-8 ] || exit 99\n");
        assertEquals(0, r.code, r.toString());
        assertEquals("Đorđe\n", r.out, r.toString());
    }

    @Test
    void asciiArgumentsNeedNoUtf8Locale() {
        assertTrue(
                Main.lostArguments("ANSI_X3.4-1968", "java\0-jar\0x\0".getBytes(UTF_8)).isEmpty());
        assertTrue(Main.lostArguments("UTF-8", "вест".getBytes(UTF_8)).isEmpty());
        assertTrue(Main.lostArguments("ANSI_X3.4-1968", "вест".getBytes(UTF_8)).isPresent());
    }

    private record Result(int code, String out, String err) {}

    /** Runs {@code setup}, then glasnik's translit of a Cyrillic file, in bash. */
    private Result run(String setup) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script =
                "set -u\nunset LANG LANGUAGE LC_CTYPE\ncd '"
                        + dir
                        + "'\nname="
                        + NAME
                        + "\nprintf '%s\\n' "
                        + bash("Ђорђе")
                        + " > \"$name\"\n"
                        + setup
                        + "exec '"
                        + java
                        + "' -cp \"$CP\" rs.glasnik.cli.Main translit --to latin \"$name\"\n";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script);
        pb.environment().put("CP", System.getProperty("java.class.path"));
        pb.redirectOutput(dir.resolve("out").toFile());
        pb.redirectError(dir.resolve("err").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM ends");
        return new Result(
                p.exitValue(),
                Files.readString(dir.resolve("out"), UTF_8),
                Files.readString(dir.resolve("err"), UTF_8));
    }

    /** The UTF-8 bytes of {@code text} as a bash $'…' string: ASCII only. */
    private static String bash(String text) {
        StringBuilder out = new StringBuilder("$'");
        for (byte b : text.getBytes(UTF_8)) {
            out.append(String.format(java.util.Locale.ROOT, "\\x%02x", b & 0xff));
        }
        return out.append('\'').toString();
    }
}
