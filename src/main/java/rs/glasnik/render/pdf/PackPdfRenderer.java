package rs.glasnik.render.pdf;

import java.time.Instant;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;

/**
 * Renders a {@link Pack} as one PDF: cover, contents with page numbers, the releases (side by side
 * or one language after the other), the index of people; bookmarks per release and language, the
 * pack's title as running head, page n of N.
 */
public final class PackPdfRenderer {
    private PackPdfRenderer() {}

    /** The pack's PDF; {@code assets} holds the logo and every figure of every document. */
    public static byte[] render(
            Pack pack,
            Template template,
            Assets assets,
            Instant created,
            PdfProfile profile,
            String creator)
            throws PdfFormatException {
        throw new UnsupportedOperationException("not yet");
    }
}
