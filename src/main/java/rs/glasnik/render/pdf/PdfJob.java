package rs.glasnik.render.pdf;

import java.time.Instant;
import java.util.Objects;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;

/**
 * What the PDF of a release or of a pack is made with beside its text: the layout, the images, the
 * time written into the file, the profile and the application named as its creator.
 *
 * <p>{@code PdfRenderer.render(document, new PdfJob(template, assets, created, PdfProfile.SCREEN,
 * "glasnik 0.1.0"))}
 */
public record PdfJob(
        Template template, Assets assets, Instant created, PdfProfile profile, String creator) {
    public PdfJob {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(creator, "creator");
    }
}
