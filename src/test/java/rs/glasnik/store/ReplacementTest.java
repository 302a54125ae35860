package rs.glasnik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing and replacing files with backups, on a disk that fills up or fails at a chosen step. A
 * real full disk cannot be made portably (and root ignores permissions), so the failures come in
 * through {@link Disk}, the seam all writing goes through.
 */
class ReplacementTest {
    @TempDir Path dir;

    static final String OLD = "стара верзија\n";
    static final String OLDER = "најстарија верзија\n";
    static final String NEW = "nova verzija\n".repeat(10_000);

    /** A replacement of {@code file} through {@code disk}, {@link #NEW} written, not committed. */
    static Replacement withNewText(Path file, Disk disk) throws IOException {
        Replacement r = Replacement.of(file, disk);
        try {
            r.stream().write(NEW.getBytes(StandardCharsets.UTF_8));
            return r;
        } catch (IOException | RuntimeException e) {
            r.close();
            throw e;
        }
    }

    @Test
    void theFirstBackupIsKeptAndLaterOnesAreNumbered() throws IOException {
        Path file = dir.resolve("izvestaj.docx");
        Files.writeString(file, "1", StandardCharsets.UTF_8);
        for (String next : List.of("2", "3", "4")) {
            try (Replacement r = Replacement.of(file)) {
                r.stream().write(next.getBytes(StandardCharsets.UTF_8));
                r.commit(true);
            }
        }
        assertEquals(
                Map.of(
                        "izvestaj.docx", "4",
                        "izvestaj.docx.bak", "1",
                        "izvestaj.docx.1.bak", "2",
                        "izvestaj.docx.2.bak", "3"),
                snapshot());
    }

    @Test
    void theNextNumberIsOneMoreThanTheHighest() throws IOException {
        assertEquals("a.txt.bak", Replacement.nextBackupName(dir, "a.txt"));
        for (String name : List.of("a.txt.bak", "a.txt.3.bak", "a.txt.07.bak", "a.txt.x.bak")) {
            Files.writeString(dir.resolve(name), name);
        }
        assertEquals("a.txt.4.bak", Replacement.nextBackupName(dir, "a.txt"));
        Files.delete(dir.resolve("a.txt.bak"));
        assertEquals("a.txt.4.bak", Replacement.nextBackupName(dir, "a.txt"), "no gap is filled");
        assertEquals("b.txt.bak", Replacement.nextBackupName(dir, "b.txt"));
    }

    @Test
    void aNewFileIsWrittenAndNoBackupIsMade() throws IOException {
        Path file = dir.resolve("novi.txt");
        try (Replacement r = withNewText(file, Disk.REAL)) {
            Replacement.Outcome outcome = r.commit(true);
            assertFalse(outcome.replaced());
            assertEquals(Optional.empty(), outcome.backup());
        }
        assertEquals(Map.of("novi.txt", NEW), snapshot());
    }

    @Test
    void closingWithoutACommitChangesNothing() throws IOException {
        Path file = prepare();
        Map<String, String> before = snapshot();
        try (Replacement r = withNewText(file, Disk.REAL)) {}
        assertEquals(before, snapshot());
    }

