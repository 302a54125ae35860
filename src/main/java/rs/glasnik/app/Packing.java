package rs.glasnik.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Organisation;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.ReleaseStatus;
import rs.glasnik.model.Template;
import rs.glasnik.model.Workspace;
import rs.glasnik.pack.Manifest;
import rs.glasnik.pack.PackBuilder;
import rs.glasnik.pack.PackNames;
import rs.glasnik.pack.PackZip;
import rs.glasnik.pack.Readme;
import rs.glasnik.pack.Selection;
import rs.glasnik.render.Assets;
import rs.glasnik.render.FontPreflight;
import rs.glasnik.render.docx.DocxFormatException;
import rs.glasnik.render.docx.PackDocxRenderer;
import rs.glasnik.render.pdf.PackPdfRenderer;
import rs.glasnik.render.pdf.PdfFormatException;
import rs.glasnik.render.pdf.PdfProfile;
import rs.glasnik.store.TempFiles;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.store.WorkspaceStore.Loaded;
import rs.glasnik.store.WorkspaceStore.LoadedWorkspace;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * The {@code pack} use case: select, resolve every release in every language on all cores, build
 * the {@link Pack}, then render the releases' files a few ahead of the one being zipped (so that
 * memory holds a few files, not all), and the pack's PDF and DOCX beside them. The zip, the PDF and
 * the DOCX are written to temporary files and moved into place together at the end.
 */
final class Packing {
    private static final List<String> FORMATS = List.of("docx", "pdf");
    private static final ZoneId BELGRADE = ZoneId.of("Europe/Belgrade");

    private Packing() {}

