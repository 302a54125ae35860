package rs.glasnik.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.glasnik.check.Checker;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.Template;
import rs.glasnik.model.Workspace;
import rs.glasnik.render.Assets;
import rs.glasnik.resolve.Resolver;
import rs.glasnik.store.WorkspaceStore.Loaded;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * What the formats get for one release in one language: the release checked, resolved, its text
 * checked against the template's fonts, and its images and the logo read.
 */
final class Preparation {
    private Preparation() {}

    /** A document resolved and checked, with its images, ready for the formats. */
    record Prepared(
            Release release, LocaleTag lang, Document document, Assets assets, Instant created) {}

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
        Loaded<Map<String, String>> labels = WorkspaceAccess.labels(lang, root, translit);
        if (labels.value().isEmpty()) {
            throw new Failure("the labels for " + lang + " have errors", labels.problems());
        }
        warnings.addAll(lint);
        warnings.addAll(labels.problems());
        LocaleFormats formats = LocaleFormats.of(lang, labels.value().get(), settings.english());
        return Resolver.resolve(settings, r, formats, translit);
    }

    /**
     * Resolves one release in one locale and checks its text against the template's fonts; {@code
     * time} is the time to write into the files, the release's date when empty.
     */
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

    /** The {@link Glasnik.RenderInput} of release {@code id} of the workspace, in {@code lang}. */
    static Glasnik.RenderInput renderInput(Path workspace, String id, LocaleTag lang)
            throws Failure {
        rs.glasnik.store.WorkspaceStore.LoadedWorkspace ws = WorkspaceAccess.load(workspace);
        Workspace settings = WorkspaceAccess.settings(ws);
        Template template = WorkspaceAccess.template(settings.template(), workspace);
        Release release = WorkspaceAccess.release(ws, id);
        Document document =
                resolve(
                        settings,
                        release,
                        lang,
                        WorkspaceAccess.transliterator(workspace),
                        workspace,
                        new ArrayList<>());
        return new Glasnik.RenderInput(
                document,
                template,
                assets(document, settings, release, lang, template),
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

    private static void collect(List<Block> blocks, List<Path> files) {
        for (Block block : blocks) {
            if (block instanceof Block.Figure f) {
                files.add(f.file());
            } else if (block instanceof Block.Quote q) {
                collect(q.content(), files);
            } else if (block instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) {
                    collect(item.content(), files);
                }
            }
        }
    }
}
