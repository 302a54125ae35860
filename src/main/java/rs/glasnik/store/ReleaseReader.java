package rs.glasnik.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rs.glasnik.model.Block;
import rs.glasnik.model.Contact;
import rs.glasnik.model.Inline;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Localized;
import rs.glasnik.model.Person;
import rs.glasnik.model.RelatedLink;
import rs.glasnik.model.Release;
import rs.glasnik.model.ReleaseDate;
import rs.glasnik.model.ReleaseStatus;
import rs.glasnik.model.ReleaseType;
import rs.glasnik.model.Variant;

/** Turns the nodes of a {@code release.yaml} into a {@link Release}. */
final class ReleaseReader {
    /** The version of the release format this glasnik reads. */
    static final int SCHEMA = 1;

    static final List<String> FIELDS =
            List.of(
                    "schema",
                    "id",
                    "type",
                    "issuer",
                    "date",
                    "place",
                    "embargo",
                    "status",
                    "tags",
                    "source",
                    "people",
                    "contacts",
                    "boilerplate",
                    "links",
                    "notes",
                    "variants");
    static final List<String> PERSON_FIELDS = List.of("key", "name", "role");
    static final List<String> CONTACT_FIELDS = List.of("name", "role", "email", "phone");
    static final List<String> LINK_FIELDS = List.of("url", "label");
    static final List<String> VARIANT_FIELDS = List.of("title", "subtitle", "summary", "body");

    private final NodeReader r;
    private final MarkdownReader markdown;

    ReleaseReader(NodeReader reader, Path root) {
        this.r = reader;
        this.markdown =
                new MarkdownReader(reader, reader.file().toAbsolutePath().getParent(), root);
    }

