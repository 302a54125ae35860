package rs.glasnik.model;

import java.util.Objects;
import java.util.Optional;

/** A related link listed with a release. */
public record RelatedLink(String url, Optional<Localized<String>> label) {
    public RelatedLink {
        Objects.requireNonNull(url);
        Objects.requireNonNull(label);
    }
}
