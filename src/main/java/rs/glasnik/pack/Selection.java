package rs.glasnik.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import rs.glasnik.model.Release;
import rs.glasnik.model.Suggestions;

/**
 * Which releases go into a pack when none are named: those with a tag and dated within a range,
 * newest first.
 *
 * <p>{@code Selection.select(all, Optional.of("exercise"), Optional.empty(), Optional.empty())}
 */
public final class Selection {
    private Selection() {}

    /** A selection that matches nothing, or asks for something that cannot be; one line. */
    public static final class EmptyException extends Exception {
        private static final long serialVersionUID = 1L;

        EmptyException(String message) {
            super(message);
        }
    }

    /** Newest first; on the same date, by id. */
    public static final Comparator<Release> NEWEST_FIRST =
            Comparator.comparing(Release::date).reversed().thenComparing(Release::id);

    /**
     * The releases tagged {@code tag} and dated (the day as written, in its own zone) from {@code
     * from} to {@code to}, both included; newest first.
     */
    public static List<Release> select(
            List<Release> all,
            Optional<String> tag,
            Optional<LocalDate> from,
            Optional<LocalDate> to)
            throws EmptyException {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new EmptyException(
                    "--from " + from.get() + " is after --to " + to.get() + "; swap them");
        }
        if (tag.isPresent()) {
            TreeSet<String> tags = new TreeSet<>();
            all.forEach(r -> tags.addAll(r.tags()));
            if (!tags.contains(tag.get())) {
                throw new EmptyException(
                        "no release is tagged '"
                                + tag.get()
                                + "'"
                                + Suggestions.closest(tag.get(), tags)
                                        .map(s -> "; did you mean '" + s + "'?")
                                        .orElse(
                                                tags.isEmpty()
                                                        ? "; no release has tags"
                                                        : "; the tags are "
                                                                + String.join(", ", tags)));
            }
        }
        List<Release> out = new ArrayList<>();
        for (Release r : all) {
            LocalDate day = r.date().value().toLocalDate();
            if (tag.isPresent() && !r.tags().contains(tag.get())) {
                continue;
            }
            if (from.isPresent() && day.isBefore(from.get())
                    || to.isPresent() && day.isAfter(to.get())) {
                continue;
            }
            out.add(r);
        }
        if (all.isEmpty()) {
            throw new EmptyException("the workspace has no releases; add one with 'glasnik new'");
        }
        if (out.isEmpty()) {
            throw new EmptyException(
                    "no release"
                            + tag.map(t -> " tagged '" + t + "'").orElse("")
                            + " is dated"
                            + from.map(f -> " from " + f).orElse("")
                            + to.map(t -> " to " + t).orElse("")
                            + "; 'glasnik list' shows the dates");
        }
        out.sort(NEWEST_FIRST);
        return out;
    }
}
