package rs.glasnik.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.glasnik.app.Failure;
import rs.glasnik.app.Glasnik;
import rs.glasnik.check.Checker;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.Template;
import rs.glasnik.model.Workspace;
import rs.glasnik.render.docx.DocxRenderer;
import rs.glasnik.resolve.Resolver;
import rs.glasnik.store.LoadException;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * Everything {@link DocxRenderer#render} needs for one release in one locale, made the way {@code
 * glasnik render} makes it: the workspace loaded and checked, the release resolved with the
 * locale's labels, the workspace's template (fonts included) and the images and logo read.
 *
 * <p>The steps of {@code Glasnik.render} up to the renderer, through public API only, as the test
 * helper {@code rs.glasnik.render.docx.ExampleDocuments} repeats them; unlike that helper this one
 * loads the template as {@code glasnik render} does, rather than building it by hand.
 *
 * @param document the resolved document
 * @param template the workspace's template
 * @param assets the figures the document shows and the organisation's logo
 * @param created the time written into the document (the release date, as {@code glasnik render})
 */
public record DocxExample(
        Document document, Template template, DocxRenderer.Assets assets, Instant created) {
    /** The example workspace unless {@code -Dglasnik.bench.workspace} says otherwise. */
    public static final String WORKSPACE = "examples";

    /** The release {@code id} of the workspace {@code root}, resolved for {@code lang}. */
    public static DocxExample load(Path root, String id, LocaleTag lang) {
        WorkspaceStore.LoadedWorkspace ws = WorkspaceStore.load(root);
        Workspace settings = ws.settings().value().orElseThrow(() -> failed(ws.problems()));
        Release release =
                ws.releases().stream()
                        .flatMap(l -> l.value().stream())
                        .filter(r -> r.id().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no release " + id));
        List<Problem> lint = Checker.check(Optional.of(settings), List.of(release));
        if (lint.stream().anyMatch(Problem::isError)) {
            throw failed(lint);
        }
        WorkspaceStore.Loaded<Template> loadedTemplate =
                WorkspaceStore.template(settings.template(), Optional.of(root));
        Template template =
                loadedTemplate.value().orElseThrow(() -> failed(loadedTemplate.problems()));
        SerbianTransliterator translit;
        try {
            translit = new Glasnik().transliterator(root);
        } catch (Failure e) {
            throw new IllegalStateException(e);
        }
        LocaleFormats formats =
                LocaleFormats.of(lang, labels(root, lang, translit), settings.english());
        Document document = Resolver.resolve(settings, release, formats, translit);

        Map<Path, byte[]> images = new LinkedHashMap<>();
        for (Document.Part part : document.parts()) {
            if (part instanceof Document.Body b) {
                figures(b.blocks(), images);
            } else if (part instanceof Document.Section s) {
                figures(s.blocks(), images);
            }
        }
        Optional<byte[]> logo = Optional.empty();
        if (template.letterhead().logo()) {
            logo =
                    settings.organisation(release.issuer())
                            .flatMap(o -> o.logo())
                            .flatMap(l -> l.get(lang).or(() -> l.get(LocaleTag.SR_CYRL)))
                            .map(DocxExample::read);
        }
        return new DocxExample(
                document,
                template,
                new DocxRenderer.Assets(images, logo),
                release.date().value().toInstant());
    }

    /** The DOCX, as {@code glasnik render} writes it to its file. */
    public byte[] render() {
        try {
            return DocxRenderer.render(document, template, assets, created);
        } catch (rs.glasnik.render.docx.DocxFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void figures(List<Block> blocks, Map<Path, byte[]> images) {
        for (Block block : blocks) {
            if (block instanceof Block.Figure f) {
                images.put(f.file(), read(f.file()));
            } else if (block instanceof Block.Quote q) {
                figures(q.content(), images);
            } else if (block instanceof Block.ListBlock l) {
                l.items().forEach(i -> figures(i.content(), images));
            }
        }
    }

    /** Labels of a locale; sr-Latn's are the sr-Cyrl labels, transliterated. */
    private static Map<String, String> labels(
            Path root, LocaleTag lang, SerbianTransliterator translit) {
        LocaleTag source = lang == LocaleTag.SR_LATN ? LocaleTag.SR_CYRL : lang;
        WorkspaceStore.Loaded<Map<String, String>> loaded =
                WorkspaceStore.labels(source, Optional.of(root));
        Map<String, String> labels = loaded.value().orElseThrow(() -> failed(loaded.problems()));
        if (lang != LocaleTag.SR_LATN) {
            return labels;
        }
        Map<String, String> out = new LinkedHashMap<>();
        labels.forEach((k, v) -> out.put(k, translit.toLatin(v)));
        return out;
    }

    private static byte[] read(Path file) {
        try {
            return WorkspaceStore.readAsset(file);
        } catch (LoadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static IllegalStateException failed(List<Problem> problems) {
        return new IllegalStateException("the workspace has errors: " + new ArrayList<>(problems));
    }
}
