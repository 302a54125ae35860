package rs.glasnik.translit.docx;

import java.io.IOException;

/**
 * A file that cannot be read as a Word document (.docx): not a zip archive, not a Word package,
 * damaged, encrypted or too large. The message is one line, written for a person, and says how to
 * mend the file when that is possible.
 *
 * <p>{@code catch (DocxFormatException e) { problems.add(path + ": " + e.getMessage()); }}
 */
public final class DocxFormatException extends IOException {
    public DocxFormatException(String message) {
        super(message);
    }

    public DocxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
