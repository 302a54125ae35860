package rs.glasnik.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import rs.glasnik.app.Preparation.Prepared;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Organisation;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Release;
import rs.glasnik.model.Template;
import rs.glasnik.model.Workspace;
import rs.glasnik.pack.Manifest;
import rs.glasnik.pack.PackBuilder;
import rs.glasnik.pack.PackNames;
import rs.glasnik.pack.PackZip;
import rs.glasnik.pack.Readme;
import rs.glasnik.render.Assets;
import rs.glasnik.render.FontPreflight;
import rs.glasnik.render.Format;
import rs.glasnik.render.FormatException;
import rs.glasnik.render.Formats;
import rs.glasnik.render.RenderContext;
import rs.glasnik.store.TempFiles;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.store.WorkspaceStore.LoadedWorkspace;
import rs.glasnik.store.WriteException;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * The {@code pack} use case: select, resolve every release in every language on all cores, build
 * the {@link Pack}, then make the releases' files in every registered format through the {@link
 * Pipeline} (a few ahead of the one being zipped, so that memory holds a few files, not all), and
 * the pack's own file in every format beside them. The zip and the pack's files are written to
 * temporary files and moved into place together at the end.
 */
final class Packing {
    private Packing() {}

    static Requests.Written pack(Requests.Pack request, Requests.PackListener listener)
            throws Failure {
        Path root = request.workspace();
        LoadedWorkspace ws = WorkspaceAccess.load(root);
        Workspace settings = WorkspaceAccess.settings(ws);
        List<LocaleTag> langs = Options.packLanguages(request.langs(), settings);
        String profile = Options.profile(request.pdfProfile());
        Template template = WorkspaceAccess.template(settings.template(), root);
        SerbianTransliterator translit = WorkspaceAccess.transliterator(root);
        List<Release> releases = PackSelection.select(ws, request, root);
        PackSelection.refuseEmbargoed(request, releases);

        List<Format> formats = Formats.all();
        Progress progress =
                new Progress(listener, releases.size() * langs.size() * (1 + formats.size()) + 2);
        try (Pipeline pipeline = new Pipeline()) {
            List<List<Prepared>> prepared =
                    prepare(pipeline, request, settings, releases, langs, translit, template);
            progress.steps(releases.size() * langs.size());
            List<PackBuilder.Item> items = new ArrayList<>();
            for (int k = 0; k < releases.size(); k++) {
                items.add(
                        new PackBuilder.Item(
                                releases.get(k),
                                prepared.get(k).stream().map(Prepared::document).toList()));
            }
            if (request.layout() == Pack.Layout.PARALLEL) {
                for (PackBuilder.Item item : items) {
                    PackBuilder.misalignment(item).ifPresent(listener::notice);
                }
            }
            Release first = releases.get(0);
            Organisation organisation =
                    settings.organisation(first.issuer())
                            .orElseThrow(
                                    () -> new Failure("no organisation '" + first.issuer() + "'"));
            List<PackBuilder.Language> languages = new ArrayList<>();
            List<LocaleFormats> locales = new ArrayList<>();
            for (LocaleTag lang : langs) {
                LocaleFormats f = WorkspaceAccess.formats(lang, settings, root, translit);
                locales.add(f);
                languages.add(new PackBuilder.Language(f, organisation));
            }
            ZonedDateTime date = PackBuilder.date(releases);
            String id = PackNames.id(request.title(), date.toLocalDate(), translit);
            Pack pack =
                    PackBuilder.build(
                            id,
                            request.layout(),
                            languages,
                            items,
                            request.title(),
                            request.now(),
                            translit);
            Optional<String> missing = FontPreflight.missing(packText(pack), template);
            if (missing.isPresent()) {
                throw new Failure("pack " + id + ": " + missing.get());
            }
            Instant created = request.created().orElse(date.toInstant());
            RenderContext context =
                    new RenderContext(
                            template, packAssets(prepared), created, profile, Version.creator());
            return write(
                    new Made(request, pack, langs, releases, locales, prepared, context),
                    pipeline,
                    progress);
        }
    }

    /** What the pack is made of, for writing it. */
    private record Made(
            Requests.Pack request,
            Pack pack,
            List<LocaleTag> langs,
            List<Release> releases,
            List<LocaleFormats> locales,
            List<List<Prepared>> prepared,
            RenderContext context) {}

    /** Every release resolved in every language, on all cores; failures in the order of doing. */
    private static List<List<Prepared>> prepare(
            Pipeline pipeline,
            Requests.Pack request,
            Workspace settings,
            List<Release> releases,
            List<LocaleTag> langs,
            SerbianTransliterator translit,
            Template template)
            throws Failure {
        List<InOrder.Step<Prepared>> steps = new ArrayList<>();
        for (Release release : releases) {
            for (LocaleTag lang : langs) {
                steps.add(
                        () ->
                                Preparation.prepare(
                                        settings,
                                        release,
                                        lang,
                                        translit,
                                        request.workspace(),
                                        template,
                                        request.created()));
            }
        }
        List<Prepared> all = pipeline.all(steps);
        // Each image is read once per language; the copies are shared so that memory holds one.
        Map<Path, byte[]> images = new HashMap<>();
        List<List<Prepared>> prepared = new ArrayList<>();
        for (int k = 0; k < releases.size(); k++) {
            List<Prepared> row = new ArrayList<>();
            for (Prepared p : all.subList(k * langs.size(), (k + 1) * langs.size())) {
                Map<Path, byte[]> shared = new LinkedHashMap<>();
                p.assets()
                        .images()
                        .forEach((f, v) -> shared.put(f, images.computeIfAbsent(f, x -> v)));
                row.add(
                        new Prepared(
                                p.release(),
                                p.lang(),
                                p.document(),
                                new Assets(shared, p.assets().logo()),
                                p.created()));
            }
            prepared.add(row);
        }
        return prepared;
    }

