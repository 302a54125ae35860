package rs.glasnik.render.pdf;

/** The PDF cannot be made from what was given: an unreadable image, a broken font. */
public final class PdfFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public PdfFormatException(String message) {
        super(message);
    }

    public PdfFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