    static Requests.Written pack(
            Glasnik glasnik, Requests.Pack request, Requests.PackListener listener) throws Failure {
        Path root = request.workspace();
        LoadedWorkspace ws = Glasnik.load(root);
        Workspace settings = Glasnik.settings(ws);
        List<LocaleTag> langs = languages(request.langs(), settings);
        PdfProfile profile = Glasnik.profile(request.pdfProfile());
        Loaded<Template> loadedTemplate =
                WorkspaceStore.template(settings.template(), Optional.of(root));
        Template template =
                loadedTemplate
                        .value()
                        .orElseThrow(
                                () ->
                                        new Failure(
                                                "the template '"
                                                        + settings.template()
                                                        + "' has errors",
                                                loadedTemplate.problems()));
        SerbianTransliterator translit = glasnik.transliterator(root);
        List<Release> releases = select(ws, request, root);
        refuseEmbargoed(request, releases);

        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        Progress progress =
                new Progress(listener, releases.size() * langs.size() * (1 + FORMATS.size()) + 2);
        List<List<Glasnik.Prepared>> prepared =
                prepare(request, settings, releases, langs, translit, template, threads, progress);

        List<PackBuilder.Item> items = new ArrayList<>();
        for (int k = 0; k < releases.size(); k++) {
            items.add(
                    new PackBuilder.Item(
                            releases.get(k),
                            prepared.get(k).stream().map(Glasnik.Prepared::document).toList()));
        }
        if (request.layout() == Pack.Layout.PARALLEL) {
            for (PackBuilder.Item item : items) {
                PackBuilder.misalignment(item).ifPresent(listener::notice);
            }
        }
        Release first = releases.get(0);
        Organisation organisation =
                settings.organisation(first.issuer())
                        .orElseThrow(() -> new Failure("no organisation '" + first.issuer() + "'"));
        List<PackBuilder.Language> languages = new ArrayList<>();
        List<LocaleFormats> formats = new ArrayList<>();
        for (LocaleTag lang : langs) {
            LocaleFormats f = formats(lang, settings, root, translit);
            formats.add(f);
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
        Assets assets = packAssets(prepared);
        return write(
                request, pack, langs, releases, formats, prepared, template, profile, assets,
                created, threads, progress);
    }

    /** Every release resolved in every language, on all cores; failures in the order of doing. */
    private static List<List<Glasnik.Prepared>> prepare(
            Requests.Pack request,
            Workspace settings,
            List<Release> releases,
            List<LocaleTag> langs,
            SerbianTransliterator translit,
            Template template,
            int threads,
            Progress progress)
            throws Failure {
        Path root = request.workspace();
        List<List<CompletableFuture<Glasnik.Prepared>>> started = new ArrayList<>();
        List<List<Glasnik.Prepared>> prepared = new ArrayList<>();
        // Each image is read once per language; the copies are shared so that memory holds one.
        Map<Path, byte[]> images = new HashMap<>();
        try (InOrder work = new InOrder(threads)) {
            for (Release release : releases) {
                List<CompletableFuture<Glasnik.Prepared>> row = new ArrayList<>();
                for (LocaleTag lang : langs) {
                    row.add(
                            work.start(
                                    () ->
                                            Glasnik.prepare(
                                                    settings,
                                                    release,
                                                    lang,
                                                    translit,
                                                    root,
                                                    template,
                                                    request.created())));
                }
                started.add(row);
            }
            for (List<CompletableFuture<Glasnik.Prepared>> row : started) {
                List<Glasnik.Prepared> done = new ArrayList<>();
                for (CompletableFuture<Glasnik.Prepared> future : row) {
                    Glasnik.Prepared p = InOrder.result(future);
                    Map<Path, byte[]> shared = new LinkedHashMap<>();
                    p.assets()
                            .images()
                            .forEach((k, v) -> shared.put(k, images.computeIfAbsent(k, x -> v)));
                    done.add(
                            new Glasnik.Prepared(
                                    p.release(),
                                    p.lang(),
                                    p.document(),
                                    new Assets(shared, p.assets().logo()),
                                    p.created()));
                    progress.step();
                }
                prepared.add(done);
            }
        }
        return prepared;
    }

    /** Writes the zip (streamed as the files are made), the pack's PDF and DOCX, all or none. */
    private static Requests.Written write(
            Requests.Pack request,
            Pack pack,
            List<LocaleTag> langs,
            List<Release> releases,
            List<LocaleFormats> formats,
            List<List<Glasnik.Prepared>> prepared,
            Template template,
            PdfProfile profile,
            Assets assets,
            Instant created,
            int threads,
            Progress progress)
            throws Failure {
        Path out = request.output();
        Path pdfFile = out.resolve(pack.id() + ".pdf");
        Path docxFile = out.resolve(pack.id() + ".docx");
        Path zipFile = out.resolve(pack.id() + ".zip");
        String folder = PackNames.folder(pack.id());
        String creator = "glasnik " + Glasnik.version();
        List<int[]> jobs = new ArrayList<>(); // {release, language, format}
        for (int k = 0; k < releases.size(); k++) {
            for (int l = 0; l < langs.size(); l++) {
                for (int f = 0; f < FORMATS.size(); f++) {
                    jobs.add(new int[] {k, l, f});
                }
            }
        }
        // What a killed run left behind goes first (a running one's files are never touched).
        TempFiles.removeStale(out);
        try (WorkspaceStore.Batch batch = new WorkspaceStore.Batch();
                InOrder work = new InOrder(threads)) {
            // Started first: the pack's own files take longest and run beside the releases'.
            CompletableFuture<byte[]> packPdf =
                    work.start(() -> packPdf(pack, template, assets, created, profile, creator));
            CompletableFuture<byte[]> packDocx =
                    work.start(() -> packDocx(pack, template, assets, created));
            try (PackZip zip = new PackZip(batch.create(zipFile), created)) {
                for (int l = 0; l < langs.size(); l++) {
                    zip.add(
                            folder + PackNames.readme(langs.get(l)),
                            Readme.text(pack, l, formats.get(l), langs, FORMATS)
                                    .getBytes(StandardCharsets.UTF_8));
                }
                List<CompletableFuture<Hashed>> started = new ArrayList<>();
                for (int j = 0; j < jobs.size(); j++) {
                    while (started.size() < Math.min(jobs.size(), j + 2 * threads)) {
                        int[] job = jobs.get(started.size());
                        Glasnik.Prepared p = prepared.get(job[0]).get(job[1]);
                        String format = FORMATS.get(job[2]);
                        started.add(
                                work.start(
                                        () ->
                                                Hashed.of(
                                                        Glasnik.bytes(
                                                                p, format, template, profile))));
                    }
                    int[] job = jobs.get(j);
                    Hashed file = InOrder.result(started.get(j));
                    started.set(j, null);
                    zip.add(
                            folder
                                    + PackNames.inReleases(
                                            PackNames.releaseFile(
                                                    releases.get(job[0]).id(),
                                                    langs.get(job[1]),
                                                    FORMATS.get(job[2]))),
                            file.bytes(),
                            file.sha256());
                    progress.step();
                }
                byte[] pdf = InOrder.result(packPdf);
                zip.add(folder + pack.id() + ".pdf", pdf);
                batch.write(pdfFile, pdf);
                progress.step();
                byte[] docx = InOrder.result(packDocx);
                zip.add(folder + pack.id() + ".docx", docx);
                batch.write(docxFile, docx);
                progress.step();
                zip.add(
                        folder + PackNames.MANIFEST,
                        Manifest.json(
                                        pack,
                                        langs,
                                        releases,
                                        created,
                                        request.now(),
                                        zip.files(),
                                        creator)
                                .getBytes(StandardCharsets.UTF_8));
            }
            batch.commit();
        } catch (IOException e) {
            throw new Failure(rs.glasnik.store.WriteException.message(out, e));
        }
        return new Requests.Written(List.of(pdfFile, docxFile, zipFile));
    }

    private static byte[] packPdf(
            Pack pack,
            Template template,
            Assets assets,
            Instant created,
            PdfProfile profile,
            String creator)
            throws Failure {
        try {
            return PackPdfRenderer.render(pack, template, assets, created, profile, creator);
        } catch (PdfFormatException e) {
            throw new Failure("pack " + pack.id() + ": " + e.getMessage());
        }
    }

    private static byte[] packDocx(Pack pack, Template template, Assets assets, Instant created)
            throws Failure {
        try {
            return PackDocxRenderer.render(pack, template, assets, created);
        } catch (DocxFormatException e) {
            throw new Failure("pack " + pack.id() + ": " + e.getMessage());
        }
    }

    /** The languages of the pack: as asked, or sr-Cyrl and en, or the workspace's first two. */
    static List<LocaleTag> languages(List<LocaleTag> asked, Workspace settings) throws Failure {
        List<LocaleTag> langs = asked;
        if (langs.isEmpty()) {
            langs =
                    settings.locales().contains(LocaleTag.SR_CYRL)
                                    && settings.locales().contains(LocaleTag.EN)
                            ? List.of(LocaleTag.SR_CYRL, LocaleTag.EN)
                            : settings.locales().subList(0, Math.min(2, settings.locales().size()));
        }
        if (new LinkedHashSet<>(langs).size() != langs.size()) {
            throw new Failure(
                    "a language is named twice in "
                            + String.join(",", langs.stream().map(LocaleTag::tag).toList())
                            + "; name two or three different ones");
        }
        if (langs.size() < 2 || langs.size() > 3) {
            throw new Failure(
                    "a pack has two or three languages, not "
                            + langs.size()
                            + " ("
                            + String.join(",", langs.stream().map(LocaleTag::tag).toList())
                            + "); pass --langs, e.g. --langs sr-Cyrl,en");
        }
        return langs;
    }

    /** The named releases in their order, or those the tag and dates select, newest first. */
    private static List<Release> select(LoadedWorkspace ws, Requests.Pack request, Path root)
            throws Failure {
        if (!request.ids().isEmpty()) {
            if (request.tag().isPresent()
                    || request.from().isPresent()
                    || request.to().isPresent()) {
                throw new Failure(
                        "name the releases, or select them with --tag, --from and --to; not both");
            }
            List<Release> named = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String target : request.ids()) {
                Release release = Glasnik.release(ws, Glasnik.idOf(target, root));
                if (seen.add(release.id())) {
                    named.add(release);
                }
            }
            return named;
        }
        List<Problem> broken = new ArrayList<>();
        List<Release> all = new ArrayList<>();
        for (Loaded<Release> loaded : ws.releases()) {
            broken.addAll(loaded.problems().stream().filter(Problem::isError).toList());
            loaded.value().ifPresent(all::add);
        }
        if (!broken.isEmpty()) {
            throw new Failure(
                    "some releases have errors; mend them first, or name the ones to pack", broken);
        }
        try {
            return Selection.select(all, request.tag(), request.from(), request.to());
        } catch (Selection.EmptyException e) {
            throw new Failure(e.getMessage());
        }
    }

