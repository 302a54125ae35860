package rs.glasnik.translit.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import rs.glasnik.translit.docx.DocxTextRewriter.Limits;
import rs.glasnik.translit.docx.XmlTree.Element;

/**
 * The XML reader of one part of a Word package, safe against hostile input (no DTD, no external
 * entities, text in bounded pieces), with the limits of the rewrite and the errors it reports
 * naming the part; and the small tests a rewriter makes of the events it reads.
 *
 * <p>{@code XMLStreamReader r = new XmlStream("word/document.xml", limits).open(in);}
 */
final class XmlStream {
    static final String W_TRANSITIONAL =
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /** Markup compatibility: a consumer reads either mc:Choice or mc:Fallback, never both. */
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    static final String XML_DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    private final String part;
    private final Limits limits;

    XmlStream(String part, Limits limits) {
        this.part = part;
        this.limits = limits;
    }

    XMLStreamReader open(InputStream in) throws DocxFormatException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // Text comes in pieces of bounded size instead of one string per text node.
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        try {
            return factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw damaged(e);
        } catch (RuntimeException e) {
            throw damaged(new XMLStreamException(e.getMessage(), e));
        }
    }

    static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException e) {
            // Nothing was held open that the caller does not close.
        }
    }

    /** The reader's next event; a parser that fails with an unchecked exception is damage too. */
    static int next(XMLStreamReader r) throws XMLStreamException {
        try {
            return r.next();
        } catch (RuntimeException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
    }

    Element read(XMLStreamReader r, int depth) throws XMLStreamException, IOException {
        try {
            return XmlTree.read(r, limits.maxParagraphChars(), depth, limits.maxDepth());
        } catch (XmlTree.TooLarge e) {
            throw new DocxFormatException(
                    "the part "
                            + part
                            + " has a paragraph of over "
                            + String.format(Locale.ROOT, "%,d", limits.maxParagraphChars())
                            + " characters of XML, more than glasnik converts");
        } catch (XmlTree.TooDeep e) {
            throw tooDeep();
        } catch (RuntimeException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
    }

    /** Characters, comments and instructions outside buffered elements go out as they came. */
    void other(XMLStreamReader r, int event, int depth, XmlTree.Out out) throws IOException {
        switch (event) {
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                // White space around the root is dropped; the declaration ends with a new line.
                if (depth > 0) {
                    out.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
            }
            case XMLStreamConstants.CDATA -> out.cdata(r.getText());
            case XMLStreamConstants.COMMENT -> out.comment(r.getText());
            case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                    out.instruction(r.getPITarget(), XmlTree.nonNull(r.getPIData()));
            case XMLStreamConstants.DTD -> throw dtd();
            default -> {
                // START_DOCUMENT: the declaration is written anew.
            }
        }
    }

    static void start(XMLStreamReader r, XmlTree.Out out) throws IOException {
        out.start(
                XmlTree.nonNull(r.getPrefix()),
                r.getLocalName(),
                XmlTree.namespaces(r),
                XmlTree.attributes(r));
    }

    static String wordNamespace(String ns) {
        return W_TRANSITIONAL.equals(ns) || W_STRICT.equals(ns) ? ns : null;
    }

    static boolean isWord(XMLStreamReader r, String w, String local) {
        return local.equals(r.getLocalName()) && w.equals(r.getNamespaceURI());
    }

    static boolean isMc(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && MC.equals(r.getNamespaceURI());
    }

    DocxFormatException tooDeep() {
        return new DocxFormatException(
                "the part "
                        + part
                        + " nests elements more than "
                        + limits.maxDepth()
                        + " deep, more than glasnik converts");
    }

    DocxFormatException dtd() {
        return new DocxFormatException(
                DocxTextRewriter.NOT_WORD
                        + "the part "
                        + part
                        + " has a DOCTYPE declaration, which Word never writes");
    }

    /** A limit hit while the parser was reading is reported as itself, not as damage. */
    DocxFormatException damaged(XMLStreamException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DocxFormatException d) {
                return d;
            }
            if (t instanceof XMLStreamException x
                    && x.getNestedException() instanceof DocxFormatException d) {
                return d;
            }
        }
        return new DocxFormatException(
                DocxTextRewriter.NOT_WORD
                        + "the part "
                        + part
                        + " is damaged ("
                        + PackageCheck.oneLine(e)
                        + ")",
                e);
    }
}
