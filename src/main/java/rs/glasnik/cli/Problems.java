package rs.glasnik.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import rs.glasnik.model.Problem;

/** Prints problems the way compilers do, so editors and terminals can jump to them. */
final class Problems {
    private Problems() {}

    /** {@code releases/x/release.yaml:12:5: error: variants.en.title: the text is empty; ...} */
    static String format(Problem p) {
        StringBuilder out = new StringBuilder();
        out.append(p.file())
                .append(':')
                .append(p.line())
                .append(':')
                .append(p.column())
                .append(": ");
        out.append(p.severity().name().toLowerCase(Locale.ROOT)).append(": ");
        if (!p.field().isEmpty()) {
            out.append(p.field()).append(": ");
        }
        out.append(p.message());
        return out.toString();
    }

    static void print(PrintWriter err, List<Problem> problems) {
        for (Problem p : problems) {
            err.println(format(p));
        }
    }
}
