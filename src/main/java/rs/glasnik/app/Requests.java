package rs.glasnik.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.model.ReleaseDate;
import rs.glasnik.model.ReleaseStatus;
import rs.glasnik.model.ReleaseType;

/** The request and result records of the {@link Glasnik} facade. */
public final class Requests {
    private Requests() {}

    /** Check PATHs: workspace folders, release folders or release files. */
    public record Check(Optional<Path> workspace, List<Path> paths) {
        public Check {
            Objects.requireNonNull(workspace);
            paths = List.copyOf(paths);
        }
    }

    /** One release file that was checked, with its id when it could be read. */
    public record CheckedRelease(Path file, Optional<String> id, boolean ok) {}

    public record CheckResult(List<CheckedRelease> releases, List<Problem> problems) {
        public CheckResult {
            releases = List.copyOf(releases);
            problems = List.copyOf(problems);
        }

        public long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }

        public boolean ok() {
            return errors() == 0;
        }
    }

    public record ListReleases(Path workspace, Optional<LocaleTag> lang) {}

    /**
     * One line of {@code glasnik list}; {@code titleLocale} says which variant the title is from.
     */
    public record ListEntry(
            String id,
            ReleaseDate date,
            ReleaseType type,
            ReleaseStatus status,
            String title,
            LocaleTag titleLocale) {}

    public record ListResult(LocaleTag lang, List<ListEntry> entries, List<Problem> problems) {
        public ListResult {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    public record Show(Path workspace, String id, Optional<LocaleTag> lang) {}

    public record ShowResult(LocaleTag lang, String text, List<Problem> warnings) {
        public ShowResult {
            warnings = List.copyOf(warnings);
        }
    }

    /** A new workspace in {@code dir}, its starter release dated {@code today}. */
    public record Init(Path dir, LocalDate today) {}

    /** A new release scaffold. */
    public record NewRelease(
            Path workspace, String id, LocaleTag source, ReleaseType type, LocalDate today) {}

    /**
     * Transliterate files, or standard input when there are none.
     *
     * @param output a file (one input) or a folder; empty: standard output, or beside the input for
     *     Word documents
     * @param workspace whose translit-exceptions.txt to use; empty: the one above the files or the
     *     current folder, if any
     */
    public record Translit(
            rs.glasnik.translit.SerbianTransliterator.Direction direction,
            List<Path> files,
            Optional<Path> output,
            boolean inPlace,
            Optional<Path> workspace) {
        public Translit {
            files = List.copyOf(files);
        }
    }

    /**
     * Render releases by id into {@code output}.
     *
     * @param langs empty: the workspace's locales
     * @param formats docx, pdf
     * @param pdfProfile screen, archive or print
     * @param created the time written into the files; empty: each release's date
     */
    public record Render(
            Path workspace,
            List<String> ids,
            List<LocaleTag> langs,
            List<String> formats,
            String pdfProfile,
            Path output,
            Optional<String> template,
            Optional<java.time.Instant> created) {
        public Render {
            ids = List.copyOf(ids);
            langs = List.copyOf(langs);
            formats = List.copyOf(formats);
        }
    }

    /**
     * A file translit wrote: whether it replaced an existing one, and where the old one was kept
     * (with {@code --in-place}).
     */
    public record Converted(Path file, boolean replaced, Optional<Path> backup) {}

    /** The files translit wrote, in the order given. */
    public record Translated(List<Converted> files) {
        public Translated {
            files = List.copyOf(files);
        }
    }

    /** Files a use case wrote, in the order written. */
    public record Written(List<Path> files) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Make a press pack.
     *
     * @param ids release ids (or paths), in the pack's order; empty: the releases {@code tag},
     *     {@code from} and {@code to} select (all when none is given), newest first
     * @param from with {@code to}, the range of release dates, both days included
     * @param langs two or three; empty: sr-Cyrl and en when the workspace publishes in both, else
     *     its first two locales
     * @param title the pack's title, the same in every language (transliterated for sr-Latn);
     *     empty: each language's label
     * @param forPublic refuse while any selected release is under embargo at {@code now}
     * @param now the moment at which embargoes are judged: the clock, or an earlier or later moment
     *     to preview the marks a pack will carry then
     * @param clock the real moment, from the system clock: a pack for the public is judged at
     *     {@code now} only when that is not later than this
     * @param created the time written into the files; empty: each release's date for its own files,
     *     the newest release's date for the pack's
     */
    public record Pack(
            Path workspace,
            List<String> ids,
            Optional<String> tag,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            List<LocaleTag> langs,
            rs.glasnik.model.Pack.Layout layout,
            Optional<String> title,
            boolean forPublic,
            java.time.Instant now,
            java.time.Instant clock,
            Path output,
            String pdfProfile,
            Optional<java.time.Instant> created) {
        public Pack {
            Objects.requireNonNull(workspace);
            ids = List.copyOf(ids);
            Objects.requireNonNull(tag);
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            langs = List.copyOf(langs);
            Objects.requireNonNull(layout);
            Objects.requireNonNull(title);
            Objects.requireNonNull(now);
            Objects.requireNonNull(clock);
            Objects.requireNonNull(output);
            Objects.requireNonNull(pdfProfile);
            Objects.requireNonNull(created);
        }
    }

    /** What a pack tells its caller while it is made; called on the caller's thread, in order. */
    public interface PackListener {
        /** A one-line notice about the input: a release whose languages cannot be aligned. */
        default void notice(String line) {}

        /** {@code done} of {@code total} steps are done. */
        default void progress(int done, int total) {}
    }
}
