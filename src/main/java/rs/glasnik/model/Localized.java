package rs.glasnik.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value written once per locale, such as a place name or a boilerplate text.
 *
 * <p>{@code Localized.of(Map.of(LocaleTag.EN, "Belgrade")).get(LocaleTag.EN)}
 */
public record Localized<T>(Map<LocaleTag, T> values) {
    public Localized {
        Objects.requireNonNull(values, "values");
        EnumMap<LocaleTag, T> copy = new EnumMap<>(LocaleTag.class);
        values.forEach(
                (k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v, "value")));
        values = Collections.unmodifiableMap(copy);
    }

    public static <T> Localized<T> of(Map<LocaleTag, T> values) {
        return new Localized<>(values);
    }

    public Optional<T> get(LocaleTag locale) {
        return Optional.ofNullable(values.get(locale));
    }

    public boolean has(LocaleTag locale) {
        return values.containsKey(locale);
    }

    public <R> Localized<R> map(Function<T, R> f) {
        EnumMap<LocaleTag, R> out = new EnumMap<>(LocaleTag.class);
        values.forEach((k, v) -> out.put(k, f.apply(v)));
        return new Localized<>(out);
    }
}
