package rs.glasnik.render.docx;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;

/**
 * Renders a {@link Pack} as one Word document: cover, a table of contents field, the releases (side
 * by side in a borderless two-column table, or one language after the other), the index of people;
 * the pack's title as running head, page n of N.
 *
 * <p>In the parallel layout the first two languages are side by side; a third language follows each
 * release's table, alone. The titles of the releases are Heading 1 (first language) and Heading 2
 * (the others), which the contents list; see {@link PackWriter}.
 *
 * <p>{@code byte[] docx = PackDocxRenderer.render(pack, template, new Assets(images, logo),
 * Instant.ofEpochSecond(sourceDateEpoch));}
 */
public final class PackDocxRenderer {
    private PackDocxRenderer() {}

    /**
     * The pack's DOCX; {@code assets} holds the logo and every figure of every document. {@code
     * created} is the creation and modification time of the core properties and the zip entries.
     *
     * @throws DocxFormatException when an image (a figure or the logo) cannot be read
     */
    public static byte[] render(Pack pack, Template template, Assets assets, Instant created)
            throws DocxFormatException {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(created, "created");
        return DocxPackage.write(
                template,
                pack.covers().get(0).language(),
                DocxPackage.Kind.PACK,
                properties(pack),
                created,
                (doc, numbering) -> {
                    new PackWriter(doc, pack, template, assets, numbering).write();
                    headersAndFooters(doc, pack);
                });
    }

    /**
     * The cover has neither head nor foot; every other page has the pack's title in its first two
     * languages as its head and the first language's page label in its foot.
     */
    private static void headersAndFooters(XWPFDocument doc, Pack pack) {
        List<Pack.Cover> covers = pack.covers();
        HeaderFooterText.styled(doc.createHeader(HeaderFooterType.FIRST), WordStyle.HEADER);
        HeaderFooterText.styled(doc.createFooter(HeaderFooterType.FIRST), WordStyle.FOOTER);
        XWPFParagraph header =
                HeaderFooterText.styled(
                        doc.createHeader(HeaderFooterType.DEFAULT), WordStyle.HEADER);
        Pack.Cover first = covers.get(0);
        Pack.Cover second = covers.get(1);
        HeaderFooterText.text(header, first.title(), first.language());
        if (!second.title().equals(first.title())) {
            HeaderFooterText.text(header, " / ", first.language());
            HeaderFooterText.text(header, second.title(), second.language());
        }
        HeaderFooterText.pageLabel(
                HeaderFooterText.styled(
                        doc.createFooter(HeaderFooterType.DEFAULT), WordStyle.FOOTER),
                first.pageLabel(),
                first.language());
    }

    /** The pack's {@link Pack.Info}, computed by the pack, as the core properties. */
    private static CoreProperties properties(Pack pack) {
        Pack.Info info = pack.info();
        return new CoreProperties(
                info.title(),
                info.subject(),
                info.author(),
                info.description(),
                info.keywords(),
                info.language());
    }
}
