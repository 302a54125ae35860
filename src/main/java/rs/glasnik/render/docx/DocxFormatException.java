package rs.glasnik.render.docx;

import java.io.IOException;

/**
 * A Word document cannot be written: an image it shows (a figure or the logo) cannot be read or
 * added. The message is one line, written for a person, and names the image.
 *
 * <p>{@code catch (DocxFormatException e) { problems.add(release + ": " + e.getMessage()); }}
 */
public final class DocxFormatException extends IOException {
    public DocxFormatException(String message) {
        super(message);
    }

    public DocxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
