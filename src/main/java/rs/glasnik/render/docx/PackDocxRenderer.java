package rs.glasnik.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
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
        WordParts parts = new WordParts(template, pack.covers().get(0).language());
        ListNumbering numbering = new ListNumbering();
        byte[] written;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles();
            doc.createNumbering();
            DocxRenderer.fontTable(doc, parts.fontTable());
            new PackWriter(doc, pack, template, assets, numbering).write();
            headersAndFooters(doc, pack);
            DocxRenderer.page(doc, template.page());
            properties(doc.getProperties(), pack, created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            written = out.toByteArray();
        } catch (IOException e) {
            if (e instanceof DocxFormatException d) {
                throw d;
            }
            throw new UncheckedIOException("writing a Word document in memory", e);
        }
        return ReproducibleZip.rewrite(
                written,
                created,
                Map.of(
                        "word/styles.xml", parts.packStyles(),
                        "word/numbering.xml", parts.numbering(numbering.ordered()),
                        "word/settings.xml", parts.settings(true)));
    }

    /**
     * The cover has neither head nor foot; every other page has the pack's title in its first two
     * languages as its head and the first language's page label in its foot.
     */
    private static void headersAndFooters(XWPFDocument doc, Pack pack) {
        List<Pack.Cover> covers = pack.covers();
        DocxRenderer.styled(doc.createHeader(HeaderFooterType.FIRST), WordStyle.HEADER);
        DocxRenderer.styled(doc.createFooter(HeaderFooterType.FIRST), WordStyle.FOOTER);
        XWPFParagraph header =
                DocxRenderer.styled(doc.createHeader(HeaderFooterType.DEFAULT), WordStyle.HEADER);
        Pack.Cover first = covers.get(0);
        Pack.Cover second = covers.get(1);
        DocxRenderer.text(header, first.title(), first.language());
        if (!second.title().equals(first.title())) {
            DocxRenderer.text(header, " / ", first.language());
            DocxRenderer.text(header, second.title(), second.language());
        }
        DocxRenderer.pageLabel(
                DocxRenderer.styled(doc.createFooter(HeaderFooterType.DEFAULT), WordStyle.FOOTER),
                first.pageLabel(),
                first.language());
    }

    /** The pack's {@link Pack.Info} as the core properties, as the pack computed it. */
    private static void properties(POIXMLProperties properties, Pack pack, Instant created) {
        Pack.Info info = pack.info();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(info.title());
        core.setCreator(info.author());
        core.setSubjectProperty(info.subject());
        info.description().ifPresent(core::setDescription);
        if (!info.keywords().isEmpty()) {
            core.setKeywords(String.join(", ", info.keywords()));
        }
        core.getUnderlyingProperties().setLanguageProperty(info.language());
        Date time = Date.from(created.truncatedTo(ChronoUnit.SECONDS));
        core.setCreated(Optional.of(time));
        core.setModified(Optional.of(time));
        properties.getExtendedProperties().setApplication("glasnik");
    }
}
