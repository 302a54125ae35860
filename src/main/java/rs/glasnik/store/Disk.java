package rs.glasnik.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file operations that writing uses, and nothing else: the seam through which tests make a disk
 * fill up or a rename fail at a chosen step, since a test cannot fill a real disk portably and runs
 * as root, whom permissions do not stop.
 *
 * <p>{@code Disk.REAL.move(temp, file)}
 */
interface Disk {
    /** A new empty file in {@code dir}, named {@code prefix...suffix}. */
    Path createTemp(Path dir, String prefix, String suffix) throws IOException;

    /** A stream that replaces the content of {@code file}. */
    OutputStream open(Path file) throws IOException;

    /** Copies {@code from} over the existing {@code to}, with its times and permissions. */
    void copy(Path from, Path to) throws IOException;

    /**
     * Creates {@code link} as a second name of {@code existing}; fails if {@code link} exists.
     *
     * @throws UnsupportedOperationException when the file system has no hard links
     */
    void link(Path link, Path existing) throws IOException;

    /** Renames {@code from} to {@code to}, atomically, replacing {@code to}. */
    void move(Path from, Path to) throws IOException;

    /** Renames {@code from} to {@code to}; fails if {@code to} exists. */
    void moveNew(Path from, Path to) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    Disk REAL =
            new Disk() {
                @Override
                public Path createTemp(Path dir, String prefix, String suffix) throws IOException {
                    return Files.createTempFile(dir, prefix, suffix);
                }

                @Override
                public OutputStream open(Path file) throws IOException {
                    return Files.newOutputStream(file);
                }

                @Override
                public void copy(Path from, Path to) throws IOException {
                    Files.copy(
                            from,
                            to,
                            StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.COPY_ATTRIBUTES);
                }

                @Override
                public void link(Path link, Path existing) throws IOException {
                    Files.createLink(link, existing);
                }

                @Override
                public void move(Path from, Path to) throws IOException {
                    try {
                        Files.move(
                                from,
                                to,
                                StandardCopyOption.ATOMIC_MOVE,
                                StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }

                @Override
                public void moveNew(Path from, Path to) throws IOException {
                    // Without REPLACE_EXISTING the JDK checks that the target is absent first;
                    // ATOMIC_MOVE would replace it on Linux, whatever the options say.
                    Files.move(from, to);
                }

                @Override
                public void deleteIfExists(Path file) throws IOException {
                    Files.deleteIfExists(file);
                }
            };
}
