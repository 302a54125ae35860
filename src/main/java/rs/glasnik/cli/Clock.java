package rs.glasnik.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The only place glasnik reads the clock: today in Belgrade, or SOURCE_DATE_EPOCH when set. */
final class Clock {
    private static final ZoneId BELGRADE = rs.glasnik.model.ReleaseDate.DEFAULT_ZONE;

    private Clock() {}

    /** SOURCE_DATE_EPOCH as an instant, when it is set: the time reproducible files carry. */
    static java.util.Optional<Instant> sourceDateEpoch() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("[0-9]{1,12}")) {
            return java.util.Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch)));
        }
        return java.util.Optional.empty();
    }

    /**
     * The moment now, by the system clock, for judging embargoes. SOURCE_DATE_EPOCH is not used: it
     * fixes the times files carry, and an embargo is about the real world.
     */
    static Instant now() {
        return Instant.now();
    }

    static LocalDate today() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("[0-9]{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(BELGRADE).toLocalDate();
        }
        return LocalDate.now(BELGRADE);
    }
}
