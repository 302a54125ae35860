package rs.glasnik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.model.Template;

/** The built-in template and a workspace's own, with precise errors. */
class TemplateReaderTest {
    @TempDir Path dir;

    @Test
    void theBuiltInPressReleaseTemplate() {
        WorkspaceStore.Loaded<Template> loaded =
                WorkspaceStore.template("press-release", Optional.empty());
        assertEquals(java.util.List.of(), loaded.problems());
        Template t = loaded.value().orElseThrow();
        assertEquals("A4", t.page().size());
        assertEquals(210, t.page().width());
        assertEquals("Noto Serif", t.fonts().body().name());
        assertEquals("Noto Sans", t.fonts().headings().name());
        assertTrue(t.fonts().body().italic().length > 10_000);
        assertEquals(11, t.sizes().body());
        assertEquals("8C1D18", t.colours().accent());
    }

    @Test
    void aWorkspaceTemplateOverridesAndItsErrorsAreLocated() throws IOException {
        Path file = dir.resolve("templates/press-release/template.yaml");
        Files.createDirectories(file.getParent());
        String builtIn =
                new String(
                        TemplateReaderTest.class
                                .getResourceAsStream(
                                        "/glasnik/templates/press-release/template.yaml")
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
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
