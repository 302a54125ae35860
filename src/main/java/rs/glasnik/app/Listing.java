package rs.glasnik.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.Variant;
import rs.glasnik.model.Workspace;
import rs.glasnik.render.text.PlainTextRenderer;
import rs.glasnik.store.WorkspaceStore.Loaded;
import rs.glasnik.store.WorkspaceStore.LoadedWorkspace;

/** The {@code list} and {@code show} use cases: what a workspace holds, and one release's text. */
final class Listing {
    private Listing() {}

    /** Lists the releases of a workspace, newest first. */
    static Requests.ListResult list(Requests.ListReleases request) throws Failure {
        LoadedWorkspace ws = WorkspaceAccess.load(request.workspace());
        Workspace settings = WorkspaceAccess.settings(ws);
        LocaleTag lang = request.lang().orElse(settings.locales().get(0));
        List<Problem> problems = new ArrayList<>(ws.problems());
        List<Requests.ListEntry> entries = new ArrayList<>();
        for (Loaded<Release> loaded : ws.releases()) {
            problems.addAll(loaded.problems());
            loaded.value()
                    .ifPresent(
                            r -> {
                                LocaleTag from = r.variants().containsKey(lang) ? lang : r.source();
                                Variant v = r.variants().get(from);
                                entries.add(
                                        new Requests.ListEntry(
                                                r.id(),
                                                r.date(),
                                                r.type(),
                                                r.status(),
                                                v.title(),
                                                from));
                            });
        }
        entries.sort(
                Comparator.comparing(Requests.ListEntry::date)
                        .reversed()
                        .thenComparing(Requests.ListEntry::id));
        return new Requests.ListResult(lang, entries, problems);
    }

    /** The reader-visible text of one release in one locale. */
    static Requests.ShowResult show(Requests.Show request) throws Failure {
        LoadedWorkspace ws = WorkspaceAccess.load(request.workspace());
        Workspace settings = WorkspaceAccess.settings(ws);
        Release r = WorkspaceAccess.release(ws, request.id());
        LocaleTag lang = request.lang().orElse(settings.locales().get(0));
        List<Problem> warnings = new ArrayList<>();
        Document document =
                Preparation.resolve(
                        settings,
                        r,
                        lang,
                        WorkspaceAccess.transliterator(request.workspace()),
                        request.workspace(),
                        warnings);
        return new Requests.ShowResult(lang, PlainTextRenderer.render(document), warnings);
    }
}
