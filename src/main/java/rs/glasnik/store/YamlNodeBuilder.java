package rs.glasnik.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import rs.glasnik.model.Problem;

/**
 * Builds {@link YamlNode}s from parser events for {@link SafeYaml}, enforcing glasnik's limits
 * (depth, aliases, values, tags, duplicate fields) as it goes.
 *
 * <p>{@code for (Event e : events) builder.accept(e); YamlNode root = builder.root();}
 */
final class YamlNodeBuilder {
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

    YamlNodeBuilder(Path file, String text, List<Problem> warnings) {
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
                    if (stack.size() >= SafeYaml.MAX_DEPTH) {
                        throw error(
                                line,
                                column,
                                "maps and lists are nested more than "
                                        + SafeYaml.MAX_DEPTH
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
                                            List.copyOf(frame.entries), frame.line, frame.column)
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
                    if (aliases > SafeYaml.MAX_ALIASES) {
                        throw error(
                                line,
                                column,
                                "more than "
                                        + SafeYaml.MAX_ALIASES
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
                                "alias '*" + name + "' has no anchor '&" + name + "' before it");
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
     * A double-quoted text can write any character as an escape ("&#92;e", "&#92;u0007"); what the
     * file cannot hold written out, it cannot hold escaped either.
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
        if (controls > 0 && scalar.getStartMark().isPresent() && scalar.getEndMark().isPresent()) {
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
        if (!alias && ++nodes > SafeYaml.MAX_NODES) {
            throw error(
                    line,
                    column,
                    "the file holds more than "
                            + SafeYaml.MAX_NODES
                            + " values (texts, list items and fields);"
                            + " a release needs far fewer, so shorten or split the file");
        }
        expanded += alias ? w : 1;
        if (expanded > SafeYaml.MAX_EXPANDED_NODES) {
            throw error(
                    line,
                    column,
                    "the aliases in this file expand to more than "
                            + SafeYaml.MAX_EXPANDED_NODES
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

    /** The root value, or null when the text held none. */
    YamlNode root() {
        return root;
    }

    private LoadException error(int line, int column, String message) {
        return new LoadException(Problem.error(file, line, column, "", message));
    }
}
