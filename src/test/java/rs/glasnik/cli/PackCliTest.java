package rs.glasnik.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.TestFiles;
import rs.glasnik.TestFiles.Run;

/** {@code glasnik pack} as a user runs it, on a copy of the example workspace. */
class PackCliTest {
    static final String PACK = "press-pack-2026-12-10";
    static final List<String> NEWEST_FIRST =
            List.of(
                    "unifil-contingent-rotation",
                    "donation-cuprija-hospital",
                    "military-academy-graduation-2026",
                    "exercise-morava-shield-2026",
                    "djordjevic-chepurin");

    @TempDir Path dir;
    Path examples;
    Path out;

    @BeforeEach
    void copy() {
        examples = TestFiles.copyExamples(dir);
        out = dir.resolve("out");
    }

    /** {@code glasnik pack ARGS --workspace <copy> -o <out>}. */
    Run pack(String... args) {
        List<String> all = new ArrayList<>(List.of("pack"));
        all.addAll(List.of(args));
        all.addAll(List.of("--workspace", examples.toString(), "-o", out.toString()));
        return TestFiles.glasnik(all.toArray(new String[0]));
    }

    /** The zip's entries, in order, with their bytes. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in =
                new ZipInputStream(
                        new ByteArrayInputStream(Files.readAllBytes(zip)),
                        StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static JsonNode manifest(Path zip, String pack) throws IOException {
        return new ObjectMapper().readTree(entries(zip).get(pack + "/manifest.json"));
    }

    static List<String> releaseIds(JsonNode manifest) {
        List<String> ids = new ArrayList<>();
        manifest.get("releases").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    @Test
    void theExamplesMakeAPackWhoseManifestMatchesItsZipAndTheSameBytesAgain() throws Exception {
        Run run = pack("--langs", "sr-Cyrl,en", "--now", "2026-12-01T00:00");
        assertEquals(0, run.code(), run.toString());
        assertEquals("", run.err());
        assertEquals(
                "wrote "
                        + out.resolve(PACK + ".pdf")
                        + "\nwrote "
                        + out.resolve(PACK + ".docx")
                        + "\nwrote "
                        + out.resolve(PACK + ".zip")
                        + "\n",
                run.out());
        Path zip = out.resolve(PACK + ".zip");
        Map<String, byte[]> entries = entries(zip);

        // Nothing outside the pack's own folder.
        for (String name : entries.keySet()) {
            assertTrue(name.startsWith(PACK + "/"), name);
            assertFalse(name.startsWith("/") || name.contains("\\") || name.contains(":"), name);
            for (String segment : name.split("/", -1)) {
                assertFalse(segment.isEmpty() || segment.equals("..") || segment.equals("."), name);
            }
        }

        // Every release in both languages and both formats, the pack's files, READMEs, manifest.
        Set<String> expected = new LinkedHashSet<>();
        expected.add(PACK + "/README.sr-Cyrl.txt");
        expected.add(PACK + "/README.en.txt");
        for (String id : NEWEST_FIRST) {
            for (String lang : List.of("sr-Cyrl", "en")) {
                expected.add(PACK + "/releases/" + id + "." + lang + ".docx");
                expected.add(PACK + "/releases/" + id + "." + lang + ".pdf");
            }
        }
        expected.add(PACK + "/" + PACK + ".pdf");
        expected.add(PACK + "/" + PACK + ".docx");
        expected.add(PACK + "/manifest.json");
        assertEquals(List.copyOf(expected), List.copyOf(entries.keySet()));
        assertArrayEquals(
                Files.readAllBytes(out.resolve(PACK + ".pdf")),
                entries.get(PACK + "/" + PACK + ".pdf"));
        assertArrayEquals(
                Files.readAllBytes(out.resolve(PACK + ".docx")),
                entries.get(PACK + "/" + PACK + ".docx"));

        // The manifest: every other file with its size and SHA-256.
        JsonNode manifest = manifest(zip, PACK);
        assertEquals(PACK, manifest.get("pack").asText());
        assertEquals("Материјал за медије", manifest.get("title").get("sr-Cyrl").asText());
        assertEquals("Press pack", manifest.get("title").get("en").asText());
        assertEquals("parallel", manifest.get("layout").asText());
        assertEquals("[\"sr-Cyrl\",\"en\"]", manifest.get("languages").toString());
        assertEquals(NEWEST_FIRST, releaseIds(manifest));
        assertTrue(manifest.get("releases").get(0).get("embargoed").asBoolean());
        assertEquals(
                "2026-12-14T10:00+01:00", manifest.get("releases").get(0).get("embargo").asText());
        assertFalse(manifest.get("releases").get(1).get("embargoed").asBoolean());
        List<String> listed = new ArrayList<>();
        for (JsonNode file : manifest.get("files")) {
            String path = file.get("path").asText();
            listed.add(path);
            byte[] bytes = entries.get(path);
            assertEquals(bytes.length, file.get("size").asLong(), path);
            assertEquals(sha256(bytes), file.get("sha256").asText(), path);
        }
        List<String> others = new ArrayList<>(entries.keySet());
        others.remove(PACK + "/manifest.json");
        assertEquals(others, listed);

        // The README says what the pack holds, in its language.
        String readme =
                new String(entries.get(PACK + "/README.sr-Cyrl.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.startsWith("Материјал за медије – Министарство одбране"), readme);
        assertTrue(readme.contains("releases/djordjevic-chepurin.en.pdf – енглески: "), readme);
        String english = new String(entries.get(PACK + "/README.en.txt"), StandardCharsets.UTF_8);
        assertTrue(english.contains("5 releases"), english);

        // A release's files are the bytes 'render' writes.
        Path rendered = dir.resolve("rendered");
        Run render =
                TestFiles.glasnik(
                        "render",
                        "djordjevic-chepurin",
                        "--lang",
                        "en",
                        "--workspace",
                        examples.toString(),
                        "-o",
                        rendered.toString());
        assertEquals(0, render.code(), render.toString());
        for (String format : List.of("docx", "pdf")) {
            assertArrayEquals(
                    Files.readAllBytes(rendered.resolve("djordjevic-chepurin.en." + format)),
                    entries.get(PACK + "/releases/djordjevic-chepurin.en." + format),
                    format);
        }

        // The same bytes again, and no temporary file left.
        byte[] first = Files.readAllBytes(zip);
        byte[] pdf = Files.readAllBytes(out.resolve(PACK + ".pdf"));
        byte[] docx = Files.readAllBytes(out.resolve(PACK + ".docx"));
        assertEquals(0, pack("--langs", "sr-Cyrl,en", "--now", "2026-12-01T00:00").code());
        assertArrayEquals(first, Files.readAllBytes(zip));
        assertArrayEquals(pdf, Files.readAllBytes(out.resolve(PACK + ".pdf")));
        assertArrayEquals(docx, Files.readAllBytes(out.resolve(PACK + ".docx")));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(3, files.count(), "the pack's three files and nothing else");
        }
    }

    /** The UNIFIL statement with its embargo moved, so the test does not age with the clock. */
    private void embargo(String until) throws IOException {
        Path file = examples.resolve("releases/unifil-contingent-rotation/release.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String moved = text.replaceFirst("(?m)^embargo: .*$", "embargo: " + until);
        assertTrue(moved.contains("embargo: " + until), "the example has its embargo");
        Files.writeString(file, moved, StandardCharsets.UTF_8);
    }

    @Test
    void aPublicPackRefusesWhileAReleaseIsUnderEmbargoAndWritesNothing() throws IOException {
        embargo("2099-12-14T10:00");
        Run run = pack("--public");
        assertEquals(1, run.code(), run.toString());
        assertEquals(
                "glasnik: release 'unifil-contingent-rotation' is under embargo until"
                        + " 2099-12-14T10:00 (Belgrade time); a --public pack waits until then, or"
                        + " leaves it out\n",
                run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(out), "nothing is written");

        // An earlier --now only makes more releases embargoed; it is allowed.
        embargo("2020-12-14T10:00");
        Run earlier = pack("--public", "--now", "2020-12-01T00:00");
        assertEquals(1, earlier.code(), earlier.toString());
        assertTrue(earlier.err().contains("under embargo until 2020-12-14T10:00"), earlier.err());
        assertFalse(Files.exists(out), "nothing is written");

        // Once the clock has passed the embargo it may go; the named releases keep their order.
        Run later = pack("djordjevic-chepurin", "unifil-contingent-rotation", "--public");
        assertEquals(0, later.code(), later.toString());
        JsonNode manifest = manifest(out.resolve(PACK + ".zip"), PACK);
        assertEquals(
                List.of("djordjevic-chepurin", "unifil-contingent-rotation"), releaseIds(manifest));
        assertFalse(manifest.get("releases").get(1).get("embargoed").asBoolean());
    }

    /** Issue 11: '--now 2030-01-01' put an embargoed release into a public pack, exit 0. */
    @Test
    void aPublicPackCannotBeDatedLaterThanTheClock() throws IOException {
        embargo("2099-12-14T10:00");
        Run run = pack("--public", "--now", "2100-01-01");
        assertEquals(1, run.code(), run.toString());
        assertEquals(
                "glasnik: --now 2100-01-01T00:00 (Belgrade time) is later than the clock; --now"
                        + " previews a pack's embargo marks, and a --public pack is judged at the"
                        + " real time: leave --now out\n",
                run.err());
        assertFalse(Files.exists(out), "nothing is written");

        // Without --public, a later --now previews the pack as it will be: no embargo marks.
        Run preview =
                pack("djordjevic-chepurin", "unifil-contingent-rotation", "--now", "2100-01-01");
        assertEquals(0, preview.code(), preview.toString());
        JsonNode manifest = manifest(out.resolve(PACK + ".zip"), PACK);
        assertFalse(manifest.get("releases").get(1).get("embargoed").asBoolean());
    }

    @Test
    void aPublicPackRefusesADraft() throws IOException {
        Path file = examples.resolve("releases/djordjevic-chepurin/release.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(
                file, text.replace("status: published", "status: draft"), StandardCharsets.UTF_8);
        Run run = pack("djordjevic-chepurin", "--public");
        assertEquals(1, run.code(), run.toString());
        assertEquals(
                "glasnik: "
                        + file
                        + ":10:9: release 'djordjevic-chepurin' is a draft; a --public pack holds only"
                        + " approved and published releases: set 'status: approved' when it is, or"
                        + " leave it out\n",
                run.err());
        assertFalse(Files.exists(out), "nothing is written");
        assertEquals(0, pack("djordjevic-chepurin").code(), "a draft may go into a working pack");
    }

    /**
     * Issue 11: a killed pack left its zip's temporary file (up to 58 MB) behind, and the next
     * packs left theirs beside it. The next pack removes it; a running glasnik's stays.
     */
    @Test
    void aPackRemovesTheTemporaryFilesOfAKilledRunAndNoOthers() throws IOException {
        Files.createDirectories(out);
        String pack = "press-pack-2016-10-13";
        List<String> stale =
                List.of(
                        "." + pack + ".zip." + RenderCliTest.endedProcess() + "-4411.tmp",
                        "." + pack + ".zip.5577006791947779410.tmp");
        String live = "." + pack + ".pdf." + ProcessHandle.current().pid() + "-12.tmp";
        for (String name : stale) {
            Files.write(out.resolve(name), new byte[100_000]);
        }
        Files.writeString(out.resolve(live), "being written");
        Run run = pack("djordjevic-chepurin", "--langs", "sr-Cyrl,en");
        assertEquals(0, run.code(), run.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(
                    List.of(live, pack + ".docx", pack + ".pdf", pack + ".zip"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void releasesByTagAndByDateRangeNewestFirst() throws IOException {
        Run tagged = pack("--tag", "exercise", "--layout", "sequential", "--langs", "en,sr-Latn");
        assertEquals(0, tagged.code(), tagged.toString());
        String pack = "press-pack-2026-11-12";
        JsonNode manifest = manifest(out.resolve(pack + ".zip"), pack);
        assertEquals(List.of("exercise-morava-shield-2026"), releaseIds(manifest));
        assertEquals("sequential", manifest.get("layout").asText());
        assertEquals("Materijal za medije", manifest.get("title").get("sr-Latn").asText());

        Run range =
                pack("--from", "2026-11-01", "--to", "2026-11-30", "--title", "Новембар у Војсци");
        assertEquals(0, range.code(), range.toString());
        manifest = manifest(out.resolve("novembar-u-vojsci.zip"), "novembar-u-vojsci");
        assertEquals(
                List.of("military-academy-graduation-2026", "exercise-morava-shield-2026"),
                releaseIds(manifest));
        assertEquals(
                "Новембар у⍽Војсци",
                TestFiles.visible(manifest.get("title").get("sr-Cyrl").asText()));
    }

    @Test
    void wrongLanguagesLayoutsTimesAndTagsAreOneClearLine() {
        Run unknown = pack("--langs", "de,en");
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(
                unknown.err()
                        .lines()
                        .findFirst()
                        .orElseThrow()
                        .endsWith(
                                "'de' is not a locale glasnik publishes in; use en, sr-Cyrl or sr-Latn"),
                unknown.err());
        Run one = pack("--langs", "en");
        assertEquals(2, one.code(), one.toString());
        assertEquals(
                "glasnik: --langs: a pack has two or three languages, not 1",
                one.err().lines().findFirst().orElseThrow());
        Run twice = pack("--langs", "en,en");
        assertEquals(2, twice.code(), twice.toString());
        Run layout = pack("--layout", "side-by-side");
        assertEquals(2, layout.code(), layout.toString());
        assertTrue(layout.err().contains("use parallel or sequential"), layout.err());
        Run now = pack("--now", "tomorrow");
        assertEquals(2, now.code(), now.toString());
        assertTrue(
                now.err().startsWith("glasnik: --now: 'tomorrow' is not a date-time"), now.err());
        Run both = pack("djordjevic-chepurin", "--tag", "minister");
        assertEquals(2, both.code(), both.toString());

        Run tag = pack("--tag", "exercize");
        assertEquals(1, tag.code(), tag.toString());
        assertEquals(
                "glasnik: no release is tagged 'exercize'; did you mean 'exercise'?\n", tag.err());
        Run range = pack("--from", "2027-01-01");
        assertEquals(1, range.code(), range.toString());
        assertEquals(
                "glasnik: no release is dated from 2027-01-01; 'glasnik list' shows the dates\n",
                range.err());
        Run id = pack("djordjevic");
        assertEquals(1, id.code(), id.toString());
        assertTrue(id.err().startsWith("glasnik: no release 'djordjevic'"), id.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void variantsThatDifferInParagraphCountAreReportedAndPackedAsFarAsTheyAlign()
            throws IOException {
        Path file = examples.resolve("releases/exercise-morava-shield-2026/release.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String last =
                "      More information about the exercise is available on the [Serbian Armed"
                        + " Forces website](https://www.vs.rs).\n";
        assertTrue(text.contains(last));
        Files.writeString(
                file,
                text.replace(last, last + "\n      A paragraph the Serbian text does not have.\n"),
                StandardCharsets.UTF_8);

        Run check = TestFiles.glasnik("check", file.toString());
        assertEquals(0, check.code(), check.toString());
        assertTrue(
                check.out()
                        .contains(
                                file
                                        + ":82:11: warning: variants.en.body: en has 8 paragraphs,"
                                        + " sr-Cyrl (the source) has 7; a parallel press pack sets"
                                        + " only the first 7 side by side"),
                check.toString());

        Run run = pack("exercise-morava-shield-2026", "--now", "2026-12-01T00:00");
        assertEquals(0, run.code(), run.toString());
        assertEquals(
                "pack: exercise-morava-shield-2026: sr-Cyrl has 7 paragraphs, en has 8; the first 7"
                        + " are set side by side\n",
                run.err());
        assertTrue(Files.isRegularFile(out.resolve("press-pack-2026-11-12.zip")));
    }

    @Test
    void aProgressBarOnATerminalAndOnlyNoticesElsewhere() {
        java.io.StringWriter terminal = new java.io.StringWriter();
        PackProgress bar = new PackProgress(new java.io.PrintWriter(terminal), true);
        bar.progress(1, 4);
        bar.notice("x: sr-Cyrl has 2 paragraphs, en has 3; the first 2 are set side by side");
        bar.progress(4, 4);
        bar.finish();
        String shown = terminal.toString();
        assertTrue(shown.startsWith("\rpack [#######                       ] 1/4\r"), shown);
        assertTrue(shown.contains("\rpack: x: sr-Cyrl has 2 paragraphs"), shown);
        assertTrue(shown.contains("] 4/4\r"), shown);
        assertTrue(shown.endsWith("\r"), "the bar is cleared at the end: " + shown);

        java.io.StringWriter log = new java.io.StringWriter();
        PackProgress quiet = new PackProgress(new java.io.PrintWriter(log), false);
        quiet.progress(1, 4);
        quiet.notice("x: one");
        quiet.finish();
        assertEquals("pack: x: one\n", log.toString());
    }
}
