package rs.glasnik.render.pdf;

import java.util.Arrays;
import java.util.List;
import rs.glasnik.model.Document;
import rs.glasnik.model.Pack;
import rs.glasnik.render.Format;
import rs.glasnik.render.FormatException;
import rs.glasnik.render.RenderContext;

/**
 * PDF in the format registry: {@link PdfRenderer} for a release, {@link PackPdfRenderer} for a
 * pack, in the context's profile.
 */
public final class PdfFormat implements Format {
    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String title() {
        return "PDF";
    }

    @Override
    public boolean editable() {
        return false;
    }

    @Override
    public List<String> profiles() {
        return Arrays.stream(PdfProfile.values()).map(PdfProfile::id).toList();
    }

    @Override
    public boolean compressed() {
        return true;
    }

    @Override
    public byte[] render(Document document, RenderContext context) throws FormatException {
        try {
            return PdfRenderer.render(
                    document,
                    context.template(),
                    context.assets(),
                    context.created(),
                    profile(context),
                    context.creator());
        } catch (PdfFormatException e) {
            throw new FormatException(e.getMessage(), e);
        }
    }

    @Override
    public byte[] render(Pack pack, RenderContext context) throws FormatException {
        try {
            return PackPdfRenderer.render(
                    pack,
                    context.template(),
                    context.assets(),
                    context.created(),
                    profile(context),
                    context.creator());
        } catch (PdfFormatException e) {
            throw new FormatException(e.getMessage(), e);
        }
    }

    private static PdfProfile profile(RenderContext context) {
        return PdfProfile.of(context.profile())
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no PDF profile '" + context.profile() + "'"));
    }
}
