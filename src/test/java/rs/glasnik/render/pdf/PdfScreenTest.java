package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.Inline;
import rs.glasnik.model.LocaleTag;

/**
 * The screen profile's metadata and navigation, read back with PDFBox: language, title shown in the
 * window, the same title, author, subject, keywords and creator in the Info dictionary and in XMP,
 * an outline of the title with the sections under it, and every font embedded.
 */
class PdfScreenTest {
    /** The example with a letterhead, sections, figures and a link. */
    static final String ID = "djordjevic-chepurin";

    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String PDF = "http://ns.adobe.com/pdf/1.3/";
    static final String XMP = "http://ns.adobe.com/xap/1.0/";

    @ParameterizedTest
    @EnumSource(LocaleTag.class)
    void metadataOutlineAndFonts(LocaleTag lang) throws Exception {
        Document document = PdfExamples.input(ID, lang).document();
        Document.Info info = document.info();
        byte[] bytes = PdfExamples.render(ID, lang, PdfProfile.SCREEN);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertEquals(info.language(), catalog.getLanguage(), "/Lang");
            assertNotNull(catalog.getViewerPreferences(), "viewer preferences");
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "DisplayDocTitle");

            PDDocumentInformation in = pdf.getDocumentInformation();
            String keywords = String.join(", ", info.keywords());
            assertEquals(info.title(), in.getTitle(), "Info Title");
            assertEquals(info.author(), in.getAuthor(), "Info Author");
            assertEquals(info.subject(), in.getSubject(), "Info Subject");
            assertEquals(keywords, in.getKeywords(), "Info Keywords");
            assertEquals(PdfExamples.CREATOR, in.getCreator(), "Info Creator");

            org.w3c.dom.Document xmp = xmp(catalog.getMetadata());
            assertEquals(List.of(info.title()), texts(xmp, DC, "title"), "dc:title");
            assertEquals(List.of(info.author()), texts(xmp, DC, "creator"), "dc:creator");
            assertEquals(List.of(info.subject()), texts(xmp, DC, "description"), "dc:description");
            assertEquals(List.of(keywords), texts(xmp, PDF, "Keywords"), "pdf:Keywords");
            assertEquals(
                    List.of(PdfExamples.CREATOR),
                    texts(xmp, XMP, "CreatorTool"),
                    "xmp:CreatorTool");

            PDOutlineItem first = catalog.getDocumentOutline().getFirstChild();
            assertNotNull(first, "an outline");
            assertEquals(info.title(), first.getTitle(), "the first outline entry");
            List<String> under = new ArrayList<>();
            for (PDOutlineItem item : first.children()) {
                under.add(item.getTitle());
            }
            List<String> sections = headings(document);
            assertFalse(sections.isEmpty(), ID + " has sections");
            assertEquals(sections, under, "the sections under the title");

            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
        }
    }

    /** The section headings and headings in the text, in order: what the outline lists. */
    private static List<String> headings(Document document) {
        List<String> out = new ArrayList<>();
        for (Document.Part part : document.parts()) {
            if (part instanceof Document.Section s) {
                out.add(s.heading());
                headings(s.blocks(), out);
            } else if (part instanceof Document.Body b) {
                headings(b.blocks(), out);
            }
        }
        return out;
    }

    private static void headings(List<Block> blocks, List<String> out) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                out.add(Inline.plainText(h.content()));
            } else if (block instanceof Block.Quote q) {
                headings(q.content(), out);
            } else if (block instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) {
                    headings(item.content(), out);
                }
            }
        }
    }

    private static org.w3c.dom.Document xmp(PDMetadata metadata) throws Exception {
        assertNotNull(metadata, "an XMP stream");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try (InputStream in = metadata.exportXMPMetadata()) {
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the property, or of each rdf:li in it. */
    private static List<String> texts(org.w3c.dom.Document xmp, String namespace, String name) {
        List<String> out = new ArrayList<>();
        NodeList found = xmp.getElementsByTagNameNS(namespace, name);
        for (int i = 0; i < found.getLength(); i++) {
            Element property = (Element) found.item(i);
            NodeList items =
                    property.getElementsByTagNameNS(
                            "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "li");
            if (items.getLength() == 0) {
                out.add(property.getTextContent());
            }
            for (int k = 0; k < items.getLength(); k++) {
                out.add(items.item(k).getTextContent());
            }
        }
        return out;
    }
}
