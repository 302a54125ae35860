package rs.glasnik.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * Realistic press text for the benchmarks: the Serbian Cyrillic title, subtitle, summary and body
 * of every example release, as a list of paragraphs.
 *
 * <p>{@code PressCorpus.load(Path.of("examples/releases")).text()} is the whole text, paragraphs
 * separated by a blank line.
 *
 * <p>The {@code sr-Cyrl} variant is cut out of each {@code release.yaml} by its indentation rather
 * than by glasnik's loader, so that a benchmark never depends on the release format of the day.
 *
 * @param paragraphs the paragraphs in file order, each without its trailing line end
 */
public record PressCorpus(List<String> paragraphs) {
    /** Where the example releases are unless {@code -Dglasnik.bench.releases} says otherwise. */
    public static final String RELEASES = "examples/releases";

    public PressCorpus {
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no paragraphs");
        }
    }

    /**
     * The corpus from the folder named by {@code -Dglasnik.bench.releases}, or {@link #RELEASES}.
     */
    public static PressCorpus fromSystemProperty() {
        return load(Path.of(System.getProperty("glasnik.bench.releases", RELEASES)));
    }

    /** The corpus from every {@code *\/release.yaml} under {@code releases}, in name order. */
    public static PressCorpus load(Path releases) {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(releases)) {
            for (Path folder : folders.sorted().toList()) {
                Path file = folder.resolve("release.yaml");
                if (Files.isRegularFile(file)) {
                    paragraphs.addAll(cyrillicParagraphs(Files.readAllLines(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PressCorpus(paragraphs);
    }

    /** All paragraphs, separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** Size of {@link #text()} in UTF-8. */
    public int utf8Bytes() {
        return text().getBytes(StandardCharsets.UTF_8).length;
    }

    static List<String> cyrillicParagraphs(List<String> lines) {
        int k = lines.indexOf("variants:");
        if (k < 0) {
            return List.of();
        }
        while (k < lines.size() && !lines.get(k).equals("  sr-Cyrl:")) {
            k++;
        }
        List<String> paragraphs = new ArrayList<>();
        k++;
        while (k < lines.size() && (lines.get(k).isBlank() || lines.get(k).startsWith("    "))) {
            String line = lines.get(k);
            k++;
            if (line.isBlank() || line.startsWith("     ")) {
                continue;
            }
            String value = line.substring(line.indexOf(':') + 1).strip();
            if (value.startsWith("|") || value.startsWith(">")) {
                List<String> block = new ArrayList<>();
                while (k < lines.size()
                        && (lines.get(k).isBlank() || lines.get(k).startsWith("      "))) {
                    block.add(lines.get(k).isBlank() ? "" : lines.get(k).substring(6));
                    k++;
                }
                paragraphs.addAll(split(block, value.startsWith(">") ? " " : "\n"));
            } else if (!value.isEmpty()) {
                paragraphs.add(unquote(value));
            }
        }
        return paragraphs;
    }

    private static List<String> split(List<String> block, String joiner) {
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : block) {
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(String.join(joiner, current));
                    current.clear();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(String.join(joiner, current));
        }
        return paragraphs;
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /**
     * Prints the corpus for bench/translit.sh: {@code --text} the Cyrillic text, {@code --sizes}
     * the UTF-8 sizes of the Cyrillic and of the Latin text as {@code NAME BYTES} lines.
     */
    public static void main(String[] args) throws IOException {
        PressCorpus corpus = fromSystemProperty();
        String mode = args.length == 0 ? "--text" : args[0];
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        switch (mode) {
            case "--text" -> out.print(corpus.text() + "\n");
            case "--sizes" -> {
                String latin = SerbianTransliterator.builtIn().toLatin(corpus.text());
                out.println("paragraphs " + corpus.paragraphs().size());
                out.println("cyrillic " + corpus.utf8Bytes());
                out.println("latin " + latin.getBytes(StandardCharsets.UTF_8).length);
            }
            default -> throw new IllegalArgumentException("usage: PressCorpus [--text|--sizes]");
        }
        out.flush();
    }
}
