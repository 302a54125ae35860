package rs.glasnik.translit.docx;

import static rs.glasnik.translit.docx.WordElements.childOrNewFirstChild;
import static rs.glasnik.translit.docx.WordElements.isXmlChar;
import static rs.glasnik.translit.docx.WordElements.retagParagraphMark;
import static rs.glasnik.translit.docx.WordElements.setLanguage;
import static rs.glasnik.translit.docx.WordElements.setText;
import static rs.glasnik.translit.docx.WordElements.setValue;
import static rs.glasnik.translit.docx.WordElements.tagRun;
import static rs.glasnik.translit.docx.XmlStream.close;
import static rs.glasnik.translit.docx.XmlStream.isMc;
import static rs.glasnik.translit.docx.XmlStream.isWord;
import static rs.glasnik.translit.docx.XmlStream.next;
import static rs.glasnik.translit.docx.XmlStream.start;
import static rs.glasnik.translit.docx.XmlStream.wordNamespace;

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
    private final XmlStream xml;

    PartRewriter(String part, Limits limits) {
        this.part = part;
        this.limits = limits;
        this.xml = new XmlStream(part, limits);
    }

    // ---- parts with text

    /**
     * Rewrites a part with paragraphs: a body, header, footer, notes or comments. Returns whether
     * any paragraph had text (else the part came out as it went in).
     */
    boolean text(
            InputStream in, Writer writer, ParagraphTransform transform, String tag, Counts counts)
            throws IOException {
        XMLStreamReader r = xml.open(in);
        XmlTree.Out out = new XmlTree.Out(writer);
        out.raw(XmlStream.XML_DECLARATION);
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
                            throw xml.tooDeep();
                        }
                        if (w != null && depth > 0 && isWord(r, w, "p")) {
                            Element p = xml.read(r, depth + 1);
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
                    default -> xml.other(r, event, depth, out);
                }
            }
            out.flush();
            return touched;
        } catch (XMLStreamException e) {
            throw xml.damaged(e);
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
        fallbacks += e.is(XmlStream.MC, "Fallback") ? 1 : 0;
        alternates += e.is(XmlStream.MC, "AlternateContent") ? 1 : 0;
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

    // ---- styles

    /**
     * Rewrites a styles part: the document defaults get the language (w:docDefaults is created
     * first in w:styles when missing), and so does every style that names one, except old
     * formatting in w:rPrChange.
     */
    void styles(InputStream in, Writer writer, String tag) throws IOException {
        XMLStreamReader r = xml.open(in);
        XmlTree.Out out = new XmlTree.Out(writer);
        out.raw(XmlStream.XML_DECLARATION);
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
                                Element defaults = xml.read(r, depth + 1);
                                Element rPrDefault =
                                        childOrNewFirstChild(defaults, w, "rPrDefault");
                                setLanguage(childOrNewFirstChild(rPrDefault, w, "rPr"), w, tag);
                                XmlTree.write(defaults, out);
                                continue;
                            }
                            XmlTree.write(newDefaults(prefix, w, tag), out);
                        }
                        if (depth + 1 > limits.maxDepth()) {
                            throw xml.tooDeep();
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
                    default -> xml.other(r, event, depth, out);
                }
            }
            out.flush();
        } catch (XMLStreamException e) {
            throw xml.damaged(e);
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
