package rs.glasnik.translit.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import rs.glasnik.translit.docx.DocxTextRewriter.Limits;
import rs.glasnik.translit.docx.DocxTextRewriter.ParagraphTransform;
import rs.glasnik.translit.docx.XmlTree.Element;

/**
 * Rewrites one XML part of a Word package as a stream: the text and language of a part that holds
 * paragraphs, or the languages of a styles part. Only one paragraph (with the text boxes in it) or
 * the document defaults are held in memory at a time, so a part of any size takes the same memory;
 * everything outside them is copied event by event.
 *
 * <p>{@code new PartRewriter("word/document.xml", limits).text(in, out, transform, "sr-Latn-RS",
 * counts);}
 */
final class PartRewriter {
    static final String W_TRANSITIONAL =
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /** Markup compatibility: a consumer reads either mc:Choice or mc:Fallback, never both. */
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** Children of w:rPr that the schema puts after w:lang; a new w:lang goes before them. */
    private static final Set<String> AFTER_LANG =
            Set.of("eastAsianLayout", "specVanish", "oMath", "rPrChange");

    private static final String XML_DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    /**
     * Text remembered for fallback copies (see {@link DocxTextRewriter}); past this many characters
     * inside one mc:AlternateContent a fallback is simply transformed again.
     */
    private static final int MAX_REMEMBERED_CHARS = 1 << 22;

    /** What a rewrite touched, summed over the parts. */
    static final class Counts {
        int paragraphs;
        int segments;
        int changed;
    }

    private final String part;
    private final Limits limits;

    PartRewriter(String part, Limits limits) {
        this.part = part;
        this.limits = limits;
    }

    // ---- parts with text

