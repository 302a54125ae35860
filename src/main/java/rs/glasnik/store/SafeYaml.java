package rs.glasnik.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
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
        return parse(file, decode(file, readBytes(file)));
    }

    static byte[] readBytes(Path file) throws LoadException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new LoadException(
                        Problem.error(
                                file,
                                1,
                                1,
                                "",
                                String.format(
                                        Locale.ROOT,
                                        "the file is %.1f MB, more than the %d MB glasnik reads;"
                                                + " keep images and large texts in files beside it",
                                        size / (1024.0 * 1024.0),
                                        MAX_BYTES / (1024 * 1024))));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LoadException(
                    Problem.error(file, 1, 1, "", "the file does not exist; check the path"));
        } catch (IOException e) {
            throw new LoadException(
                    Problem.error(file, 1, 1, "", "cannot read the file: " + e.getMessage()));
        }
    }

    /** Decodes strict UTF-8, dropping a leading byte-order mark. */
    static String decode(Path file, byte[] bytes) throws LoadException {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = before.codePointCount(lineStart, before.length()) + 1;
            if (line == 1 && before.startsWith("\uFEFF")) {
                column--;
            }
            int bad = bytes[in.position()] & 0xFF;
            throw new LoadException(
                    Problem.error(
                            file,
                            line,
                            column,
                            "",
                            String.format(
                                    Locale.ROOT,
                                    "byte 0x%02X is not UTF-8; save the file as UTF-8"
                                            + " (in Word or Notepad: Save as, Encoding: UTF-8)",
                                    bad)));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
        Builder builder = new Builder(file, text, warnings);
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
        return Optional.ofNullable(builder.root);
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

    /** Builds nodes from parser events, enforcing glasnik's limits as it goes. */
    private static final class Builder {
        private final Path file;
        private final String text;
        private final List<Problem> warnings;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Map<String, YamlNode> anchors = new HashMap<>();
        private final Map<YamlNode, Long> weight = new java.util.IdentityHashMap<>();
        private final Set<String> openAnchors = new HashSet<>();
        private YamlNode root;
        private int aliases;
        private int documents;
        private long nodes;
        private long expanded;

        Builder(Path file, String text, List<Problem> warnings) {
            this.file = file;
            this.text = text;
            this.warnings = warnings;
        }

        private static final class Frame {
            final boolean mapping;
            final int line;
            final int column;
            final Optional<String> anchor;
            final List<YamlNode> items = new ArrayList<>();
            final List<YamlNode.Entry> entries = new ArrayList<>();
            final Set<String> keys = new HashSet<>();
            YamlNode.Scalar pendingKey;
            long weight = 1;

            Frame(boolean mapping, int line, int column, Optional<String> anchor) {
                this.mapping = mapping;
                this.line = line;
                this.column = column;
                this.anchor = anchor;
            }
        }

        void accept(Event event) throws LoadException {
            int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(1);
            int column = event.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
            switch (event.getEventId()) {
                case DocumentStart:
                    documents++;
                    if (documents > 1) {
                        throw error(
                                line,
                                column,
                                "a second YAML document ('---'); a file holds one release,"
                                        + " so remove the '---' line or split the file");
                    }
                    break;
                case Scalar:
                    {
                        ScalarEvent scalar = (ScalarEvent) event;
                        checkTag(
                                scalar.getTag(),
                                scalar.getImplicit().canOmitTagInPlainScalar()
                                        || scalar.getImplicit().canOmitTagInNonPlainScalar(),
                                line,
                                column);
                        ScalarStyle style = scalar.getScalarStyle();
                        if (style == ScalarStyle.DOUBLE_QUOTED) {
                            escapes(scalar, line, column);
                        }
                        YamlNode.Scalar node =
                                new YamlNode.Scalar(
                                        scalar.getValue(),
                                        style == ScalarStyle.PLAIN,
                                        style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED,
                                        line,
                                        column);
                        anchor(scalar, node, 1);
                        add(node, 1, false, line, column);
                        break;
                    }
                case MappingStart:
                case SequenceStart:
                    {
                        CollectionStartEvent start = (CollectionStartEvent) event;
                        checkTag(start.getTag(), start.isImplicit(), line, column);
                        if (stack.size() >= MAX_DEPTH) {
                            throw error(
                                    line,
                                    column,
                                    "maps and lists are nested more than "
                                            + MAX_DEPTH
                                            + " levels deep; a release needs far fewer,"
                                            + " check the indentation");
                        }
                        Optional<String> anchor = start.getAnchor().map(a -> a.getValue());
                        anchor.ifPresent(openAnchors::add);
                        stack.push(
                                new Frame(
                                        event.getEventId() == Event.ID.MappingStart,
                                        line,
                                        column,
                                        anchor));
                        break;
                    }
                case MappingEnd:
                case SequenceEnd:
                    {
                        Frame frame = stack.pop();
                        YamlNode node =
                                frame.mapping
                                        ? new YamlNode.Mapping(
                                                List.copyOf(frame.entries),
                                                frame.line,
                                                frame.column)
                                        : new YamlNode.Sequence(
                                                List.copyOf(frame.items), frame.line, frame.column);
                        frame.anchor.ifPresent(
                                a -> {
                                    openAnchors.remove(a);
                                    anchors.put(a, node);
                                });
                        weight.put(node, frame.weight);
                        add(node, frame.weight, false, frame.line, frame.column);
                        break;
                    }
                case Alias:
                    {
                        aliases++;
                        if (aliases > MAX_ALIASES) {
                            throw error(
                                    line,
                                    column,
                                    "more than "
                                            + MAX_ALIASES
                                            + " aliases ('*name'); write the values out instead");
                        }
                        String name = ((AliasEvent) event).getAlias().getValue();
                        if (openAnchors.contains(name)) {
                            throw error(
                                    line,
                                    column,
                                    "alias '*"
                                            + name
                                            + "' refers to a map or list that contains it;"
                                            + " remove the alias");
                        }
                        YamlNode target = anchors.get(name);
                        if (target == null) {
                            throw error(
                                    line,
                                    column,
                                    "alias '*"
                                            + name
                                            + "' has no anchor '&"
                                            + name
                                            + "' before it");
                        }
                        long w = weight.getOrDefault(target, 1L);
                        add(target, w, true, line, column);
                        break;
                    }
                default:
                    break;
            }
        }

        /**
         * A double-quoted text can write any character as an escape ("&#92;e", "&#92;u0007"); what
         * the file cannot hold written out, it cannot hold escaped either.
         */
        private void escapes(ScalarEvent scalar, int line, int column) throws LoadException {
            String value = scalar.getValue();
            Optional<String> bad = Characters.illegal(value);
            if (bad.isPresent()) {
                throw error(
                        line,
                        column,
                        "an escape in this text writes "
                                + bad.get()
                                + ", which documents cannot hold; remove the escape");
            }
            long controls = Characters.directionControls(value);
            if (controls > 0
                    && scalar.getStartMark().isPresent()
                    && scalar.getEndMark().isPresent()) {
                int from = offset(scalar.getStartMark().get().getIndex());
                int to = offset(scalar.getEndMark().get().getIndex());
                if (controls > Characters.directionControls(text.substring(from, to))) {
                    warnings.add(
                            Problem.warning(
                                    file,
                                    line,
                                    column,
                                    "",
                                    "an escape in this text writes "
                                            + Characters.describeDirection(value)
                                            + Characters.DIRECTION_ADVICE));
                }
            }
        }

        /** The char offset in the text of a code point index of the parser. */
        private int offset(int codePoints) {
            try {
                return text.offsetByCodePoints(0, codePoints);
            } catch (IndexOutOfBoundsException e) {
                return text.length();
            }
        }

        private void anchor(NodeEvent event, YamlNode node, long w) {
            event.getAnchor()
                    .ifPresent(
                            a -> {
                                anchors.put(a.getValue(), node);
                                weight.put(node, w);
                            });
        }

        private void checkTag(Optional<String> tag, boolean implicit, int line, int column)
                throws LoadException {
            if (tag.isPresent() && !implicit) {
                String t = tag.get();
                String shown = t.startsWith("tag:yaml.org,2002:") ? "!!" + t.substring(18) : t;
                throw error(
                        line,
                        column,
                        "YAML tag '"
                                + shown
                                + "' is not allowed; glasnik reads plain data only,"
                                + " so remove the tag");
            }
        }

        /**
         * Adds a node of weight {@code w} (the values it holds, itself included) to the open map or
         * list: a value written in the file counts once, an alias counts all it repeats.
         */
        private void add(YamlNode node, long w, boolean alias, int line, int column)
                throws LoadException {
            if (!alias && ++nodes > MAX_NODES) {
                throw error(
                        line,
                        column,
                        "the file holds more than "
                                + MAX_NODES
                                + " values (texts, list items and fields);"
                                + " a release needs far fewer, so shorten or split the file");
            }
            expanded += alias ? w : 1;
            if (expanded > MAX_EXPANDED_NODES) {
                throw error(
                        line,
                        column,
                        "the aliases in this file expand to more than "
                                + MAX_EXPANDED_NODES
                                + " values; write the values out instead of repeating aliases");
            }
            Frame top = stack.peek();
            if (top == null) {
                root = node;
                return;
            }
            top.weight += w;
            if (!top.mapping) {
                top.items.add(node);
                return;
            }
            if (top.pendingKey == null) {
                if (!(node instanceof YamlNode.Scalar key)) {
                    throw error(
                            line,
                            column,
                            "a map or list is used as a field name; field names are plain words");
                }
                if (!top.keys.add(key.value())) {
                    throw error(
                            line,
                            column,
                            "field '"
                                    + key.value()
                                    + "' is written twice in the same map; keep one of them");
                }
                top.pendingKey = key;
            } else {
                top.entries.add(new YamlNode.Entry(top.pendingKey, node));
                top.pendingKey = null;
            }
        }

        private LoadException error(int line, int column, String message) {
            return new LoadException(Problem.error(file, line, column, "", message));
        }
    }
}
