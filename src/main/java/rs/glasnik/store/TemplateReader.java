package rs.glasnik.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Template;

/**
 * Reads {@code templates/<name>/template.yaml}, from the workspace when it has one of that name,
 * otherwise the built-in one, with the fonts it names ({@code templates/fonts/}).
 */
final class TemplateReader {
    static final List<String> FIELDS =
            List.of(
                    "schema",
                    "page",
                    "fonts",
                    "sizes",
                    "colours",
                    "spacing",
                    "letterhead",
                    "layout");

    private static final Map<String, double[]> PAPER =
            Map.of("A4", new double[] {210, 297}, "Letter", new double[] {215.9, 279.4});

    private TemplateReader() {}

    static WorkspaceStore.Loaded<Template> load(String name, Optional<Path> workspace) {
        if (!NodeReader.SLUG.matcher(name).matches()) {
            Path file = Path.of("templates");
            return new WorkspaceStore.Loaded<>(
                    file,
                    Optional.empty(),
                    List.of(
                            Problem.error(
                                    file,
                                    1,
                                    1,
                                    "",
                                    "'"
                                            + name
                                            + "' is not a template name; a name is lower-case"
                                            + " letters, digits and hyphens, e.g. press-release")));
        }
        Path own =
                workspace
                        .map(w -> w.resolve("templates").resolve(name).resolve("template.yaml"))
                        .orElse(null);
        Path file =
                own != null && Files.isRegularFile(own)
                        ? own
                        : Path.of("templates", name, "template.yaml");
        try {
            if (own != null) {
                Workspaces.confined(own, workspace.get());
            }
            String text =
                    own != null && Files.isRegularFile(own)
                            ? Utf8File.decode(own, Utf8File.readBytes(own))
                            : builtIn("/glasnik/templates/" + name + "/template.yaml")
                                    .orElseThrow(
                                            () ->
                                                    new LoadException(
                                                            Problem.error(
                                                                    file,
                                                                    1,
                                                                    1,
                                                                    "",
                                                                    "no template '"
                                                                            + name
                                                                            + "': glasnik has press-release; a workspace adds its own in templates/<name>/template.yaml")));
            List<Problem> warnings = new java.util.ArrayList<>();
            Optional<YamlNode> node = SafeYaml.parse(file, text, warnings);
            NodeReader r = new NodeReader(file, text);
            r.addAll(warnings);
            if (node.isEmpty()) {
                r.error(1, 1, "", "the template is empty");
                return new WorkspaceStore.Loaded<>(file, Optional.empty(), r.problems());
            }
            Optional<Template> template = read(r, node.get(), name, workspace);
            return new WorkspaceStore.Loaded<>(
                    file, r.hasErrors() ? Optional.empty() : template, r.problems());
        } catch (LoadException e) {
            return new WorkspaceStore.Loaded<>(file, Optional.empty(), List.of(e.problem()));
        }
    }

