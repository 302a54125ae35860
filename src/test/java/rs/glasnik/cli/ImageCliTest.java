package rs.glasnik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.glasnik.TestFiles;
import rs.glasnik.TestFiles.Run;
import rs.glasnik.render.TestImages;

/**
 * What {@code render} would refuse, {@code check} refuses first, at the place in the release it
 * comes from: an image too large to decode, a damaged or CMYK image, a character the template's
 * fonts lack. {@code render} and {@code pack} refuse the same in one line, quickly, writing
 * nothing.
 */
class ImageCliTest {
    static final String ID = "djordjevic-chepurin";

    @TempDir Path dir;
    Path examples;
    Path release;
    Path out;

    @BeforeEach
    void copy() {
        examples = TestFiles.copyExamples(dir);
        release = examples.resolve("releases/" + ID + "/release.yaml");
        out = dir.resolve("out");
    }

    /**
     * The position of the first {@code needle} in the release file, as {@code line:column}
     * (1-based, columns in code points), found independently of glasnik.
     */
    String positionOf(Path file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(needle);
            if (at >= 0 && !lines.get(i).stripLeading().startsWith("#")) {
                return (i + 1) + ":" + (lines.get(i).codePointCount(0, at) + 1);
            }
        }
        throw new AssertionError(needle + " is not in " + file);
    }

    /** Where the en body refers to its image, as {@code file:line:column}. */
    String englishImage() throws IOException {
        return release + ":" + positionOf(release, "![Minister Djordjevic and");
    }

    void editRelease(UnaryOperator<String> edit) throws IOException {
        String text = Files.readString(release, StandardCharsets.UTF_8);
        Files.writeString(release, edit.apply(text), StandardCharsets.UTF_8);
    }

    /** Points both variants' image at {@code name}, written beside the release. */
    void useImage(String name, byte[] bytes) throws IOException {
        editRelease(text -> text.replace("(meeting.png", "(" + name));
        Files.write(release.resolveSibling(name), bytes);
    }

    Run check() {
        return TestFiles.glasnik("check", examples.toString());
    }

    /** {@code glasnik check}, which must exit with {@code code} and print {@code expected}. */
    Run checkSays(int code, String expected) {
        Run check = check();
        assertEquals(code, check.code(), check.toString());
        assertTrue(check.out().contains(expected), check.out());
        return check;
    }

    Run render(String... more) {
        List<String> args =
                new java.util.ArrayList<>(
                        List.of(
                                "render",
                                ID,
                                "--workspace",
                                examples.toString(),
                                "-o",
                                out.toString()));
        args.addAll(List.of(more));
        return TestFiles.glasnik(args.toArray(new String[0]));
    }

    void assertNothingWritten() throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(), files.toList(), "nothing is written");
            }
        }
    }

    @Test
    void aHugeImageFailsCheckAtItsReferenceAndRenderAndPackRefuseItAtOnce() throws IOException {
        // 20000 × 20000 RGBA: 1.6 GB decoded, under a kilobyte on disk.
        Files.write(release.resolveSibling("meeting.png"), TestImages.hugeHeader(20000, 20000));
        String message =
                "the image 'meeting.png' is 20000 × 20000 pixels (400.0 megapixels); glasnik takes"
                        + " images of up to 64 megapixels and 32768 pixels a side: scale it down (a"
                        + " full A4 page at 300 dpi is 2480 × 3508, 8.7 megapixels)";
        String at = englishImage();
        // render and pack make sr-Cyrl first, and name its reference there.
        String cyrillic = release + ":" + positionOf(release, "![Министар");
        Run check =
                checkSays(
                        1, at + ": error: variants.en.body[image meeting.png]: " + message + "\n");
        assertEquals(1, check.out().split("meeting.png' is").length - 1, "reported once");
        assertTrue(check.out().contains("FAILED " + ID), check.out());

        Run render = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> render());
        assertEquals(1, render.code(), render.toString());
        assertEquals("glasnik: " + cyrillic + ": " + message + "\n", render.err());
        assertNothingWritten();

        Run pack =
                assertTimeoutPreemptively(
                        Duration.ofSeconds(30),
                        () ->
                                TestFiles.glasnik(
                                        "pack",
                                        "--langs",
                                        "sr-Cyrl,en",
                                        "--now",
                                        "2026-12-01T00:00",
                                        "--workspace",
                                        examples.toString(),
                                        "-o",
                                        out.toString()));
        assertEquals(1, pack.code(), pack.toString());
        assertEquals("glasnik: " + cyrillic + ": " + message + "\n", pack.err());
        assertNothingWritten();
    }

    @Test
    void aCutShortPngFailsCheckAndRenderBeforeAnythingIsWritten() throws IOException {
        Path png = release.resolveSibling("meeting.png");
        byte[] whole = Files.readAllBytes(png);
        Files.write(png, java.util.Arrays.copyOf(whole, whole.length / 2));
        Run check = check();
        assertEquals(1, check.code(), check.toString());
        String at = englishImage();
        assertTrue(
                check.out()
                        .contains(
                                at
                                        + ": error: variants.en.body[image meeting.png]: the"
                                        + " image 'meeting.png' is cut short: the PNG ends inside"
                                        + " its IDAT chunk"),
                check.out());
        Run render = render("--lang", "en");
        assertEquals(1, render.code(), render.toString());
        assertTrue(
                render.err()
                        .startsWith("glasnik: " + at + ": the image 'meeting.png' is cut short"),
                render.err());
        assertEquals(1, render.err().split("\n").length, render.err());
        assertNothingWritten();
    }

    @Test
    void aCmykJpegFailsCheckSayingToConvertIt() throws IOException {
        useImage("meeting.jpg", TestImages.cmykJpeg(32, 16));
        checkSays(
                1,
                englishImage()
                        + ": error: variants.en.body[image meeting.jpg]: the"
                        + " image 'meeting.jpg' is a CMYK JPEG, whose colours Word"
                        + " and PDF viewers show differently; convert it to RGB"
                        + " (sRGB)\n");
        Run render = render();
        assertEquals(1, render.code(), render.toString());
        assertNothingWritten();
    }

    @Test
    void aProgressiveAndAGreyJpegPassCheckAndRender() throws IOException {
        editRelease(
                text ->
                        text.replaceFirst("\\(meeting.png", "(progressive.jpg")
                                .replaceFirst("\\(meeting.png", "(grey.jpg"));
        Files.write(
                release.resolveSibling("progressive.jpg"), TestImages.jpeg(60, 40, false, true));
        Files.write(release.resolveSibling("grey.jpg"), TestImages.jpeg(60, 40, true, false));
        Run check = check();
        assertEquals(0, check.code(), check.toString());
        Run render = render("--lang", "en");
        assertEquals(0, render.code(), render.toString());
    }

    @Test
    void aJpegMarkedToBeTurnedIsAWarning() throws IOException {
        useImage(
                "phone.jpg",
                TestImages.withOrientation(TestImages.jpeg(40, 30, false, false), 6, true));
        checkSays(
                0,
                englishImage()
                        + ": warning: variants.en.body[image phone.jpg]: the image"
                        + " 'phone.jpg' is marked to be shown turned on its side"
                        + " (EXIF orientation 6); the PDF shows it as stored");
    }

    @Test
    void aDamagedLogoFailsCheckInGlasnikYaml() throws IOException {
        Path logo = examples.resolve("assets/emblem.png");
        byte[] bytes = Files.readAllBytes(logo);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(logo, bytes);
        Path settings = examples.resolve("glasnik.yaml");
        checkSays(
                1,
                settings
                        + ":"
                        + positionOf(settings, "assets/emblem.png")
                        + ": error: organisations.mod.logo: the image 'emblem.png'"
                        + " is damaged: the PNG's IDAT chunk at byte");
    }

    @Test
    void aCharacterTheFontsLackFailsCheckWhereItIsWritten() throws IOException {
        editRelease(
                text ->
                        text.replace(
                                "title: Minister Djordjevic talks to Ambassador Chepurin",
                                "title: Minister Djordjevic talks to Ambassador Chepurin"
                                        + " \uD83D\uDE00 漢"));
        Run check =
                checkSays(
                        1,
                        release
                                + ":"
                                + positionOf(release, "\uD83D\uDE00")
                                + ": error: the character '\uD83D\uDE00' (U+1F600"
                                + " GRINNING FACE) is not in the font Noto Serif regular;"
                                + " use a template whose fonts have it, or write the text"
                                + " without it\n");
        assertTrue(
                check.out()
                        .contains(
                                release
                                        + ":"
                                        + positionOf(release, "漢")
                                        + ": error: the character '漢' (U+6F22"),
                check.out());
        assertTrue(check.out().contains("FAILED " + ID), check.out());
        Run render = render("--lang", "en");
        assertEquals(1, render.code(), render.toString());
        assertNothingWritten();
    }

    @Test
    void brokenLabelsThatStopRenderFailCheckToo() throws IOException {
        Path labels = examples.resolve("locales/en.yaml");
        Files.createDirectories(labels.getParent());
        Files.writeString(labels, "press-release: [unclosed\n", StandardCharsets.UTF_8);
        Run check = check();
        assertEquals(1, check.code(), check.toString());
        assertTrue(check.out().startsWith(labels + ":2:1: error: YAML syntax"), check.out());
        assertEquals(1, render("--lang", "en").code());
    }

    @Test
    void theExamplesStillPassCheckWithoutAWord() {
        Run check = check();
        assertEquals(0, check.code(), check.toString());
        assertFalse(check.out().contains(": error: "), check.out());
    }
}
