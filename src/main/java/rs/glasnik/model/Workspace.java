package rs.glasnik.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workspace's settings from {@code glasnik.yaml}: its organisations and defaults.
 *
 * @param english how English is formatted: {@code en-GB} or {@code en-US}
 */
public record Workspace(
        Path root,
        Map<String, Organisation> organisations,
        List<LocaleTag> locales,
        String template,
        String english,
        SourceMap sourceMap) {
    public Workspace {
        Objects.requireNonNull(root);
        organisations = Collections.unmodifiableMap(new LinkedHashMap<>(organisations));
        locales = List.copyOf(locales);
        if (locales.isEmpty()) {
            throw new IllegalArgumentException("a workspace needs at least one locale");
        }
        Objects.requireNonNull(template);
        if (!english.equals("en-GB") && !english.equals("en-US")) {
            throw new IllegalArgumentException("english is en-GB or en-US: " + english);
        }
        Objects.requireNonNull(sourceMap);
    }

    public Optional<Organisation> organisation(String key) {
        return Optional.ofNullable(organisations.get(key));
    }
}
