package rs.glasnik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rs.glasnik.TestFiles;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;

/**
 * Every kind of bad input gives one clear line naming file, line and column, exit code 1 and no
 * stack trace; good input with a BOM or CRLF line ends loads.
 */
class BadInputTest {
    static final String WORKSPACE =
            String.join(
                    "\n",
                    "schema: 1",
                    "organisations:",
                    "  mod:",
                    "    name: {en: Ministry of Defence, sr-Cyrl: Министарство одбране}",
                    "    address: {en: Belgrade, sr-Cyrl: Београд}",
                    "    boilerplate: {en: About the ministry., sr-Cyrl: О министарству.}",
                    "locales: [sr-Cyrl, en]",
                    "");

    /** A valid release; each case below breaks one thing in it. Line numbers are in comments. */
    static final String VALID =
            String.join(
                    "\n",
                    "schema: 1", // 1
                    "id: test-release", // 2
                    "type: press-release", // 3
                    "issuer: mod", // 4
                    "date: 2026-11-27T12:00", // 5
                    "place:", // 6
                    "  en: Belgrade", // 7
                    "  sr-Cyrl: Београд", // 8
                    "status: published", // 9
                    "source: sr-Cyrl", // 10
                    "contacts:", // 11
                    "  - name: {en: Press Office, sr-Cyrl: Служба за односе с јавношћу}", // 12
                    "    email: press@example.org", // 13
                    "variants:", // 14
                    "  sr-Cyrl:", // 15
                    "    title: Наслов", // 16
                    "    body: |", // 17
                    "      Први пасус.", // 18
                    "", // 19
                    "      ![Опис слике](photo.png \"Фото: МО\")", // 20
                    "  en:", // 21
                    "    title: Title", // 22
                    "    body: |", // 23
                    "      First paragraph.", // 24
                    "", // 25
                    "      ![Caption](photo.png \"Photo: MoD\")", // 26
                    "");

    @TempDir Path dir;
    Path release;

    void writeRelease(CharSequence text) throws IOException {
        Files.writeString(release, text, StandardCharsets.UTF_8);
    }

    TestFiles.Run check() {
        return TestFiles.glasnik("check", dir.toString());
    }

    List<Problem> releaseProblems() {
        return WorkspaceStore.loadRelease(release, dir).problems();
    }

    @BeforeEach
    void workspace() throws IOException {
        Files.writeString(dir.resolve("glasnik.yaml"), WORKSPACE, StandardCharsets.UTF_8);
        release = dir.resolve("releases/test-release/release.yaml");
        Files.createDirectories(release.getParent());
        Files.write(release.resolveSibling("photo.png"), PHOTO);
    }

    /** A real (tiny) PNG: check judges the image itself too. */
    static final byte[] PHOTO =
            rs.glasnik.render.TestImages.png(
                    new rs.glasnik.render.TestImages.Png(
                            "photo", 4, 3, 2, 8, false, null, null, (x, y, c) -> x * 60 + c));

    static Arguments bad(String name, String text, String position, String message) {
        return Arguments.of(name, text.getBytes(StandardCharsets.UTF_8), position, message);
    }

