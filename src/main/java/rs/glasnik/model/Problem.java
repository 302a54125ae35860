package rs.glasnik.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong with an input, located precisely enough for an editor to jump to it.
 *
 * @param field the field path ({@code variants.sr-Cyrl.title}), or empty for the whole file
 * @param message what is wrong and how to mend it, written as one line; the values it quotes (an
 *     id, a field name, a file name) are kept as they are, whatever characters they hold, and
 *     whoever prints a problem escapes them, so that a line break or terminal control in a value
 *     can neither split the message nor reach a terminal
 */
public record Problem(
        Severity severity, Path file, int line, int column, String field, String message) {
    /** Errors fail a check; warnings are reported only. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public Problem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(file);
        Objects.requireNonNull(field);
        Objects.requireNonNull(message);
    }

    public static Problem error(Path file, int line, int column, String field, String message) {
        return new Problem(Severity.ERROR, file, line, column, field, message);
    }

    public static Problem warning(Path file, int line, int column, String field, String message) {
        return new Problem(Severity.WARNING, file, line, column, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
