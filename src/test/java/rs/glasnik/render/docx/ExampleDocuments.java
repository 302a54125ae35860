package rs.glasnik.render.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import rs.glasnik.app.Failure;
import rs.glasnik.app.Glasnik;
import rs.glasnik.check.Checker;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Organisation;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.Template;
import rs.glasnik.model.Workspace;
import rs.glasnik.resolve.Resolver;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * Resolved documents of the example workspace with the images they show, and the default template
 * built by hand from {@code templates/press-release/template.yaml}: the steps of {@code
 * Glasnik.show}, repeated here so the renderer is tested without the application around it.
 */
final class ExampleDocuments {
    static final Path EXAMPLES = Path.of("examples");

    private ExampleDocuments() {}

    /** A document and the images it shows. */
    record Example(Document document, DocxRenderer.Assets assets) {}

    /** The ids of the example releases, sorted. */
    static List<String> ids() {
        try (Stream<Path> dirs = Files.list(EXAMPLES.resolve("releases"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Example example(String id, LocaleTag lang) {
        WorkspaceStore.LoadedWorkspace ws = WorkspaceStore.load(EXAMPLES);
        Workspace settings = ws.settings().value().orElseThrow(() -> failed(ws.problems()));
        Release release =
                ws.releases().stream()
                        .flatMap(l -> l.value().stream())
                        .filter(r -> r.id().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no example " + id));
        List<Problem> lint = Checker.check(Optional.of(settings), List.of(release));
        if (lint.stream().anyMatch(Problem::isError)) {
            throw failed(lint);
        }
        SerbianTransliterator translit;
        try {
            translit = new Glasnik().transliterator(EXAMPLES);
        } catch (Failure e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> labels = labels(lang, translit);
        LocaleFormats formats = LocaleFormats.of(lang, labels, settings.english());
        Document document = Resolver.resolve(settings, release, formats, translit);

        Map<Path, byte[]> images = new LinkedHashMap<>();
        for (Document.Part part : document.parts()) {
            List<Block> blocks = new ArrayList<>();
            if (part instanceof Document.Body b) {
                blocks.addAll(b.blocks());
            } else if (part instanceof Document.Section s) {
                blocks.addAll(s.blocks());
            }
            figures(blocks, images);
        }
        Organisation org = settings.organisation(release.issuer()).orElseThrow();
        Optional<byte[]> logo =
                org.logo()
                        .flatMap(l -> l.get(lang).or(() -> l.get(LocaleTag.SR_CYRL)))
                        .map(ExampleDocuments::read);
        return new Example(document, new DocxRenderer.Assets(images, logo));
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

    private static Map<String, String> labels(LocaleTag lang, SerbianTransliterator translit) {
        if (lang != LocaleTag.SR_LATN) {
            return WorkspaceStore.labels(lang, Optional.of(EXAMPLES)).value().orElseThrow();
        }
        Map<String, String> out = new LinkedHashMap<>();
        WorkspaceStore.labels(LocaleTag.SR_CYRL, Optional.of(EXAMPLES))
                .value()
                .orElseThrow()
                .forEach((k, v) -> out.put(k, translit.toLatin(v)));
        return out;
    }

    /** templates/press-release/template.yaml, written out; the fonts from templates/fonts. */
    static Template template() {
        return new Template(
                "press-release",
                new Template.Page("A4", 210, 297, 22, 22, 25, 25),
                new Template.Fonts(
                        family("Noto Serif", "NotoSerif"), family("Noto Sans", "NotoSans")),
                new Template.Sizes(11, 20, 13, 14, 12, 9, 8.5),
                new Template.Colours("1A1A1A", "8C1D18", "5A5A5A"),
                new Template.Spacing(1.3, 6),
                new Template.Letterhead(true, 18));
    }

    private static Template.Family family(String name, String file) {
        Path dir = Path.of("templates", "fonts");
        return new Template.Family(
                name,
                read(dir.resolve(file + "-Regular.ttf")),
                read(dir.resolve(file + "-Bold.ttf")),
                read(dir.resolve(file + "-Italic.ttf")),
                read(dir.resolve(file + "-BoldItalic.ttf")));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IllegalStateException failed(List<Problem> problems) {
        return new IllegalStateException("the examples have errors: " + problems);
    }
}
