package rs.glasnik.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.glasnik.model.Block;
import rs.glasnik.model.Contact;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Localized;
import rs.glasnik.model.Organisation;
import rs.glasnik.model.Workspace;

/** Turns the nodes of {@code glasnik.yaml} into a {@link Workspace}. */
final class WorkspaceReader {
    static final List<String> FIELDS =
            List.of("schema", "organisations", "locales", "template", "english");
    static final List<String> ORGANISATION_FIELDS =
            List.of(
                    "name",
                    "short-name",
                    "address",
                    "website",
                    "email",
                    "phone",
                    "boilerplate",
                    "contacts",
                    "logo",
                    "dateline");
    static final List<LocaleTag> DEFAULT_LOCALES =
            List.of(LocaleTag.SR_CYRL, LocaleTag.SR_LATN, LocaleTag.EN);
    static final String DEFAULT_TEMPLATE = "press-release";

    private final NodeReader r;
    private final Path root;
    private final MarkdownReader markdown;

    WorkspaceReader(NodeReader reader, Path root) {
        this.r = reader;
        this.root = root;
        this.markdown = new MarkdownReader(reader, root, root);
    }

    Optional<Workspace> read(YamlNode node) {
        Optional<NodeReader.Fields> found = r.fields(node, "", FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NodeReader.Fields f = found.get();
        ReleaseReader.schemaVersion(f, r);
        Optional<Map<String, Organisation>> organisations =
                f.required(
                        "organisations",
                        "add 'organisations:' with at least one organisation",
                        this::organisations);
        Optional<List<LocaleTag>> locales =
                f.optional("locales")
                        .map(n -> r.listOf(n, f.path("locales"), r::locale))
                        .orElse(Optional.of(DEFAULT_LOCALES));
        if (locales.isPresent() && locales.get().isEmpty()) {
            r.error(
                    f.optional("locales").get(),
                    "locales",
                    "the list of locales is empty; list at least one, e.g. [sr-Cyrl, sr-Latn, en]");
        }
        if (locales.isPresent()
                && locales.get().stream().distinct().count() != locales.get().size()) {
            r.error(
                    f.optional("locales").get(),
                    "locales",
                    "a locale is listed twice; list each once");
        }
        Optional<String> template = f.optional("template", (n, p) -> r.slug(n, p, "template name"));
        Optional<String> english =
                f.optional(
                        "english",
                        (n, p) ->
                                r.choice(
                                        n,
                                        p,
                                        "an English format",
                                        java.util.Map.of("en-GB", "en-GB", "en-US", "en-US")));
        if (r.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(
                new Workspace(
                        root,
                        organisations.get(),
                        locales.get(),
                        template.orElse(DEFAULT_TEMPLATE),
                        english.orElse("en-GB"),
                        r.sourceMap()));
    }

    private Optional<Map<String, Organisation>> organisations(YamlNode node, String path) {
        if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().isEmpty()) {
            r.error(
                    node,
                    path,
                    "expected a map of organisations by key, e.g. 'mod:' followed by its fields, found "
                            + node.kind());
            return Optional.empty();
        }
        r.mark(path, node);
        Map<String, Organisation> out = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().value();
            String orgPath = NodeReader.child(path, key);
            r.mark(orgPath, entry.key());
            if (!NodeReader.SLUG.matcher(key).matches()) {
                r.error(
                        entry.key(),
                        orgPath,
                        "'"
                                + key
                                + "' is not a valid organisation key; use lower-case letters, digits and hyphens");
                ok = false;
                continue;
            }
            Optional<Organisation> org = organisation(key, entry.value(), orgPath);
            if (org.isPresent()) {
                out.put(key, org.get());
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private Optional<Organisation> organisation(String key, YamlNode node, String path) {
        return r.fields(node, path, ORGANISATION_FIELDS)
                .flatMap(
                        f -> {
                            Optional<Localized<String>> name =
                                    f.required(
                                            "name",
                                            "add 'name: {en: ..., sr-Cyrl: ...}'",
                                            r::localizedLine);
                            Optional<Localized<String>> shortName =
                                    f.optional("short-name", r::localizedLine);
                            Optional<Localized<String>> address =
                                    f.required(
                                            "address",
                                            "add 'address:' per language, lines separated by new lines",
                                            r::localizedText);
                            Optional<String> website =
                                    f.optional("website", (n, p) -> ReleaseReader.url(r, n, p));
                            Optional<String> email =
                                    f.optional("email", (n, p) -> ReleaseReader.email(r, n, p));
                            Optional<String> phone = f.optional("phone", r::line);
                            Optional<Map<LocaleTag, List<Block>>> boilerplate =
                                    f.required(
                                            "boilerplate",
                                            "add 'boilerplate:' with the 'About' text per language",
                                            (n, p) -> r.perLocale(n, p, markdown::blocks));
                            Optional<List<Contact>> contacts =
                                    f.optional("contacts")
                                            .map(
                                                    n ->
                                                            r.listOf(
                                                                    n,
                                                                    f.path("contacts"),
                                                                    (c, p) ->
                                                                            ReleaseReader
                                                                                    .readContact(
                                                                                            r, c,
                                                                                            p)))
                                            .orElse(Optional.of(List.of()));
                            Optional<Localized<Path>> logo = f.optional("logo", this::logo);
                            Optional<Localized<String>> dateline =
                                    f.optional("dateline", r::localizedLine);
                            boolean ok =
                                    name.isPresent()
                                            && address.isPresent()
                                            && boilerplate.isPresent()
                                            && contacts.isPresent()
                                            && (f.optional("short-name").isEmpty()
                                                    || shortName.isPresent())
                                            && (f.optional("website").isEmpty()
                                                    || website.isPresent())
                                            && (f.optional("email").isEmpty() || email.isPresent())
                                            && (f.optional("phone").isEmpty() || phone.isPresent())
                                            && (f.optional("logo").isEmpty() || logo.isPresent())
                                            && (f.optional("dateline").isEmpty()
                                                    || dateline.isPresent());
                            if (!ok) {
                                return Optional.empty();
                            }
                            return Optional.of(
                                    new Organisation(
                                            key,
                                            name.get(),
                                            shortName,
                                            address.get(),
                                            website,
                                            email,
                                            phone,
                                            Localized.of(boilerplate.get()),
                                            contacts.get(),
                                            logo,
                                            dateline));
                        });
    }

    /** One logo for every locale, or one per locale. */
    private Optional<Localized<Path>> logo(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar) {
            return imageFile(node, path)
                    .map(
                            p -> {
                                Map<LocaleTag, Path> all = new EnumMap<>(LocaleTag.class);
                                for (LocaleTag t : LocaleTag.values()) {
                                    all.put(t, p);
                                }
                                return Localized.of(all);
                            });
        }
        return r.perLocale(node, path, this::imageFile).map(Localized::of);
    }

    private Optional<Path> imageFile(YamlNode node, String path) {
        return r.line(node, path)
                .flatMap(
                        s -> {
                            Optional<Path> file = Workspaces.inside(root, s, root);
                            if (file.isEmpty()) {
                                r.error(
                                        node,
                                        path,
                                        "the path '"
                                                + s
                                                + "' leaves the workspace; keep the logo inside it");
                                return Optional.empty();
                            }
                            if (!Files.isRegularFile(file.get())) {
                                r.error(
                                        node,
                                        path,
                                        "the file '"
                                                + s
                                                + "' does not exist in the workspace; check the name");
                                return Optional.empty();
                            }
                            return file;
                        });
    }
}