    private static Optional<Template> read(
            NodeReader r, YamlNode node, String name, Optional<Path> workspace) {
        Optional<NodeReader.Fields> found = r.fields(node, "", FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NodeReader.Fields f = found.get();
        ReleaseReader.schemaVersion(f, r);
        Optional<Template.Page> page =
                f.required(
                        "page", "add 'page: {size: A4, margins: {...}}'", (n, p) -> page(r, n, p));
        Optional<Template.Fonts> fonts =
                f.required(
                        "fonts",
                        "add 'fonts: {body: Noto Serif, headings: Noto Sans}'",
                        (n, p) -> fonts(r, n, p, workspace));
        Optional<Template.Sizes> sizes =
                f.required(
                        "sizes",
                        "add 'sizes: {body: 11, ...}'",
                        (n, p) ->
                                numbers(
                                                r,
                                                n,
                                                p,
                                                List.of(
                                                        "body",
                                                        "title",
                                                        "subtitle",
                                                        "heading1",
                                                        "heading2",
                                                        "label",
                                                        "small"))
                                        .map(
                                                v ->
                                                        new Template.Sizes(
                                                                v[0], v[1], v[2], v[3], v[4], v[5],
                                                                v[6])));
        Optional<Template.Colours> colours =
                f.required(
                        "colours",
                        "add 'colours: {text: \"1A1A1A\", ...}'",
                        (n, p) -> colours(r, n, p));
        Optional<Template.Spacing> spacing =
                f.required(
                        "spacing",
                        "add 'spacing: {line: 1.3, paragraph: 6}'",
                        (n, p) ->
                                numbers(r, n, p, List.of("line", "paragraph"))
                                        .map(v -> new Template.Spacing(v[0], v[1])));
        Optional<Template.Letterhead> letterhead =
                f.required(
                        "letterhead",
                        "add 'letterhead: {logo: true, logo-height: 18}'",
                        (n, p) -> letterhead(r, n, p));
        Template.Layout layout =
                f.optional("layout", (n, p) -> LayoutReader.layout(r, n, p, page)).orElse(null);
        if (r.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(
                new Template(
                        name,
                        page.get(),
                        fonts.get(),
                        sizes.get(),
                        colours.get(),
                        spacing.get(),
                        letterhead.get(),
                        layout == null ? Template.Layout.DEFAULT : layout));
    }

    private static Optional<Template.Page> page(NodeReader r, YamlNode node, String path) {
        return r.fields(node, path, List.of("size", "margins"))
                .flatMap(
                        f -> {
                            Optional<double[]> paper =
                                    f.required(
                                            "size",
                                            "add 'size: A4'",
                                            (n, p) -> r.choice(n, p, "a paper size", PAPER));
                            Optional<double[]> margins =
                                    f.required(
                                            "margins",
                                            "add 'margins: {top: 22, bottom: 22, left: 25, right: 25}'",
                                            (n, p) ->
                                                    numbers(
                                                            r,
                                                            n,
                                                            p,
                                                            List.of(
                                                                    "top", "bottom", "left",
                                                                    "right")));
                            if (paper.isEmpty() || margins.isEmpty()) {
                                return Optional.empty();
                            }
                            String size = paper.get()[0] == 210 ? "A4" : "Letter";
                            double[] m = margins.get();
                            return Optional.of(
                                    new Template.Page(
                                            size,
                                            paper.get()[0],
                                            paper.get()[1],
                                            m[0],
                                            m[1],
                                            m[2],
                                            m[3]));
                        });
    }

    private static Optional<double[]> numbers(
            NodeReader r, YamlNode node, String path, List<String> keys) {
        return r.fields(node, path, keys)
                .flatMap(
                        f -> {
                            double[] out = new double[keys.size()];
                            boolean ok = true;
                            for (int i = 0; i < keys.size(); i++) {
                                Optional<Double> v =
                                        f.required(
                                                keys.get(i),
                                                "add '" + keys.get(i) + ":' with a number",
                                                (n, p) -> number(r, n, p));
                                if (v.isPresent()) {
                                    out[i] = v.get();
                                } else {
                                    ok = false;
                                }
                            }
                            return ok ? Optional.of(out) : Optional.empty();
                        });
    }

    /** A number at least 0: a length in millimetres, a size in points. */
    static Optional<Double> number(NodeReader r, YamlNode node, String path) {
        return r.text(node, path)
                .flatMap(
                        s -> {
                            try {
                                double d = Double.parseDouble(s);
                                if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                                    throw new NumberFormatException();
                                }
                                return Optional.of(d);
                            } catch (NumberFormatException e) {
                                r.error(node, path, "'" + s + "' is not a positive number");
                                return Optional.empty();
                            }
                        });
    }

    private static Optional<Template.Colours> colours(NodeReader r, YamlNode node, String path) {
        return r.fields(node, path, List.of("text", "accent", "muted"))
                .flatMap(
                        f -> {
                            Optional<String> text =
                                    f.required(
                                            "text",
                                            "add 'text: \"1A1A1A\"'",
                                            (n, p) -> colour(r, n, p));
                            Optional<String> accent =
                                    f.required(
                                            "accent",
                                            "add 'accent: \"8C1D18\"'",
                                            (n, p) -> colour(r, n, p));
                            Optional<String> muted =
                                    f.required(
                                            "muted",
                                            "add 'muted: \"5A5A5A\"'",
                                            (n, p) -> colour(r, n, p));
                            if (text.isEmpty() || accent.isEmpty() || muted.isEmpty()) {
                                return Optional.empty();
                            }
                            return Optional.of(
                                    new Template.Colours(text.get(), accent.get(), muted.get()));
                        });
    }

    private static Optional<String> colour(NodeReader r, YamlNode node, String path) {
        return r.text(node, path)
                .flatMap(
                        s -> {
                            String hex = s.startsWith("#") ? s.substring(1) : s;
                            if (!hex.matches("[0-9A-Fa-f]{6}")) {
                                r.error(
                                        node,
                                        path,
                                        "'"
                                                + s
                                                + "' is not a colour; write it as six hex digits in quotes, e.g. \"8C1D18\"");
                                return Optional.empty();
                            }
                            return Optional.of(hex.toUpperCase(java.util.Locale.ROOT));
                        });
    }

    private static Optional<Template.Letterhead> letterhead(
            NodeReader r, YamlNode node, String path) {
        return r.fields(node, path, List.of("logo", "logo-height"))
                .flatMap(
                        f -> {
                            Optional<Boolean> logo =
                                    f.required(
                                            "logo",
                                            "add 'logo: true'",
                                            (n, p) ->
                                                    r.choice(
                                                            n,
                                                            p,
                                                            "true or false",
                                                            Map.of("true", true, "false", false)));
                            Optional<Double> height =
                                    f.required(
                                            "logo-height",
                                            "add 'logo-height: 18' (mm)",
                                            (n, p) -> number(r, n, p));
                            if (logo.isEmpty() || height.isEmpty()) {
                                return Optional.empty();
                            }
                            return Optional.of(new Template.Letterhead(logo.get(), height.get()));
                        });
    }

    private static Optional<Template.Fonts> fonts(
            NodeReader r, YamlNode node, String path, Optional<Path> workspace) {
        return r.fields(node, path, List.of("body", "headings"))
                .flatMap(
                        f -> {
                            Optional<Template.Family> body =
                                    f.required(
                                            "body",
                                            "add 'body: Noto Serif'",
                                            (n, p) -> family(r, n, p, workspace));
                            Optional<Template.Family> headings =
                                    f.required(
                                            "headings",
                                            "add 'headings: Noto Sans'",
                                            (n, p) -> family(r, n, p, workspace));
                            if (body.isEmpty() || headings.isEmpty()) {
                                return Optional.empty();
                            }
                            return Optional.of(new Template.Fonts(body.get(), headings.get()));
                        });
    }

    /** A family by name: its four TrueType files, fonts/<NameWithoutSpaces>-<Style>.ttf. */
    private static Optional<Template.Family> family(
            NodeReader r, YamlNode node, String path, Optional<Path> workspace) {
        return r.line(node, path)
                .flatMap(
                        name -> {
                            String base = name.replace(" ", "");
                            if (!base.matches("[\\p{L}\\p{N}_.-]+") || base.contains("..")) {
                                r.error(
                                        node,
                                        path,
                                        "'"
                                                + name
                                                + "' is not a font family name; write a name such"
                                                + " as Noto Serif, not a path");
                                return Optional.empty();
                            }
                            byte[][] styles = new byte[4][];
                            String[] suffix = {"Regular", "Bold", "Italic", "BoldItalic"};
                            for (int i = 0; i < 4; i++) {
                                String fileName = base + "-" + suffix[i] + ".ttf";
                                if (linksOut(fileName, workspace)) {
                                    r.error(
                                            node,
                                            path,
                                            "the font file templates/fonts/"
                                                    + fileName
                                                    + " is a symbolic link that leads outside the"
                                                    + " workspace, and glasnik reads only files"
                                                    + " inside it; copy the font in instead");
                                    return Optional.empty();
                                }
                                Optional<byte[]> bytes = fontFile(fileName, workspace);
                                if (bytes.isEmpty()) {
                                    r.error(
                                            node,
                                            path,
                                            "no font file templates/fonts/"
                                                    + fileName
                                                    + " for '"
                                                    + name
                                                    + "'; put the four TrueType files of the family there");
                                    return Optional.empty();
                                }
                                styles[i] = bytes.get();
                            }
                            // The Serbian variant (tools/serbian-fonts.py) is optional.
                            byte[][] serbian = new byte[4][];
                            for (int i = 0; i < 4; i++) {
                                serbian[i] =
                                        fontFile(base + "Serbian-" + suffix[i] + ".ttf", workspace)
                                                .orElse(null);
                                if (serbian[i] == null) {
                                    break;
                                }
                            }
                            Optional<Template.Family> variant =
                                    serbian[3] == null
                                            ? Optional.empty()
                                            : Optional.of(
                                                    new Template.Family(
                                                            name + " Serbian",
                                                            serbian[0],
                                                            serbian[1],
                                                            serbian[2],
                                                            serbian[3]));
                            return Optional.of(
                                    new Template.Family(
                                            name, styles[0], styles[1], styles[2], styles[3],
                                            variant));
                        });
    }

    private static boolean linksOut(String fileName, Optional<Path> workspace) {
        return workspace.isPresent()
                && Workspaces.leaves(
                        workspace.get().resolve("templates").resolve("fonts").resolve(fileName),
                        workspace.get());
    }

    /** A font of the workspace, else the built-in one; a link out of the workspace is not read. */
    private static Optional<byte[]> fontFile(String fileName, Optional<Path> workspace) {
        if (linksOut(fileName, workspace)) {
            return Optional.empty();
        }
        if (workspace.isPresent()) {
            Path own = workspace.get().resolve("templates").resolve("fonts").resolve(fileName);
            if (Files.isRegularFile(own)) {
                try {
                    return Optional.of(Files.readAllBytes(own));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        try (InputStream in =
                TemplateReader.class.getResourceAsStream("/glasnik/templates/fonts/" + fileName)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> builtIn(String resource) {
        try (InputStream in = TemplateReader.class.getResourceAsStream(resource)) {
            return in == null
                    ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
