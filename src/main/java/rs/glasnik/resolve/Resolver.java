package rs.glasnik.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.locale.Typography;
import rs.glasnik.model.Block;
import rs.glasnik.model.Contact;
import rs.glasnik.model.Document;
import rs.glasnik.model.Document.LabelRole;
import rs.glasnik.model.Inline;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Localized;
import rs.glasnik.model.Organisation;
import rs.glasnik.model.RelatedLink;
import rs.glasnik.model.Release;
import rs.glasnik.model.Variant;
import rs.glasnik.model.Workspace;
import rs.glasnik.translit.NoConvert;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * Turns a release into the {@link Document} a reader sees in one locale: letterhead, labels,
 * dateline, the author's text, contacts and boilerplate, in reading order.
 *
 * <p>{@code Resolver.resolve(workspace, release, formats, transliterator)} — the release must have
 * passed {@code check} for the formats' locale.
 */
public final class Resolver {

    /** Why a release cannot be shown in a locale, or empty when it can. */
    public static Optional<String> unavailable(Release release, LocaleTag locale) {
        if (release.variants().containsKey(locale)) {
            return Optional.empty();
        }
        if (locale == LocaleTag.SR_LATN && release.variants().containsKey(LocaleTag.SR_CYRL)) {
            return Optional.empty();
        }
        return Optional.of(
                "release '"
                        + release.id()
                        + "' has no "
                        + locale
                        + " variant; it is written in "
                        + String.join(
                                ", ",
                                release.variants().keySet().stream().map(LocaleTag::tag).toList()));
    }

    /**
     * @param transliterator derives sr-Latn texts that are not written out from their sr-Cyrl
     *     originals
     */
    public static Document resolve(
            Workspace workspace,
            Release release,
            LocaleFormats formats,
            SerbianTransliterator transliterator) {
        return new Resolver(formats.locale(), transliterator, formats.typography())
                .document(workspace, release, formats);
    }

    /**
     * A localized text outside a release's variants (a person's name or role, an organisation's
     * name) as the formats' locale shows it: typeset, and in sr-Latn derived from sr-Cyrl when not
     * written; as the resolved documents show it.
     */
    public static String text(
            Localized<String> value, LocaleFormats formats, SerbianTransliterator transliterator) {
        return new Resolver(formats.locale(), transliterator, formats.typography()).text(value);
    }

    private final LocaleTag locale;
    private final SerbianTransliterator transliterator;

    private final Typography typography;

    private Resolver(
            LocaleTag locale, SerbianTransliterator transliterator, Typography typography) {
        this.locale = locale;
        this.transliterator = transliterator;
        this.typography = typography;
    }

    /** An author's text as written, typeset and without the no-convert markup. */
    private String own(String text) {
        return NoConvert.strip(typography.apply(text));
    }

    /** An author's Cyrillic text, typeset and transliterated. */
    private String derived(String cyrillic) {
        return transliterator.toLatin(typography.apply(cyrillic));
    }

    /** The variant in this locale: written fields as written, the rest derived from sr-Cyrl. */
    private Variant variant(Release release) {
        Optional<Variant> written = release.variant(locale);
        if (locale != LocaleTag.SR_LATN || !release.variants().containsKey(LocaleTag.SR_CYRL)) {
            Variant v =
                    written.orElseThrow(
                            () ->
                                    new IllegalArgumentException(
                                            unavailable(release, locale).orElse("")));
            return new Variant(
                    own(v.title()),
                    v.subtitle().map(this::own),
                    Texts.typesetInlines(v.summary(), typography, NoConvert::strip),
                    Texts.typesetBlocks(v.body(), typography, NoConvert::strip));
        }
        Variant cyrillic = release.variants().get(LocaleTag.SR_CYRL);
        Variant derived =
                new Variant(
                        derived(cyrillic.title()),
                        cyrillic.subtitle().map(this::derived),
                        Texts.typesetInlines(cyrillic.summary(), typography, this::latin),
                        Texts.typesetBlocks(cyrillic.body(), typography, this::latin));
        if (written.isEmpty()) {
            return derived;
        }
        Variant own = written.get();
        return new Variant(
                own(own.title()),
                own.subtitle().map(this::own).or(derived::subtitle),
                own.summary().isEmpty()
                        ? derived.summary()
                        : Texts.typesetInlines(own.summary(), typography, NoConvert::strip),
                Texts.typesetBlocks(own.body(), typography, NoConvert::strip));
    }

