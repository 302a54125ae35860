package rs.glasnik.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** UTF-8 bytes collected and handed to a writer as text, for runs that print to a writer. */
final class Utf8Writer extends ByteArrayOutputStream {
    private final PrintWriter out;

    Utf8Writer(PrintWriter out) {
        this.out = out;
    }

    /** Writes what was collected to the writer. */
    void finish() {
        out.print(toString(StandardCharsets.UTF_8));
        out.flush();
        reset();
    }
}
