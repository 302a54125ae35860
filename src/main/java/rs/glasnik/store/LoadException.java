package rs.glasnik.store;

import rs.glasnik.model.Problem;

/** A file could not be read at all; carries the one problem that says why. */
public final class LoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public LoadException(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