    /** Embargo times are given in Belgrade time, whatever zone the file wrote them in. */
    private static java.time.ZonedDateTime belgrade(java.time.ZonedDateTime t) {
        return t.withZoneSameInstant(rs.glasnik.model.ReleaseDate.DEFAULT_ZONE);
    }

    private String latin(String cyrillic) {
        return transliterator.toLatin(cyrillic);
    }

    /** A localized text in this locale; sr-Latn falls back to the transliterated sr-Cyrl. */
    private String text(Localized<String> value) {
        Optional<String> own = value.get(locale);
        if (own.isPresent()) {
            return own(own.get());
        }
        if (locale == LocaleTag.SR_LATN && value.has(LocaleTag.SR_CYRL)) {
            return derived(value.get(LocaleTag.SR_CYRL).get());
        }
        throw new IllegalArgumentException("no " + locale + " text; run 'glasnik check'");
    }

    private List<Block> blocks(Localized<List<Block>> value) {
        Optional<List<Block>> own = value.get(locale);
        if (own.isPresent()) {
            return Texts.typesetBlocks(own.get(), typography, NoConvert::strip);
        }
        if (locale == LocaleTag.SR_LATN && value.has(LocaleTag.SR_CYRL)) {
            return Texts.typesetBlocks(value.get(LocaleTag.SR_CYRL).get(), typography, this::latin);
        }
        throw new IllegalArgumentException("no " + locale + " text; run 'glasnik check'");
    }

