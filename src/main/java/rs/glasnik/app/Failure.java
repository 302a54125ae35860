package rs.glasnik.app;

import java.util.List;
import rs.glasnik.model.Problem;

/** A use case could not be carried out because of its input; the message says why, one line. */
public final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public Failure(String message) {
        this(message, List.of());
    }

    public Failure(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** The problems in input files that led to this failure, if any. */
    public List<Problem> problems() {
        return problems;
    }
}
