package rs.glasnik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rs.glasnik.TestFiles;
import rs.glasnik.TestFiles.Run;

/** Command transcripts, run in-process against a temporary copy of {@code examples/}. */
class CliTest {
    @TempDir Path dir;
    Path examples;

    @BeforeEach
    void copy() {
        examples = TestFiles.copyExamples(dir);
    }

    /** Replaces a piece of the seed release's file; returns the file. */
    Path editSeed(String from, String to) throws IOException {
        Path file = examples.resolve("releases/djordjevic-chepurin/release.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    /** {@code glasnik show} of the seed release in one language, in the workspace copy. */
    Run showSeed(String lang) {
        return glasnik(
                "show", "djordjevic-chepurin", "--lang", lang, "--workspace", examples.toString());
    }

    static Run glasnik(String... args) {
        return TestFiles.glasnik(args);
    }

    @Test
    void checkReportsFiveGoodReleases() {
        Run run = glasnik("check", examples.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(
                run.out().endsWith("5 releases checked: 5 ok, 0 failed; 0 errors, 0 warnings\n"),
                run.toString());
        assertEquals(5, run.out().lines().filter(l -> l.startsWith("ok ")).count(), run.toString());
        assertEquals("", run.err());
    }

    @Test
    void checkWithoutPathChecksTheWorkspaceOption() {
        Run run = glasnik("check", "--workspace", examples.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("5 releases checked"), run.toString());
    }

    @Test
    void checkOneReleaseFileFindsItsWorkspace() {
        Path file = examples.resolve("releases/djordjevic-chepurin/release.yaml");
        Run run = glasnik("check", file.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("1 release checked: 1 ok"), run.toString());
    }

    @Test
    void checkAsJsonForCi() throws IOException {
        Path file = editSeed("status: published", "status: publishd");
        Run run = glasnik("check", "--format", "json", examples.toString());
        assertEquals(1, run.code(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertFalse(json.get("ok").asBoolean());
        assertEquals(1, json.get("errors").asInt());
        assertEquals(5, json.get("releases").size());
        JsonNode problem = json.get("problems").get(0);
        assertEquals("error", problem.get("severity").asText());
        assertEquals("status", problem.get("field").asText());
        assertEquals(file.toString(), problem.get("file").asText());
        assertTrue(problem.get("line").asInt() > 1);
        assertEquals(
                "'publishd' is not a status; did you mean 'published'?",
                problem.get("message").asText());
    }

    @Test
    void checkOfAFolderThatIsNoWorkspace() {
        Run run = glasnik("check", dir.toString());
        assertEquals(1, run.code());
        assertEquals(
                "glasnik: "
                        + dir
                        + ": neither a workspace (no glasnik.yaml) nor a release (no release.yaml)\n",
                run.err());
    }

    @Test
    void listShowsNewestFirstWithTitlesInTheLanguageAsked() {
        Run run = glasnik("list", "--workspace", examples.toString(), "--lang", "en");
        assertEquals(0, run.code(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("ID "), run.toString());
        assertTrue(lines.get(0).endsWith("TITLE (en)"), run.toString());
        assertEquals(6, lines.size(), run.toString());
        assertTrue(lines.get(5).startsWith("djordjevic-chepurin "), run.toString());
        assertTrue(
                lines.get(5).endsWith("Minister Djordjevic talks to Ambassador Chepurin"),
                run.toString());
        String previous = "9999";
        for (String line : lines.subList(1, lines.size())) {
            String date = line.split("\\s+")[1];
            assertTrue(date.compareTo(previous) <= 0, "not newest first: " + run.out());
            previous = date;
        }
    }

    @Test
    void listDefaultsToTheWorkspacesFirstLocale() {
        Run run = glasnik("list", "--workspace", examples.toString());
        assertTrue(run.out().lines().findFirst().get().endsWith("TITLE (sr-Cyrl)"), run.toString());
        assertTrue(
                run.out().contains("Министар Ђорђевић разговарао са амбасадором Чепурином"),
                run.toString());
    }

    @Test
    void showPrintsTheReaderVisibleTextInReadingOrder() {
        Run run = showSeed("sr-Cyrl");
        assertEquals(0, run.code(), run.toString());
        String text = run.out();
        int org = text.indexOf("Министарство одбране Републике Србије");
        int type = text.indexOf("САОПШТЕЊЕ ЗА ЈАВНОСТ");
        int title = text.indexOf("Министар Ђорђевић разговарао са амбасадором Чепурином");
        int dateline =
                text.indexOf(
                        "БЕОГРАД, 13.\u00A0октобар\u00A02016.\u00A0– Министар одбране Зоран Ђорђевић");
        int end = text.indexOf("###");
        int contacts = text.indexOf("Контакт за медије");
        assertTrue(
                org == 0
                        && org < type
                        && type < title
                        && title < dateline
                        && dateline < end
                        && end < contacts,
                text);
        assertFalse(text.contains("]("), "Markdown syntax leaked: " + text);
    }

    @Test
    void showInEnglish() {
        Run run = showSeed("en");
        assertEquals(0, run.code(), run.toString());
        assertTrue(
                run.out()
                        .contains(
                                "BELGRADE, 13\u00A0October\u00A02016\u00A0– Defence Minister Zoran Djordjevic met today"),
                run.out());
        assertTrue(run.out().contains("PRESS RELEASE\n"), run.out());
    }

    @Test
    void showInLatinIsDerivedFromCyrillic() {
        Run run = showSeed("sr-Latn");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().startsWith("Ministarstvo odbrane Republike Srbije\n"), run.out());
        assertTrue(run.out().contains("SAOPŠTENJE ZA JAVNOST\n"), run.out());
        assertTrue(
                run.out()
                        .contains(
                                "BEOGRAD, 13.\u00A0oktobar\u00A02016.\u00A0– Ministar odbrane Zoran Đorđević sastao se danas"),
                run.out());
    }

    @Test
    void showOfAnUnknownIdSuggestsTheNearest() {
        Run run = glasnik("show", "djordjevic-cepurin", "--workspace", examples.toString());
        assertEquals(1, run.code());
        assertEquals(
                "glasnik: no release 'djordjevic-cepurin' in "
                        + examples
                        + "; did you mean 'djordjevic-chepurin'?\n",
                run.err());
    }

    @Test
    void showOfABrokenReleaseListsItsProblems() throws IOException {
        Path file = editSeed("type: press-release", "type: press");
        Run run = glasnik("show", "djordjevic-chepurin", "--workspace", examples.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith(file + ":"), run.err());
        assertTrue(
                run.err()
                        .endsWith(
                                "glasnik: release 'djordjevic-chepurin' has errors; mend them first\n"),
                run.err());
    }

    @Test
    void unknownLocaleIsAUsageError() {
        Run run = showSeed("sr");
        assertEquals(2, run.code());
        assertTrue(
                run.err()
                        .contains(
                                "'sr' is not a locale glasnik publishes in; use en, sr-Cyrl or sr-Latn"),
                run.err());
    }

    @Test
    void initMakesAWorkspaceThatChecksAndShows() {
        Path ws = dir.resolve("office");
        Run init = glasnik("init", ws.toString());
        assertEquals(0, init.code(), init.toString());
        assertTrue(init.out().contains("created " + ws.resolve("glasnik.yaml")), init.out());
        assertTrue(Files.isRegularFile(ws.resolve("schemas/release.schema.json")));
        Run check = glasnik("check", ws.toString());
        assertEquals(0, check.code(), check.toString());
        Run show = glasnik("show", "first-release", "--lang", "en", "--workspace", ws.toString());
        assertEquals(0, show.code(), show.toString());
        assertTrue(show.out().contains("Title of the release"), show.out());
        Run serbian =
                glasnik("show", "first-release", "--lang", "sr-Latn", "--workspace", ws.toString());
        assertEquals(0, serbian.code(), serbian.toString());
        assertTrue(serbian.out().contains("Sažetak u\u00A0jednoj rečenici."), serbian.out());
        assertTrue(serbian.out().contains("Za objavljivanje odmah"), serbian.out());
        Run again = glasnik("init", ws.toString());
        assertEquals(1, again.code());
        assertEquals(
                "glasnik: "
                        + ws
                        + " is already a workspace (it has glasnik.yaml); nothing was changed\n",
                again.err());
    }

    @Test
    void newScaffoldsADraftThatChecks() throws IOException {
        Run run =
                glasnik(
                        "new",
                        "cadets-visit",
                        "--type",
                        "media-advisory",
                        "--source",
                        "en",
                        "--workspace",
                        examples.toString());
        assertEquals(0, run.code(), run.toString());
        Path file = examples.resolve("releases/cadets-visit/release.yaml");
        assertEquals("created " + file + "\n", run.out());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("type: media-advisory\nissuer: mod\n"), text);
        assertTrue(text.contains("source: en\n"), text);
        assertTrue(text.contains("    summary: Сажетак у једној реченици.\n"), text);
        Run check = glasnik("check", examples.toString());
        assertEquals(0, check.code(), check.toString());
        assertTrue(check.out().contains("6 releases checked"), check.out());

        Run twice = glasnik("new", "cadets-visit", "--workspace", examples.toString());
        assertEquals(1, twice.code());
        assertTrue(twice.err().contains("already used by"), twice.err());
    }

    @Test
    void newRefusesAnIdThatIsNoSlug() {
        Run run = glasnik("new", "Cadets Visit", "--workspace", examples.toString());
        assertEquals(2, run.code());
        assertTrue(
                run.err().startsWith("glasnik: 'Cadets Visit' is not a valid release id"),
                run.err());
    }

    @Test
    void schemaPrintsTheJsonSchemas() throws IOException {
        for (String kind : List.of("release", "workspace")) {
            Run run = glasnik("schema", kind);
            assertEquals(0, run.code());
            JsonNode schema = new ObjectMapper().readTree(run.out());
            assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema").asText());
            assertEquals(
                    Files.readString(
                            examples.resolve("schemas/" + kind + ".schema.json"),
                            StandardCharsets.UTF_8),
                    run.out());
        }
        assertEquals(2, glasnik("schema", "pack").code());
    }

    @Test
    void completionScriptNamesEveryCommand() {
        Run run = glasnik("completion");
        assertEquals(0, run.code());
        for (String command :
                List.of("init", "new", "check", "list", "show", "schema", "completion")) {
            assertTrue(run.out().contains(command), command);
        }
        assertTrue(run.out().contains("complete -F"), run.out());
    }

    @Test
    void versionIsTheBuildVersion() {
        Run run = glasnik("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().matches("glasnik \\d+\\.\\d+\\.\\d+.*\\n"), run.out());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "init",
                "new",
                "check",
                "list",
                "show",
                "translit",
                "render",
                "schema",
                "completion"
            })
    void everyCommandsHelpShowsAnExample(String command) {
        Run run = glasnik(command, "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("Examples:\n  glasnik " + command), run.out());
    }

    @Test
    void noCommandAndUnknownOptionsAreUsageErrors() {
        assertEquals(2, glasnik().code());
        Run run = glasnik("check", "--colour");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("glasnik: Unknown option: '--colour'"), run.err());
    }

    @Test
    void englishMayBeAmericanAndTheDatelineHouseStyleIsTheOrganisations() throws IOException {
        Path ws = examples.resolve("glasnik.yaml");
        String yaml = Files.readString(ws, StandardCharsets.UTF_8);
        yaml = yaml.replace("template: press-release", "template: press-release\nenglish: en-US");
        yaml =
                yaml.replace(
                        "    short-name:",
                        "    dateline:\n      sr-Cyrl: \"{place} ({date})\"\n    short-name:");
        Files.writeString(ws, yaml, StandardCharsets.UTF_8);
        Run en = showSeed("en");
        assertEquals(0, en.code(), en.toString());
        assertTrue(
                en.out().contains("BELGRADE, October\u00A013,\u00A02016\u00A0– Defence Minister"),
                en.out());
        Run sr = showSeed("sr-Cyrl");
        assertTrue(
                sr.out().contains("БЕОГРАД (13.\u00A0октобар\u00A02016.) Министар одбране"),
                sr.out());
        Run latin = showSeed("sr-Latn");
        assertTrue(
                latin.out().contains("BEOGRAD (13.\u00A0oktobar\u00A02016.) Ministar odbrane"),
                latin.out());
        Run bad = glasnik("check", examples.toString());
        assertEquals(0, bad.code(), bad.toString());
        Files.writeString(
                ws, yaml.replace("english: en-US", "english: en-AU"), StandardCharsets.UTF_8);
        Run wrong = glasnik("check", examples.toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.out().contains("english: 'en-AU' is not an English format"), wrong.out());
    }

    @Test
    void aWorkspaceOverridesLabelsAndLatinFollowsItsCyrillic() throws IOException {
        Files.createDirectories(examples.resolve("locales"));
        Files.writeString(
                examples.resolve("locales/sr-Cyrl.yaml"),
                "type.press-release: Саопштење\ntypography.inner-quotes: \"‘‘\"\n",
                StandardCharsets.UTF_8);
        Run sr = showSeed("sr-Cyrl");
        assertTrue(sr.out().contains("\nСАОПШТЕЊЕ\n"), sr.out());
        Run latin = showSeed("sr-Latn");
        assertTrue(latin.out().contains("\nSAOPŠTENJE\n"), latin.out());

        Files.writeString(
                examples.resolve("locales/sr-Cyrl.yaml"),
                "type.pres-release: Саопштење\n",
                StandardCharsets.UTF_8);
        Run bad = showSeed("sr-Cyrl");
        assertEquals(1, bad.code());
        assertTrue(
                bad.err()
                        .contains(
                                "sr-Cyrl.yaml:1:1: error: type.pres-release: unknown label 'type.pres-release'; did you mean 'type.press-release'?"),
                bad.err());
    }
}
