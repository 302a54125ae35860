package rs.glasnik.render.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import rs.glasnik.app.Failure;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;

/**
 * Resolved documents of the example workspace with the images they show ({@code
 * Glasnik.renderInput}), and the default template built by hand from {@code
 * templates/press-release/template.yaml}, so that the renderer is tested against the values written
 * there rather than against the template loader.
 */
final class ExampleDocuments {
    static final Path EXAMPLES = Path.of("examples");

    private ExampleDocuments() {}

    /** A document and the images it shows. */
    record Example(Document document, Assets assets) {}

    /** The ids of the example releases, sorted. */
    static List<String> ids() {
        try (Stream<Path> dirs = Files.list(EXAMPLES.resolve("releases"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Example example(String id, LocaleTag lang) {
        try {
            Glasnik.RenderInput input = new Glasnik().renderInput(EXAMPLES, id, lang);
            return new Example(input.document(), input.assets());
        } catch (Failure e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
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
                new Template.Letterhead(true, 18),
                Template.Layout.DEFAULT);
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
}
