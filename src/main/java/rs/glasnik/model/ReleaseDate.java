package rs.glasnik.model;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A release date as written: a day, or a day with a time.
 *
 * @param value the moment; midnight in its zone when no time was written
 * @param hasTime whether the file gave a time of day
 */
public record ReleaseDate(ZonedDateTime value, boolean hasTime) implements Comparable<ReleaseDate> {
    /**
     * glasnik's one default zone: a date or time written without a zone is Belgrade time, and so
     * are embargo marks, the clock's "today" and {@code --now} without an offset.
     */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Belgrade");

    public ReleaseDate {
        Objects.requireNonNull(value);
    }

    @Override
    public int compareTo(ReleaseDate other) {
        return value.toInstant().compareTo(other.value.toInstant());
    }

    /** ISO-8601 as written: {@code 2026-11-27} or {@code 2026-11-27T10:30+01:00}. */
    public String iso() {
        return hasTime ? value.toOffsetDateTime().toString() : value.toLocalDate().toString();
    }
}
