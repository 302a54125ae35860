package rs.glasnik.store;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Localized;
import rs.glasnik.model.Problem;
import rs.glasnik.model.ReleaseDate;
import rs.glasnik.model.SourceMap;
import rs.glasnik.model.Suggestions;

/**
 * Reads typed values out of {@link YamlNode}s, collecting every problem with its field path and
 * position instead of stopping at the first.
 */
final class NodeReader {
    /** The zone of a date or time written without one. */
    static final ZoneId DEFAULT_ZONE = rs.glasnik.model.ReleaseDate.DEFAULT_ZONE;

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, SourceMap.Position> positions = new HashMap<>();

    private final String[] lines;

    NodeReader(Path file, String source) {
        this.file = file;
        this.lines = source.split("\n", -1);
    }

    /**
     * Where line {@code index} (0-based) of a scalar's text stands in the file, as {line,
     * column-offset}: exact for block scalars ({@code |}, {@code >}), the scalar's start otherwise.
     */
    int[] lineOf(YamlNode.Scalar scalar, int index) {
        if (!scalar.block()) {
            return new int[] {scalar.line(), scalar.column() - 1};
        }
        int first = scalar.line(); // 1-based line of the indicator; content starts below it
        int indent = 0;
        for (int i = first; i < lines.length; i++) {
            String l = lines[i].replace("\r", "");
            if (!l.isBlank()) {
                indent = l.length() - l.stripLeading().length();
                break;
            }
        }
        return new int[] {first + 1 + index, indent};
    }

