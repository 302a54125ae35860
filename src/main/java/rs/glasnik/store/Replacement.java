package rs.glasnik.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file being written or replaced safely. Its content goes into a temporary file beside it (a
 * hidden {@code .NAME.*.tmp}), which becomes the file on {@link #commit}; until then the old file
 * is untouched, and {@link #close} without a commit deletes the temporary file. A failure at any
 * step leaves every file as it was, and its message names the file, not the temporary one.
 *
 * <p>With a backup, the old file is kept first under the next free numbered name, {@code
 * izvestaj.docx.bak}, then {@code izvestaj.docx.1.bak}, {@code izvestaj.docx.2.bak}: one more than
 * the highest number there, so the highest is always the newest and an existing backup is never
 * replaced. The backup is a second name (a hard link) of the old file, made in one step that fails
 * if the name is taken; it takes no space, so it cannot fail on a full disk. Where the file system
 * has no hard links (FAT, some network drives) or the file is a symbolic link, the old file is
 * copied into a temporary file first and renamed to the backup name only if that name is free.
 *
 * <p>{@code try (Replacement r = Replacement.of(file)) { try (OutputStream out = r.stream()) {
 * out.write(bytes); } r.commit(true); }}
 */
public final class Replacement implements AutoCloseable {
    /**
     * What a commit did: whether an old file was replaced, and where it was kept.
     *
     * <p>{@code outcome.backup().ifPresent(b -> err.println("kept the original as " + b));}
     */
    public record Outcome(Path file, boolean replaced, Optional<Path> backup) {}

    /** How many taken backup names a commit steps over before it gives up. */
    private static final int BACKUP_ATTEMPTS = 100;

    private final Path file;
    private final Path dir;
    private final Disk disk;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    private Replacement(Path file, Path dir, Disk disk, Path temp, OutputStream stream) {
        this.file = file;
        this.dir = dir;
        this.disk = disk;
        this.temp = temp;
        this.stream = stream;
    }

    /** Starts writing {@code file}, creating its folder if needed. */
    public static Replacement of(Path file) throws WriteException {
        return of(file, Disk.REAL);
    }

    static Replacement of(Path file, Disk disk) throws WriteException {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new WriteException(file, e.getFile() + " is a file, not a folder", e);
        } catch (IOException e) {
            throw new WriteException(file, e);
        }
        Path temp;
        try {
            temp = disk.createTemp(dir, TempFiles.prefix(file), TempFiles.SUFFIX);
        } catch (IOException e) {
            throw new WriteException(file, e);
        }
        try {
            OutputStream out = naming(file, new BufferedOutputStream(disk.open(temp), 1 << 16));
            return new Replacement(file, dir, disk, temp, out);
        } catch (IOException e) {
            deleteQuietly(disk, temp);
            throw new WriteException(file, e);
        }
    }

    /**
     * The stream to write the new content to. Closing it is allowed (and wise when many files are
     * written); a commit closes it otherwise. Its failures are {@link WriteException}s naming the
     * file.
     */
    public OutputStream stream() {
        return stream;
    }

    /**
     * Makes what was written the file, replacing an old one in one atomic rename; with {@code
     * keepBackup}, the old file is kept first under the next free backup name.
     */
    public Outcome commit(boolean keepBackup) throws WriteException {
        requireOpen();
        prepare();
        boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        Optional<Path> backup;
        try {
            backup = keepBackup && existed ? Optional.of(backUp()) : Optional.empty();
        } catch (IOException e) {
            throw new WriteException(
                    file, "its backup cannot be made: " + WriteException.causeOf(e), e);
        }
        try {
            disk.move(temp, file);
        } catch (IOException e) {
            // The backup is a second name of the file that is still in place: dropping it
            // leaves everything as it was.
            backup.ifPresent(b -> deleteQuietly(disk, b));
            throw new WriteException(file, e);
        }
        committed = true;
        return new Outcome(file, existed, backup.map(b -> file.resolveSibling(b.getFileName())));
    }

    /**
     * Makes what was written the file, which must not exist yet.
     *
     * @throws FileAlreadyExistsException when it does; it is never replaced
     */
    public void commitNew() throws IOException {
        requireOpen();
        prepare();
        try {
            try {
                disk.link(file, temp);
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException f) {
                    throw f;
                }
                disk.moveNew(temp, file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(file.toString());
        } catch (IOException e) {
            throw new WriteException(file, e);
        }
        committed = true;
        deleteQuietly(disk, temp);
    }

    /** Deletes the temporary file; a file not committed stays as it was. */
    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            // The content is discarded anyway.
        }
        deleteQuietly(disk, temp);
    }

    private void requireOpen() {
        if (committed) {
            throw new IllegalStateException(file + " is already committed");
        }
    }

    /** Everything written reaches the temporary file, with the permissions the file will have. */
    private void prepare() throws WriteException {
        try {
            stream.close();
            WorkspaceStore.permissions(temp, file);
        } catch (WriteException e) {
            throw e;
        } catch (IOException e) {
            throw new WriteException(file, e);
        }
    }

    private Path backUp() throws IOException {
        boolean link = !Files.isSymbolicLink(file);
        FileAlreadyExistsException taken = null;
        for (int attempt = 0; attempt < BACKUP_ATTEMPTS; attempt++) {
            Path backup = dir.resolve(nextBackupName(dir, file.getFileName().toString()));
            try {
                if (link) {
                    try {
                        disk.link(backup, file);
                        return backup;
                    } catch (UnsupportedOperationException | FileSystemException e) {
                        if (e instanceof FileAlreadyExistsException f) {
                            throw f;
                        }
                        // No hard links here (or not for this file): copy instead, from now on.
                        link = false;
                    }
                }
                return copy(backup);
            } catch (FileAlreadyExistsException e) {
                // Another run took the name between the listing and now: the next one.
                taken = e;
            }
        }
        throw taken;
    }

    private Path copy(Path backup) throws IOException {
        Path copy = disk.createTemp(dir, TempFiles.prefix(backup), TempFiles.SUFFIX);
        try {
            disk.copy(file, copy);
            disk.moveNew(copy, backup);
            return backup;
        } finally {
            deleteQuietly(disk, copy);
        }
    }

    /**
     * {@code NAME.bak} when no backup of NAME exists, else {@code NAME.<n>.bak} with n one more
     * than the highest there ({@code NAME.bak} counting as 0).
     */
    static String nextBackupName(Path dir, String name) throws IOException {
        String plain = name + ".bak";
        String prefix = name + ".";
        long highest = -1;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String other = entry.getFileName().toString();
                if (other.equals(plain)) {
                    highest = Math.max(highest, 0);
                } else if (other.startsWith(prefix) && other.endsWith(".bak")) {
                    String number = other.substring(prefix.length(), other.length() - 4);
                    if (number.matches("[1-9][0-9]{0,8}")) {
                        highest = Math.max(highest, Long.parseLong(number));
                    }
                }
            }
        }
        return highest < 0 ? plain : prefix + (highest + 1) + ".bak";
    }

    private static void deleteQuietly(Disk disk, Path file) {
        try {
            disk.deleteIfExists(file);
        } catch (IOException e) {
            // A hidden temporary file is left; it never replaces anything.
        }
    }

    /** A stream whose failures name {@code file}; closing it twice is harmless. */
    static OutputStream naming(Path file, OutputStream out) {
        return new FilterOutputStream(out) {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw new WriteException(file, e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw new WriteException(file, e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new WriteException(file, e);
                }
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    out.close();
                } catch (IOException e) {
                    throw new WriteException(file, e);
                }
            }
        };
    }
}
