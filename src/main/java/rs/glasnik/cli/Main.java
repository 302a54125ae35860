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
