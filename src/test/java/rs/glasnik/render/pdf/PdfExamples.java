package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import rs.glasnik.app.Failure;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.LocaleTag;

/** The example releases rendered in-process as PDF, as {@code glasnik render} would. */
final class PdfExamples {
    static final Path EXAMPLES = Path.of("examples");

    static final String CREATOR = "glasnik test";

    private PdfExamples() {}

    /** The ids of the example releases, sorted. */
    static List<String> ids() {
        try (Stream<Path> dirs = Files.list(EXAMPLES.resolve("releases"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every example in every locale, as arguments of a parameterized test. */
    static Stream<Arguments> examplesAndLocales() {
        List<Arguments> out = new ArrayList<>();
        for (String id : ids()) {
            for (LocaleTag locale : LocaleTag.values()) {
                out.add(Arguments.of(id, locale));
            }
        }
        assertEquals(15, out.size(), "five examples in three locales");
        return out.stream();
    }

    /** Release {@code id} in {@code lang}, with the workspace's template and the release's date. */
    static Glasnik.RenderInput input(String id, LocaleTag lang) {
        try {
            return new Glasnik().renderInput(EXAMPLES, id, lang);
        } catch (Failure e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static byte[] render(String id, LocaleTag lang, PdfProfile profile) {
        Glasnik.RenderInput input = input(id, lang);
        try {
            return PdfRenderer.render(
                    input.document(),
                    new PdfJob(
                            input.template(), input.assets(), input.created(), profile, CREATOR));
        } catch (PdfFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
