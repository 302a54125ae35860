package rs.glasnik.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Localized;
import rs.glasnik.model.Organisation;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.SourceMap;
import rs.glasnik.model.Template;
import rs.glasnik.model.Variant;
import rs.glasnik.model.Workspace;
import rs.glasnik.render.FontPreflight;
import rs.glasnik.render.Images;
import rs.glasnik.render.text.PlainTextRenderer;
import rs.glasnik.resolve.Resolver;
import rs.glasnik.store.LoadException;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.store.WorkspaceStore.Loaded;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * What {@code render} refuses, found by {@code check} first: every image a release or the workspace
 * refers to is a PNG or JPEG within the limits and undamaged ({@link Images#validate}), and every
 * character a document shows is in the template's fonts ({@link FontPreflight}). Each problem is
 * placed where the image is referred to, or where the character is written.
 *
 * <p>{@code List<Problem> problems = Preflight.check(root, settings, releases, lint);}
 */
final class Preflight {
    private Preflight() {}

    /** An image file, and where a release or the workspace refers to it. */
    record Reference(SourceMap map, String field, Path file, String name) {
        Problem problem(Verdict verdict) {
            String message = "the image '" + name + "' " + verdict.message();
            return verdict.error() ? map.error(field, message) : map.warning(field, message);
        }

        /** {@code file:line:column: the image 'name' <message>}, for one-line failures. */
        String located(String message) {
            SourceMap.Position at = map.at(field);
            return map.file()
                    + ":"
                    + at.line()
                    + ":"
                    + at.column()
                    + ": the image '"
                    + name
                    + "' "
                    + message;
        }
    }

    /**
     * The problems of the images and fonts of {@code releases}. The fonts are checked only for
     * releases without errors in {@code lint} (a release that does not load or lint cleanly cannot
     * be laid out), in every language the release can be shown in.
     */
    static List<Problem> check(
            Path root, Optional<Workspace> settings, List<Release> releases, List<Problem> lint) {
        List<Problem> problems = new ArrayList<>();
        Map<Path, Optional<Verdict>> judged = new LinkedHashMap<>();
        Set<String> reported = new HashSet<>();
        if (settings.isPresent()) {
            for (Reference ref : references(settings.get())) {
                judge(ref, judged).ifPresent(m -> problems.add(ref.problem(m)));
            }
        }
        for (Release release : releases) {
            List<Reference> refs = new ArrayList<>(references(release));
            // An image referred to in several variants is reported where it comes first.
            refs.sort(
                    java.util.Comparator.comparingInt((Reference r) -> r.map().at(r.field()).line())
                            .thenComparingInt(r -> r.map().at(r.field()).column()));
            for (Reference ref : refs) {
                // One image referred to twice in a file is reported once.
                Optional<Verdict> problem = judge(ref, judged);
                if (problem.isPresent() && reported.add(ref.map().file() + "\n" + ref.file())) {
                    problems.add(ref.problem(problem.get()));
                }
            }
        }
        if (settings.isEmpty()) {
            return problems;
        }
        Workspace ws = settings.get();
        Loaded<Template> template = WorkspaceStore.template(ws.template(), Optional.of(root));
        if (template.value().isEmpty()) {
            problems.addAll(template.problems());
            return problems;
        }
        SerbianTransliterator translit;
        try {
            translit = WorkspaceAccess.transliterator(root);
        } catch (Failure f) {
            problems.addAll(f.problems());
            return problems;
        }
        Set<String> said = new HashSet<>();
        Map<LocaleTag, Loaded<Map<String, String>>> labelsOf =
                new java.util.EnumMap<>(LocaleTag.class);
        for (Release release : releases) {
            Path file = release.sourceMap().file();
            if (lint.stream().anyMatch(p -> p.isError() && p.file().equals(file))) {
                continue;
            }
            for (LocaleTag lang : LocaleTag.values()) {
                if (Resolver.unavailable(release, lang).isPresent()) {
                    continue;
                }
                boolean first = !labelsOf.containsKey(lang);
                Loaded<Map<String, String>> labels =
                        labelsOf.computeIfAbsent(
                                lang, l -> WorkspaceAccess.labels(l, root, translit));
                if (labels.value().isEmpty()) {
                    if (first) {
                        problems.addAll(labels.problems()); // render would stop on them too
                    }
                    continue;
                }
                Document document =
                        Resolver.resolve(
                                ws,
                                release,
                                LocaleFormats.of(lang, labels.value().get(), ws.english()),
                                translit);
                for (FontPreflight.Missing missing :
                        FontPreflight.missingAll(shownText(document), template.value().get())) {
                    Problem p =
                            missing.codePoint() < 0
                                    ? ws.sourceMap().error("template", missing.message())
                                    : locate(root, release, ws, lang, missing);
                    if (said.add(p.file() + ":" + missing.codePoint())) {
                        problems.add(p);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Fails, in one line placed where the character is written, when the template's fonts lack a
     * character {@code document} shows.
     */
    static void fonts(
            Document document,
            Template template,
            Path root,
            Release release,
            Workspace settings,
            LocaleTag lang)
            throws Failure {
        List<FontPreflight.Missing> missing =
                FontPreflight.missingAll(shownText(document), template);
        if (missing.isEmpty()) {
            return;
        }
        FontPreflight.Missing first = missing.get(0);
        if (first.codePoint() < 0) {
            throw new Failure(first.message());
        }
        Problem p = locate(root, release, settings, lang, first);
        throw new Failure(p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message());
    }

    /** Everything a document shows, as the font check sees it. */
    static String shownText(Document document) {
        return PlainTextRenderer.render(document) + document.pageLabel();
    }

    /**
     * A missing character where it is first written: in the release, in {@code glasnik.yaml}, or in
     * the workspace's labels; else (a letter made by transliteration) at the release's variants.
     */
    private static Problem locate(
            Path root, Release release, Workspace ws, LocaleTag lang, FontPreflight.Missing m) {
        List<Path> files = new ArrayList<>();
        files.add(release.sourceMap().file());
        files.add(ws.sourceMap().file());
        files.add(root.resolve("locales").resolve(lang.tag() + ".yaml"));
        if (lang == LocaleTag.SR_LATN) {
            files.add(root.resolve("locales").resolve(LocaleTag.SR_CYRL.tag() + ".yaml"));
        }
        for (Path file : files) {
            Optional<String> text;
            try {
                text = WorkspaceStore.readText(file);
            } catch (LoadException e) {
                continue;
            }
            if (text.isPresent()) {
                Optional<int[]> at = find(text.get(), m.codePoint());
                if (at.isPresent()) {
                    return Problem.error(file, at.get()[0], at.get()[1], "", m.message());
                }
            }
        }
        return release.sourceMap().error("variants", "in " + lang + ", " + m.message());
    }

    /**
     * The line and column (1-based, in code points) where {@code codePoint} first stands outside a
     * comment line.
     */
    static Optional<int[]> find(String text, int codePoint) {
        String wanted = new String(Character.toChars(codePoint));
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf(wanted); i >= 0; i = text.indexOf(wanted, i + 1)) {
            for (int k = lineStart; k < i; k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            if (!text.substring(lineStart, i).stripLeading().startsWith("#")) {
                return Optional.of(new int[] {line, text.codePointCount(lineStart, i) + 1});
            }
        }
        return Optional.empty();
    }

    /** The images of a release: in each variant's body, in its boilerplate and notes. */
    static List<Reference> references(Release r) {
        List<Reference> out = new ArrayList<>();
        for (Map.Entry<LocaleTag, Variant> e : r.variants().entrySet()) {
            figures(
                    r.sourceMap(),
                    "variants." + e.getKey().tag() + ".body",
                    e.getValue().body(),
                    out);
        }
        r.boilerplate().ifPresent(b -> localized(r.sourceMap(), "boilerplate", b, out));
        r.notes().ifPresent(b -> localized(r.sourceMap(), "notes", b, out));
        return out;
    }

    /** The images of the workspace: each organisation's logo and those in its boilerplate. */
    static List<Reference> references(Workspace ws) {
        List<Reference> out = new ArrayList<>();
        for (Organisation org : ws.organisations().values()) {
            String path = "organisations." + org.key();
            if (org.logo().isPresent()) {
                Set<Path> seen = new HashSet<>();
                for (Map.Entry<LocaleTag, Path> e : org.logo().get().values().entrySet()) {
                    String field = path + ".logo." + e.getKey().tag();
                    if (!ws.sourceMap().positions().containsKey(field)) {
                        field = path + ".logo"; // one logo for every language
                    }
                    if (seen.add(e.getValue())) {
                        out.add(
                                new Reference(
                                        ws.sourceMap(),
                                        field,
                                        e.getValue(),
                                        String.valueOf(e.getValue().getFileName())));
                    }
                }
            }
            localized(ws.sourceMap(), path + ".boilerplate", org.boilerplate(), out);
        }
        return out;
    }

    private static void localized(
            SourceMap map, String path, Localized<List<Block>> blocks, List<Reference> out) {
        blocks.values().forEach((tag, b) -> figures(map, path + "." + tag.tag(), b, out));
    }

    private static void figures(
            SourceMap map, String field, List<Block> blocks, List<Reference> out) {
        for (Block block : blocks) {
            if (block instanceof Block.Figure f) {
                out.add(
                        new Reference(
                                map, SourceMap.image(field, f.source()), f.file(), f.source()));
            } else if (block instanceof Block.Quote q) {
                figures(map, field, q.content(), out);
            } else if (block instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) {
                    figures(map, field, item.content(), out);
                }
            }
        }
    }

    /** What is wrong with an image: an error, or a warning. */
    record Verdict(boolean error, String message) {}

    /** What is wrong with a reference's file, judged once per file. */
    private static Optional<Verdict> judge(Reference ref, Map<Path, Optional<Verdict>> judged) {
        Optional<Verdict> known = judged.get(ref.file());
        if (known != null) {
            return known;
        }
        Optional<Verdict> verdict;
        try {
            int orientation = Images.orientation(read(ref.file()));
            verdict =
                    orientation == 1
                            ? Optional.empty()
                            : Optional.of(
                                    new Verdict(
                                            false,
                                            "is marked to be shown "
                                                    + (orientation == 3
                                                            ? "upside down"
                                                            : orientation == 6 || orientation == 8
                                                                    ? "turned on its side"
                                                                    : "mirrored")
                                                    + " (EXIF orientation "
                                                    + orientation
                                                    + "); the PDF shows it as stored, Word and"
                                                    + " other programs may turn it: turn it"
                                                    + " upright in an image editor and save it"
                                                    + " without the mark"));
        } catch (Images.Unusable e) {
            verdict = Optional.of(new Verdict(true, e.getMessage()));
        } catch (IOException e) {
            verdict = Optional.of(new Verdict(true, "cannot be read: " + e.getMessage()));
        }
        judged.put(ref.file(), verdict);
        return verdict;
    }

    /**
     * An image's bytes for the renderers, judged first: a file that is too large is not read, a
     * damaged one fails before anything is drawn, both with the place it is referred to.
     */
    static byte[] image(Path file, List<Reference> references, LocaleTag lang) throws Failure {
        try {
            return read(file);
        } catch (Images.Unusable | IOException e) {
            String message =
                    e instanceof Images.Unusable
                            ? e.getMessage()
                            : "cannot be read: " + e.getMessage();
            throw new Failure(
                    reference(file, references, lang)
                            .map(r -> r.located(message))
                            .orElse(file + ": the image " + message));
        }
    }

    /**
     * Where the document being made refers to {@code file}: in its own variant, in the variant its
     * text is derived from (sr-Cyrl for sr-Latn), or anywhere else.
     */
    private static Optional<Reference> reference(
            Path file, List<Reference> references, LocaleTag lang) {
        List<String> preferred = new ArrayList<>(List.of("variants." + lang.tag() + "."));
        if (lang == LocaleTag.SR_LATN) {
            preferred.add("variants." + LocaleTag.SR_CYRL.tag() + ".");
        }
        for (String prefix : preferred) {
            for (Reference r : references) {
                if (r.file().equals(file) && r.field().startsWith(prefix)) {
                    return Optional.of(r);
                }
            }
        }
        return references.stream().filter(r -> r.file().equals(file)).findFirst();
    }

    /** Images already judged good in this process, by their content's SHA-256. */
    private static final Set<String> GOOD = ConcurrentHashMap.newKeySet();

    private static final int KEPT = 256;

    private static byte[] read(Path file) throws IOException, Images.Unusable {
        Images.checkFileSize(Files.size(file));
        byte[] bytes;
        try {
            bytes = WorkspaceStore.readAsset(file);
        } catch (LoadException e) {
            throw new IOException(e.problem().message(), e);
        }
        String digest = digest(bytes);
        if (!GOOD.contains(digest)) {
            Images.validate(bytes);
            if (GOOD.size() >= KEPT) {
                GOOD.clear();
            }
            GOOD.add(digest);
        }
        return bytes;
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return java.util.HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