    /** Writes the zip (streamed as the files are made) and the pack's own files, all or none. */
    private static Requests.Written write(Made made, Pipeline pipeline, Progress progress)
            throws Failure {
        Pack pack = made.pack();
        Path out = made.request().output();
        String folder = PackNames.folder(pack.id());
        List<Format> formats = Formats.all();
        List<Format> own = Formats.forPacks();
        List<Path> written = new ArrayList<>();
        // What a killed run left behind goes first (a running one's files are never touched).
        TempFiles.removeStale(out);
        try (WorkspaceStore.Batch batch = new WorkspaceStore.Batch()) {
            // Started first: the pack's own files take longest and run beside the releases'.
            List<CompletableFuture<byte[]>> packFiles = new ArrayList<>();
            for (Format format : own) {
                packFiles.add(pipeline.start(() -> packFile(format, pack, made.context())));
            }
            Path zipFile = out.resolve(pack.id() + ".zip");
            try (PackZip zip = new PackZip(batch.create(zipFile), made.context().created())) {
                for (int l = 0; l < made.langs().size(); l++) {
                    zip.add(
                            folder + PackNames.readme(made.langs().get(l)),
                            Readme.text(pack, l, made.locales().get(l), made.langs(), formats)
                                    .getBytes(StandardCharsets.UTF_8));
                }
                int langs = made.langs().size();
                pipeline.files(
                        made.releases().size() * langs,
                        (k, p) ->
                                CompletableFuture.completedFuture(
                                        made.prepared().get(k / langs).get(k % langs)),
                        formats,
                        p ->
                                new RenderContext(
                                        made.context().template(),
                                        p.assets(),
                                        p.created(),
                                        made.context().profile(),
                                        made.context().creator()),
                        Hashed::of,
                        (p, format, file) -> {
                            zip.add(
                                    folder
                                            + PackNames.inReleases(
                                                    PackNames.releaseFile(
                                                            p.release().id(),
                                                            p.lang(),
                                                            format.id())),
                                    file.bytes(),
                                    file.sha256());
                            progress.steps(1);
                        });
                for (int f = 0; f < own.size(); f++) {
                    byte[] bytes = InOrder.result(packFiles.get(f));
                    Path file = out.resolve(pack.id() + "." + own.get(f).id());
                    zip.add(folder + file.getFileName(), bytes);
                    batch.write(file, bytes);
                    written.add(file);
                    progress.steps(1);
                }
                zip.add(
                        folder + PackNames.MANIFEST,
                        Manifest.json(
                                        pack,
                                        made.langs(),
                                        made.releases(),
                                        made.context().created(),
                                        made.request().now(),
                                        zip.files(),
                                        made.context().creator())
                                .getBytes(StandardCharsets.UTF_8));
            }
            written.add(zipFile);
            batch.commit();
        } catch (IOException e) {
            throw new Failure(WriteException.message(out, e));
        }
        return new Requests.Written(written);
    }

    private static byte[] packFile(Format format, Pack pack, RenderContext context) throws Failure {
        try {
            return format.render(pack, context);
        } catch (FormatException e) {
            throw new Failure("pack " + pack.id() + ": " + e.getMessage());
        }
    }

    /** Every text the pack adds to its documents: covers, embargo marks, the index. */
    private static String packText(Pack pack) {
        StringBuilder text = new StringBuilder();
        for (Pack.Cover c : pack.covers()) {
            text.append(c.organisation()).append(c.title()).append(c.date()).append(c.releases());
            text.append(c.contentsHeading()).append(c.indexHeading()).append(c.pageLabel());
            c.embargoNotice().ifPresent(text::append);
        }
        for (Pack.Entry e : pack.entries()) {
            e.embargo().forEach(m -> m.ifPresent(text::append));
        }
        for (Pack.Index index : pack.indexes()) {
            for (Pack.IndexEntry e : index.entries()) {
                text.append(e.name()).append(e.role());
            }
        }
        return text.toString();
    }

    /** Every figure of every document, and the logo of the first release in the first language. */
    private static Assets packAssets(List<List<Prepared>> prepared) {
        Map<Path, byte[]> images = new LinkedHashMap<>();
        for (List<Prepared> row : prepared) {
            for (Prepared p : row) {
                images.putAll(p.assets().images());
            }
        }
        return new Assets(images, prepared.get(0).get(0).assets().logo());
    }

    /** Counts steps and tells the listener. */
    private static final class Progress {
        private final Requests.PackListener listener;
        private final int total;
        private int done;

        Progress(Requests.PackListener listener, int total) {
            this.listener = listener;
            this.total = total;
            listener.progress(0, total);
        }

        void steps(int n) {
            for (int i = 0; i < n; i++) {
                listener.progress(++done, total);
            }
        }
    }

    /**
     * A file made by a worker, with its SHA-256 computed there too, so the thread that writes the
     * zip does not spend its time hashing.
     */
    private record Hashed(byte[] bytes, String sha256) {
        static Hashed of(byte[] bytes) {
            return new Hashed(bytes, PackZip.sha256(bytes));
        }
    }
}
