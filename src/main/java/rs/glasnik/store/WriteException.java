package rs.glasnik.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file could not be written. The message names the file a person asked for, never the temporary
 * file it was being written through, and the cause in words.
 *
 * <p>{@code cannot write out/x.sr-Cyrl.pdf: no space left on device}
 */
public final class WriteException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String reason;

    public WriteException(Path file, IOException cause) {
        this(file, causeOf(cause), cause);
    }

    WriteException(Path file, String reason, IOException cause) {
        super("cannot write " + file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file that was to be written. */
    public Path file() {
        return file;
    }

    /** Why not, in words: "permission denied", "no space left on device". */
    public String reason() {
        return reason;
    }

    /**
     * The one-line message for a failure to write {@code file}: the message of a {@link
     * WriteException}, which knows its file, or {@code cannot write FILE: cause} for any other.
     */
    public static String message(Path file, IOException e) {
        return e instanceof WriteException w
                ? w.getMessage()
                : new WriteException(file, e).getMessage();
    }

    /**
     * The cause of an I/O failure in words, without the temporary file's name: "permission denied",
     * "no space left on device", "read-only file system".
     */
    public static String causeOf(IOException e) {
        if (e instanceof WriteException w) {
            return w.reason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException f && f.getReason() == null) {
            return f.getFile() + " already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "it is a folder";
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is a file, not a folder";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such folder: " + parentOf(n.getFile());
        }
        String words =
                e instanceof FileSystemException f && f.getReason() != null
                        ? f.getReason()
                        : e instanceof FileSystemException ? null : e.getMessage();
        if (words == null || words.isBlank()) {
            return "input/output error";
        }
        words = words.strip();
        if (words.equals("Is a directory")) {
            return "it is a folder";
        }
        if (words.equals("Not a directory")) {
            return "a part of the path is a file, not a folder";
        }
        return words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
    }

    private static String parentOf(String file) {
        if (file == null) {
            return "?";
        }
        Path parent = Path.of(file).getParent();
        return parent == null ? file : parent.toString();
    }
}
