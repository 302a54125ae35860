package rs.glasnik.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A press pack: several releases resolved in two or three languages, with what its cover, contents,
 * running head and index say in each language. The renderers read only this (and the template and
 * images).
 *
 * <p>The languages are in the pack's order: {@code covers().get(i)}, {@code
 * entries().get(k).documents().get(i)} and {@code indexes().get(i)} are all in language {@code i}.
 *
 * @param id the base name of the pack's files ({@code <id>.pdf}, {@code <id>.docx}, {@code
 *     <id>.zip})
 * @param info what every file of the pack says about it in its properties
 */
public record Pack(
        String id,
        Layout layout,
        List<Cover> covers,
        List<Entry> entries,
        List<Index> indexes,
        Info info) {
    public Pack {
        Objects.requireNonNull(id);
        Objects.requireNonNull(layout);
        Objects.requireNonNull(info);
        covers = List.copyOf(covers);
        entries = List.copyOf(entries);
        indexes = List.copyOf(indexes);
        if (covers.size() < 2 || covers.size() > 3) {
            throw new IllegalArgumentException("a pack has two or three languages");
        }
        if (indexes.size() != covers.size()) {
            throw new IllegalArgumentException("one index per language");
        }
        for (Entry e : entries) {
            if (e.documents().size() != covers.size()) {
                throw new IllegalArgumentException(e.id() + ": one document per language");
            }
        }
    }

    /**
     * What a pack's files say about the pack in their document properties, computed once by the
     * pack and written as it is by every format, so that the DOCX and the PDF agree.
     *
     * @param title the pack's titles in its languages, joined by " / " (one when they agree)
     * @param author the organisation, in the first language
     * @param subject how many releases, the date, and the embargo notice when there is one, joined
     *     by " · "
     * @param description the embargo notices of every language, joined by " / "; empty when nothing
     *     is under embargo
     * @param keywords "embargo" when a release is under embargo, then the releases' keywords
     * @param language the first language's tag
     */
    public record Info(
            String title,
            String author,
            String subject,
            Optional<String> description,
            List<String> keywords,
            String language) {
        public Info {
            Objects.requireNonNull(title);
            Objects.requireNonNull(author);
            Objects.requireNonNull(subject);
            Objects.requireNonNull(description);
            keywords = List.copyOf(keywords);
            Objects.requireNonNull(language);
        }
    }

    /** How the languages of a release are set. */
    public enum Layout {
        /** Side by side, paragraph by paragraph (the first two languages). */
        PARALLEL,
        /** Each release in the first language, then in the second (and third). */
        SEQUENTIAL
    }

    /**
     * What the pack says in one language: the organisation, the pack's title and date, and its
     * labels.
     *
     * @param language the BCP 47 tag with region: sr-Cyrl-RS, sr-Latn-RS, en-GB or en-US
     * @param releases how many releases, in words ("5 саопштења")
     * @param embargoNotice on the cover when any release is under embargo (empty otherwise)
     * @param pageLabel "Страна {page} од {pages}"
     */
    public record Cover(
            String language,
            String organisation,
            String title,
            String date,
            String releases,
            String contentsHeading,
            String indexHeading,
            Optional<String> embargoNotice,
            String pageLabel) {
        public Cover {
            Objects.requireNonNull(language);
            Objects.requireNonNull(organisation);
            Objects.requireNonNull(title);
            Objects.requireNonNull(date);
            Objects.requireNonNull(releases);
            Objects.requireNonNull(contentsHeading);
            Objects.requireNonNull(indexHeading);
            Objects.requireNonNull(embargoNotice);
            Objects.requireNonNull(pageLabel);
        }
    }

    /**
     * One release in every language of the pack.
     *
     * @param embargo per language, the embargo mark ("Под ембаргом – датум објављивања: …") if the
     *     release is under embargo
     * @param aligned in the parallel layout, how many body blocks of the first two languages are
     *     set side by side; the rest of the longer one follows alone (the variants differ)
     */
    public record Entry(
            String id, List<Document> documents, List<Optional<String>> embargo, int aligned) {
        public Entry {
            Objects.requireNonNull(id);
            documents = List.copyOf(documents);
            embargo = List.copyOf(embargo);
        }
    }

    /** The people named in the pack, in one language, sorted by its collation. */
    public record Index(String language, List<IndexEntry> entries) {
        public Index {
            Objects.requireNonNull(language);
            entries = List.copyOf(entries);
        }
    }

    /**
     * A person of the index: the name, the role (may be empty), and the ids of the releases that
     * name them, in pack order.
     */
    public record IndexEntry(String name, String role, List<String> releases) {
        public IndexEntry {
            Objects.requireNonNull(name);
            Objects.requireNonNull(role);
            releases = List.copyOf(releases);
        }
    }
}
