package rs.glasnik.render.pdf.typeset;

/**
 * An image of the document could not be read; the message says which and why, the cause is the
 * reader's own exception.
 */
public final class UnreadableImageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
