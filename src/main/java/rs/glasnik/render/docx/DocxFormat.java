package rs.glasnik.render.docx;

import rs.glasnik.model.Document;
import rs.glasnik.model.Pack;
import rs.glasnik.render.FormatException;
import rs.glasnik.render.NamedFormat;
import rs.glasnik.render.RenderContext;

/** DOCX in the format registry: {@link DocxRenderer} for a release, {@link PackDocxRenderer}. */
public final class DocxFormat extends NamedFormat {
    public DocxFormat() {
        super("docx", "DOCX", true, true);
    }

    @Override
    public byte[] render(Document document, RenderContext context) throws FormatException {
        return made(
                () ->
                        DocxRenderer.render(
                                document, context.template(), context.assets(), context.created()));
    }

    @Override
    public byte[] render(Pack pack, RenderContext context) throws FormatException {
        return made(
                () ->
                        PackDocxRenderer.render(
                                pack, context.template(), context.assets(), context.created()));
    }

    @Override
    public void warmUp() {
        DocxRenderer.warmUp();
    }

    /** A renderer's call. */
    private interface Call {
        byte[] run() throws DocxFormatException;
    }

    /** The renderer's bytes, or its failure as the registry's. */
    private static byte[] made(Call call) throws FormatException {
        try {
            return call.run();
        } catch (DocxFormatException e) {
            throw new FormatException(e.getMessage(), e);
        }
    }
}
