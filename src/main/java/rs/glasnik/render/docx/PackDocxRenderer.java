package rs.glasnik.render.docx;

import java.time.Instant;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;

/**
 * Renders a {@link Pack} as one Word document: cover, a table of contents field, the releases (side
 * by side in a borderless two-column table, or one language after the other), the index of people;
 * the pack's title as running head, page n of N.
 */
public final class PackDocxRenderer {
    private PackDocxRenderer() {}

    /** The pack's DOCX; {@code assets} holds the logo and every figure of every document. */
    public static byte[] render(Pack pack, Template template, Assets assets, Instant created)
            throws DocxFormatException {
        throw new UnsupportedOperationException("not yet");
    }
}
