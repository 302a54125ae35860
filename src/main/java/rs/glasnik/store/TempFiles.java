package rs.glasnik.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of glasnik's temporary files, and the removal of those a killed run left behind.
 *
 * <p>A file is written as {@code .NAME.PID-RANDOM.tmp} beside it, hidden, and renamed into place
 * when it is complete. The process id says whose it is: a temporary file whose process is no longer
 * running can only be left over from a run that was killed, and is removed by the next run that
 * writes into that folder. A run never touches the temporary files of a process that is still
 * running, so two glasnik processes may write into one folder at once. (Before the process id was
 * part of the name, the number was random; such a number names no running process, and is removed.)
 *
 * <p>{@code List<Path> removed = TempFiles.removeStale(out);}
 */
public final class TempFiles {
    /** The suffix of every temporary file. */
    static final String SUFFIX = ".tmp";

    /** A temporary file of one of glasnik's documents: {@code .NAME.EXT.DIGITS[-DIGITS].tmp}. */
    private static final Pattern OWN =
            Pattern.compile(
                    "\\..+\\.(?:pdf|docx|zip|html|xlf|xliff|txt|md|markdown|yaml|yml|bak)\\.([0-9]{1,19})(?:-[0-9]+)?\\.tmp");

    private TempFiles() {}

    /** The prefix of a temporary file for {@code file}: hidden, its name, this process. */
    static String prefix(Path file) {
        return "." + file.getFileName() + "." + ProcessHandle.current().pid() + "-";
    }

    /**
     * Removes from {@code dir} glasnik's temporary files whose process has ended; returns them.
     * Nothing else is touched, and a file that cannot be removed is left as it is.
     */
    public static List<Path> removeStale(Path dir) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*" + SUFFIX)) {
            for (Path entry : entries) {
                if (stale(entry.getFileName().toString())
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.deleteIfExists(entry);
                        removed.add(entry);
                    } catch (IOException e) {
                        // Someone else's or in use: left alone.
                    }
                }
            }
        } catch (IOException e) {
            // A folder that cannot be listed is reported when the files are written.
        }
        return removed;
    }

    /** Whether {@code name} is one of glasnik's temporary files and its process has ended. */
    static boolean stale(String name) {
        Matcher m = OWN.matcher(name);
        if (!m.matches()) {
            return false;
        }
        Optional<ProcessHandle> owner;
        try {
            owner = ProcessHandle.of(Long.parseLong(m.group(1)));
        } catch (NumberFormatException e) {
            return true;
        }
        return owner.map(p -> !p.isAlive()).orElse(true);
    }
}
