package rs.glasnik.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Release;
import rs.glasnik.model.Workspace;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.store.WorkspaceStore.Loaded;
import rs.glasnik.store.WorkspaceStore.LoadedWorkspace;

/** The {@code init} and {@code new} use cases: a new workspace, the schemas, a starter release. */
final class Scaffolding {
    private Scaffolding() {}

    /** Creates a workspace with glasnik.yaml, the schemas and one starter release. */
    static Requests.Written init(Requests.Init request) throws Failure {
        Path dir = request.dir();
        if (Files.exists(dir.resolve(WorkspaceStore.WORKSPACE_FILE))) {
            throw new Failure(
                    dir + " is already a workspace (it has glasnik.yaml); nothing was changed");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Failure(dir + " is a file, not a folder");
        }
        List<Path> written = new ArrayList<>();
        write(dir.resolve(WorkspaceStore.WORKSPACE_FILE), resource("workspace.yaml"), written);
        written.addAll(writeSchemas(dir));
        String id = "first-release";
        write(
                releaseFile(dir, id),
                starter(
                        id,
                        "org",
                        LocaleTag.SR_CYRL,
                        rs.glasnik.model.ReleaseType.PRESS_RELEASE,
                        request.today()),
                written);
        return new Requests.Written(written);
    }

    /** Writes the JSON Schemas editors use into {@code dir/schemas}, replacing older copies. */
    static List<Path> writeSchemas(Path dir) throws Failure {
        List<Path> written = new ArrayList<>();
        for (String name : List.of("release", "workspace")) {
            Path file = dir.resolve("schemas").resolve(name + ".schema.json");
            try {
                WorkspaceStore.writeText(file, WorkspaceStore.schema(name).orElseThrow(), true);
            } catch (IOException e) {
                throw new Failure(rs.glasnik.store.WriteException.message(file, e));
            }
            written.add(file);
        }
        return written;
    }

    /** Scaffolds {@code releases/<id>/release.yaml} in an existing workspace. */
    static Requests.Written newRelease(Requests.NewRelease request) throws Failure {
        Path root = request.workspace();
        LoadedWorkspace ws = WorkspaceAccess.load(root);
        Workspace settings = WorkspaceAccess.settings(ws);
        for (Loaded<Release> loaded : ws.releases()) {
            if (loaded.value().map(r -> r.id().equals(request.id())).orElse(false)) {
                throw new Failure(
                        "release id '"
                                + request.id()
                                + "' is already used by "
                                + loaded.file()
                                + "; choose another id");
            }
        }
        Path file = releaseFile(root, request.id());
        if (Files.exists(file.getParent())) {
            throw new Failure(file.getParent() + " already exists; choose another id");
        }
        List<Path> written = new ArrayList<>();
        String issuer = settings.organisations().keySet().iterator().next();
        write(
                file,
                starter(request.id(), issuer, request.source(), request.type(), request.today()),
                written);
        return new Requests.Written(written);
    }

    private static Path releaseFile(Path root, String id) {
        return root.resolve(WorkspaceStore.RELEASES_DIR)
                .resolve(id)
                .resolve(WorkspaceStore.RELEASE_FILE);
    }

    private static String starter(
            String id,
            String issuer,
            LocaleTag source,
            rs.glasnik.model.ReleaseType type,
            java.time.LocalDate today) {
        return resource("release.yaml")
                .replace("{{id}}", id)
                .replace("{{issuer}}", issuer)
                .replace("{{type}}", type.key())
                .replace("{{source}}", source.tag())
                .replace("{{date}}", today.toString());
    }

    private static void write(Path file, String text, List<Path> written) throws Failure {
        try {
            WorkspaceStore.writeText(file, text, false);
            written.add(file);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new Failure(file + " already exists; nothing was overwritten");
        } catch (IOException e) {
            throw new Failure(rs.glasnik.store.WriteException.message(file, e));
        }
    }

    private static String resource(String name) {
        try (InputStream in = Scaffolding.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
