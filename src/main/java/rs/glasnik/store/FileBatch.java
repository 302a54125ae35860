package rs.glasnik.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work behind {@link WorkspaceStore.Batch}: temporary files beside their targets, moved into
 * place together, with the old files kept until every new one is in place.
 *
 * <p>{@code FileBatch b = new FileBatch(Disk.REAL); b.write(a, bytes); b.commit(); b.close();}
 */
final class FileBatch implements AutoCloseable {
    private final Map<Path, Path> temps = new LinkedHashMap<>();
    private final Disk disk;

    FileBatch(Disk disk) {
        this.disk = disk;
    }

    /** A stream to a temporary file that becomes {@code file} on commit. */
    public java.io.OutputStream create(Path file) throws IOException {
        Path earlier = temps.remove(file);
        if (earlier != null) {
            // The same file asked for twice (a format or release named twice): the last wins.
            try {
                Files.deleteIfExists(earlier);
            } catch (IOException e) {
                throw new WriteException(file, e);
            }
        }
        if (Files.isDirectory(file)) {
            // Said now, not after every other file is made as well.
            throw new WriteException(file, "it is a folder", null);
        }
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, TempFiles.prefix(file), TempFiles.SUFFIX);
            temps.put(file, temp);
            WorkspaceStore.permissions(temp, file);
            return Replacement.naming(
                    file, new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
        } catch (IOException e) {
            throw new WriteException(file, e);
        }
    }

    /** Writes {@code content} to a temporary file that becomes {@code file} on commit. */
    public void write(Path file, byte[] content) throws IOException {
        try (java.io.OutputStream out = create(file)) {
            out.write(content);
        }
    }

    /**
     * Moves every file into place, in the order they were created. A file whose place is taken by a
     * folder is found before any is moved, so that none of them is. The old files are kept under a
     * second name (a hard link, or a copy) until every new one is in place: when one cannot be
     * moved, those moved before it are put back, and every file is as it was.
     */
    public void commit() throws IOException {
        for (Path file : temps.keySet()) {
            if (Files.isDirectory(file)) {
                throw new WriteException(file, "it is a folder", null);
            }
        }
        List<Path[]> moved = new ArrayList<>(); // {file, the old file's second name or null}
        try {
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                Path file = e.getKey();
                Path kept = null;
                try {
                    if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        kept = keep(file);
                    }
                    disk.move(e.getValue(), file);
                } catch (IOException x) {
                    if (kept != null) {
                        deleteQuietly(kept);
                    }
                    throw new WriteException(file, x);
                }
                moved.add(new Path[] {file, kept});
            }
        } catch (WriteException x) {
            for (int i = moved.size() - 1; i >= 0; i--) {
                Path file = moved.get(i)[0];
                Path kept = moved.get(i)[1];
                try {
                    if (kept != null) {
                        disk.move(kept, file);
                    } else {
                        disk.deleteIfExists(file);
                    }
                } catch (IOException again) {
                    x.addSuppressed(again);
                }
            }
            throw x;
        }
        temps.clear();
        for (Path[] m : moved) {
            if (m[1] != null) {
                deleteQuietly(m[1]);
            }
        }
    }

    /** A second name for the old {@code file}, in its folder, until the commit is done. */
    private Path keep(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path kept = disk.createTemp(dir, TempFiles.prefix(file), TempFiles.SUFFIX);
        try {
            disk.deleteIfExists(kept);
            try {
                disk.link(kept, file);
            } catch (UnsupportedOperationException | FileSystemException e) {
                // No hard links here (or not for this file): a copy.
                disk.copy(file, kept);
            }
            return kept;
        } catch (IOException e) {
            deleteQuietly(kept);
            throw e;
        }
    }

    private void deleteQuietly(Path file) {
        try {
            disk.deleteIfExists(file);
        } catch (IOException e) {
            // A hidden temporary file is left; the next run removes it.
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Path temp : temps.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        temps.clear();
        if (first != null) {
            throw first;
        }
    }
}
