package rs.glasnik.app;

import java.util.List;
import rs.glasnik.model.Problem;

/** A use case could not be carried out because of its input; the message says why, one line. */
public final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;
    private final boolean usage;

    public Failure(String message) {
        this(message, List.of());
    }

    public Failure(String message, List<Problem> problems) {
        this(message, problems, false);
    }

    private Failure(String message, List<Problem> problems, boolean usage) {
        super(message);
        this.problems = List.copyOf(problems);
        this.usage = usage;
    }

    /** The options of the request do not go together: wrong usage, not bad input. */
    public static Failure usage(String message) {
        return new Failure(message, List.of(), true);
    }

    /** Whether the request's options were wrong (exit 2) rather than its input (exit 1). */
    public boolean usage() {
        return usage;
    }

    /** The problems in input files that led to this failure, if any. */
    public List<Problem> problems() {
        return problems;
    }
}
