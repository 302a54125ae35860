package rs.glasnik.bench;

import java.nio.file.Path;
import java.time.Instant;
import rs.glasnik.app.Failure;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;
import rs.glasnik.render.docx.DocxRenderer;

/**
 * Everything {@link DocxRenderer#render} needs for one release in one locale, made the way {@code
 * glasnik render} makes it: the workspace loaded and checked, the release resolved with the
 * locale's labels, the workspace's template (fonts included) and the images and logo read.
 *
 * <p>Made by {@code Glasnik.renderInput}: the steps of {@code glasnik render} up to the renderer.
 *
 * @param document the resolved document
 * @param template the workspace's template
 * @param assets the figures the document shows and the organisation's logo
 * @param created the time written into the document (the release date, as {@code glasnik render})
 */
public record DocxExample(Document document, Template template, Assets assets, Instant created) {
    /** The example workspace unless {@code -Dglasnik.bench.workspace} says otherwise. */
    public static final String WORKSPACE = "examples";

    /** The release {@code id} of the workspace {@code root}, resolved for {@code lang}. */
    public static DocxExample load(Path root, String id, LocaleTag lang) {
        try {
            Glasnik.RenderInput input = new Glasnik().renderInput(root, id, lang);
            return new DocxExample(
                    input.document(), input.template(), input.assets(), input.created());
        } catch (Failure e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The DOCX, as {@code glasnik render} writes it to its file. */
    public byte[] render() {
        try {
            return DocxRenderer.render(document, template, assets, created);
        } catch (rs.glasnik.render.docx.DocxFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