    Optional<Release> read(YamlNode node) {
        Optional<NodeReader.Fields> found = r.fields(node, "", FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NodeReader.Fields f = found.get();
        schemaVersion(f, r);
        Optional<String> id =
                f.required(
                        "id",
                        "add 'id: a-short-name' (lower-case, hyphens)",
                        (n, p) -> r.slug(n, p, "release id"));
        Optional<ReleaseType> type =
                f.required(
                        "type",
                        "add 'type: press-release'",
                        (n, p) -> r.choice(n, p, "a release type", keys(ReleaseType.values())));
        Optional<String> issuer =
                f.required(
                        "issuer",
                        "add 'issuer:' with the key of an organisation in glasnik.yaml",
                        (n, p) -> r.slug(n, p, "organisation key"));
        Optional<ReleaseDate> date =
                f.required("date", "add 'date: 2026-11-27'", (n, p) -> r.date(n, p, false));
        Optional<Localized<String>> place =
                f.required(
                        "place", "add 'place: {en: Belgrade, sr-Cyrl: Београд}'", r::localizedLine);
        Optional<ReleaseDate> embargo = f.optional("embargo", (n, p) -> r.date(n, p, true));
        Optional<ReleaseStatus> status =
                f.required(
                        "status",
                        "add 'status: draft' (or approved, published)",
                        (n, p) -> r.choice(n, p, "a status", keys(ReleaseStatus.values())));
        Optional<List<String>> tags =
                f.optional("tags")
                        .map(n -> r.listOf(n, f.path("tags"), (t, p) -> r.slug(t, p, "tag")))
                        .orElse(Optional.of(List.of()));
        Optional<LocaleTag> source =
                f.required(
                        "source", "add 'source: sr-Cyrl' (the language written first)", r::locale);
        Optional<List<Person>> people =
                f.optional("people")
                        .map(n -> people(n, f.path("people")))
                        .orElse(Optional.of(List.of()));
        Optional<List<Contact>> contacts =
                f.optional("contacts")
                        .map(n -> r.listOf(n, f.path("contacts"), this::contact))
                        .orElse(Optional.of(List.of()));
        Optional<Optional<Localized<List<Block>>>> boilerplate = optionalMarkdown(f, "boilerplate");
        Optional<List<RelatedLink>> links =
                f.optional("links")
                        .map(n -> r.listOf(n, f.path("links"), this::link))
                        .orElse(Optional.of(List.of()));
        Optional<Optional<Localized<List<Block>>>> notes = optionalMarkdown(f, "notes");
        Optional<Map<LocaleTag, Variant>> variants =
                f.required(
                        "variants",
                        "add 'variants:' with the text in each language",
                        (n, p) -> r.perLocale(n, p, this::variant));

        if (source.isPresent()
                && variants.isPresent()
                && !variants.get().containsKey(source.get())) {
            r.error(
                    f.optional("source").orElse(node),
                    "source",
                    "the source language "
                            + source.get()
                            + " has no variant; write variants."
                            + source.get()
                            + " or change 'source'");
        }
        if (r.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(
                new Release(
                        id.get(),
                        type.get(),
                        issuer.get(),
                        date.get(),
                        place.get(),
                        embargo.map(ReleaseDate::value),
                        status.get(),
                        tags.get(),
                        source.get(),
                        people.get(),
                        contacts.get(),
                        boilerplate.get(),
                        links.get(),
                        notes.get(),
                        variants.get(),
                        r.sourceMap()));
    }

    static void schemaVersion(NodeReader.Fields f, NodeReader r) {
        f.required("schema", "add 'schema: " + SCHEMA + "' as the first field")
                .ifPresent(
                        n -> {
                            r.mark("schema", n);
                            if (!(n instanceof YamlNode.Scalar s)
                                    || !s.plain()
                                    || !s.value().matches("[0-9]+")) {
                                r.error(
                                        n,
                                        "schema",
                                        "expected a whole number, found "
                                                + n.kind()
                                                + "; write 'schema: "
                                                + SCHEMA
                                                + "'");
                            } else if (!s.value().equals(String.valueOf(SCHEMA))) {
                                r.error(
                                        n,
                                        "schema",
                                        "schema "
                                                + s.value()
                                                + " is not one this glasnik reads (it reads schema "
                                                + SCHEMA
                                                + "); update glasnik or write 'schema: "
                                                + SCHEMA
                                                + "'");
                            }
                        });
    }

    static <E extends Enum<E>> Map<String, E> keys(E[] values) {
        Map<String, E> out = new LinkedHashMap<>();
        for (E e : values) {
            out.put(
                    e instanceof ReleaseType t
                            ? t.key()
                            : e instanceof ReleaseStatus s ? s.key() : e.name(),
                    e);
        }
        return out;
    }

    private Optional<Optional<Localized<List<Block>>>> optionalMarkdown(
            NodeReader.Fields f, String key) {
        Optional<YamlNode> node = f.optional(key);
        if (node.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        return r.perLocale(node.get(), f.path(key), markdown::blocks)
                .map(m -> Optional.of(Localized.of(m)));
    }

    private Optional<List<Person>> people(YamlNode node, String path) {
        Optional<List<Person>> people = r.listOf(node, path, this::person);
        if (people.isPresent()) {
            Set<String> seen = new HashSet<>();
            List<YamlNode> items = ((YamlNode.Sequence) node).items();
            for (int i = 0; i < people.get().size(); i++) {
                String key = people.get().get(i).key();
                if (!seen.add(key)) {
                    r.error(
                            items.get(i),
                            path + "[" + i + "].key",
                            "person key '"
                                    + key
                                    + "' is used twice; give each person their own key");
                    return Optional.empty();
                }
            }
        }
        return people;
    }

    private Optional<Person> person(YamlNode node, String path) {
        return r.fields(node, path, PERSON_FIELDS)
                .flatMap(
                        f -> {
                            Optional<String> key =
                                    f.required(
                                            "key",
                                            "add 'key: surname' to refer to this person",
                                            (n, p) -> r.slug(n, p, "person key"));
                            Optional<Localized<String>> name =
                                    f.required(
                                            "name",
                                            "add 'name: {en: ..., sr-Cyrl: ...}'",
                                            r::localizedLine);
                            Optional<Localized<String>> role = f.optional("role", r::localizedLine);
                            boolean roleOk = f.optional("role").isEmpty() || role.isPresent();
                            if (key.isEmpty() || name.isEmpty() || !roleOk) {
                                return Optional.empty();
                            }
                            return Optional.of(new Person(key.get(), name.get(), role));
                        });
    }

    Optional<Contact> contact(YamlNode node, String path) {
        return readContact(r, node, path);
    }

    static Optional<Contact> readContact(NodeReader r, YamlNode node, String path) {
        return r.fields(node, path, CONTACT_FIELDS)
                .flatMap(
                        f -> {
                            Optional<Localized<String>> name =
                                    f.required(
                                            "name",
                                            "add 'name: {en: Press Office, sr-Cyrl: ...}'",
                                            r::localizedLine);
                            Optional<Localized<String>> role = f.optional("role", r::localizedLine);
                            Optional<String> email = f.optional("email", (n, p) -> email(r, n, p));
                            Optional<String> phone = f.optional("phone", r::line);
                            boolean ok =
                                    name.isPresent()
                                            && (f.optional("role").isEmpty() || role.isPresent())
                                            && (f.optional("email").isEmpty() || email.isPresent())
                                            && (f.optional("phone").isEmpty() || phone.isPresent());
                            if (ok && email.isEmpty() && phone.isEmpty()) {
                                r.error(
                                        node,
                                        path,
                                        "a contact needs an 'email' or a 'phone'; add at least one");
                                return Optional.empty();
                            }
                            return ok
                                    ? Optional.of(new Contact(name.get(), role, email, phone))
                                    : Optional.empty();
                        });
    }

    static Optional<String> email(NodeReader r, YamlNode node, String path) {
        return r.line(node, path)
                .flatMap(
                        s -> {
                            if (!s.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                                r.error(
                                        node,
                                        path,
                                        "'"
                                                + s
                                                + "' is not an e-mail address; write it as name@example.org");
                                return Optional.empty();
                            }
                            return Optional.of(s);
                        });
    }

    static Optional<String> url(NodeReader r, YamlNode node, String path) {
        return r.line(node, path)
                .flatMap(
                        s -> {
                            if (!s.matches("https?://[^\\s]+\\.[^\\s]+")) {
                                r.error(
                                        node,
                                        path,
                                        "'"
                                                + s
                                                + "' is not a web address; write it in full: https://"
                                                + s.replaceFirst("^[a-z]+://", ""));
                                return Optional.empty();
                            }
                            return Optional.of(s);
                        });
    }

    private Optional<RelatedLink> link(YamlNode node, String path) {
        return r.fields(node, path, LINK_FIELDS)
                .flatMap(
                        f -> {
                            Optional<String> url =
                                    f.required(
                                            "url",
                                            "add 'url: https://...'",
                                            (n, p) -> url(r, n, p));
                            Optional<Localized<String>> label =
                                    f.optional("label", r::localizedLine);
                            if (url.isEmpty()
                                    || (f.optional("label").isPresent() && label.isEmpty())) {
                                return Optional.empty();
                            }
                            return Optional.of(new RelatedLink(url.get(), label));
                        });
    }

    private Optional<Variant> variant(YamlNode node, String path) {
        return r.fields(node, path, VARIANT_FIELDS)
                .flatMap(
                        f -> {
                            Optional<String> title =
                                    f.required("title", "add a one-line 'title:'", r::line);
                            Optional<String> subtitle = f.optional("subtitle", r::line);
                            Optional<List<Inline>> summary =
                                    f.optional("summary", markdown::inlines);
                            Optional<List<Block>> body =
                                    f.required(
                                            "body",
                                            "add 'body: |' followed by the text, indented",
                                            markdown::blocks);
                            boolean ok =
                                    title.isPresent()
                                            && body.isPresent()
                                            && (f.optional("subtitle").isEmpty()
                                                    || subtitle.isPresent())
                                            && (f.optional("summary").isEmpty()
                                                    || summary.isPresent());
                            if (!ok) {
                                return Optional.empty();
                            }
                            return Optional.of(
                                    new Variant(
                                            title.get(),
                                            subtitle,
                                            summary.orElse(List.of()),
                                            body.get()));
                        });
    }
}
