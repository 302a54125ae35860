package rs.glasnik.render.pdf;

import java.util.Arrays;
import java.util.List;
import rs.glasnik.model.Document;
import rs.glasnik.model.Pack;
import rs.glasnik.render.FormatException;
import rs.glasnik.render.NamedFormat;
import rs.glasnik.render.RenderContext;

/**
 * PDF in the format registry: {@link PdfRenderer} for a release, {@link PackPdfRenderer} for a
 * pack, in the context's profile.
 */
public final class PdfFormat extends NamedFormat {
    public PdfFormat() {
        super("pdf", "PDF", false, true);
    }

    @Override
    public List<String> profiles() {
        return Arrays.stream(PdfProfile.values()).map(PdfProfile::id).toList();
    }

    @Override
    public byte[] render(Document document, RenderContext context) throws FormatException {
        return made(() -> PdfRenderer.render(document, job(context)));
    }

    @Override
    public byte[] render(Pack pack, RenderContext context) throws FormatException {
        return made(() -> PackPdfRenderer.render(pack, job(context)));
    }

    private static PdfJob job(RenderContext context) {
        return new PdfJob(
                context.template(),
                context.assets(),
                context.created(),
                profile(context),
                context.creator());
    }

    private static PdfProfile profile(RenderContext context) {
        return PdfProfile.of(context.profile())
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no PDF profile '" + context.profile() + "'"));
    }

    /** A renderer's call. */
    private interface Call {
        byte[] run() throws PdfFormatException;
    }

    /** The renderer's bytes, or its failure as the registry's. */
    private static byte[] made(Call call) throws FormatException {
        try {
            return call.run();
        } catch (PdfFormatException e) {
            throw new FormatException(e.getMessage(), e);
        }
    }
}
