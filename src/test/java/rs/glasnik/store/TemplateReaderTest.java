package rs.glasnik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Template;

/** The built-in template and a workspace's own, with precise errors. */
class TemplateReaderTest {
    @TempDir Path dir;

    @Test
    void theBuiltInPressReleaseTemplate() {
        WorkspaceStore.Loaded<Template> loaded =
                WorkspaceStore.template("press-release", Optional.empty());
        assertEquals(List.of(), loaded.problems());
        Template t = loaded.value().orElseThrow();
        assertEquals("A4", t.page().size());
        assertEquals(210, t.page().width());
        assertEquals("Noto Serif", t.fonts().body().name());
        assertEquals("Noto Sans", t.fonts().headings().name());
        assertTrue(t.fonts().body().italic().length > 10_000);
        assertEquals(11, t.sizes().body());
        assertEquals("8C1D18", t.colours().accent());
        assertEquals(Template.Layout.DEFAULT, t.layout());
        assertEquals(7.5, t.layout().listStep());
        assertEquals(0.35, t.layout().figureHeight());
        assertEquals(8, t.layout().gutter());
    }

    private static String builtIn() throws IOException {
        return new String(
                TemplateReaderTest.class
                        .getResourceAsStream("/glasnik/templates/press-release/template.yaml")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
    }

    /** The built-in template without its {@code layout:} section, then {@code tail}. */
    private Path workspaceTemplate(String tail) throws IOException {
        Path file = dir.resolve("templates/press-release/template.yaml");
        Files.createDirectories(file.getParent());
        String builtIn = builtIn();
        int layout = builtIn.indexOf("\nlayout:");
        assertTrue(layout > 0, "the built-in template has a layout: section");
        Files.writeString(file, builtIn.substring(0, layout + 1) + tail, StandardCharsets.UTF_8);
        return file;
    }

    /** The number of the line of the workspace template that holds {@code text}. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void aTemplateWithoutLayoutHasTheDefaultsAndOneFieldChangesOnlyItself() throws IOException {
        workspaceTemplate("");
        WorkspaceStore.Loaded<Template> none =
                WorkspaceStore.template("press-release", Optional.of(dir));
        assertEquals(List.of(), none.problems());
        assertEquals(Template.Layout.DEFAULT, none.value().orElseThrow().layout());

        workspaceTemplate("layout:\n  list-step: 15\n  figure-height: 1\n");
        Template.Layout changed =
                WorkspaceStore.template("press-release", Optional.of(dir))
                        .value()
                        .orElseThrow()
                        .layout();
        assertEquals(15, changed.listStep());
        assertEquals(1, changed.figureHeight());
        assertEquals(Template.Layout.DEFAULT.bulletRoom(), changed.bulletRoom());
        assertEquals(Template.Layout.DEFAULT.quoteLeft(), changed.quoteLeft());
        assertEquals(Template.Layout.DEFAULT.gutter(), changed.gutter());
    }

    @Test
    void badLayoutValuesAreRefusedWhereTheyStand() throws IOException {
        Path file =
                workspaceTemplate(
                        "layout:\n"
                                + "  list-step: -2\n"
                                + "  figure-height: 1.5\n"
                                + "  gutter: {mm: 8}\n"
                                + "  quote-left: wide\n"
                                + "  number-room: 0.0\n");
        WorkspaceStore.Loaded<Template> bad =
                WorkspaceStore.template("press-release", Optional.of(dir));
        assertTrue(bad.value().isEmpty());
        List<Problem> p = bad.problems();
        assertEquals(4, p.size(), p.toString());
        assertProblem(
                p, "list-step", lineOf(file, "list-step"), 14, "'-2' is not a positive number");
        assertProblem(
                p,
                "figure-height",
                lineOf(file, "figure-height"),
                18,
                "'1.5' is not a share; write a number above 0 and at most 1, e.g. 0.35");
        assertProblem(p, "gutter", lineOf(file, "gutter"), 11, "expected text, found a map");
        assertProblem(
                p, "quote-left", lineOf(file, "quote-left"), 15, "'wide' is not a positive number");
        for (Problem problem : p) {
            assertEquals(file, problem.file());
            assertTrue(problem.isError());
            assertTrue(!problem.message().contains("\n"), problem.message());
        }

        workspaceTemplate("layout:\n  figure-height: 0\n");
        assertTrue(
                WorkspaceStore.template("press-release", Optional.of(dir))
                        .problems()
                        .get(0)
                        .message()
                        .startsWith("'0' is not a share"));
    }

    @Test
    void aGutterAsWideAsTheTextIsRefused() throws IOException {
        Path file = workspaceTemplate("layout: {gutter: 160}\n");
        List<Problem> p = WorkspaceStore.template("press-release", Optional.of(dir)).problems();
        assertProblem(
                p,
                "gutter",
                lineOf(file, "gutter"),
                18,
                "a gutter of 160 mm leaves no room for the columns of a parallel pack; the text is"
                        + " 160 mm wide");
        workspaceTemplate("layout: {gutter: 159.5}\n");
        assertEquals(
                159.5,
                WorkspaceStore.template("press-release", Optional.of(dir))
                        .value()
                        .orElseThrow()
                        .layout()
                        .gutter());
    }

    @Test
    void aMisspeltLayoutFieldIsNamed() throws IOException {
        workspaceTemplate("layout:\n  list-indent: 10\n");
        WorkspaceStore.Loaded<Template> bad =
                WorkspaceStore.template("press-release", Optional.of(dir));
        assertTrue(bad.value().isEmpty(), bad.problems().toString());
        assertTrue(
                bad.problems().get(0).message().contains("list-indent"), bad.problems().toString());
    }

    /** The one problem of field {@code layout.<key>} is at line and column, and says message. */
    private static void assertProblem(
            List<Problem> problems, String key, int line, int column, String message) {
        List<Problem> of =
                problems.stream().filter(q -> q.field().equals("layout." + key)).toList();
        assertEquals(1, of.size(), problems.toString());
        Problem p = of.get(0);
        assertEquals(line, p.line(), p.toString());
        assertEquals(column, p.column(), p.toString());
        assertTrue(p.message().startsWith(message), p.toString());
    }

    @Test
    void aWorkspaceTemplateOverridesAndItsErrorsAreLocated() throws IOException {
        Path file = dir.resolve("templates/press-release/template.yaml");
        Files.createDirectories(file.getParent());
        String builtIn = builtIn();
        Files.writeString(
                file, builtIn.replace("size: A4 ", "size: Letter "), StandardCharsets.UTF_8);
        Template letter =
                WorkspaceStore.template("press-release", Optional.of(dir)).value().orElseThrow();
        assertEquals("Letter", letter.page().size());
        assertEquals(279.4, letter.page().height());

        Files.writeString(
                file,
                builtIn.replace("size: A4 ", "size: A5 ")
                        .replace("accent: \"8C1D18\"", "accent: red"),
                StandardCharsets.UTF_8);
        WorkspaceStore.Loaded<Template> bad =
                WorkspaceStore.template("press-release", Optional.of(dir));
        assertTrue(bad.value().isEmpty());
        assertEquals(2, bad.problems().size(), bad.problems().toString());
        assertTrue(
                bad.problems().get(0).message().startsWith("'A5' is not a paper size"),
                bad.problems().toString());
        assertEquals(5, bad.problems().get(0).line());
    }

    @Test
    void anUnknownTemplateIsNamed() {
        WorkspaceStore.Loaded<Template> none =
                WorkspaceStore.template("brochure", Optional.of(dir));
        assertTrue(
                none.problems().get(0).message().startsWith("no template 'brochure'"),
                none.problems().toString());
    }
}
