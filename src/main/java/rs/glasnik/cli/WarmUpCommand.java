package rs.glasnik.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * Runs every common code path once on throw-away data, so that the launcher can record the classes
 * they load in its class-data-sharing archive: later runs then start faster.
 */
@Command(
        name = "warm-up",
        hidden = true,
        description = "Load the classes of every command once (used by the launcher).")
final class WarmUpCommand implements Callable<Integer> {
    /**
     * Gives the starter workspace a logo (RGBA) and its release a figure (RGB), so that the image
     * code of both renderers is recorded too; left as it is if the starter files have changed.
     */
    private static void withPictures(Path ws) throws IOException {
        Path settings = ws.resolve("glasnik.yaml");
        Path release = ws.resolve("releases/first-release/release.yaml");
        if (!Files.isRegularFile(settings) || !Files.isRegularFile(release)) {
            return;
        }
        String yaml = Files.readString(settings, StandardCharsets.UTF_8);
        String email = "    email: press@example.org\n    boilerplate:";
        if (yaml.contains(email)) {
            copy("warm-up-logo.png", ws.resolve("logo.png"));
            Files.writeString(
                    settings,
                    yaml.replace(
                            email,
                            email.replace(
                                    "    boilerplate:", "    logo: logo.png\n    boilerplate:")),
                    StandardCharsets.UTF_8);
        }
        String text = Files.readString(release, StandardCharsets.UTF_8);
        String cyrillic = "      Први пасус: ко, шта, где и када.\n";
        String english = "      First paragraph: who, what, where and when.\n";
        if (text.contains(cyrillic) && text.contains(english)) {
            copy("warm-up-figure.png", release.resolveSibling("figure.png"));
            Files.writeString(
                    release,
                    text.replace(
                                    cyrillic,
                                    cyrillic + "\n      ![Слика](figure.png \"Фото: Служба\")\n")
                            .replace(
                                    english,
                                    english
                                            + "\n      ![A picture](figure.png \"Photo: Press Office\")\n"),
                    StandardCharsets.UTF_8);
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (java.io.InputStream in = WarmUpCommand.class.getResourceAsStream(resource)) {
            if (in != null) {
                Files.write(to, in.readAllBytes());
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("glasnik-warm-up");
        try {
            StringWriter sink = new StringWriter();
            PrintWriter out = new PrintWriter(sink);
            Path ws = dir.resolve("ws");
            Main.run(out, out, "init", ws.toString());
            withPictures(ws);
            Main.run(out, out, "check", ws.toString());
            Main.run(out, out, "list", "--workspace", ws.toString());
            for (String lang : new String[] {"sr-Cyrl", "sr-Latn", "en"}) {
                Main.run(
                        out,
                        out,
                        "show",
                        "first-release",
                        "--lang",
                        lang,
                        "--workspace",
                        ws.toString());
            }
            Main.run(
                    out,
                    out,
                    "render",
                    "first-release",
                    "--workspace",
                    ws.toString(),
                    "-o",
                    dir.resolve("out").toString());
            byte[] cyrillic =
                    "Љубиша и Његош, www.mod.gov.rs, ХХI век.\nМинистарство одбране.\n"
                            .getBytes(StandardCharsets.UTF_8);
            byte[] latin =
                    "Agencija Tanjug, injekcija, XXI vek, LJUBIŠA I NJEGOŠ.\n"
                            .getBytes(StandardCharsets.UTF_8);
            Main.run(
                    new ByteArrayInputStream(cyrillic),
                    new ByteArrayOutputStream(),
                    out,
                    out,
                    "translit",
                    "--to",
                    "latin");
            Main.run(
                    new ByteArrayInputStream(latin),
                    new ByteArrayOutputStream(),
                    out,
                    out,
                    "translit",
                    "--to",
                    "cyrillic");
            return ExitCode.OK.code();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
