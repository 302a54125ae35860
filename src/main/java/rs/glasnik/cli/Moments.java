package rs.glasnik.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine;

/** Days and moments as the command line takes them; a wrong one is a usage error naming it. */
final class Moments {
    private Moments() {}

    /** A day, {@code 2026-11-27}, for {@code option}; empty when the option is not given. */
    static Optional<LocalDate> date(CommandLine cli, String option, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(
                    cli, option + ": '" + text + "' is not a date; write it as 2026-11-27");
        }
    }

    /** An ISO date-time; without an offset it is Belgrade time; a bare day is its midnight. */
    static Instant moment(CommandLine cli, String text) {
        ZoneId belgrade = rs.glasnik.model.ReleaseDate.DEFAULT_ZONE;
        try {
            if (text.matches(".*([zZ]|[+-][0-9]{2}:?[0-9]{2})$") && text.contains("T")) {
                return OffsetDateTime.parse(text.replace('z', 'Z')).toInstant();
            }
            if (text.contains("T")) {
                return LocalDateTime.parse(text).atZone(belgrade).toInstant();
            }
            return LocalDate.parse(text).atStartOfDay(belgrade).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(
                    cli,
                    "--now: '"
                            + text
                            + "' is not a date-time; write it as 2026-12-14T10:00 (Belgrade time)"
                            + " or with an offset, 2026-12-14T09:00Z");
        }
    }
}
