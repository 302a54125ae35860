package rs.glasnik.cli;

/** glasnik's exit codes, as documented in the README. */
public enum ExitCode {
    /** Everything worked; a check found no errors. */
    OK(0),
    /** A problem with the input, or a check that found errors. */
    BAD_INPUT(1),
    /** The command line itself was wrong. */
    USAGE(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