    Path file() {
        return file;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    SourceMap sourceMap() {
        return new SourceMap(file, positions);
    }

    /** Adds problems found before the nodes were read, such as warnings about characters. */
    void addAll(List<Problem> found) {
        problems.addAll(found);
    }

    void error(YamlNode at, String path, String message) {
        error(at.line(), at.column(), path, message);
    }

    void error(int line, int column, String path, String message) {
        problems.add(Problem.error(file, line, column, path, message));
    }

    void warning(YamlNode at, String path, String message) {
        problems.add(Problem.warning(file, at.line(), at.column(), path, message));
    }

    void mark(String path, YamlNode at) {
        positions.putIfAbsent(path, new SourceMap.Position(at.line(), at.column()));
    }

    void mark(String path, int line, int column) {
        positions.putIfAbsent(path, new SourceMap.Position(line, column));
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A map whose keys must come from {@code fields}; unknown keys are reported. */
    Optional<Fields> fields(YamlNode node, String path, List<String> known) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            error(
                    node,
                    path,
                    "expected a map of fields ("
                            + String.join(", ", known)
                            + "), found "
                            + node.kind());
            return Optional.empty();
        }
        mark(path, node);
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        List<String> misspelt = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().value();
            mark(child(path, key), entry.key());
            if (!known.contains(key)) {
                Suggestions.closest(key, known).ifPresent(misspelt::add);
                error(
                        entry.key(),
                        child(path, key),
                        "unknown field '" + key + "'" + Suggestions.hint(key, known));
            } else {
                entries.put(key, entry);
            }
        }
        return Optional.of(new Fields(mapping, path, entries, misspelt));
    }

    /** The fields of one map, read by name. */
    final class Fields {
        private final YamlNode.Mapping node;
        private final String path;
        private final Map<String, YamlNode.Entry> entries;
        private final List<String> misspelt;

        Fields(
                YamlNode.Mapping node,
                String path,
                Map<String, YamlNode.Entry> entries,
                List<String> misspelt) {
            this.node = node;
            this.path = path;
            this.entries = entries;
            this.misspelt = misspelt;
        }

        String path(String key) {
            return child(path, key);
        }

        /** The value of an optional field; a field written with no value counts as absent. */
        Optional<YamlNode> optional(String key) {
            YamlNode.Entry entry = entries.get(key);
            if (entry == null) {
                return Optional.empty();
            }
            if (entry.value() instanceof YamlNode.Scalar s && s.isNull()) {
                return Optional.empty();
            }
            mark(path(key), entry.key());
            return Optional.of(entry.value());
        }

        /** The value of a required field; its absence is reported with {@code howToAdd}. */
        Optional<YamlNode> required(String key, String howToAdd) {
            YamlNode.Entry entry = entries.get(key);
            if (entry == null) {
                // A misspelt field was already reported, with this name as the suggestion.
                if (!misspelt.contains(key)) {
                    YamlNode at = node.entries().isEmpty() ? node : node.entries().get(0).key();
                    error(at, path(key), "'" + key + "' is missing; " + howToAdd);
                }
                return Optional.empty();
            }
            if (entry.value() instanceof YamlNode.Scalar s && s.isNull()) {
                error(entry.key(), path(key), "'" + key + "' is empty; " + howToAdd);
                return Optional.empty();
            }
            return Optional.of(entry.value());
        }

        <T> Optional<T> optional(String key, BiFunction<YamlNode, String, Optional<T>> reader) {
            return optional(key).flatMap(v -> reader.apply(v, path(key)));
        }

        <T> Optional<T> required(
                String key, String howToAdd, BiFunction<YamlNode, String, Optional<T>> reader) {
            return required(key, howToAdd).flatMap(v -> reader.apply(v, path(key)));
        }
    }

    /** A scalar's text, trimmed; blank text is reported. */
    Optional<String> text(YamlNode node, String path) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            error(node, path, "expected text, found " + node.kind());
            return Optional.empty();
        }
        positions.put(path, new SourceMap.Position(node.line(), node.column()));
        String value = scalar.value().strip();
        if (scalar.isNull() || value.isEmpty()) {
            error(node, path, "the text is empty; write the text or remove the field");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Text that must stay on one line, like a title. */
    Optional<String> line(YamlNode node, String path) {
        return text(node, path)
                .flatMap(
                        s -> {
                            if (s.contains("\n")) {
                                error(
                                        node,
                                        path,
                                        "must be one line; join the lines, or use '>' instead of '|'");
                                return Optional.empty();
                            }
                            return Optional.of(s);
                        });
    }

    /** A name from a fixed set, with a suggestion when it is mistyped. */
    <E> Optional<E> choice(YamlNode node, String path, String what, Map<String, E> choices) {
        return text(node, path)
                .flatMap(
                        s -> {
                            E value = choices.get(s);
                            if (value == null) {
                                error(
                                        node,
                                        path,
                                        "'"
                                                + s
                                                + "' is not "
                                                + what
                                                + Suggestions.hint(s, choices.keySet()));
                                return Optional.empty();
                            }
                            return Optional.of(value);
                        });
    }

    Optional<String> slug(YamlNode node, String path, String what) {
        return text(node, path)
                .flatMap(
                        s -> {
                            Optional<String> problem = TextValues.slugProblem(s, what);
                            if (problem.isPresent()) {
                                error(node, path, problem.get());
                                return Optional.empty();
                            }
                            return Optional.of(s);
                        });
    }

    Optional<LocaleTag> locale(YamlNode node, String path) {
        return text(node, path).flatMap(s -> localeTag(s, node, path));
    }

    private Optional<LocaleTag> localeTag(String s, YamlNode at, String path) {
        Optional<LocaleTag> tag = LocaleTag.parse(s);
        if (tag.isEmpty()) {
            error(at, path, TextValues.localeProblem(s));
        }
        return tag;
    }

    /** A map from locale tag to a value; tags are normalised ({@code sr-Cyrl-RS} is sr-Cyrl). */
    <T> Optional<Map<LocaleTag, T>> perLocale(
            YamlNode node, String path, BiFunction<YamlNode, String, Optional<T>> reader) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            error(
                    node,
                    path,
                    "expected a value per language, like {en: ..., sr-Cyrl: ...}, found "
                            + node.kind());
            return Optional.empty();
        }
        mark(path, node);
        Map<LocaleTag, T> out = new EnumMap<>(LocaleTag.class);
        Map<LocaleTag, String> written = new EnumMap<>(LocaleTag.class);
        boolean ok = true;
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().value();
            Optional<LocaleTag> tag = localeTag(key, entry.key(), child(path, key));
            if (tag.isEmpty()) {
                ok = false;
                continue;
            }
            String childPath = child(path, tag.get().tag());
            if (written.containsKey(tag.get())) {
                error(
                        entry.key(),
                        childPath,
                        "'"
                                + key
                                + "' and '"
                                + written.get(tag.get())
                                + "' are the same locale; keep one");
                ok = false;
                continue;
            }
            written.put(tag.get(), key);
            mark(childPath, entry.key());
            Optional<T> value = reader.apply(entry.value(), childPath);
            if (value.isEmpty()) {
                ok = false;
            } else {
                out.put(tag.get(), value.get());
            }
        }
        if (ok && out.isEmpty()) {
            error(node, path, "no language is written; add at least {en: ..., sr-Cyrl: ...}");
            return Optional.empty();
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    Optional<Localized<String>> localizedText(YamlNode node, String path) {
        return perLocale(node, path, this::text).map(Localized::of);
    }

    Optional<Localized<String>> localizedLine(YamlNode node, String path) {
        return perLocale(node, path, this::line).map(Localized::of);
    }

    Optional<List<YamlNode>> list(YamlNode node, String path) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            error(node, path, "expected a list ('- item' lines or [a, b]), found " + node.kind());
            return Optional.empty();
        }
        mark(path, node);
        return Optional.of(seq.items());
    }

    /** Reads every item of a list; empty when any item is bad. */
    <T> Optional<List<T>> listOf(
            YamlNode node, String path, BiFunction<YamlNode, String, Optional<T>> reader) {
        Optional<List<YamlNode>> items = list(node, path);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<T> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            String itemPath = path + "[" + i + "]";
            mark(itemPath, items.get().get(i));
            Optional<T> value = reader.apply(items.get().get(i), itemPath);
            if (value.isPresent()) {
                out.add(value.get());
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    Optional<ReleaseDate> date(YamlNode node, String path, boolean timeRequired) {
        return text(node, path)
                .flatMap(
                        s -> {
                            TextValues.Read<ReleaseDate> date = TextValues.date(s, timeRequired);
                            if (date.value().isEmpty()) {
                                error(node, path, date.problem());
                            }
                            return date.value();
                        });
    }
}