    static Arguments bad(String name, String from, String to, String position, String message) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException(name + ": the valid release has no " + from);
        }
        return bad(name, VALID.replace(from, to), position, message);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad(
                        "unclosed quote",
                        "title: Title",
                        "title: \"Title",
                        "22:12",
                        "the quote opened here is not closed on its line; add the closing quote"),
                bad(
                        "unclosed quote at the end",
                        VALID + "notes:\n  en: \"Unclosed\n",
                        "28:7",
                        "the quote opened here is not closed on its line"),
                bad(
                        "colon in plain text",
                        "title: Title",
                        "title: Title: a subtitle",
                        "22:17",
                        "must be put in quotes"),
                bad(
                        "bad indentation",
                        "  en: Belgrade",
                        "   en: Belgrade\n  sr-Latn: x",
                        "8:3",
                        "YAML syntax"),
                bad(
                        "title is a list",
                        "title: Title",
                        "title: [a, b]",
                        "22:12",
                        "expected text, found a list"),
                bad(
                        "variants is text",
                        "variants:\n  sr-Cyrl:",
                        "variants: none\nx:\n  sr-Cyrl:",
                        "15:1",
                        "unknown field 'x'"),
                bad(
                        "unknown field with suggestion",
                        "status: published",
                        "stauts: published",
                        "9:1",
                        "unknown field 'stauts'; did you mean 'status'?"),
                bad(
                        "unknown variant field",
                        "title: Title",
                        "titel: Title",
                        "22:5",
                        "unknown field 'titel'; did you mean 'title'?"),
                bad(
                        "bare sr locale",
                        "  sr-Cyrl: Београд",
                        "  sr: Београд",
                        "8:3",
                        "'sr' does not say the script; write sr-Cyrl or sr-Latn"),
                bad(
                        "unknown locale",
                        "  en: Belgrade",
                        "  de: Belgrad",
                        "7:3",
                        "'de' is not a locale glasnik publishes in"),
                bad(
                        "impossible date",
                        "date: 2026-11-27T12:00",
                        "date: 2026-13-01",
                        "5:7",
                        "'2026-13-01' is not a real date"),
                bad(
                        "non-ISO date",
                        "date: 2026-11-27T12:00",
                        "date: 27.11.2026",
                        "5:7",
                        "is not an ISO-8601 date; write 2026-11-27"),
                bad(
                        "embargo without time",
                        "status: published",
                        "embargo: 2026-11-28\nstatus: published",
                        "9:10",
                        "has no time; write a date and time, e.g. 2026-11-28T10:00"),
                bad(
                        "missing title",
                        "    title: Title\n",
                        "",
                        "22:5",
                        "'title' is missing; add a one-line 'title:'"),
                bad("empty title", "title: Title", "title:", "22:5", "'title' is empty"),
                bad(
                        "missing variants",
                        VALID.substring(0, VALID.indexOf("variants:")),
                        "1:1",
                        "'variants' is missing"),
                bad(
                        "tab indentation",
                        "  en: Belgrade",
                        "\ten: Belgrade",
                        "7:1",
                        "a tab indents this line; YAML indents with spaces only"),
                bad(
                        "alias bomb",
                        "status: published",
                        "status: published\nbomb:\n" + aliasBomb(),
                        "14:12",
                        "more than 20 aliases ('*name'); write the values out instead"),
                bad(
                        "java type tag",
                        "status: published",
                        "status: !!java/object:java.lang.Runtime {}",
                        "9:9",
                        "YAML tag '!!java/object:java.lang.Runtime' is not allowed"),
                bad(
                        "custom tag",
                        "title: Title",
                        "title: !secret Title",
                        "22:12",
                        "YAML tag '!secret' is not allowed"),
                bad(
                        "image leaves the workspace",
                        "](photo.png \"Photo: MoD\")",
                        "](../../../../etc/photo.png \"Photo: MoD\")",
                        "26:7",
                        "leaves the workspace"),
                bad(
                        "image missing",
                        "](photo.png \"Photo: MoD\")",
                        "](fotka.png \"Photo: MoD\")",
                        "26:7",
                        "the image file 'fotka.png' does not exist"),
                bad(
                        "image without credit",
                        "(photo.png \"Photo: MoD\")",
                        "(photo.png)",
                        "26:7",
                        "the image has no credit"),
                bad(
                        "image inside text",
                        "First paragraph.",
                        "First ![x](photo.png \"c\") paragraph.",
                        "24:13",
                        "an image must stand alone in its own paragraph"),
                bad("empty file", "", "1:1", "the file is empty"),
                bad("comment-only file", "# nothing yet\n", "1:1", "the file is empty"),
                bad(
                        "bad release type",
                        "type: press-release",
                        "type: press",
                        "3:7",
                        "'press' is not a release type; did you mean 'press-release'?"),
                bad(
                        "bad status",
                        "status: published",
                        "status: done",
                        "9:9",
                        "'done' is not a status"),
                bad(
                        "newer schema",
                        "schema: 1",
                        "schema: 2",
                        "1:9",
                        "schema 2 is not one this glasnik reads"),
                bad(
                        "missing schema",
                        "schema: 1\n",
                        "",
                        "1:1",
                        "'schema' is missing; add 'schema: 1'"),
                bad(
                        "id not a slug",
                        "id: test-release",
                        "id: Test Release",
                        "2:5",
                        "'Test Release' is not a valid release id; use lower-case letters a-z, digits and single hyphens, at most 80 characters (e.g. test-release)"),
                bad(
                        "duplicate key",
                        "type: press-release",
                        "type: press-release\ntype: statement",
                        "4:1",
                        "field 'type' is written twice"),
                bad(
                        "second document",
                        "",
                        "---\n" + VALID + "---\nid: x\n",
                        "28:1",
                        "a second YAML document"),
                bad(
                        "recursive alias",
                        "status: published",
                        "status: published\nloop: &a [*a]",
                        "10:11",
                        "refers to a map or list that contains it"),
                bad(
                        "deep nesting",
                        "status: published",
                        "status: published\nx: " + "[".repeat(40) + "]".repeat(40),
                        "10:",
                        "nested more than 32 levels deep"),
                bad(
                        "HTML in body",
                        "First paragraph.",
                        "<b>First</b> paragraph.",
                        "24:7",
                        "HTML is not allowed"),
                bad(
                        "indented code in body",
                        "      First paragraph.",
                        "      First paragraph.\n\n          Indented by mistake.",
                        "26:7",
                        "read as code; remove the indentation"),
                bad(
                        "contact without e-mail or phone",
                        "    email: press@example.org\n",
                        "",
                        "12:5",
                        "a contact needs an 'email' or a 'phone'"),
                bad(
                        "bad e-mail",
                        "email: press@example.org",
                        "email: press-at-example",
                        "13:12",
                        "is not an e-mail address"),
                bad(
                        "source without variant",
                        "source: sr-Cyrl",
                        "source: sr-Latn",
                        "10:9",
                        "the source language sr-Latn has no variant"),
                bad(
                        "multi-line title",
                        "title: Title",
                        "title: |\n      Title\n      on two lines",
                        "22:12",
                        "must be one line"),
                bad(
                        "link not a web address",
                        "First paragraph.",
                        "First [paragraph](mod.gov.rs).",
                        "24:13",
                        "is not a web address"),
                bad(
                        "same locale twice",
                        "  sr-Cyrl: Београд",
                        "  sr-Cyrl: Београд\n  sr-cyrl-RS: Београд",
                        "9:3",
                        "are the same locale"),
                bad(
                        "unknown issuer",
                        "issuer: mod",
                        "issuer: mdo",
                        "4:9",
                        "no organisation 'mdo' in glasnik.yaml; did you mean 'mod'?"),
                bad(
                        "missing translation of place",
                        "  en: Belgrade\n",
                        "",
                        "6:1",
                        "place: no en text, but the release has a variant in en; add place.en"),
                bad(
                        "bad tag",
                        "status: published",
                        "status: published\ntags: [Minister Visit]",
                        "10:8",
                        "'Minister Visit' is not a valid tag"),
                // Characters a document cannot hold, written out: at their own line and column.
                bad(
                        "NUL byte",
                        "title: Title",
                        "title: Ti\u0000tle",
                        "22:14",
                        "a control character U+0000 (NUL) stands here; documents cannot hold it"
                                + " and editors do not show it, so delete it"),
                bad(
                        "ESC byte",
                        "id: test-release",
                        "id: test\u001B[2J-release",
                        "2:9",
                        "a control character U+001B (ESC) stands here"),
                bad(
                        "BEL in a comment",
                        "status: published",
                        "status: published # ding\u0007",
                        "9:25",
                        "a control character U+0007 (BEL) stands here"),
                bad(
                        "form feed between lines",
                        "status: published\n",
                        "status: published\n\f\n",
                        "10:1",
                        "a control character U+000C (FF) stands here"),
                bad(
                        "DEL",
                        "title: Title",
                        "title: Title\u007F",
                        "22:17",
                        "a control character U+007F (DEL) stands here"),
                bad(
                        "C1 control from a Windows-1252 quote",
                        "title: Title",
                        "title: \u0093Title\u0094",
                        "22:12",
                        "a control character U+0093 stands here; documents cannot hold it, and it"
                                + " is often a Windows-1252 character (a curly quote, a dash)"
                                + " saved wrongly, so retype that character"),
                bad(
                        "NEL",
                        "title: Title",
                        "title: Ti\u0085tle",
                        "22:14",
                        "a control character U+0085 stands here"),
                bad(
                        "non-character U+FFFE",
                        "title: Title",
                        "title: Title\uFFFE",
                        "22:17",
                        "a non-character U+FFFE stands here"),
                bad(
                        "non-character U+FFFF in Cyrillic text",
                        "title: Наслов",
                        "title: Нас\uFFFFлов",
                        "16:15",
                        "a non-character U+FFFF stands here"),
                // ... and written as escapes in a double-quoted text: at the text.
                bad(
                        "BEL escape in a title",
                        "title: Title",
                        "title: \"Bell\\a Title\"",
                        "22:12",
                        "an escape in this text writes control character U+0007 (BEL), which"
                                + " documents cannot hold; remove the escape"),
                bad(
                        "ESC escapes in an id",
                        "id: test-release",
                        "id: \"\\e[2J\\e[31mtest-release\"",
                        "2:5",
                        "an escape in this text writes control character U+001B (ESC)"),
                bad(
                        "NUL escape in a field name",
                        "title: Title",
                        "\"tit\\0le\": Title",
                        "22:5",
                        "an escape in this text writes control character U+0000 (NUL)"),
                bad(
                        "C1 escape",
                        "title: Title",
                        "title: \"Title\\x9B\"",
                        "22:12",
                        "an escape in this text writes control character U+009B"),
                bad(
                        "unpaired surrogate escape",
                        "title: Title",
                        "title: \"Title \\uD83D\"",
                        "22:12",
                        "an escape in this text writes unpaired surrogate U+D83D"),
                bad(
                        "U+FFFF escape in glasnik's place",
                        "  en: Belgrade",
                        "  en: \"Belgrade\\uFFFF\"",
                        "7:7",
                        "an escape in this text writes non-character U+FFFF"));
    }

    private static String aliasBomb() {
        StringBuilder s = new StringBuilder("  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            s.append("  a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                s.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            s.append("]\n");
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGivesOneClearLineAndExitOne(
            String name, byte[] content, String position, String message) throws IOException {
        Files.write(release, content);
        TestFiles.Run run = check();
        assertEquals(1, run.code(), run.toString());
        String expectedStart = release + ":" + position;
        List<String> errors = run.out().lines().filter(l -> l.contains(": error: ")).toList();
        assertFalse(errors.isEmpty(), run.toString());
        String first = errors.get(0);
        assertTrue(
                first.startsWith(expectedStart),
                "expected " + expectedStart + " in\n" + TestFiles.visible(run.toString()));
        assertTrue(
                first.contains(message),
                "expected '" + message + "' in\n" + TestFiles.visible(run.toString()));
        assertFalse(
                run.out().contains("Exception") || run.err().contains("Exception"), run.toString());
        assertFalse(run.out().contains("\tat ") || run.err().contains("\tat "), run.toString());
        assertTrue(run.out().contains("1 release checked: 0 ok, 1 failed"), run.toString());
    }

    @Test
    void validReleaseLoads() throws IOException {
        writeRelease(VALID);
        TestFiles.Run run = check();
        assertEquals(0, run.code(), run.toString());
        assertEquals(
                "ok     test-release  "
                        + release
                        + "\n1 release checked: 1 ok, 0 failed; 0 errors, 0 warnings\n",
                run.out());
    }

    @Test
    void byteOrderMarkIsAcceptedAndColumnsStillCountFromTheText() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(release, concat(bom, VALID.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, check().code());

        Files.write(
                release,
                concat(
                        bom,
                        VALID.replace("schema: 1", "schema: x").getBytes(StandardCharsets.UTF_8)));
        TestFiles.Run run = check();
        assertEquals(1, run.code());
        assertTrue(
                run.out().startsWith(release + ":1:9: error: schema: expected a whole number"),
                run.toString());
    }

    @Test
    void crlfLineEndsAreAcceptedAndLinesStillCount() throws IOException {
        writeRelease(VALID.replace("\n", "\r\n"));
        TestFiles.Run ok = check();
        assertEquals(0, ok.code(), ok.toString());
        WorkspaceStore.Loaded<Release> loaded = WorkspaceStore.loadRelease(release, dir);
        assertFalse(
                loaded.value().get().variants().values().iterator().next().title().contains("\r"));

        writeRelease(VALID.replace("title: Title", "titel: Title").replace("\n", "\r\n"));
        TestFiles.Run run = check();
        assertTrue(
                run.out().startsWith(release + ":22:5: error: variants.en.titel: unknown field"),
                run.toString());
    }

    @Test
    void invalidUtf8IsLocated() throws IOException {
        byte[] text = VALID.replace("title: Title", "title: Caf?").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '?') {
                text[i] = (byte) 0xE8; // Latin-1 'è', as an old editor would save it
            }
        }
        Files.write(release, text);
        TestFiles.Run run = check();
        assertEquals(1, run.code());
        assertTrue(
                run.out()
                        .startsWith(
                                release
                                        + ":22:15: error: byte 0xE8 is not UTF-8; save the file as UTF-8"),
                run.toString());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.write(VALID.getBytes(StandardCharsets.UTF_8));
        byte[] comment = ("# " + "x".repeat(1000) + "\n").getBytes(StandardCharsets.UTF_8);
        while (big.size() <= SafeYaml.MAX_BYTES) {
            big.write(comment);
        }
        Files.write(release, big.toByteArray());
        TestFiles.Run run = check();
        assertEquals(1, run.code());
        assertTrue(
                run.out()
                        .startsWith(
                                release
                                        + ":1:1: error: the file is 5.0 MB, more than the 5 MB glasnik reads"),
                run.toString());
    }

    @Test
    void duplicateIdsAcrossReleasesAreReported() throws IOException {
        writeRelease(VALID);
        Path copy = dir.resolve("releases/test-release-copy/release.yaml");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, VALID, StandardCharsets.UTF_8);
        Files.write(copy.resolveSibling("photo.png"), PHOTO);
        TestFiles.Run run = check();
        assertEquals(1, run.code());
        assertTrue(
                run.out()
                        .startsWith(
                                copy
                                        + ":2:5: error: id: id 'test-release' is already used by "
                                        + release
                                        + ":2:5; give each release its own id"),
                run.toString());
        assertTrue(
                run.out()
                        .contains(
                                "warning: id: the release's folder is named 'test-release-copy' but its id is 'test-release'"),
                run.toString());
    }

    @Test
    void oneBrokenReleaseDoesNotStopTheOthers() throws IOException {
        writeRelease(VALID.replace("title: Title", "title: [x]"));
        Path other = dir.resolve("releases/other/release.yaml");
        Files.createDirectories(other.getParent());
        Files.writeString(
                other,
                VALID.replace("id: test-release", "id: other").replace("date: 2026", "date: 20x6"),
                StandardCharsets.UTF_8);
        Files.write(other.resolveSibling("photo.png"), PHOTO);
        Path good = dir.resolve("releases/good/release.yaml");
        Files.createDirectories(good.getParent());
        Files.writeString(
                good, VALID.replace("id: test-release", "id: good"), StandardCharsets.UTF_8);
        Files.write(good.resolveSibling("photo.png"), PHOTO);
        TestFiles.Run run = check();
        assertEquals(1, run.code());
        assertTrue(run.out().contains(other + ":5:7: error: date:"), run.toString());
        assertTrue(
                run.out().contains(release + ":22:12: error: variants.en.title:"), run.toString());
        assertTrue(
                run.out().contains("3 releases checked: 1 ok, 2 failed; 2 errors, 0 warnings"),
                run.toString());
    }

    @Test
    void severalProblemsInOneFileAreAllReported() throws IOException {
        writeRelease(
                VALID.replace("type: press-release", "type: pres")
                        .replace("status: published", "status: gone"));
        List<Problem> problems = releaseProblems();
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void aMisspeltRequiredFieldIsReportedOnceNotAlsoAsMissing() throws IOException {
        writeRelease(VALID.replace("title: Title", "titel: Title"));
        List<Problem> problems = releaseProblems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("unknown field 'titel'; did you mean 'title'?", problems.get(0).message());
    }

    @Test
    void aLatinLetterHidingInACyrillicWordIsAWarning() throws IOException {
        // "Нaслов" with a Latin a: looks right, breaks search, spelling and transliteration.
        writeRelease(VALID.replace("title: Наслов", "title: Нaслов"));
        TestFiles.Run run = check();
        assertEquals(0, run.code(), run.toString());
        assertTrue(
                run.out()
                        .startsWith(
                                release
                                        + ":16:12: warning: variants.sr-Cyrl.title: 'Нaслов': Latin look-alike letters inside a Cyrillic word, read as Cyrillic: Наслов"),
                run.toString());
        assertTrue(run.out().contains("0 errors, 1 warning"), run.toString());
    }

    @Test
    void manyListItemsWithoutAliasesAreNotBlamedOnAliases() throws IOException {
        StringBuilder text = new StringBuilder(VALID).append("tags:\n");
        for (int i = 0; i < 200_000; i++) {
            text.append("  - x\n");
        }
        writeRelease(text);
        TestFiles.Run run = check();
        assertEquals(1, run.code(), run.toString());
        String first = run.out().lines().findFirst().orElseThrow();
        assertTrue(
                first.matches(
                        java.util.regex.Pattern.quote(release.toString())
                                + ":\\d+:5: error: the file holds more than 100000 values"
                                + " \\(texts, list items and fields\\); a release needs far fewer,"
                                + " so shorten or split the file"),
                first);
        int line = Integer.parseInt(first.split(":")[1]);
        assertTrue(line > 28 && line < 28 + 100_000, first);
        assertFalse(run.out().contains("alias"), run.toString());
    }

    @Test
    void aliasesThatExpandTooFarAreStillBlamedOnAliases() throws IOException {
        StringBuilder text = new StringBuilder(VALID).append("x:\n  a: &a [");
        for (int i = 0; i < 9_000; i++) {
            text.append(i == 0 ? "" : ", ").append('x');
        }
        text.append("]\n  b: [");
        for (int i = 0; i < 12; i++) {
            text.append(i == 0 ? "" : ", ").append("*a");
        }
        text.append("]\n");
        writeRelease(text);
        TestFiles.Run run = check();
        assertEquals(1, run.code(), run.toString());
        assertTrue(
                run.out()
                        .startsWith(
                                release
                                        + ":29:47: error: the aliases in this file expand to more"
                                        + " than 100000 values"),
                run.toString());
    }

    @Test
    void directionControlsAreWarnedAboutWhereTheyStand() throws IOException {
        writeRelease(
                VALID.replace("title: Title", "title: Ti\u202Etle")
                        .replace("title: Наслов", "title: \"На\\u2066слов\""));
        TestFiles.Run run = check();
        assertEquals(0, run.code(), run.toString());
        assertEquals(
                List.of(
                        release
                                + ":16:12: warning: an escape in this text writes direction"
                                + " control U+2066 (LEFT-TO-RIGHT ISOLATE); it reorders the text"
                                + " around it in DOCX and PDF, so delete it unless the text needs"
                                + " it",
                        release
                                + ":22:14: warning: an invisible direction control U+202E"
                                + " (RIGHT-TO-LEFT OVERRIDE) stands here; it reorders the text"
                                + " around it in DOCX and PDF, so delete it unless the text needs"
                                + " it"),
                run.out().lines().filter(l -> l.contains(": warning: ")).sorted().toList(),
                run.toString());
        assertTrue(run.out().contains("0 errors, 2 warnings"), run.toString());
    }

    @Test
    void aDirectionControlWrittenOutInAQuotedTextIsWarnedAboutOnce() throws IOException {
        writeRelease(VALID.replace("title: Title", "title: \"Ti\u202Dtle\""));
        List<Problem> problems = releaseProblems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(22, problems.get(0).line());
        assertEquals(15, problems.get(0).column());
    }

    // Workspace confinement: links that lead out of the workspace are refused unread.

    static final String SECRET = "token: sk-live-0123456789abcdef\n";

    private static void assertRefused(TestFiles.Run run, String expectedFirstLine) {
        assertEquals(1, run.code(), run.toString());
        assertEquals(expectedFirstLine, run.out().lines().findFirst().orElse(""), run.toString());
        assertFalse(run.toString().contains("sk-live"), run.toString());
        assertFalse(run.toString().contains("token"), run.toString());
    }

    @Test
    void aReleaseFileLinkedFromOutsideIsRefusedUnread(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.yaml"), SECRET);
        Files.createSymbolicLink(release, secret);
        TestFiles.Run run = check();
        assertRefused(
                run,
                release
                        + ":1:1: error: this file is reached through a symbolic link that leads"
                        + " outside the workspace, and glasnik reads only files inside it; copy the"
                        + " file into the workspace");
        assertTrue(run.out().contains("1 release checked: 0 ok, 1 failed"), run.toString());
        // Named directly, it is refused all the same.
        assertRefused(
                TestFiles.glasnik("check", release.toString()),
                run.out().lines().findFirst().get());
    }

    @Test
    void aReleaseFolderLinkedFromOutsideIsRefusedUnread(@TempDir Path outside) throws IOException {
        Files.createDirectories(outside.resolve("stolen"));
        Files.writeString(outside.resolve("stolen/release.yaml"), "id: " + SECRET);
        Path link = dir.resolve("releases/stolen");
        Files.createSymbolicLink(link, outside.resolve("stolen"));
        writeRelease(VALID);
        TestFiles.Run run = check();
        assertRefused(
                run,
                link
                        + ":1:1: error: this release folder is a symbolic link that leads outside"
                        + " the workspace, and glasnik reads only files inside it; move the folder"
                        + " into releases/");
        assertTrue(
                run.out().contains("1 release checked: 1 ok, 0 failed; 1 error"), run.toString());
        assertRefused(
                TestFiles.glasnik("check", link.resolve("release.yaml").toString()),
                link.resolve("release.yaml")
                        + ":1:1: error: this file is reached through a symbolic link that leads"
                        + " outside the workspace, and glasnik reads only files inside it; copy the"
                        + " file into the workspace");
    }

    @Test
    void theReleasesFolderLinkedFromOutsideIsRefused(@TempDir Path outside) throws IOException {
        Path moved = outside.resolve("releases");
        Files.move(dir.resolve("releases"), moved);
        Files.createSymbolicLink(dir.resolve("releases"), moved);
        TestFiles.Run run = check();
        assertEquals(1, run.code(), run.toString());
        assertTrue(
                run.out()
                        .startsWith(
                                dir.resolve("releases")
                                        + ":1:1: error: the releases folder is a symbolic link"
                                        + " that leads outside the workspace"),
                run.toString());
    }

    @Test
    void glasnikYamlLinkedFromOutsideIsRefusedUnread(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("glasnik.yaml"), SECRET);
        Files.delete(dir.resolve("glasnik.yaml"));
        Files.createSymbolicLink(dir.resolve("glasnik.yaml"), secret);
        writeRelease(VALID);
        TestFiles.Run run = check();
        assertRefused(
                run,
                dir.resolve("glasnik.yaml")
                        + ":1:1: error: this file is reached through a symbolic link that leads"
                        + " outside the workspace, and glasnik reads only files inside it; copy the"
                        + " file into the workspace");
    }

    @Test
    void labelsTemplatesFontsAndExceptionsLinkedFromOutsideAreRefusedUnread(@TempDir Path outside)
            throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.yaml"), SECRET);
        Files.createDirectories(dir.resolve("locales"));
        Files.createSymbolicLink(dir.resolve("locales/en.yaml"), secret);
        List<Problem> labels =
                WorkspaceStore.labels(rs.glasnik.model.LocaleTag.EN, java.util.Optional.of(dir))
                        .problems();
        assertEquals(1, labels.size(), labels.toString());
        assertEquals(Workspaces.LINK_OUT, labels.get(0).message());
        assertEquals(dir.resolve("locales/en.yaml"), labels.get(0).file());

        Files.createDirectories(dir.resolve("templates/press-release"));
        Files.createSymbolicLink(dir.resolve("templates/press-release/template.yaml"), secret);
        WorkspaceStore.Loaded<rs.glasnik.model.Template> template =
                WorkspaceStore.template("press-release", java.util.Optional.of(dir));
        assertTrue(template.value().isEmpty());
        assertEquals(Workspaces.LINK_OUT, template.problems().get(0).message());

        Files.createSymbolicLink(dir.resolve(WorkspaceStore.TRANSLIT_EXCEPTIONS), secret);
        LoadException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        LoadException.class,
                        () ->
                                WorkspaceStore.readWorkspaceText(
                                        dir, WorkspaceStore.TRANSLIT_EXCEPTIONS));
        assertEquals(Workspaces.LINK_OUT, e.problem().message());
    }

    @Test
    void translitExceptionsWithAControlCharacterAreRefusedWhereItStands() throws IOException {
        Files.writeString(
                dir.resolve(WorkspaceStore.TRANSLIT_EXCEPTIONS),
                "# exceptions\nNATO = НАТО\u0007\n",
                StandardCharsets.UTF_8);
        LoadException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        LoadException.class,
                        () ->
                                WorkspaceStore.readWorkspaceText(
                                        dir, WorkspaceStore.TRANSLIT_EXCEPTIONS));
        assertEquals(2, e.problem().line());
        assertEquals(12, e.problem().column());
        assertTrue(e.problem().message().startsWith("a control character U+0007 (BEL)"));
    }

    @Test
    void aFontLinkedFromOutsideIsRefusedUnread(@TempDir Path outside) throws IOException {
        Path font = Files.write(outside.resolve("font.ttf"), new byte[] {0, 1, 0, 0});
        Files.createDirectories(dir.resolve("templates/fonts"));
        Files.createSymbolicLink(dir.resolve("templates/fonts/NotoSerif-Regular.ttf"), font);
        WorkspaceStore.Loaded<rs.glasnik.model.Template> template =
                WorkspaceStore.template("press-release", java.util.Optional.of(dir));
        assertTrue(template.value().isEmpty());
        assertTrue(
                template.problems()
                        .get(0)
                        .message()
                        .startsWith(
                                "the font file templates/fonts/NotoSerif-Regular.ttf is a symbolic"
                                        + " link that leads outside the workspace"),
                template.problems().toString());
    }

    @Test
    void aTemplateNameCannotLeaveTheWorkspace() {
        WorkspaceStore.Loaded<rs.glasnik.model.Template> template =
                WorkspaceStore.template("../../etc", java.util.Optional.of(dir));
        assertTrue(template.value().isEmpty());
        assertEquals(
                "'../../etc' is not a template name; a name is lower-case letters, digits and"
                        + " hyphens, e.g. press-release",
                template.problems().get(0).message());
    }

    @Test
    void linksThatStayInsideTheWorkspaceKeepWorking() throws IOException {
        // The release folder lives elsewhere in the workspace; releases/ links to it, and its
        // release.yaml is itself a link to a file beside it.
        Path drafts = dir.resolve("drafts/test-release");
        Files.createDirectories(drafts);
        Files.writeString(drafts.resolve("text.yaml"), VALID, StandardCharsets.UTF_8);
        Files.createSymbolicLink(drafts.resolve("release.yaml"), Path.of("text.yaml"));
        Files.move(release.resolveSibling("photo.png"), drafts.resolve("photo.png"));
        Files.delete(release.getParent());
        Files.createSymbolicLink(release.getParent(), drafts);
        TestFiles.Run run = check();
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("1 release checked: 1 ok, 0 failed"), run.toString());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
