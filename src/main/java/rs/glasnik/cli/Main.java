package rs.glasnik.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The {@code glasnik} command line. {@link #run} is the entry point for tests: it never exits the
 * JVM and prints only to the writers it is given.
 *
 * <p>{@code int code = Main.run(out, err, "check", "examples");}
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Optional<String> locale = lostArguments(System.getProperty("sun.jnu.encoding"), cmdline());
        if (locale.isPresent()) {
            System.err.println("glasnik: " + locale.get());
            System.exit(ExitCode.USAGE.code());
        }
        Charset charset = consoleCharset();
        PrintWriter out =
                new PrintWriter(
                        new BufferedWriter(
                                new OutputStreamWriter(
                                        new FileOutputStream(FileDescriptor.out), charset),
                                1 << 16));
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, charset), true);
        OutputStream bytes =
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        int code = run(System.in, bytes, out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Why the arguments cannot be trusted, when the JVM decoded them in a character set that cannot
     * hold what was typed: under {@code LC_ALL=C} Java turns "Дан Војске" into question marks and
     * cannot open a Cyrillic file name, whatever {@code -Dfile.encoding} says.
     */
    static Optional<String> lostArguments(String jnuEncoding, byte[] cmdline) {
        if (jnuEncoding == null || isUtf8(jnuEncoding)) {
            return Optional.empty();
        }
        for (byte b : cmdline) {
            if (b < 0) {
                return Optional.of(
                        "the locale's character set ("
                                + jnuEncoding
                                + ") cannot hold the non-ASCII letters of the arguments or file"
                                + " names, and Java would read them as question marks; run with"
                                + " LC_ALL=C.UTF-8 (the ./glasnik launcher sets it itself)");
            }
        }
        return Optional.empty();
    }

    private static boolean isUtf8(String name) {
        try {
            return Charset.forName(name).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The command line as the kernel holds it, in bytes (Linux); empty where there is none. */
    private static byte[] cmdline() {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/cmdline"));
        } catch (java.io.IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    /** UTF-8 unless the console says otherwise; Serbian text must never become question marks. */
    private static Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding");
        if (name == null || name.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset c = Charset.forName(name);
            return c.name().equals("US-ASCII") || c.name().equals("ANSI_X3.4-1968")
                    ? StandardCharsets.UTF_8
                    : c;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Runs glasnik with {@code args}; returns the exit code (see {@link ExitCode}). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), out, err, args);
    }

    /** Runs glasnik with {@code args} and standard input {@code in}. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        Utf8Writer bytes = new Utf8Writer(out);
        try {
            return run(in, bytes, out, err, args);
        } finally {
            bytes.finish();
        }
    }

    /**
     * Runs glasnik with standard input {@code in}; {@code bytes} receives text written as UTF-8
     * bytes (translit), {@code out} everything else.
     */
    public static int run(
            InputStream in,
            OutputStream bytes,
            PrintWriter out,
            PrintWriter rawErr,
            String... args) {
        PrintWriter err = new PrintWriter(new Problems.Escaping(rawErr), true);
        CommandLine cli = GlasnikCommand.commandLine();
        TranslitCommand translit =
                (TranslitCommand) cli.getSubcommands().get("translit").getCommand();
        translit.stdin = in;
        translit.stdout = bytes;
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            try {
                bytes.flush();
            } catch (java.io.IOException e) {
                err.println(
                        "glasnik: cannot write to standard output: "
                                + Problems.escape(String.valueOf(e.getMessage())));
            }
            out.flush();
            err.flush();
            rawErr.flush();
        }
    }
}
