package rs.glasnik.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Suggestions;

/**
 * Reads the label bundles behind {@link WorkspaceStore#labels}: the built-in {@code
 * locales/<tag>.yaml}, then the workspace's own file, which may only override known labels.
 *
 * <p>{@code LabelReader.labels(locale, Optional.of(workspaceRoot)).value()}
 */
final class LabelReader {
    private LabelReader() {}

    /** The label bundle of a locale: built-in labels, overridden by the workspace's own. */
    static WorkspaceStore.Loaded<Map<String, String>> labels(
            LocaleTag locale, Optional<Path> root) {
        String name = locale.tag() + ".yaml";
        Path builtin = Path.of("locales", name);
        Map<String, String> labels = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        String text = WorkspaceStore.resource("/glasnik/locales/" + name);
        readLabels(builtin, text, labels, List.of(), problems);
        if (root.isPresent()) {
            Path override = root.get().resolve("locales").resolve(name);
            if (Files.isRegularFile(override)) {
                try {
                    Workspaces.confined(override, root.get());
                    String own = Utf8File.decode(override, Utf8File.readBytes(override));
                    readLabels(override, own, labels, List.copyOf(labels.keySet()), problems);
                } catch (LoadException e) {
                    problems.add(e.problem());
                }
            }
        }
        boolean ok = problems.stream().noneMatch(Problem::isError);
        return new WorkspaceStore.Loaded<>(
                builtin, ok ? Optional.of(labels) : Optional.empty(), problems);
    }

    private static void readLabels(
            Path file,
            String text,
            Map<String, String> into,
            List<String> known,
            List<Problem> problems) {
        try {
            List<Problem> warnings = new ArrayList<>();
            Optional<YamlNode> node = SafeYaml.parse(file, text, warnings);
            if (node.isEmpty()) {
                return;
            }
            NodeReader r = new NodeReader(file, text);
            r.addAll(warnings);
            if (!(node.get() instanceof YamlNode.Mapping m)) {
                r.error(node.get(), "", "expected a map of label names to texts");
            } else {
                for (YamlNode.Entry e : m.entries()) {
                    String key = e.key().value();
                    if (!known.isEmpty() && !known.contains(key)) {
                        r.error(
                                e.key(),
                                key,
                                "unknown label '" + key + "'" + Suggestions.hint(key, known));
                        continue;
                    }
                    r.text(e.value(), key).ifPresent(v -> into.put(key, v));
                }
            }
            problems.addAll(r.problems());
        } catch (LoadException e) {
            problems.add(e.problem());
        }
    }
}
