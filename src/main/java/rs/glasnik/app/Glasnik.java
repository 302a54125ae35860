package rs.glasnik.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import rs.glasnik.check.Checker;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.Suggestions;
import rs.glasnik.model.Template;
import rs.glasnik.model.Variant;
import rs.glasnik.model.Workspace;
import rs.glasnik.render.Assets;
import rs.glasnik.render.docx.DocxRenderer;
import rs.glasnik.render.pdf.PdfProfile;
import rs.glasnik.render.pdf.PdfRenderer;
import rs.glasnik.render.text.PlainTextRenderer;
import rs.glasnik.resolve.Resolver;
import rs.glasnik.store.TempFiles;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.store.WorkspaceStore.Loaded;
import rs.glasnik.store.WorkspaceStore.LoadedWorkspace;
import rs.glasnik.store.WriteException;
import rs.glasnik.translit.Exceptions;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * The use cases of glasnik, one method each; the command line and tests call only this.
 *
 * <p>{@code new Glasnik().check(new Requests.Check(Optional.empty(),
 * List.of(Path.of("examples"))))}
 */
public final class Glasnik {
    /** Checks workspaces and release files; every file is read even when others are broken. */
    public Requests.CheckResult check(Requests.Check request) throws Failure {
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
            lint.addAll(Preflight.check(root, settings.value(), releases, lint, this));
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

    /** Lists the releases of a workspace, newest first. */
    public Requests.ListResult list(Requests.ListReleases request) throws Failure {
        LoadedWorkspace ws = load(request.workspace());
        Workspace settings = settings(ws);
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
    public Requests.ShowResult show(Requests.Show request) throws Failure {
        LoadedWorkspace ws = load(request.workspace());
        Workspace settings = settings(ws);
        Release r = release(ws, request.id());
        LocaleTag lang = request.lang().orElse(settings.locales().get(0));
        List<Problem> warnings = new ArrayList<>();
        Document document =
                resolve(
                        settings,
                        r,
                        lang,
                        transliterator(request.workspace()),
                        request.workspace(),
                        warnings);
        return new Requests.ShowResult(lang, PlainTextRenderer.render(document), warnings);
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

    /** One release resolved for one locale, after its checks; warnings are added to the list. */
    static Document resolve(
            Workspace settings,
            Release r,
            LocaleTag lang,
            SerbianTransliterator translit,
            Path root,
            List<Problem> warnings)
            throws Failure {
        List<Problem> lint = Checker.check(Optional.of(settings), List.of(r));
        if (lint.stream().anyMatch(Problem::isError)) {
            throw new Failure("release '" + r.id() + "' has errors; mend them first", lint);
        }
        Optional<String> why = Resolver.unavailable(r, lang);
        if (why.isPresent()) {
            throw new Failure(why.get());
        }
        Loaded<Map<String, String>> labels = labels(lang, root, translit);
        if (labels.value().isEmpty()) {
            throw new Failure("the labels for " + lang + " have errors", labels.problems());
        }
        warnings.addAll(lint);
        warnings.addAll(labels.problems());
        LocaleFormats formats = LocaleFormats.of(lang, labels.value().get(), settings.english());
        return Resolver.resolve(settings, r, formats, translit);
    }

    /**
     * Renders releases to files: {@code <out>/<id>.<lang>.<format>}, each written through a
     * temporary file. Fonts are checked against the text before anything is written.
     */
    public Requests.Written render(Requests.Render request) throws Failure {
        if (request.formats().contains("docx")) {
            warmUp(DocxRenderer::warmUp);
        }
        Path root = request.workspace();
        LoadedWorkspace ws = load(root);
        Workspace settings = settings(ws);
        for (String format : request.formats()) {
            if (!format.equals("docx") && !format.equals("pdf")) {
                throw new Failure(
                        "no format '"
                                + format
                                + "'"
                                + Suggestions.closest(format, List.of("docx", "pdf"))
                                        .map(s -> "; did you mean '" + s + "'?")
                                        .orElse("; the formats are docx and pdf"));
            }
        }
        PdfProfile profile = profile(request.pdfProfile());
        String templateName = request.template().orElse(settings.template());
        Loaded<Template> template = WorkspaceStore.template(templateName, Optional.of(root));
        if (template.value().isEmpty()) {
            throw new Failure(
                    "the template '" + templateName + "' has errors", template.problems());
        }
        SerbianTransliterator translit = transliterator(root);
        List<LocaleTag> langs = request.langs().isEmpty() ? settings.locales() : request.langs();
        List<Path> written = new ArrayList<>();
        List<String> targets = request.ids();
        if (targets.isEmpty()) {
            // No ids: every release of the workspace, and none if any of them is broken.
            List<Problem> broken = new ArrayList<>();
            targets = new ArrayList<>();
            for (Loaded<Release> loaded : ws.releases()) {
                broken.addAll(loaded.problems().stream().filter(Problem::isError).toList());
            }
            if (!broken.isEmpty()) {
                throw new Failure(
                        "some releases have errors; mend them first, or name the ones to render",
                        broken);
            }
            for (Loaded<Release> loaded : ws.releases()) {
                targets.add(loaded.value().orElseThrow().id());
            }
        }
        if (langs.isEmpty()) {
            for (String target : targets) {
                release(ws, idOf(target, root));
            }
            return new Requests.Written(written);
        }
        // The documents are made on a few threads, a few ahead of the one being written; files
        // are written, and failures reported, in the order of doing them one after another.
        List<int[]> jobs = new ArrayList<>(); // {target, locale}
        for (int t = 0; t < targets.size(); t++) {
            for (int l = 0; l < langs.size(); l++) {
                jobs.add(new int[] {t, l});
            }
        }
        int threads = Math.min(RENDER_THREADS, Runtime.getRuntime().availableProcessors());
        List<List<CompletableFuture<byte[]>>> started = new ArrayList<>();
        Map<Integer, CompletableFuture<Release>> releases = new LinkedHashMap<>();
        // All or nothing: every file goes to a temporary file first, and they are moved into
        // place together once all are made; a failure on the way leaves the folder as it was.
        TempFiles.removeStale(request.output());
        try (InOrder work = new InOrder(threads);
                WorkspaceStore.Batch batch = new WorkspaceStore.Batch()) {
            for (int j = 0; j < jobs.size(); j++) {
                while (started.size() < Math.min(jobs.size(), j + 2 * threads)) {
                    int[] job = jobs.get(started.size());
                    LocaleTag lang = langs.get(job[1]);
                    String target = targets.get(job[0]);
                    CompletableFuture<Release> release =
                            releases.computeIfAbsent(
                                    job[0],
                                    t -> InOrder.now(() -> release(ws, idOf(target, root))));
                    CompletableFuture<Prepared> prepared =
                            work.then(
                                    release,
                                    r ->
                                            prepare(
                                                    settings,
                                                    r,
                                                    lang,
                                                    translit,
                                                    root,
                                                    template.value().get(),
                                                    request.created()));
                    List<CompletableFuture<byte[]>> formats = new ArrayList<>();
                    for (String format : request.formats()) {
                        formats.add(
                                work.then(
                                        prepared,
                                        p -> bytes(p, format, template.value().get(), profile)));
                    }
                    started.add(formats);
                }
                Release release = InOrder.result(releases.get(jobs.get(j)[0]));
                LocaleTag lang = langs.get(jobs.get(j)[1]);
                for (int f = 0; f < request.formats().size(); f++) {
                    String format = request.formats().get(f);
                    byte[] bytes = InOrder.result(started.get(j).get(f));
                    started.get(j).set(f, null);
                    Path out =
                            request.output()
                                    .resolve(release.id() + "." + lang.tag() + "." + format);
                    try {
                        batch.write(out, bytes);
                    } catch (IOException e) {
                        throw new Failure(rs.glasnik.store.WriteException.message(out, e));
                    }
                    written.add(out);
                }
            }
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

    /** The PDF profile of this name, or a failure naming the profiles. */
    static PdfProfile profile(String name) throws Failure {
        return PdfProfile.of(name)
                .orElseThrow(
                        () ->
                                new Failure(
                                        "no PDF profile '"
                                                + name
                                                + "'; the profiles are screen, archive and print"));
    }

    /**
     * Makes a press pack: {@code <out>/<pack>.pdf}, {@code <pack>.docx} and {@code <pack>.zip},
     * written together through temporary files. {@code listener} hears of releases whose languages
     * cannot be aligned to the end, and of progress.
     */
    public Requests.Written pack(Requests.Pack request, Requests.PackListener listener)
            throws Failure {
        return Packing.pack(this, request, listener);
    }

    /** How many documents are made at once; two fill a small machine's cores. */
    private static final int RENDER_THREADS = 2;

    /** A document resolved and checked, with its images, ready for the renderers. */
    record Prepared(
            Release release, LocaleTag lang, Document document, Assets assets, Instant created) {}

    /** Resolves one release in one locale and checks its text against the template's fonts. */
    static Prepared prepare(
            Workspace settings,
            Release release,
            LocaleTag lang,
            SerbianTransliterator translit,
            Path root,
            Template template,
            Optional<Instant> time)
            throws Failure {
        Document document = resolve(settings, release, lang, translit, root, new ArrayList<>());
        Preflight.fonts(document, template, root, release, settings, lang);
        Assets assets = assets(document, settings, release, lang, template);
        Instant created = time.orElse(release.date().value().toInstant());
        return new Prepared(release, lang, document, assets, created);
    }

    /** One prepared document in one format. */
    static byte[] bytes(Prepared p, String format, Template template, PdfProfile profile)
            throws Failure {
        try {
            return format.equals("pdf")
                    ? PdfRenderer.render(
                            p.document(),
                            template,
                            p.assets(),
                            p.created(),
                            profile,
                            "glasnik " + version())
                    : DocxRenderer.render(p.document(), template, p.assets(), p.created());
        } catch (rs.glasnik.render.docx.DocxFormatException
                | rs.glasnik.render.pdf.PdfFormatException e) {
            throw new Failure(p.release().sourceMap().file() + ": " + e.getMessage());
        }
    }

    /**
     * Runs a renderer's warm-up on a daemon thread, beside the reading of the workspace (a cold
     * process spends most of its first document loading the renderer's classes).
     */
    private static void warmUp(Runnable warmUp) {
        Thread thread = new Thread(warmUp, "glasnik-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** glasnik's version, from the build. */
    public static String version() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in =
                Glasnik.class.getResourceAsStream("/rs/glasnik/cli/version.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
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
     * What the renderers get for one release in one language, made exactly as {@code render} makes
     * it: the resolved document, the template, the images and the logo, and the time to write into
     * the file (the release date; SOURCE_DATE_EPOCH is the caller's to apply).
     */
    public record RenderInput(
            Document document, Template template, Assets assets, Instant created) {}

    /** The {@link RenderInput} of release {@code id} of the workspace, in {@code lang}. */
    public RenderInput renderInput(Path workspace, String id, LocaleTag lang) throws Failure {
        LoadedWorkspace ws = load(workspace);
        Workspace settings = settings(ws);
        Loaded<Template> template =
                WorkspaceStore.template(settings.template(), Optional.of(workspace));
        if (template.value().isEmpty()) {
            throw new Failure(
                    "the template '" + settings.template() + "' has errors", template.problems());
        }
        Release release = release(ws, id);
        Document document =
                resolve(
                        settings,
                        release,
                        lang,
                        transliterator(workspace),
                        workspace,
                        new ArrayList<>());
        return new RenderInput(
                document,
                template.value().get(),
                assets(document, settings, release, lang, template.value().get()),
                release.date().value().toInstant());
    }

    /** The images a document shows, and the organisation's logo, read from the workspace. */
    static Assets assets(
            Document document,
            Workspace settings,
            Release release,
            LocaleTag lang,
            Template template)
            throws Failure {
        Map<Path, byte[]> images = new LinkedHashMap<>();
        // Each image is judged (size, damage) before it is read whole, and named where it is
        // referred to when it fails.
        List<Preflight.Reference> references = new ArrayList<>(Preflight.references(release));
        references.addAll(Preflight.references(settings));
        for (Path file : figures(document)) {
            images.put(file, Preflight.image(file, references, lang));
        }
        Optional<byte[]> logo = Optional.empty();
        if (template.letterhead().logo()) {
            Optional<Path> path =
                    settings.organisation(release.issuer())
                            .flatMap(o -> o.logo())
                            .flatMap(l -> l.get(lang).or(() -> l.get(LocaleTag.SR_CYRL)));
            if (path.isPresent()) {
                logo = Optional.of(Preflight.image(path.get(), references, lang));
            }
        }
        return new Assets(images, logo);
    }

    private static List<Path> figures(Document document) {
        List<Path> files = new ArrayList<>();
        for (Document.Part part : document.parts()) {
            if (part instanceof Document.Body b) {
                collect(b.blocks(), files);
            } else if (part instanceof Document.Section s) {
                collect(s.blocks(), files);
            }
        }
        return files;
    }

    private static void collect(List<rs.glasnik.model.Block> blocks, List<Path> files) {
        for (rs.glasnik.model.Block block : blocks) {
            if (block instanceof rs.glasnik.model.Block.Figure f) {
                files.add(f.file());
            } else if (block instanceof rs.glasnik.model.Block.Quote q) {
                collect(q.content(), files);
            } else if (block instanceof rs.glasnik.model.Block.ListBlock l) {
                for (rs.glasnik.model.Block.ListItem item : l.items()) {
                    collect(item.content(), files);
                }
            }
        }
    }

    /**
     * The transliterator with the workspace's own exceptions ({@code translit-exceptions.txt}), if
     * it has any.
     */
    public SerbianTransliterator transliterator(Path workspace) throws Failure {
        Path file = workspace.resolve(WorkspaceStore.TRANSLIT_EXCEPTIONS);
        Optional<String> text;
        try {
            text = WorkspaceStore.readWorkspaceText(workspace, WorkspaceStore.TRANSLIT_EXCEPTIONS);
        } catch (rs.glasnik.store.LoadException e) {
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

    /** Labels of a locale; sr-Latn's are the sr-Cyrl labels, transliterated. */
    static Loaded<Map<String, String>> labels(
            LocaleTag lang, Path workspace, SerbianTransliterator translit) {
        if (lang != LocaleTag.SR_LATN) {
            return WorkspaceStore.labels(lang, Optional.of(workspace));
        }
        Loaded<Map<String, String>> cyrillic =
                WorkspaceStore.labels(LocaleTag.SR_CYRL, Optional.of(workspace));
        return new Loaded<>(
                cyrillic.file(),
                cyrillic.value().map(m -> transliterateValues(m, translit)),
                cyrillic.problems());
    }

    private static Map<String, String> transliterateValues(
            Map<String, String> labels, SerbianTransliterator translit) {
        Map<String, String> out = new LinkedHashMap<>();
        labels.forEach((k, v) -> out.put(k, translit.toLatin(v)));
        return out;
    }

    /**
     * Transliterates files (or {@code stdin} when none are named) by their kind: plain text,
     * Markdown, release files (the derived variant is written into the file) and Word documents.
     * Text for standard output goes to {@code stdout}; warnings go to {@code warnings}. Every file
     * is converted before any is written; see {@link Transliteration#run}.
     */
    public Requests.Translated translit(
            Requests.Translit request,
            java.io.InputStream stdin,
            java.io.OutputStream stdout,
            java.util.function.Consumer<Problem> warnings)
            throws Failure {
        Path near = request.files().isEmpty() ? Path.of(".") : request.files().get(0);
        Optional<Path> root = request.workspace().or(() -> WorkspaceStore.findRoot(near));
        SerbianTransliterator translit =
                root.isPresent() ? transliterator(root.get()) : SerbianTransliterator.builtIn();
        return new Transliteration(translit, request.direction(), warnings)
                .run(request, stdin, stdout);
    }

    /** Creates a workspace with glasnik.yaml, the schemas and one starter release. */
    public Requests.Written init(Requests.Init request) throws Failure {
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
    public List<Path> writeSchemas(Path dir) throws Failure {
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
    public Requests.Written newRelease(Requests.NewRelease request) throws Failure {
        Path root = request.workspace();
        LoadedWorkspace ws = load(root);
        Workspace settings = settings(ws);
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

    private static String resource(String name) {
        try (InputStream in = Glasnik.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
