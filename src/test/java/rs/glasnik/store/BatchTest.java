package rs.glasnik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files written together (render's and pack's): when one of them cannot be moved into place, the
 * ones moved before it are put back, so a failed run leaves every file as it was.
 */
class BatchTest {
    @org.junit.jupiter.api.io.TempDir Path dir;

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * The real disk, but the rename of a temporary file onto {@code c.pdf} fails (as it does onto a
     * file a sticky folder keeps for another user, or on an I/O error), and, with {@code noLinks},
     * a file system without hard links.
     */
    static final class RenameFails extends ReplacementTest.FailingDisk {
        RenameFails(Set<String> failing) {
            super(failing);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            if (to.getFileName().toString().equals("c.pdf")) {
                throw new FileSystemException(
                        from.toString(), to.toString(), "Operation not permitted");
            }
            Disk.REAL.move(from, to);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"links", "noLinks"})
    void aFileThatCannotBeMovedIntoPlaceLeavesEveryFileAsItWas(String fileSystem)
            throws IOException {
        Path a = Files.writeString(dir.resolve("a.pdf"), "old a");
        Path b = dir.resolve("b.pdf"); // new
        Path c = Files.writeString(dir.resolve("c.pdf"), "old c");
        Path d = Files.writeString(dir.resolve("d.pdf"), "old d");
        WriteException e;
        try (WorkspaceStore.Batch batch =
                new WorkspaceStore.Batch(new RenameFails(Set.of(fileSystem)))) {
            batch.write(a, "new a".getBytes(StandardCharsets.UTF_8));
            try (OutputStream out = batch.create(b)) {
                out.write("new b".getBytes(StandardCharsets.UTF_8));
            }
            batch.write(c, "new c".getBytes(StandardCharsets.UTF_8));
            batch.write(d, "new d".getBytes(StandardCharsets.UTF_8));
            e = assertThrows(WriteException.class, batch::commit);
        }
        assertEquals(c, e.file(), "the failure names the file, never a temporary one");
        assertEquals("cannot write " + c + ": operation not permitted", e.getMessage());
        assertEquals("old a", Files.readString(a), "the file moved first is put back");
        assertFalse(Files.exists(b), "a new file moved before the failure is taken away");
        assertEquals("old c", Files.readString(c));
        assertEquals("old d", Files.readString(d), "the files after it are never moved");
        assertEquals(List.of("a.pdf", "c.pdf", "d.pdf"), names(dir), "no temporary file is left");
    }

    @ParameterizedTest
    @ValueSource(strings = {"links", "noLinks"})
    void aCommitReplacesEveryFileAndKeepsNoSecondName(String fileSystem) throws IOException {
        Path a = Files.writeString(dir.resolve("a.pdf"), "old a");
        Path b = dir.resolve("b.pdf");
        try (WorkspaceStore.Batch batch =
                new WorkspaceStore.Batch(new ReplacementTest.FailingDisk(Set.of(fileSystem)))) {
            batch.write(a, "new a".getBytes(StandardCharsets.UTF_8));
            batch.write(b, "new b".getBytes(StandardCharsets.UTF_8));
            batch.commit();
        }
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
        assertEquals(List.of("a.pdf", "b.pdf"), names(dir));
        assertTrue(Files.isRegularFile(a));
    }
}