    private Document document(Workspace workspace, Release release, LocaleFormats formats) {
        Variant variant = variant(release);
        Organisation org =
                workspace
                        .organisation(release.issuer())
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "unknown issuer " + release.issuer()));
        List<Document.Part> parts = new ArrayList<>();

        List<String> letterhead = new ArrayList<>(lines(text(org.address())));
        org.website().ifPresent(letterhead::add);
        parts.add(new Document.Letterhead(text(org.name()), letterhead));
        parts.add(
                new Document.Label(
                        LabelRole.TYPE,
                        formats.upper(formats.label("type." + release.type().key()))));
        parts.add(
                new Document.Label(
                        LabelRole.RELEASE_NOTE,
                        release.embargo()
                                .map(
                                        e ->
                                                typography.apply(
                                                        formats.label(
                                                                "release.embargo",
                                                                formats.moment(belgrade(e)))))
                                .orElse(formats.label("release.immediate"))));
        parts.add(new Document.Title(variant.title()));
        variant.subtitle().ifPresent(s -> parts.add(new Document.Subtitle(s)));
        if (!variant.summary().isEmpty()) {
            parts.add(new Document.Summary(variant.summary()));
        }
        Map<String, Object> datelineArgs =
                Map.of(
                        "place", formats.upper(text(release.place())),
                        "date", formats.longDate(release.date().value()));
        String dateline =
                org.dateline()
                        .flatMap(
                                d ->
                                        d.get(
                                                locale == LocaleTag.SR_LATN && !d.has(locale)
                                                        ? LocaleTag.SR_CYRL
                                                        : locale))
                        .map(
                                pattern ->
                                        formats.message(
                                                locale == LocaleTag.SR_LATN
                                                        ? transliterator.toLatin(pattern)
                                                        : pattern,
                                                datelineArgs))
                        .orElseGet(() -> formats.label("dateline", datelineArgs));
        dateline = typography.apply(dateline);
        parts.add(new Document.Body(withDateline(dateline, variant.body())));
        parts.add(new Document.Label(LabelRole.END_MARK, formats.label("end-mark")));

        List<Contact> contacts = release.contacts().isEmpty() ? org.contacts() : release.contacts();
        if (!contacts.isEmpty()) {
            List<Block> blocks = new ArrayList<>();
            for (Contact c : contacts) {
                blocks.add(contact(c, formats));
            }
            parts.add(new Document.Section(formats.label("section.contacts"), blocks));
        }
        release.notes()
                .ifPresent(
                        n ->
                                parts.add(
                                        new Document.Section(
                                                formats.label("section.notes"), blocks(n))));
        if (!release.links().isEmpty()) {
            List<Block.ListItem> items = new ArrayList<>();
            for (RelatedLink link : release.links()) {
                String label = link.label().map(this::text).orElse(link.url());
                items.add(
                        new Block.ListItem(
                                List.of(
                                        new Block.Paragraph(
                                                List.of(
                                                        new Inline.Link(
                                                                link.url(),
                                                                List.of(
                                                                        new Inline.Text(
                                                                                label))))))));
            }
            parts.add(
                    new Document.Section(
                            formats.label("section.links"),
                            List.of(new Block.ListBlock(false, 1, items))));
        }
        List<Block> about =
                release.boilerplate().map(this::blocks).orElse(blocks(org.boilerplate()));
        parts.add(new Document.Section(formats.label("section.about"), about));

        String subject =
                !variant.summary().isEmpty()
                        ? Inline.plainText(variant.summary())
                        : variant.subtitle().orElse(variant.title());
        Document.Info info =
                new Document.Info(
                        release.id(),
                        variant.title(),
                        text(org.name()),
                        subject,
                        release.tags(),
                        release.date().value(),
                        formats.languageTag(),
                        release.people().stream().map(person -> text(person.name())).toList());
        return new Document(locale, info, parts, formats.rawLabel("page"));
    }

    /**
     * The dateline runs into the first paragraph, as in a printed release; images before it keep
     * their place. A body that opens with anything else gets the dateline as its own paragraph.
     */
    private static List<Block> withDateline(String dateline, List<Block> body) {
        List<Block> out = new ArrayList<>(body);
        Inline lead = new Inline.Strong(List.of(new Inline.Text(dateline)));
        int first = 0;
        while (first < out.size() && out.get(first) instanceof Block.Figure) {
            first++;
        }
        if (first < out.size() && out.get(first) instanceof Block.Paragraph p) {
            List<Inline> content = new ArrayList<>();
            content.add(lead);
            content.add(new Inline.Text(" "));
            content.addAll(p.content());
            out.set(first, new Block.Paragraph(content));
        } else {
            out.add(0, new Block.Paragraph(List.of(lead)));
        }
        return out;
    }

    private Block contact(Contact c, LocaleFormats formats) {
        List<Inline> content = new ArrayList<>();
        content.add(new Inline.Strong(List.of(new Inline.Text(text(c.name())))));
        c.role()
                .ifPresent(
                        r -> {
                            content.add(new Inline.LineBreak());
                            content.add(new Inline.Text(text(r)));
                        });
        c.phone()
                .ifPresent(
                        p -> {
                            content.add(new Inline.LineBreak());
                            content.add(
                                    new Inline.Text(
                                            formats.label("contact.phone", Map.of("phone", p))));
                        });
        c.email()
                .ifPresent(
                        e -> {
                            content.add(new Inline.LineBreak());
                            content.add(
                                    new Inline.Link(
                                            "mailto:" + e,
                                            List.of(
                                                    new Inline.Text(
                                                            formats.label(
                                                                    "contact.email",
                                                                    Map.of("email", e))))));
                        });
        return new Block.Paragraph(content);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
