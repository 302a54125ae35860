package rs.glasnik.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.Suggestions;
import rs.glasnik.model.Template;
import rs.glasnik.model.Workspace;
import rs.glasnik.resolve.Labels;
import rs.glasnik.store.LoadException;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.store.WorkspaceStore.Loaded;
import rs.glasnik.store.WorkspaceStore.LoadedWorkspace;
import rs.glasnik.translit.Exceptions;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * The workspace as the use cases read it: loaded, its settings, a release by id or path, the
 * template, the labels and the transliterator, each a clear {@link Failure} when missing or broken.
 */
final class WorkspaceAccess {
    private WorkspaceAccess() {}

    static LoadedWorkspace load(Path root) throws Failure {
        if (!Files.isDirectory(root)) {
            throw new Failure(root + ": no such folder; pass the workspace with --workspace DIR");
        }
        if (!Files.isRegularFile(root.resolve(WorkspaceStore.WORKSPACE_FILE))) {
            throw new Failure(
                    "no glasnik.yaml in "
                            + root
                            + ": not a workspace; pass --workspace DIR, or create one with 'glasnik init'");
        }
        return WorkspaceStore.load(root);
    }

    static Workspace settings(LoadedWorkspace ws) throws Failure {
        return ws.settings()
                .value()
                .orElseThrow(
                        () ->
                                new Failure(
                                        ws.settings().file() + " has errors; mend them first",
                                        ws.settings().problems()));
    }

    /** The template of this name, from the workspace or the built-in ones. */
    static Template template(String name, Path root) throws Failure {
        Loaded<Template> template = WorkspaceStore.template(name, Optional.of(root));
        if (template.value().isEmpty()) {
            throw new Failure("the template '" + name + "' has errors", template.problems());
        }
        return template.value().get();
    }

    /** The release with this id, checked; a clear failure when it is missing or broken. */
    static Release release(LoadedWorkspace ws, String id) throws Failure {
        List<String> ids = new ArrayList<>();
        for (Loaded<Release> loaded : ws.releases()) {
            Optional<Release> release = loaded.value();
            if (release.isEmpty()) {
                if (loaded.file().getParent().getFileName().toString().equals(id)) {
                    throw new Failure(
                            "release '" + id + "' has errors; mend them first", loaded.problems());
                }
                continue;
            }
            ids.add(release.get().id());
            if (release.get().id().equals(id)) {
                return release.get();
            }
        }
        throw new Failure(
                "no release '"
                        + id
                        + "' in "
                        + ws.root()
                        + Suggestions.closest(id, ids)
                                .map(s -> "; did you mean '" + s + "'?")
                                .orElse("; 'glasnik list' shows the ids"));
    }

    /** A release id, or the path of a release file or folder, as the id of that release. */
    static String idOf(String target, Path root) throws Failure {
        Path path = Path.of(target);
        if (!target.contains("/") && !target.endsWith(".yaml") && !target.equals(".")) {
            return target;
        }
        Path file = Files.isDirectory(path) ? path.resolve(WorkspaceStore.RELEASE_FILE) : path;
        if (!Files.isRegularFile(file)) {
            throw new Failure(target + ": no such release file");
        }
        Loaded<Release> loaded = WorkspaceStore.loadRelease(file, root);
        return loaded.value()
                .map(Release::id)
                .orElseThrow(
                        () ->
                                new Failure(
                                        file + " has errors; mend them first", loaded.problems()));
    }

    /**
     * The ids of every release of the workspace, and none if any of them is broken: {@code verb}
     * says what the caller would do with them ("render", "pack").
     */
    static List<String> every(LoadedWorkspace ws, String verb) throws Failure {
        List<Problem> broken = new ArrayList<>();
        for (Loaded<Release> loaded : ws.releases()) {
            broken.addAll(loaded.problems().stream().filter(Problem::isError).toList());
        }
        if (!broken.isEmpty()) {
            throw new Failure(
                    "some releases have errors; mend them first, or name the ones to " + verb,
                    broken);
        }
        List<String> ids = new ArrayList<>();
        for (Loaded<Release> loaded : ws.releases()) {
            ids.add(loaded.value().orElseThrow().id());
        }
        return ids;
    }

    /**
     * The transliterator with the workspace's own exceptions ({@code translit-exceptions.txt}), if
     * it has any.
     */
    static SerbianTransliterator transliterator(Path workspace) throws Failure {
        Path file = workspace.resolve(WorkspaceStore.TRANSLIT_EXCEPTIONS);
        Optional<String> text;
        try {
            text = WorkspaceStore.readWorkspaceText(workspace, WorkspaceStore.TRANSLIT_EXCEPTIONS);
        } catch (LoadException e) {
            throw new Failure(file + " cannot be read", List.of(e.problem()));
        }
        if (text.isEmpty()) {
            return SerbianTransliterator.builtIn();
        }
        try {
            return SerbianTransliterator.builtIn().with(Exceptions.parse(text.get()));
        } catch (Exceptions.FormatException e) {
            throw new Failure(
                    file + " has an error",
                    List.of(Problem.error(file, e.line(), 1, "", e.getMessage())));
        }
    }

    /**
     * The labels of a locale as read from the workspace or the built-in ones (see {@link Labels}).
     */
    static Loaded<Map<String, String>> labels(
            LocaleTag lang, Path workspace, SerbianTransliterator translit) {
        Loaded<Map<String, String>> file =
                WorkspaceStore.labels(Labels.file(lang), Optional.of(workspace));
        if (Labels.file(lang) == lang) {
            return file;
        }
        return new Loaded<>(
                file.file(), file.value().map(m -> Labels.of(lang, m, translit)), file.problems());
    }

    /** The formats of a locale with its labels; a failure when the labels have errors. */
    static LocaleFormats formats(
            LocaleTag lang, Workspace settings, Path root, SerbianTransliterator translit)
            throws Failure {
        Loaded<Map<String, String>> labels = labels(lang, root, translit);
        if (labels.value().isEmpty()) {
            throw new Failure("the labels for " + lang + " have errors", labels.problems());
        }
        return LocaleFormats.of(lang, labels.value().get(), settings.english());
    }
}
