package rs.glasnik.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The text of a release in one locale. */
public record Variant(
        String title, Optional<String> subtitle, List<Inline> summary, List<Block> body) {
    public Variant {
        Objects.requireNonNull(title);
        Objects.requireNonNull(subtitle);
        summary = List.copyOf(summary);
        body = List.copyOf(body);
    }
}