    /** A pack for the public may hold nothing under embargo: one line naming the first. */
    private static void refuseEmbargoed(Requests.Pack request, List<Release> releases)
            throws Failure {
        if (!request.forPublic()) {
            return;
        }
        if (request.now().isAfter(request.clock())) {
            throw new Failure(
                    "--now "
                            + request.now().atZone(BELGRADE).toLocalDateTime()
                            + " (Belgrade time) is later than the clock; --now previews a pack's"
                            + " embargo marks, and a --public pack is judged at the real time:"
                            + " leave --now out");
        }
        List<Release> drafts =
                releases.stream().filter(r -> r.status() == ReleaseStatus.DRAFT).toList();
        if (!drafts.isEmpty()) {
            Release draft = drafts.get(0);
            rs.glasnik.model.SourceMap.Position at = draft.sourceMap().at("status");
            throw new Failure(
                    draft.sourceMap().file()
                            + ":"
                            + at.line()
                            + ":"
                            + at.column()
                            + ": release '"
                            + draft.id()
                            + "' is a draft"
                            + (drafts.size() > 1
                                    ? ", and " + (drafts.size() - 1) + " more selected releases are"
                                    : "")
                            + "; a --public pack holds only approved and published releases:"
                            + " set 'status: approved' when it is, or leave it out");
        }
        List<Release> embargoed =
                releases.stream().filter(r -> PackBuilder.underEmbargo(r, request.now())).toList();
        if (embargoed.isEmpty()) {
            return;
        }
        Release release = embargoed.get(0);
        ZonedDateTime until = release.embargo().orElseThrow().withZoneSameInstant(BELGRADE);
        throw new Failure(
                "release '"
                        + release.id()
                        + "' is under embargo until "
                        + until.toLocalDateTime()
                        + " (Belgrade time)"
                        + (embargoed.size() > 1
                                ? ", and " + (embargoed.size() - 1) + " more selected releases are"
                                : "")
                        + "; a --public pack waits until then, or leaves it out");
    }

    private static LocaleFormats formats(
            LocaleTag lang, Workspace settings, Path root, SerbianTransliterator translit)
            throws Failure {
        Loaded<Map<String, String>> labels = Glasnik.labels(lang, root, translit);
        if (labels.value().isEmpty()) {
            throw new Failure("the labels for " + lang + " have errors", labels.problems());
        }
        return LocaleFormats.of(lang, labels.value().get(), settings.english());
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
    private static Assets packAssets(List<List<Glasnik.Prepared>> prepared) {
        Map<Path, byte[]> images = new LinkedHashMap<>();
        for (List<Glasnik.Prepared> row : prepared) {
            for (Glasnik.Prepared p : row) {
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

        void step() {
            listener.progress(++done, total);
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