    /**
     * Rewrites a part with paragraphs: a body, header, footer, notes or comments. Returns whether
     * any paragraph had text (else the part came out as it went in).
     */
    boolean text(
            InputStream in, Writer writer, ParagraphTransform transform, String tag, Counts counts)
            throws IOException {
        XMLStreamReader r = open(in);
        XmlTree.Out out = new XmlTree.Out(writer);
        out.raw(XML_DECLARATION);
        Remembered remembered = new Remembered();
        String w = null;
        int depth = 0;
        int alternates = 0;
        int fallbacks = 0;
        boolean touched = false;
        try {
            for (int event = next(r); event != XMLStreamConstants.END_DOCUMENT; event = next(r)) {
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (depth == 0) {
                            w = wordNamespace(r.getNamespaceURI());
                        }
                        if (depth + 1 > limits.maxDepth()) {
                            throw tooDeep();
                        }
                        if (w != null && depth > 0 && isWord(r, w, "p")) {
                            Element p = read(r, depth + 1);
                            touched |=
                                    rewriteParagraphs(
                                            p,
                                            w,
                                            fallbacks > 0,
                                            alternates > 0,
                                            transform,
                                            tag,
                                            counts,
                                            remembered);
                            XmlTree.write(p, out);
                            if (alternates == 0) {
                                remembered.clear();
                            }
                            continue;
                        }
                        depth++;
                        alternates += isMc(r, "AlternateContent") ? 1 : 0;
                        fallbacks += isMc(r, "Fallback") ? 1 : 0;
                        start(r, out);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (isMc(r, "AlternateContent") && --alternates == 0) {
                            remembered.clear();
                        }
                        fallbacks -= isMc(r, "Fallback") ? 1 : 0;
                        out.end(XmlTree.nonNull(r.getPrefix()), r.getLocalName());
                    }
                    default -> other(r, event, depth, out);
                }
            }
            out.flush();
            return touched;
        } catch (XMLStreamException e) {
            throw damaged(e);
        } finally {
            close(r);
        }
    }

    /**
     * Every w:p of a paragraph read into memory (it and those in its text boxes), in document
     * order, each handed to the transform with the w:t elements that are its own.
     */
    private boolean rewriteParagraphs(
            Element root,
            String w,
            boolean inFallback,
            boolean inAlternate,
            ParagraphTransform transform,
            String tag,
            Counts counts,
            Remembered remembered) {
        List<Paragraph> paragraphs = new ArrayList<>();
        collect(root, null, null, w, inFallback ? 1 : 0, inAlternate ? 1 : 0, paragraphs);
        Set<Element> taggedRuns = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean touched = false;
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.texts.isEmpty()) {
                continue;
            }
            touched = true;
            List<String> before = new ArrayList<>(paragraph.texts.size());
            for (Element text : paragraph.texts) {
                before.add(text.text());
            }
            List<String> after = paragraph.inFallback ? remembered.get(before) : null;
            boolean counted = after == null;
            if (counted) {
                after = transform.apply(Collections.unmodifiableList(before));
                requireSameShape(before, after);
                after = List.copyOf(after);
                if (paragraph.inAlternate) {
                    remembered.put(before, after);
                }
                counts.paragraphs++;
                counts.segments += before.size();
            }
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    setText(paragraph.texts.get(i), after.get(i));
                    counts.changed += counted ? 1 : 0;
                }
                tagRun(paragraph.runs.get(i), w, tag, taggedRuns);
            }
            retagParagraphMark(paragraph.element, w, tag);
        }
        return touched;
    }

    /** Depth is bounded by {@link Limits#maxDepth}, so recursion is safe here. */
    private static void collect(
            Element e,
            Element parent,
            Paragraph owner,
            String w,
            int fallbacks,
            int alternates,
            List<Paragraph> out) {
        fallbacks += e.is(MC, "Fallback") ? 1 : 0;
        alternates += e.is(MC, "AlternateContent") ? 1 : 0;
        if (e.is(w, "p")) {
            owner = new Paragraph(e, fallbacks > 0, alternates > 0);
            out.add(owner);
        } else if (e.is(w, "t") && owner != null) {
            // The nearest enclosing paragraph owns the text, so a text box paragraph nested in
            // a run is never part of the outer one.
            owner.texts.add(e);
            owner.runs.add(parent);
        }
        for (Object child : e.children) {
            if (child instanceof Element c) {
                collect(c, e, owner, w, fallbacks, alternates, out);
            }
        }
    }

    private void requireSameShape(List<String> before, List<String> after) {
        if (after == null || after.size() != before.size()) {
            throw new IllegalStateException(
                    "the transform returned "
                            + (after == null ? "null" : after.size() + " segments")
                            + " for a paragraph of "
                            + before.size()
                            + " in "
                            + part);
        }
        for (String segment : after) {
            if (segment == null) {
                throw new IllegalStateException("the transform returned a null segment in " + part);
            }
            segment.codePoints()
                    .filter(cp -> !isXmlChar(cp))
                    .findFirst()
                    .ifPresent(
                            cp -> {
                                throw new IllegalStateException(
                                        "the transform returned U+"
                                                + Integer.toHexString(cp).toUpperCase(Locale.ROOT)
                                                + ", which XML cannot hold, in "
                                                + part);
                            });
        }
    }

    /** XML 1.0 Char; a lone surrogate arrives here as its own code point and fails too. */
    private static boolean isXmlChar(int cp) {
        return cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    private static void setText(Element text, String value) {
        if (needsPreserve(value)) {
            text.setAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
        }
        text.children.clear();
        if (!value.isEmpty()) {
            text.children.add(new XmlTree.Text(value, false));
        }
    }

    /** Word drops leading and trailing white space (and collapses runs) unless told not to. */
    private static boolean needsPreserve(String value) {
        if (value.isEmpty()) {
            return false;
        }
        return isXmlSpace(value.charAt(0))
                || isXmlSpace(value.charAt(value.length() - 1))
                || value.contains("  ");
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Sets the language of the w:r that holds a w:t, once per run. */
    private static void tagRun(Element run, String w, String tag, Set<Element> tagged) {
        if (run == null || !run.is(w, "r") || !tagged.add(run)) {
            return;
        }
        // w:rPr is always the first child of w:r.
        setLanguage(childOrNewFirstChild(run, w, "rPr"), w, tag);
    }

    /**
     * A paragraph mark that names a language would keep the old one, and Word gives it to the text
     * typed at the end of the paragraph.
     */
    private static void retagParagraphMark(Element paragraph, String w, String tag) {
        Element pPr = paragraph.child(w, "pPr");
        Element rPr = pPr == null ? null : pPr.child(w, "rPr");
        Element lang = rPr == null ? null : rPr.child(w, "lang");
        if (lang != null) {
            setValue(lang, w, tag);
        }
    }

    /** Sets w:lang/@w:val in a w:rPr, adding w:lang where the schema wants it. */
    private static void setLanguage(Element rPr, String w, String tag) {
        Element lang = rPr.child(w, "lang");
        if (lang == null) {
            lang = rPr.sibling("lang");
            int at = rPr.children.size();
            for (int i = 0; i < rPr.children.size(); i++) {
                if (rPr.children.get(i) instanceof Element e
                        && (!w.equals(e.namespace) || AFTER_LANG.contains(e.local))) {
                    at = i;
                    break;
                }
            }
            rPr.children.add(at, lang);
        }
        setValue(lang, w, tag);
    }

    /** Sets w:val; an element in the default namespace gets a prefix for it declared. */
    private static void setValue(Element element, String w, String value) {
        String prefix = element.prefix;
        if (prefix.isEmpty() && element.attribute(w, "val") == null) {
            prefix = "w";
            if (!element.namespaces.contains(new XmlTree.Namespace(prefix, w))) {
                element.namespaces.add(new XmlTree.Namespace(prefix, w));
            }
        }
        element.setAttribute(prefix, w, "val", value);
    }

    /** The child element with this name, first created as the first child if missing. */
    private static Element childOrNewFirstChild(Element parent, String w, String name) {
        Element found = parent.child(w, name);
        if (found != null) {
            return found;
        }
        Element child = parent.sibling(name);
        int at = parent.children.size();
        for (int i = 0; i < parent.children.size(); i++) {
            if (parent.children.get(i) instanceof Element) {
                at = i;
                break;
            }
        }
        parent.children.add(at, child);
        return child;
    }

    // ---- styles

    /**
     * Rewrites a styles part: the document defaults get the language (w:docDefaults is created
     * first in w:styles when missing), and so does every style that names one, except old
     * formatting in w:rPrChange.
     */
    void styles(InputStream in, Writer writer, String tag) throws IOException {
        XMLStreamReader r = open(in);
        XmlTree.Out out = new XmlTree.Out(writer);
        out.raw(XML_DECLARATION);
        String w = null;
        String prefix = "";
        boolean needDefaults = false;
        int depth = 0;
        int styles = 0;
        int changes = 0;
        try {
            for (int event = next(r); event != XMLStreamConstants.END_DOCUMENT; event = next(r)) {
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (depth == 0) {
                            w = wordNamespace(r.getNamespaceURI());
                            if (w != null && !isWord(r, w, "styles")) {
                                w = null;
                            }
                            prefix = XmlTree.nonNull(r.getPrefix());
                            needDefaults = w != null;
                        } else if (needDefaults && depth == 1) {
                            // The schema wants w:docDefaults first in w:styles.
                            needDefaults = false;
                            if (isWord(r, w, "docDefaults")) {
                                Element defaults = read(r, depth + 1);
                                Element rPrDefault =
                                        childOrNewFirstChild(defaults, w, "rPrDefault");
                                setLanguage(childOrNewFirstChild(rPrDefault, w, "rPr"), w, tag);
                                XmlTree.write(defaults, out);
                                continue;
                            }
                            XmlTree.write(newDefaults(prefix, w, tag), out);
                        }
                        if (depth + 1 > limits.maxDepth()) {
                            throw tooDeep();
                        }
                        depth++;
                        if (w != null && isWord(r, w, "lang") && styles > 0 && changes == 0) {
                            Element lang =
                                    new Element(
                                            XmlTree.nonNull(r.getPrefix()),
                                            w,
                                            "lang",
                                            XmlTree.namespaces(r),
                                            XmlTree.attributes(r));
                            setValue(lang, w, tag);
                            out.start(lang.prefix, lang.local, lang.namespaces, lang.attributes);
                        } else {
                            start(r, out);
                        }
                        styles += w != null && isWord(r, w, "style") ? 1 : 0;
                        changes += w != null && isWord(r, w, "rPrChange") ? 1 : 0;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (needDefaults && depth == 1) {
                            needDefaults = false;
                            XmlTree.write(newDefaults(prefix, w, tag), out);
                        }
                        depth--;
                        styles -= w != null && isWord(r, w, "style") ? 1 : 0;
                        changes -= w != null && isWord(r, w, "rPrChange") ? 1 : 0;
                        out.end(XmlTree.nonNull(r.getPrefix()), r.getLocalName());
                    }
                    default -> other(r, event, depth, out);
                }
            }
            out.flush();
        } catch (XMLStreamException e) {
            throw damaged(e);
        } finally {
            close(r);
        }
    }

    private static Element newDefaults(String prefix, String w, String tag) {
        Element defaults = new Element(prefix, w, "docDefaults", List.of(), List.of());
        Element rPrDefault = childOrNewFirstChild(defaults, w, "rPrDefault");
        setLanguage(childOrNewFirstChild(rPrDefault, w, "rPr"), w, tag);
        return defaults;
    }

    // ---- [Content_Types].xml

    /** The content types of a package: by extension, and by part name for the overrides. */
    record ContentTypes(Map<String, String> byExtension, Map<String, String> byPart) {
        String of(String entryName) {
            String type = byPart.get(partKey("/" + entryName));
            if (type != null) {
                return type;
            }
            int dot = entryName.lastIndexOf('.');
            int slash = entryName.lastIndexOf('/');
            if (dot <= slash) {
                return "";
            }
            return byExtension.getOrDefault(lower(entryName.substring(dot + 1)), "");
        }
    }

    ContentTypes contentTypes(InputStream in) throws IOException {
        XMLStreamReader r = open(in);
        Map<String, String> byExtension = new HashMap<>();
        Map<String, String> byPart = new HashMap<>();
        try {
            for (int event = next(r); event != XMLStreamConstants.END_DOCUMENT; event = next(r)) {
                if (event == XMLStreamConstants.DTD) {
                    throw dtd();
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = r.getLocalName();
                String type = r.getAttributeValue(null, "ContentType");
                String extension = r.getAttributeValue(null, "Extension");
                String partName = r.getAttributeValue(null, "PartName");
                if (type != null && local.equals("Default") && extension != null) {
                    byExtension.put(lower(extension), lower(type));
                } else if (type != null && local.equals("Override") && partName != null) {
                    byPart.put(partKey(partName), lower(type));
                }
            }
        } catch (XMLStreamException e) {
            throw damaged(e);
        } finally {
            close(r);
        }
        return new ContentTypes(byExtension, byPart);
    }

    /** Part names compare case-insensitively and may be percent-encoded. */
    static String partKey(String partName) {
        return lower(percentDecoded(partName.strip()));
    }

    private static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder decoded = new StringBuilder();
        java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (s.charAt(i) == '%' && hi >= 0 && lo >= 0) {
                pending.write(hi * 16 + lo);
                i += 2;
            } else {
                decoded.append(pending.toString(java.nio.charset.StandardCharsets.UTF_8))
                        .append(s.charAt(i));
                pending.reset();
            }
        }
        return decoded.append(pending.toString(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    // ---- streaming

    private XMLStreamReader open(InputStream in) throws DocxFormatException {
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

    private static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException e) {
            // Nothing was held open that the caller does not close.
        }
    }

    /** The reader's next event; a parser that fails with an unchecked exception is damage too. */
    private static int next(XMLStreamReader r) throws XMLStreamException {
        try {
            return r.next();
        } catch (RuntimeException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
    }

    private Element read(XMLStreamReader r, int depth) throws XMLStreamException, IOException {
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
    private void other(XMLStreamReader r, int event, int depth, XmlTree.Out out)
            throws IOException {
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

    private static void start(XMLStreamReader r, XmlTree.Out out) throws IOException {
        out.start(
                XmlTree.nonNull(r.getPrefix()),
                r.getLocalName(),
                XmlTree.namespaces(r),
                XmlTree.attributes(r));
    }

    private static String wordNamespace(String ns) {
        return W_TRANSITIONAL.equals(ns) || W_STRICT.equals(ns) ? ns : null;
    }

    private static boolean isWord(XMLStreamReader r, String w, String local) {
        return local.equals(r.getLocalName()) && w.equals(r.getNamespaceURI());
    }

    private static boolean isMc(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && MC.equals(r.getNamespaceURI());
    }

    private DocxFormatException tooDeep() {
        return new DocxFormatException(
                "the part "
                        + part
                        + " nests elements more than "
                        + limits.maxDepth()
                        + " deep, more than glasnik converts");
    }

    private DocxFormatException dtd() {
        return new DocxFormatException(
                DocxTextRewriter.NOT_WORD
                        + "the part "
                        + part
                        + " has a DOCTYPE declaration, which Word never writes");
    }

    /** A limit hit while the parser was reading is reported as itself, not as damage. */
    private DocxFormatException damaged(XMLStreamException e) {
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
                        + DocxTextRewriter.oneLine(e)
                        + ")",
                e);
    }

    // ---- small helpers

    private static final class Paragraph {
        final Element element;
        final boolean inFallback;
        final boolean inAlternate;
        final List<Element> texts = new ArrayList<>();

        /** The parent of each text, its run when the document is well formed. */
        final List<Element> runs = new ArrayList<>();

        Paragraph(Element element, boolean inFallback, boolean inAlternate) {
            this.element = element;
            this.inFallback = inFallback;
            this.inAlternate = inAlternate;
        }
    }

    /** Paragraphs transformed inside the current mc:AlternateContent, for its fallback copy. */
    private static final class Remembered {
        private final Map<List<String>, List<String>> results = new HashMap<>();
        private long chars;

        List<String> get(List<String> before) {
            return results.get(before);
        }

        void put(List<String> before, List<String> after) {
            long size = 0;
            for (String s : before) {
                size += s.length();
            }
            if (chars + size <= MAX_REMEMBERED_CHARS) {
                chars += size;
                results.putIfAbsent(List.copyOf(before), after);
            }
        }

        void clear() {
            results.clear();
            chars = 0;
        }
    }
}
