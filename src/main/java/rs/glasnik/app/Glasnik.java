package rs.glasnik.app;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * The use cases of glasnik, one method each; the command line and tests call only this. Each method
 * hands its request to the class that does the work: {@link Checking}, {@link Listing}, {@link
 * Rendering} and {@link Packing} (both through the one {@link Pipeline}), {@link Transliteration},
 * {@link Scaffolding}; the workspace is read through {@link WorkspaceAccess} and the options are
 * judged by {@link Options}.
 *
 * <p>{@code new Glasnik().check(new Requests.Check(Optional.empty(),
 * List.of(Path.of("examples"))))}
 */
public final class Glasnik {
    /** Checks workspaces and release files; every file is read even when others are broken. */
    public Requests.CheckResult check(Requests.Check request) throws Failure {
        return Checking.check(request);
    }

    /** Lists the releases of a workspace, newest first. */
    public Requests.ListResult list(Requests.ListReleases request) throws Failure {
        return Listing.list(request);
    }

    /** The reader-visible text of one release in one locale. */
    public Requests.ShowResult show(Requests.Show request) throws Failure {
        return Listing.show(request);
    }

    /**
     * Renders releases to files: {@code <out>/<id>.<lang>.<format>}, each written through a
     * temporary file. Fonts are checked against the text before anything is written.
     */
    public Requests.Written render(Requests.Render request) throws Failure {
        return Rendering.render(request);
    }

    /**
     * Makes a press pack: {@code <out>/<pack>.pdf}, {@code <pack>.docx} and {@code <pack>.zip},
     * written together through temporary files. {@code listener} hears of releases whose languages
     * cannot be aligned to the end, and of progress.
     */
    public Requests.Written pack(Requests.Pack request, Requests.PackListener listener)
            throws Failure {
        return Packing.pack(request, listener);
    }

    /**
     * Transliterates files (or {@code stdin} when none are named) by their kind: plain text,
     * Markdown, release files (the derived variant is written into the file) and Word documents.
     * Text for standard output goes to {@code stdout}; warnings go to {@code warnings}. Every file
     * is converted before any is written; see {@link Transliteration#run}.
     */
    public Requests.Translated translit(
            Requests.Translit request,
            InputStream stdin,
            OutputStream stdout,
            Consumer<Problem> warnings)
            throws Failure {
        return Transliteration.translit(request, stdin, stdout, warnings);
    }

    /** Creates a workspace with glasnik.yaml, the schemas and one starter release. */
    public Requests.Written init(Requests.Init request) throws Failure {
        return Scaffolding.init(request);
    }

    /** Writes the JSON Schemas editors use into {@code dir/schemas}, replacing older copies. */
    public List<Path> writeSchemas(Path dir) throws Failure {
        return Scaffolding.writeSchemas(dir);
    }

    /** Scaffolds {@code releases/<id>/release.yaml} in an existing workspace. */
    public Requests.Written newRelease(Requests.NewRelease request) throws Failure {
        return Scaffolding.newRelease(request);
    }

    /**
     * The transliterator with the workspace's own exceptions ({@code translit-exceptions.txt}), if
     * it has any.
     */
    public SerbianTransliterator transliterator(Path workspace) throws Failure {
        return WorkspaceAccess.transliterator(workspace);
    }

    /** glasnik's version, from the build. */
    public static String version() {
        return Version.get();
    }

    /**
     * What the renderers get for one release in one language, made exactly as {@code render} makes
     * it: the resolved document, the template, the images and the logo, and the time to write into
     * the file (the release date; SOURCE_DATE_EPOCH is the caller's to apply).
     */
    public record RenderInput(
            Document document, Template template, Assets assets, Instant created) {}

    /** The {@link RenderInput} of release {@code id} of the workspace, in {@code lang}. */
    public RenderInput renderInput(Path workspace, String id, LocaleTag lang) throws Failure {
        return Preparation.renderInput(workspace, id, lang);
    }
}
