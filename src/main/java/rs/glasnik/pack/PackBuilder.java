package rs.glasnik.pack;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Organisation;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Person;
import rs.glasnik.model.Release;
import rs.glasnik.model.ReleaseDate;
import rs.glasnik.resolve.Resolver;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * Makes the {@link Pack} the pack renderers read from releases already resolved in each of the
 * pack's languages: what the cover says in each language, the embargo marks, how many paragraphs
 * are set side by side, and the index of people sorted by each language's collation.
 *
 * <p>{@code PackBuilder.build(id, Pack.Layout.PARALLEL, languages, items, title, now, t)}
 */
public final class PackBuilder {
    private static final ZoneId BELGRADE = rs.glasnik.model.ReleaseDate.DEFAULT_ZONE;

    private PackBuilder() {}

    /**
     * One language of the pack: its labels, dates and collation, and the organisation whose name
     * the cover carries.
     */
    public record Language(LocaleFormats formats, Organisation organisation) {}

    /** One release with its documents in the pack's languages, in the pack's language order. */
    public record Item(Release release, List<Document> documents) {
        public Item {
            documents = List.copyOf(documents);
        }
    }

    /**
     * The pack.
     *
     * @param title the pack's title as the user gave it (sr-Latn gets it transliterated); empty:
     *     each language's label {@code pack.title}
     * @param now the moment at which a release's embargo is judged
     */
    public static Pack build(
            String id,
            Pack.Layout layout,
            List<Language> languages,
            List<Item> items,
            Optional<String> title,
            Instant now,
            SerbianTransliterator transliterator) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a pack needs at least one release");
        }
        List<Pack.Cover> covers = new ArrayList<>();
        List<Pack.Index> indexes = new ArrayList<>();
        for (Language language : languages) {
            covers.add(cover(language, items, title, now, transliterator));
            indexes.add(index(language.formats(), items, transliterator));
        }
        List<Pack.Entry> entries = new ArrayList<>();
        for (Item item : items) {
            List<Optional<String>> embargo = new ArrayList<>();
            for (Language language : languages) {
                embargo.add(embargoMark(item.release(), language.formats(), now));
            }
            entries.add(
                    new Pack.Entry(
                            item.release().id(),
                            item.documents(),
                            embargo,
                            Math.min(
                                    bodyBlocks(item.documents().get(0)),
                                    bodyBlocks(item.documents().get(1)))));
        }
        return new Pack(id, layout, covers, entries, indexes, PackInfo.of(covers, entries));
    }

    /** Whether the release may not be published yet at {@code now}. */
    public static boolean underEmbargo(Release release, Instant now) {
        return release.embargo().map(e -> e.toInstant().isAfter(now)).orElse(false);
    }

    /** The pack's date: the newest release's date. */
    public static ZonedDateTime date(List<Release> releases) {
        return releases.stream()
                .map(Release::date)
                .max(Comparator.naturalOrder())
                .map(ReleaseDate::value)
                .orElseThrow(() -> new IllegalArgumentException("a pack needs a release"));
    }

    /**
     * When the first two languages of a release differ in their count of body paragraphs, what a
     * parallel pack does about it: {@code <id>: sr-Cyrl has 7 paragraphs, en has 8; the first 7 are
     * set side by side}.
     */
    public static Optional<String> misalignment(Item item) {
        int first = bodyBlocks(item.documents().get(0));
        int second = bodyBlocks(item.documents().get(1));
        if (first == second) {
            return Optional.empty();
        }
        return Optional.of(
                item.release().id()
                        + ": "
                        + item.documents().get(0).locale()
                        + " has "
                        + first
                        + " paragraphs, "
                        + item.documents().get(1).locale()
                        + " has "
                        + second
                        + "; the first "
                        + Math.min(first, second)
                        + " are set side by side");
    }

    /** The pack's title in one language. */
    public static String title(
            Optional<String> title, LocaleFormats formats, SerbianTransliterator transliterator) {
        return title.map(t -> formats.locale() == LocaleTag.SR_LATN ? transliterator.toLatin(t) : t)
                .map(t -> formats.typography().apply(t))
                .orElseGet(() -> formats.label("pack.title"));
    }

    private static Pack.Cover cover(
            Language language,
            List<Item> items,
            Optional<String> title,
            Instant now,
            SerbianTransliterator transliterator) {
        LocaleFormats formats = language.formats();
        List<Release> releases = items.stream().map(Item::release).toList();
        List<ZonedDateTime> embargoes =
                releases.stream()
                        .filter(r -> underEmbargo(r, now))
                        .map(r -> r.embargo().orElseThrow())
                        .toList();
        Optional<String> notice = Optional.empty();
        if (!embargoes.isEmpty()) {
            ZonedDateTime last =
                    embargoes.stream()
                            .max(Comparator.comparing(ZonedDateTime::toInstant))
                            .orElseThrow()
                            .withZoneSameInstant(BELGRADE);
            Map<String, Object> args = new HashMap<>(formats.moment(last));
            args.put("n", embargoes.size());
            notice =
                    Optional.of(
                            formats.typography().apply(formats.label("pack.embargo-notice", args)));
        }
        return new Pack.Cover(
                formats.languageTag(),
                Resolver.text(language.organisation().name(), formats, transliterator),
                title(title, formats, transliterator),
                formats.typography().apply(formats.longDate(date(releases))),
                formats.label("pack.releases", Map.of("n", releases.size())),
                formats.label("pack.contents"),
                formats.label("pack.index"),
                notice,
                formats.rawLabel("page"));
    }

    private static Optional<String> embargoMark(
            Release release, LocaleFormats formats, Instant now) {
        if (!underEmbargo(release, now)) {
            return Optional.empty();
        }
        ZonedDateTime when = release.embargo().orElseThrow().withZoneSameInstant(BELGRADE);
        return Optional.of(
                formats.typography().apply(formats.label("pack.embargoed", formats.moment(when))));
    }

    /**
     * The people of the pack's releases in one language, one entry per person key (name and role
     * from the first release that names them, the role from the first that gives one), surname
     * first and sorted by the language's collation.
     */
    static Pack.Index index(
            LocaleFormats formats, List<Item> items, SerbianTransliterator transliterator) {
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Optional<String>> roles = new LinkedHashMap<>();
        Map<String, Set<String>> named = new LinkedHashMap<>();
        for (Item item : items) {
            for (Person person : item.release().people()) {
                people.putIfAbsent(person.key(), person);
                Optional<String> role =
                        person.role().map(r -> Resolver.text(r, formats, transliterator));
                if (roles.getOrDefault(person.key(), Optional.empty()).isEmpty()) {
                    roles.put(person.key(), role.filter(r -> !r.isBlank()));
                }
                named.computeIfAbsent(person.key(), k -> new LinkedHashSet<>())
                        .add(item.release().id());
            }
        }
        List<Pack.IndexEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Person> e : people.entrySet()) {
            entries.add(
                    new Pack.IndexEntry(
                            surnameFirst(
                                    Resolver.text(e.getValue().name(), formats, transliterator)),
                            roles.get(e.getKey()).orElse(""),
                            List.copyOf(named.get(e.getKey()))));
        }
        Comparator<String> collator = formats.collator();
        entries.sort(
                Comparator.comparing(Pack.IndexEntry::name, collator)
                        .thenComparing(Pack.IndexEntry::role, collator));
        return new Pack.Index(formats.languageTag(), entries);
    }

    /**
     * A name as an index lists it, the surname first: "Ђорђевић, Зоран" for "Зоран Ђорђевић". The
     * surname is taken to be the last word, as in Serbian and English names.
     */
    static String surnameFirst(String name) {
        String n = name.strip();
        int space = Math.max(n.lastIndexOf(' '), n.lastIndexOf('\u00A0'));
        return space < 0 ? n : n.substring(space + 1) + ", " + n.substring(0, space).strip();
    }

    /** How many blocks the body of a resolved document has (the dateline runs into the first). */
    static int bodyBlocks(Document document) {
        for (Document.Part part : document.parts()) {
            if (part instanceof Document.Body body) {
                return body.blocks().size();
            }
        }
        return 0;
    }
}
