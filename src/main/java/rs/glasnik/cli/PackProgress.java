package rs.glasnik.cli;

import java.io.PrintWriter;
import rs.glasnik.app.Requests;

/**
 * Notices on stderr, and on a terminal a progress bar redrawn in place; nothing else when stderr is
 * not a terminal (a log, a test).
 */
final class PackProgress implements Requests.PackListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private boolean drawn;

    PackProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void notice(String line) {
        clear();
        err.println("pack: " + line);
        err.flush();
    }

    @Override
    public void progress(int done, int total) {
        if (!terminal || total <= 0) {
            return;
        }
        int filled = (int) ((long) WIDTH * done / total);
        err.print(
                "\rpack ["
                        + "#".repeat(filled)
                        + " ".repeat(WIDTH - filled)
                        + "] "
                        + done
                        + "/"
                        + total);
        err.flush();
        drawn = true;
    }

    void finish() {
        clear();
    }

    private void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
