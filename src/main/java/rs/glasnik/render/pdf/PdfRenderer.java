package rs.glasnik.render.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import rs.glasnik.model.Document;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;
import rs.glasnik.render.pdf.PdfFonts.Face;

/**
 * Renders a resolved {@link Document} as a PDF laid out by a {@link Template}: justified and
 * hyphenated text set line by line with kerning, no widows or orphans, headings kept with what
 * follows; every font embedded and subset with a ToUnicode map, so the text copies out exactly;
 * title, author, subject, keywords, language, XMP and an outline; the same bytes for the same
 * input.
 *
 * <p>{@code byte[] pdf = PdfRenderer.render(document, template, assets, created, PdfProfile.SCREEN,
 * "glasnik 0.1.0");}
 */
public final class PdfRenderer {
    private PdfRenderer() {}

    /**
     * The PDF of one resolved document.
     *
     * @param created the creation and modification time written into the file
     * @param creator the application named as the document's creator
     * @throws PdfFormatException when an image cannot be read
     */
    public static byte[] render(
            Document document,
            Template template,
            Assets assets,
            Instant created,
            PdfProfile profile,
            String creator)
            throws PdfFormatException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(profile, "profile");
        Document.Info info = document.info();
        String language = info.language();
        String seed = info.id() + "/" + language + "/" + profile.id();
        PdfFonts fonts = new PdfFonts(template, language, seed);
        Paragraphs.WordBreaks breaks = Hyphenation.forLanguage(language)::points;
        List<Flow> flow =
                new Typesetter(
                                document,
                                template,
                                assets,
                                fonts,
                                breaks,
                                profile == PdfProfile.ARCHIVE)
                        .flow();
        List<Pages.Page> pages = Pages.paginate(flow, textHeight(template));
        String organisation =
                document.parts().stream()
                        .filter(Document.Letterhead.class::isInstance)
                        .map(p -> ((Document.Letterhead) p).organisation())
                        .findFirst()
                        .orElse(info.author());
        Furniture furniture = new Furniture(template, fonts.get(Face.SANS));
        return PdfFile.write(
                template,
                profile,
                new PdfFile.Metadata(
                        info.title(), info.author(), info.subject(), info.keywords(), language),
                created,
                creator,
                seed,
                sheets -> {
                    for (int n = 0; n < pages.size(); n++) {
                        Canvas canvas = sheets.newPage();
                        sheets.place(pages.get(n));
                        // Running head and footer after the text, so that extraction reads them
                        // last.
                        if (n > 0) {
                            furniture.head(canvas, sheets, organisation);
                        }
                        furniture.foot(
                                canvas,
                                sheets,
                                Furniture.pageLabel(document.pageLabel(), n + 1, pages.size()));
                    }
                });
    }

    /** The height of the template's text area, in points. */
    static float textHeight(Template template) {
        Template.Page page = template.page();
        return (float) ((page.height() - page.top() - page.bottom()) * Typesetter.PT_PER_MM);
    }
}
