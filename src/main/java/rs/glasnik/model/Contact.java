package rs.glasnik.model;

import java.util.Objects;
import java.util.Optional;

/** A media contact: a person or office, with e-mail and/or phone. */
public record Contact(
        Localized<String> name,
        Optional<Localized<String>> role,
        Optional<String> email,
        Optional<String> phone) {
    public Contact {
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
        Objects.requireNonNull(email);
        Objects.requireNonNull(phone);
        if (email.isEmpty() && phone.isEmpty()) {
            throw new IllegalArgumentException("a contact needs an e-mail or a phone");
        }
    }
}
