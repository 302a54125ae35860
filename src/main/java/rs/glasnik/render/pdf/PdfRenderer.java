package rs.glasnik.render.pdf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rs.glasnik.model.Document;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;
import rs.glasnik.render.pdf.typeset.Face;
import rs.glasnik.render.pdf.typeset.Flow;
import rs.glasnik.render.pdf.typeset.Hyphenation;
import rs.glasnik.render.pdf.typeset.Pages;
import rs.glasnik.render.pdf.typeset.Typesetter;
import rs.glasnik.render.pdf.typeset.UnreadableImageException;

/**
 * Renders a resolved {@link Document} as a PDF laid out by a {@link Template}: justified and
 * hyphenated text set line by line with kerning, no widows or orphans, headings kept with what
 * follows; every font embedded and subset with a ToUnicode map, so the text copies out exactly;
 * title, author, subject, keywords, language, XMP and an outline; the same bytes for the same
 * input. The layout is the engine's ({@link Typesetter}); this class writes it with OpenPDF.
 *
 * <p>{@code byte[] pdf = PdfRenderer.render(document, new PdfJob(template, assets, created,
 * PdfProfile.SCREEN, "glasnik 0.1.0"));}
 */
public final class PdfRenderer {
    private PdfRenderer() {}

    /**
     * The PDF of one resolved document.
     *
     * @param job the layout, images, creation time, profile and creator of the file
     * @throws PdfFormatException when an image cannot be read
     */
    public static byte[] render(Document document, PdfJob job) throws PdfFormatException {
        Objects.requireNonNull(document, "document");
        Template template = job.template();
        Assets assets = job.assets();
        PdfProfile profile = job.profile();
        Document.Info info = document.info();
        String language = info.language();
        String seed = info.id() + "/" + language + "/" + profile.id();
        PdfFonts fonts = new PdfFonts(template, language, seed);
        List<Flow> flow;
        try {
            flow =
                    new Typesetter(
                                    document,
                                    template,
                                    assets,
                                    fonts,
                                    Hyphenation.forLanguage(language)::points,
                                    Figures.reader(profile == PdfProfile.ARCHIVE),
                                    Typesetter.textWidth(template))
                            .flow();
        } catch (UnreadableImageException e) {
            throw Figures.unreadable(e);
        }
        List<Pages.Page> pages = Pages.paginate(flow, Typesetter.textHeight(template));
        String organisation =
                document.parts().stream()
                        .filter(Document.Letterhead.class::isInstance)
                        .map(p -> ((Document.Letterhead) p).organisation())
                        .findFirst()
                        .orElse(info.author());
        Furniture furniture = new Furniture(template, fonts.get(Face.SANS));
        Optional<Furniture.Head> head = Optional.of(new Furniture.Head(organisation, false));
        return PdfFile.write(
                template,
                profile,
                new PdfFile.Metadata(
                        info.title(), info.author(), info.subject(), info.keywords(), language),
                job.created(),
                job.creator(),
                seed,
                sheets ->
                        furniture.draw(
                                sheets,
                                pages,
                                0,
                                document.pageLabel(),
                                n -> n > 0 ? head : Optional.empty()));
    }
}
