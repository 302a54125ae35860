package rs.glasnik.render;

/** A {@link Format} cannot make its file from what was given: an unreadable image, a bad font. */
public final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
