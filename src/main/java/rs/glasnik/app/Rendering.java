package rs.glasnik.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Release;
import rs.glasnik.model.Template;
import rs.glasnik.model.Workspace;
import rs.glasnik.render.Format;
import rs.glasnik.render.Formats;
import rs.glasnik.render.RenderContext;
import rs.glasnik.store.TempFiles;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.store.WorkspaceStore.LoadedWorkspace;
import rs.glasnik.store.WriteException;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * The {@code render} use case: releases × languages × formats through the {@link Pipeline}, each
 * file {@code <out>/<id>.<lang>.<format>} written through a temporary file, all moved into place
 * together once all are made.
 */
final class Rendering {
    private Rendering() {}

    static Requests.Written render(Requests.Render request) throws Failure {
        Pipeline.warmUp(request.formats().stream().flatMap(f -> Formats.byId(f).stream()).toList());
        Path root = request.workspace();
        LoadedWorkspace ws = WorkspaceAccess.load(root);
        Workspace settings = WorkspaceAccess.settings(ws);
        List<Format> formats = Options.formats(request.formats());
        String profile = Options.profile(request.pdfProfile());
        Template template =
                WorkspaceAccess.template(request.template().orElse(settings.template()), root);
        SerbianTransliterator translit = WorkspaceAccess.transliterator(root);
        List<LocaleTag> langs = request.langs().isEmpty() ? settings.locales() : request.langs();
        List<String> targets =
                request.ids().isEmpty() ? WorkspaceAccess.every(ws, "render") : request.ids();
        List<Path> written = new ArrayList<>();
        if (langs.isEmpty()) {
            for (String target : targets) {
                WorkspaceAccess.release(ws, WorkspaceAccess.idOf(target, root));
            }
            return new Requests.Written(written);
        }
        // A target is looked up when its first document is started, so that a missing release
        // fails in its turn, after the files before it are made.
        Map<Integer, CompletableFuture<Release>> releases = new LinkedHashMap<>();
        Pipeline.Source source =
                (k, pipeline) -> {
                    int t = k / langs.size();
                    CompletableFuture<Release> release =
                            releases.computeIfAbsent(
                                    t,
                                    x ->
                                            InOrder.now(
                                                    () ->
                                                            WorkspaceAccess.release(
                                                                    ws,
                                                                    WorkspaceAccess.idOf(
                                                                            targets.get(t),
                                                                            root))));
                    LocaleTag lang = langs.get(k % langs.size());
                    return pipeline.then(
                            release,
                            r ->
                                    Preparation.prepare(
                                            settings,
                                            r,
                                            lang,
                                            translit,
                                            root,
                                            template,
                                            request.created()));
                };
        // All or nothing: every file goes to a temporary file first, and they are moved into
        // place together once all are made; a failure on the way leaves the folder as it was.
        TempFiles.removeStale(request.output());
        try (Pipeline pipeline = new Pipeline();
                WorkspaceStore.Batch batch = new WorkspaceStore.Batch()) {
            pipeline.files(
                    targets.size() * langs.size(),
                    source,
                    formats,
                    p ->
                            new RenderContext(
                                    template, p.assets(), p.created(), profile, Version.creator()),
                    bytes -> bytes,
                    (p, format, bytes) -> {
                        Path out =
                                request.output()
                                        .resolve(
                                                p.release().id()
                                                        + "."
                                                        + p.lang().tag()
                                                        + "."
                                                        + format.id());
                        try {
                            batch.write(out, bytes);
                        } catch (IOException e) {
                            throw new Failure(WriteException.message(out, e));
                        }
                        written.add(out);
                    });
            try {
                batch.commit();
            } catch (IOException e) {
                Path file = e instanceof WriteException w ? w.file() : request.output();
                throw new Failure(WriteException.message(file, e));
            }
        } catch (IOException e) {
            // Only the batch's clean-up can fail here, after the files are in place or refused.
            return new Requests.Written(written);
        }
        return new Requests.Written(written);
    }
}
