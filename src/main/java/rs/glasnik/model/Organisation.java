package rs.glasnik.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation that issues releases, as described in {@code glasnik.yaml}.
 *
 * @param dateline its house style of the dateline per locale, an ICU message with {place} and
 *     {date}; empty for the locale's default
 */
public record Organisation(
        String key,
        Localized<String> name,
        Optional<Localized<String>> shortName,
        Localized<String> address,
        Optional<String> website,
        Optional<String> email,
        Optional<String> phone,
        Localized<List<Block>> boilerplate,
        List<Contact> contacts,
        Optional<Localized<Path>> logo,
        Optional<Localized<String>> dateline) {
    public Organisation {
        Objects.requireNonNull(key);
        Objects.requireNonNull(name);
        Objects.requireNonNull(shortName);
        Objects.requireNonNull(address);
        Objects.requireNonNull(website);
        Objects.requireNonNull(email);
        Objects.requireNonNull(phone);
        Objects.requireNonNull(boilerplate);
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(logo);
        Objects.requireNonNull(dateline);
    }
}
