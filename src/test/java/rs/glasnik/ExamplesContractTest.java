package rs.glasnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.model.LocaleTag;

/**
 * Every example is loaded, checked and shown in every locale, sr-Latn derived; adding an example or
 * a locale cannot skip a case.
 */
class ExamplesContractTest {
    static Stream<Arguments> examplesAndLocales() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(TestFiles.EXAMPLES.resolve("releases"))) {
            for (Path dir : dirs.sorted().toList()) {
                for (LocaleTag locale : LocaleTag.values()) {
                    out.add(Arguments.of(dir.getFileName().toString(), locale));
                }
            }
        }
        assertEquals(15, out.size(), "five examples in three locales");
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examplesAndLocales")
    void everyExampleShowsInEveryWrittenLocaleInItsOwnScript(String id, LocaleTag locale) {
        TestFiles.Run run =
                TestFiles.glasnik(
                        "show",
                        id,
                        "--lang",
                        locale.tag(),
                        "--workspace",
                        TestFiles.EXAMPLES.toString());
        assertEquals(0, run.code(), run.toString());
        assertEquals("", run.err());
        String text = run.out();
        assertTrue(text.contains("###\n"), text);
        assertTrue(text.indexOf('"') < 0, "a straight quotation mark in " + id + " " + locale);
        if (locale == LocaleTag.EN) {
            assertTrue(text.indexOf('„') < 0, "Serbian quotation marks in English: " + id);
        } else {
            assertTrue(text.indexOf('”') < 0, "English quotation marks in Serbian: " + id);
        }
        assertTrue(
                text.matches("(?s).*, \\d{1,2}\\.?[\u00A0 ]\\p{L}+ \\d{4}\\.? –.*")
                        || text.matches("(?s).*, \\p{L}+\u00A0\\d{1,2}, \\d{4} –.*"),
                "no long-form dateline in " + id + " " + locale + ":\n" + text);
        Scripts.assertOnlyScript(
                locale != LocaleTag.SR_CYRL
                        ? Character.UnicodeScript.LATIN
                        : Character.UnicodeScript.CYRILLIC,
                text);
    }
}
