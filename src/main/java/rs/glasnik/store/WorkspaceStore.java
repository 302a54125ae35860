package rs.glasnik.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.Workspace;

/**
 * The workspace on disk: reads {@code glasnik.yaml} and every {@code releases/<id>/release.yaml}
 * into the model, and writes files atomically.
 *
 * <p>{@code WorkspaceStore.load(Path.of("examples")).releases()}
 */
public final class WorkspaceStore {
    public static final String WORKSPACE_FILE = "glasnik.yaml";
    public static final String RELEASES_DIR = "releases";
    public static final String RELEASE_FILE = "release.yaml";
    public static final String TRANSLIT_EXCEPTIONS = "translit-exceptions.txt";

    private WorkspaceStore() {}

    /** One file's outcome: its value when it loaded without errors, and every problem found. */
    public record Loaded<T>(Path file, Optional<T> value, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** A whole workspace: its settings, every release, and problems of the folder itself. */
    public record LoadedWorkspace(
            Path root,
            Loaded<Workspace> settings,
            List<Loaded<Release>> releases,
            List<Problem> problems) {
        public LoadedWorkspace {
            releases = List.copyOf(releases);
            problems = List.copyOf(problems);
        }
    }

    /** Loads a workspace; a broken file never stops the others from being read. */
    public static LoadedWorkspace load(Path root) {
        Loaded<Workspace> settings = loadSettings(root);
        List<Problem> problems = new ArrayList<>();
        List<Loaded<Release>> releases = new ArrayList<>();
        for (Path file : releaseFiles(root, problems)) {
            releases.add(loadRelease(file, root));
        }
        return new LoadedWorkspace(root, settings, releases, problems);
    }

    public static Loaded<Workspace> loadSettings(Path root) {
        Path file = root.resolve(WORKSPACE_FILE);
        if (!Files.isRegularFile(file)) {
            return new Loaded<>(
                    file,
                    Optional.empty(),
                    List.of(
                            Problem.error(
                                    file,
                                    1,
                                    1,
                                    "",
                                    "no glasnik.yaml here: this folder is not a workspace;"
                                            + " run 'glasnik init' or pass --workspace DIR")));
        }
        return read(
                file,
                root,
                "the file is empty; a workspace starts with 'schema: 1' and 'organisations:'",
                (reader, node) -> new WorkspaceReader(reader, root).read(node));
    }

    /** Loads one release file of the workspace at {@code root}. */
    public static Loaded<Release> loadRelease(Path file, Path root) {
        return read(
                file,
                root,
                "the file is empty; a release starts with 'schema: 1', 'id:', 'type:' ... (see 'glasnik new')",
                (reader, node) -> new ReleaseReader(reader, root).read(node));
    }

    /**
     * Reads a file of the workspace at {@code root} safely and turns its nodes into a value,
     * collecting every problem.
     */
    private static <T> Loaded<T> read(
            Path file,
            Path root,
            String whenEmpty,
            java.util.function.BiFunction<NodeReader, YamlNode, Optional<T>> reader) {
        List<Problem> warnings = new ArrayList<>();
        try {
            Workspaces.confined(file, root);
            String text = Utf8File.decode(file, Utf8File.readBytes(file));
            Optional<YamlNode> node = SafeYaml.parse(file, text, warnings);
            if (node.isEmpty()) {
                return empty(file, whenEmpty);
            }
            NodeReader nodes = new NodeReader(file, text);
            nodes.addAll(warnings);
            Optional<T> value = reader.apply(nodes, node.get());
            return new Loaded<>(file, value, nodes.problems());
        } catch (LoadException e) {
            warnings.add(e.problem());
            return new Loaded<>(file, Optional.empty(), warnings);
        }
    }

    private static <T> Loaded<T> empty(Path file, String message) {
        return new Loaded<>(
                file, Optional.empty(), List.of(Problem.error(file, 1, 1, "", message)));
    }

    /** The release files of a workspace, in the order of their folder names. */
    public static List<Path> releaseFiles(Path root, List<Problem> problems) {
        Path dir = root.resolve(RELEASES_DIR);
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        if (Workspaces.leaves(dir, root)) {
            problems.add(
                    Problem.error(
                            dir,
                            1,
                            1,
                            "",
                            "the releases folder is a symbolic link that leads outside the"
                                    + " workspace, and glasnik reads only files inside it;"
                                    + " move the folder into the workspace"));
            return out;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            problems.add(Problem.error(dir, 1, 1, "", "cannot list the folder: " + e.getMessage()));
            return out;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            Path file = entry.resolve(RELEASE_FILE);
            if (Files.isDirectory(entry) && Workspaces.leaves(entry, root)) {
                problems.add(
                        Problem.error(
                                entry,
                                1,
                                1,
                                "",
                                "this release folder is a symbolic link that leads outside the"
                                        + " workspace, and glasnik reads only files inside it;"
                                        + " move the folder into releases/"));
            } else if (Files.isDirectory(entry) && Files.isRegularFile(file)) {
                out.add(file);
            } else if (Files.isDirectory(entry)) {
                problems.add(
                        Problem.warning(
                                entry,
                                1,
                                1,
                                "",
                                "this release folder has no release.yaml; it is skipped"));
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                problems.add(
                        Problem.warning(
                                entry,
                                1,
                                1,
                                "",
                                "release files live in their own folder, releases/<id>/release.yaml;"
                                        + " this file is skipped"));
            }
        }
        return out;
    }

    /**
     * The workspace that holds {@code start}: the nearest folder at or above it with glasnik.yaml.
     */
    public static Optional<Path> findRoot(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve(WORKSPACE_FILE))) {
                return Optional.of(dir);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * A UTF-8 text file {@code name} of the workspace at {@code root}, such as {@code
     * translit-exceptions.txt}, or empty when it does not exist; refused, as YAML files are, when a
     * link leads it out of the workspace or it holds characters a document cannot.
     */
    public static Optional<String> readWorkspaceText(Path root, String name) throws LoadException {
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Workspaces.confined(file, root);
        String text = Utf8File.decode(file, Utf8File.readBytes(file));
        Characters.check(file, text, new ArrayList<>());
        return Optional.of(text);
    }

    /** A UTF-8 text file, or empty when it does not exist. */
    public static Optional<String> readText(Path file) throws LoadException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Utf8File.decode(file, Utf8File.readBytes(file)));
    }

    /** A template by name: the workspace's own {@code templates/<name>/}, or the built-in one. */
    public static Loaded<rs.glasnik.model.Template> template(
            String name, Optional<Path> workspace) {
        return TemplateReader.load(name, workspace);
    }

    /** The bytes of a file the workspace refers to (an image, a logo). */
    public static byte[] readAsset(Path file) throws LoadException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LoadException(
                    Problem.error(file, 1, 1, "", "cannot read the file: " + e.getMessage()));
        }
    }

    /** The JSON Schema of {@code release} or {@code workspace} files, as shipped in the jar. */
    public static Optional<String> schema(String name) {
        if (!name.equals("release") && !name.equals("workspace")) {
            return Optional.empty();
        }
        return Optional.of(resource("/rs/glasnik/store/" + name + ".schema.json"));
    }

    /** The label bundle of a locale: built-in labels, overridden by the workspace's own. */
    public static Loaded<Map<String, String>> labels(LocaleTag locale, Optional<Path> root) {
        return LabelReader.labels(locale, root);
    }

    static String resource(String name) {
        try (InputStream in = WorkspaceStore.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " in the glasnik jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a file through a temporary file in the same folder, so that a failure never leaves
     * half a file. Refuses to replace an existing file unless {@code replace} is set.
     *
     * @throws FileAlreadyExistsException when the file exists and {@code replace} is not set
     * @throws WriteException for any other failure, naming {@code file} and the cause
     */
    public static void write(Path file, byte[] content, boolean replace) throws IOException {
        write(file, content, replace, Disk.REAL);
    }

    static void write(Path file, byte[] content, boolean replace, Disk disk) throws IOException {
        if (!replace && Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        try (Replacement r = Replacement.of(file, disk)) {
            r.stream().write(content);
            if (replace) {
                r.commit(false);
            } else {
                r.commitNew();
            }
        }
    }

    /**
     * A temporary file is private to its owner; the file it becomes gets the permissions of the
     * file it replaces, or rw-r--r-- as a new file normally has.
     */
    static void permissions(Path temp, Path file) throws IOException {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> wanted =
                    Files.exists(file)
                            ? Files.getPosixFilePermissions(file)
                            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, wanted);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the default permissions are the right ones.
        }
    }

    /** Writes UTF-8 text; see {@link #write(Path, byte[], boolean)}. */
    public static void writeText(Path file, String text, boolean replace) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8), replace);
    }

    /**
     * Files written together: each into a temporary file beside it, all moved into place by {@link
     * #commit}; {@link #close} deletes what was not committed, so a failure on the way leaves none
     * of them half-written and replaces none of the old ones.
     *
     * <p>{@code try (Batch b = new Batch()) { b.write(a, bytes); try (OutputStream o = b.create(z))
     * {...} b.commit(); }}
     */
    public static final class Batch implements AutoCloseable {
        private final FileBatch files;

        public Batch() {
            this(Disk.REAL);
        }

        /** A batch whose moves go through {@code disk}: the seam tests make a rename fail by. */
        Batch(Disk disk) {
            this.files = new FileBatch(disk);
        }

        /** A stream to a temporary file that becomes {@code file} on commit. */
        public java.io.OutputStream create(Path file) throws IOException {
            return files.create(file);
        }

        /** Writes {@code content} to a temporary file that becomes {@code file} on commit. */
        public void write(Path file, byte[] content) throws IOException {
            files.write(file, content);
        }

        /**
         * Moves every file into place, in the order they were created. A file whose place is taken
         * by a folder is found before any is moved, so that none of them is. The old files are kept
         * under a second name (a hard link, or a copy) until every new one is in place: when one
         * cannot be moved, those moved before it are put back, and every file is as it was.
         */
        public void commit() throws IOException {
            files.commit();
        }

        @Override
        public void close() throws IOException {
            files.close();
        }
    }
}
