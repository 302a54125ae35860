package rs.glasnik.render.docx;

import rs.glasnik.model.Document;
import rs.glasnik.model.Pack;
import rs.glasnik.render.Format;
import rs.glasnik.render.FormatException;
import rs.glasnik.render.RenderContext;

/** DOCX in the format registry: {@link DocxRenderer} for a release, {@link PackDocxRenderer}. */
public final class DocxFormat implements Format {
    @Override
    public String id() {
        return "docx";
    }

    @Override
    public String title() {
        return "DOCX";
    }

    @Override
    public boolean editable() {
        return true;
    }

    @Override
    public boolean compressed() {
        return true;
    }

    @Override
    public byte[] render(Document document, RenderContext context) throws FormatException {
        try {
            return DocxRenderer.render(
                    document, context.template(), context.assets(), context.created());
        } catch (DocxFormatException e) {
            throw new FormatException(e.getMessage(), e);
        }
    }

    @Override
    public byte[] render(Pack pack, RenderContext context) throws FormatException {
        try {
            return PackDocxRenderer.render(
                    pack, context.template(), context.assets(), context.created());
        } catch (DocxFormatException e) {
            throw new FormatException(e.getMessage(), e);
        }
    }

    @Override
    public void warmUp() {
        DocxRenderer.warmUp();
    }
}
