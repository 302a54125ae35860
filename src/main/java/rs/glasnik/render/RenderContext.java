package rs.glasnik.render;

import java.time.Instant;
import java.util.Objects;
import rs.glasnik.model.Template;

/**
 * Everything a {@link Format} is given beside the document: the layout, the images, the time
 * written into the file, the PDF profile and the application named as the file's creator.
 *
 * <p>{@code new RenderContext(template, assets, created, "screen", "glasnik 0.1.0")}
 *
 * @param created the creation and modification time (SOURCE_DATE_EPOCH or the release's date)
 * @param profile the PDF profile by its command-line name (screen, archive, print); formats without
 *     profiles ignore it
 */
public record RenderContext(
        Template template, Assets assets, Instant created, String profile, String creator) {
    public RenderContext {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(creator, "creator");
    }
}
