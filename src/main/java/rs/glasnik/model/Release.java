package rs.glasnik.model;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One press release with all its language variants, as written in {@code release.yaml}. */
public record Release(
        String id,
        ReleaseType type,
        String issuer,
        ReleaseDate date,
        Localized<String> place,
        Optional<ZonedDateTime> embargo,
        ReleaseStatus status,
        List<String> tags,
        LocaleTag source,
        List<Person> people,
        List<Contact> contacts,
        Optional<Localized<List<Block>>> boilerplate,
        List<RelatedLink> links,
        Optional<Localized<List<Block>>> notes,
        Map<LocaleTag, Variant> variants,
        SourceMap sourceMap) {
    public Release {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(issuer);
        Objects.requireNonNull(date);
        Objects.requireNonNull(place);
        Objects.requireNonNull(embargo);
        Objects.requireNonNull(status);
        tags = List.copyOf(tags);
        Objects.requireNonNull(source);
        people = List.copyOf(people);
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(boilerplate);
        links = List.copyOf(links);
        Objects.requireNonNull(notes);
        EnumMap<LocaleTag, Variant> copy = new EnumMap<>(LocaleTag.class);
        copy.putAll(variants);
        variants = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(sourceMap);
    }

    public Optional<Variant> variant(LocaleTag locale) {
        return Optional.ofNullable(variants.get(locale));
    }
}
