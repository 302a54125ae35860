package rs.glasnik.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rs.glasnik.check.Checker;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.Workspace;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.store.WorkspaceStore.Loaded;

/** The {@code check} use case: load, lint and preflight workspaces and release files. */
final class Checking {
    private Checking() {}

    /** Checks workspaces and release files; every file is read even when others are broken. */
    static Requests.CheckResult check(Requests.Check request) throws Failure {
        List<Path> paths =
                request.paths().isEmpty()
                        ? List.of(request.workspace().orElse(Path.of(".")))
                        : request.paths();
        Map<Path, List<Path>> byRoot = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)
                    && Files.isRegularFile(path.resolve(WorkspaceStore.WORKSPACE_FILE))) {
                byRoot.computeIfAbsent(path, k -> new ArrayList<>())
                        .addAll(WorkspaceStore.releaseFiles(path, problems));
                continue;
            }
            Path file = Files.isDirectory(path) ? path.resolve(WorkspaceStore.RELEASE_FILE) : path;
            if (!Files.exists(path)) {
                throw new Failure(path + ": no such file or folder");
            }
            if (!Files.isRegularFile(file)) {
                throw new Failure(
                        path
                                + ": neither a workspace (no glasnik.yaml) nor a release (no release.yaml)");
            }
            Path root =
                    request.workspace()
                            .or(() -> WorkspaceStore.findRoot(file).map(r -> relativeRoot(file, r)))
                            .orElseThrow(
                                    () ->
                                            new Failure(
                                                    file
                                                            + ": no glasnik.yaml in this folder or above; pass --workspace DIR"));
            byRoot.computeIfAbsent(root, k -> new ArrayList<>()).add(file);
        }
        List<Requests.CheckedRelease> checked = new ArrayList<>();
        for (Map.Entry<Path, List<Path>> entry : byRoot.entrySet()) {
            Path root = entry.getKey();
            Loaded<Workspace> settings = WorkspaceStore.loadSettings(root);
            problems.addAll(settings.problems());
            List<Release> releases = new ArrayList<>();
            List<Loaded<Release>> loaded = new ArrayList<>();
            for (Path file : entry.getValue().stream().distinct().toList()) {
                Loaded<Release> one = WorkspaceStore.loadRelease(file, root);
                loaded.add(one);
                problems.addAll(one.problems());
                one.value().ifPresent(releases::add);
            }
            List<Problem> lint = new ArrayList<>(Checker.check(settings.value(), releases));
            // What render would refuse: images, and characters the template's fonts lack.
            lint.addAll(Preflight.check(root, settings.value(), releases, lint));
            problems.addAll(lint);
            for (Loaded<Release> one : loaded) {
                boolean ok =
                        one.value().isPresent()
                                && lint.stream()
                                        .noneMatch(p -> p.isError() && p.file().equals(one.file()));
                checked.add(
                        new Requests.CheckedRelease(one.file(), one.value().map(Release::id), ok));
            }
        }
        return new Requests.CheckResult(checked, problems);
    }

    /** Keeps a workspace path relative when the release path was, so messages stay short. */
    private static Path relativeRoot(Path file, Path absoluteRoot) {
        if (file.isAbsolute()) {
            return absoluteRoot;
        }
        Path here = Path.of("").toAbsolutePath();
        Path rel = here.relativize(absoluteRoot);
        return rel.toString().isEmpty() ? Path.of(".") : rel;
    }
}
