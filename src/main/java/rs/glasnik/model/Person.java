package rs.glasnik.model;

import java.util.Objects;
import java.util.Optional;

/** Someone named in a release, with their name and role in each locale. */
public record Person(String key, Localized<String> name, Optional<Localized<String>> role) {
    public Person {
        Objects.requireNonNull(key);
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
    }
}
