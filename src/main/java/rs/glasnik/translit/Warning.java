package rs.glasnik.translit;

import java.util.Objects;

/**
 * Something the transliterator repaired or could not decide, located in its input.
 *
 * @param line 1-based line of the input
 * @param column 1-based column (in characters) of the word
 * @param word the word as written
 * @param message what was done and why, one line
 */
public record Warning(int line, int column, String word, String message) {
    public Warning {
        Objects.requireNonNull(word);
        Objects.requireNonNull(message);
    }

    /** Receives warnings as they are found; {@link #IGNORE} drops them. */
    public interface Sink {
        void warn(Warning warning);

        Sink IGNORE = w -> {};
    }
}