    /** Each step at which a disk can fail; with it, what else fails. */
    static Stream<Set<String>> failures() {
        return Stream.of(
                Set.of("createTemp"),
                Set.of("write"),
                Set.of("link", "copy"),
                Set.of("noLinks", "copy"),
                Set.of("noLinks", "moveNew"),
                Set.of("move"),
                Set.of("noLinks", "move"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFullDiskAtAnyStepLeavesEveryFileAsItWas(Set<String> failing) throws IOException {
        Path file = prepare();
        Map<String, String> before = snapshot();
        WriteException e =
                assertThrows(
                        WriteException.class,
                        () -> {
                            try (Replacement r = withNewText(file, new FailingDisk(failing))) {
                                r.commit(true);
                            }
                        });
        assertEquals(before, snapshot(), "no file changed, none was added");
        assertTrue(e.getMessage().startsWith("cannot write " + file + ": "), e.getMessage());
        assertTrue(
                e.getMessage().endsWith("no space left on device")
                        || e.getMessage().endsWith("input/output error"),
                e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
    }

    @Test
    void withoutHardLinksTheBackupIsACopy() throws IOException {
        Path file = prepare();
        try (Replacement r = withNewText(file, new FailingDisk(Set.of("noLinks")))) {
            Replacement.Outcome outcome = r.commit(true);
            assertTrue(outcome.replaced());
            assertEquals(Optional.of(dir.resolve("tekst.txt.1.bak")), outcome.backup());
        }
        assertEquals(
                Map.of("tekst.txt", NEW, "tekst.txt.bak", OLDER, "tekst.txt.1.bak", OLD),
                snapshot());
    }

    @Test
    void aSymbolicLinkIsBackedUpAsACopyOfWhatItPointsTo() throws IOException {
        Path real = Files.createDirectories(dir.resolve("drugde")).resolve("pravi.txt");
        Files.writeString(real, OLD, StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("veza.txt"), real);
        try (Replacement r = withNewText(link, Disk.REAL)) {
            r.commit(true);
        }
        Path backup = dir.resolve("veza.txt.bak");
        assertFalse(Files.isSymbolicLink(backup));
        assertEquals(OLD, Files.readString(backup, StandardCharsets.UTF_8));
        assertEquals(OLD, Files.readString(real, StandardCharsets.UTF_8), "the target is kept");
    }

    @Test
    void aFileThatMustBeNewIsNeverReplaced() throws IOException {
        Path file = prepare();
        Map<String, String> before = snapshot();
        try (Replacement r = withNewText(file, Disk.REAL)) {
            assertThrows(FileAlreadyExistsException.class, r::commitNew);
        }
        assertEquals(before, snapshot());
    }

    @Test
    void writeNamesTheFileAndTheCause() throws IOException {
        Path file = prepare();
        Map<String, String> before = snapshot();
        WriteException e =
                assertThrows(
                        WriteException.class,
                        () ->
                                WorkspaceStore.write(
                                        file,
                                        NEW.getBytes(StandardCharsets.UTF_8),
                                        true,
                                        new FailingDisk(Set.of("write"))));
        assertEquals("cannot write " + file + ": no space left on device", e.getMessage());
        assertEquals(before, snapshot());
        assertEquals(
                "cannot write " + file + ": no space left on device",
                WriteException.message(dir.resolve("other"), e),
                "a WriteException knows its file");
    }

    /** tekst.txt and an older backup of it. */
    private Path prepare() throws IOException {
        Path file = dir.resolve("tekst.txt");
        Files.writeString(file, OLD, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tekst.txt.bak"), OLDER, StandardCharsets.UTF_8);
        return file;
    }

    /** Every file in the folder (hidden temporary ones too) with its content. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(
                            p.getFileName().toString(),
                            Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /**
     * The real disk, except at the named steps: {@code createTemp}, {@code write} (the disk fills
     * after 4 KiB), {@code copy} (after copying part of the file), {@code link}, {@code move} and
     * {@code moveNew} fail as a full disk does; {@code noLinks} is a file system without hard
     * links.
     */
    static class FailingDisk implements Disk {
        private final Set<String> failing;

        FailingDisk(Set<String> failing) {
            this.failing = failing;
        }

        private static FileSystemException full(Path file) {
            return new FileSystemException(file.toString(), null, "No space left on device");
        }

        @Override
        public Path createTemp(Path dir, String prefix, String suffix) throws IOException {
            if (failing.contains("createTemp")) {
                throw full(dir.resolve(prefix + "123" + suffix));
            }
            return Disk.REAL.createTemp(dir, prefix, suffix);
        }

        @Override
        public OutputStream open(Path file) throws IOException {
            OutputStream out = Disk.REAL.open(file);
            if (!failing.contains("write")) {
                return out;
            }
            return new FilterOutputStream(out) {
                private long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (written + len > 4096) {
                        throw new IOException("No space left on device");
                    }
                    written += len;
                    out.write(b, off, len);
                }
            };
        }

        @Override
        public void copy(Path from, Path to) throws IOException {
            if (failing.contains("copy")) {
                Files.write(to, new byte[] {1, 2, 3});
                throw full(to);
            }
            Disk.REAL.copy(from, to);
        }

        @Override
        public void link(Path link, Path existing) throws IOException {
            if (failing.contains("noLinks")) {
                throw new UnsupportedOperationException("no hard links here");
            }
            if (failing.contains("link")) {
                throw full(link);
            }
            Disk.REAL.link(link, existing);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            if (failing.contains("move")) {
                throw new FileSystemException(from.toString(), to.toString(), "Input/output error");
            }
            Disk.REAL.move(from, to);
        }

        @Override
        public void moveNew(Path from, Path to) throws IOException {
            if (failing.contains("moveNew")) {
                throw full(to);
            }
            Disk.REAL.moveNew(from, to);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            Disk.REAL.deleteIfExists(file);
        }
    }
}
