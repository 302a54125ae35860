package rs.glasnik.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import rs.glasnik.model.Problem;

/**
 * Reads a YAML file into {@link YamlNode}s, refusing everything that is not plain data: tags,
 * recursive or excessive aliases, deep nesting, several documents, oversized files and bytes that
 * are not UTF-8.
 *
 * <p>{@code YamlNode root = SafeYaml.read(Path.of("glasnik.yaml"));}
 */
final class SafeYaml {
    /** Largest file read, in bytes. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Most aliases ({@code *name}) in one file. */
    static final int MAX_ALIASES = 20;

    /** Deepest nesting of maps and lists. */
    static final int MAX_DEPTH = 32;

    /** Most values (texts, maps and lists) written in one file. */
    static final long MAX_NODES = 100_000;

    /** Most values a file may expand to once its aliases are followed. */
    static final long MAX_EXPANDED_NODES = 100_000;

    private SafeYaml() {}

    /** Reads, decodes and parses a file; the result is empty for a file with no content. */
    static Optional<YamlNode> read(Path file) throws LoadException {
        return parse(file, Utf8File.decode(file, Utf8File.readBytes(file)));
    }

    /**
     * Parses decoded text; warnings about the text (direction controls) are dropped, for callers
     * that only need its structure.
     */
    static Optional<YamlNode> parse(Path file, String text) throws LoadException {
        return parse(file, text, new ArrayList<>());
    }

    /**
     * Parses decoded text, refusing characters no document may hold and adding a warning for each
     * invisible direction control to {@code warnings}.
     */
    static Optional<YamlNode> parse(Path file, String text, List<Problem> warnings)
            throws LoadException {
        Characters.check(file, text, warnings);
        int lineNo = 1;
        for (String line : text.split("\n", -1)) {
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                if (line.charAt(i) == '\t') {
                    throw new LoadException(
                            Problem.error(
                                    file,
                                    lineNo,
                                    i + 1,
                                    "",
                                    "a tab indents this line; YAML indents with spaces only,"
                                            + " so replace the tab with spaces"));
                }
                i++;
            }
            lineNo++;
        }
        LoadSettings settings =
                LoadSettings.builder()
                        .setLabel(file.toString())
                        .setSchema(new CoreSchema())
                        .setAllowDuplicateKeys(false)
                        .setMaxAliasesForCollections(MAX_ALIASES)
                        .setCodePointLimit((int) MAX_BYTES)
                        // The whole text in one window: with the default 1 KiB the reader copies
                        // its window again every 1,024 characters of one long scalar, quadratic
                        // (a 4.9 MB title took 14 s and 44 GB of allocation to refuse).
                        .setBufferSize(text.length() + 1)
                        .build();
        YamlNodeBuilder builder = new YamlNodeBuilder(file, text, warnings);
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                builder.accept(event);
            }
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int errorLine = mark == null ? Integer.MAX_VALUE : mark.getLine() + 1;
            Optional<int[]> quote = unclosedQuote(text, errorLine);
            if (quote.isPresent()) {
                throw new LoadException(
                        Problem.error(
                                file,
                                quote.get()[0],
                                quote.get()[1],
                                "",
                                "YAML syntax: the quote opened here is not closed on its line;"
                                        + " add the closing quote"));
            }
            throw new LoadException(
                    Problem.error(
                            file,
                            mark == null ? 1 : mark.getLine() + 1,
                            mark == null ? 1 : mark.getColumn() + 1,
                            "",
                            "YAML syntax: " + describe(e)));
        } catch (YamlEngineException e) {
            throw new LoadException(
                    Problem.error(file, 1, 1, "", "YAML syntax: " + oneLine(e.getMessage())));
        }
        return Optional.ofNullable(builder.root());
    }

    /**
     * The last value on or before {@code lastLine} that opens a quote and does not close it on its
     * line: the usual cause of a syntax error reported much further down.
     */
    static Optional<int[]> unclosedQuote(String text, int lastLine) {
        String[] lines = text.split("\n", -1);
        Optional<int[]> last = Optional.empty();
        for (int i = 0; i < Math.min(lines.length, lastLine); i++) {
            String line = lines[i].replace("\r", "");
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile(
                                    "^(\\s*(?:-\\s+)?[A-Za-z0-9_-]+:\\s+|\\s*-\\s+)([\"'])")
                            .matcher(line);
            if (m.find()) {
                char q = m.group(2).charAt(0);
                String rest = line.substring(m.end());
                boolean closed =
                        q == '"'
                                ? rest.replaceAll("\\\\.", "").indexOf('"') >= 0
                                : rest.replace("''", "").indexOf('\'') >= 0;
                if (!closed) {
                    last = Optional.of(new int[] {i + 1, m.end(1) + 1});
                }
            }
        }
        return last;
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = problem.isEmpty() ? context : problem;
        if (text.contains("mapping values are not allowed")) {
            return text
                    + "; a value that contains ': ' must be put in quotes,"
                    + " or check the indentation";
        }
        if (text.contains("could not find expected ':'")) {
            return text + "; every field needs 'name: value', check this line and the one above";
        }
        if (context.contains("while scanning a quoted scalar")) {
            return "a quoted text is not closed; add the closing quote";
        }
        if (text.contains("found duplicate key")) {
            return text;
        }
        return oneLine(text);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\n\\s*", " ").trim();
    }
}
