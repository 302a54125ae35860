package rs.glasnik.translit.docx;

import java.util.Set;
import javax.xml.XMLConstants;
import rs.glasnik.translit.docx.XmlTree.Element;

/**
 * Edits of the WordprocessingML elements a rewrite changes, on the held tree of one paragraph or of
 * the document defaults: a text's value (with {@code xml:space} where Word needs it), and the
 * language of a run, of a paragraph mark and of a set of run properties.
 *
 * <p>{@code WordElements.setLanguage(rPr, w, "sr-Latn-RS");}
 */
final class WordElements {
    /** Children of w:rPr that the schema puts after w:lang; a new w:lang goes before them. */
    private static final Set<String> AFTER_LANG =
            Set.of("eastAsianLayout", "specVanish", "oMath", "rPrChange");

    private WordElements() {}

    /** XML 1.0 Char; a lone surrogate arrives here as its own code point and fails too. */
    static boolean isXmlChar(int cp) {
        return cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    static void setText(Element text, String value) {
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
    static void tagRun(Element run, String w, String tag, Set<Element> tagged) {
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
    static void retagParagraphMark(Element paragraph, String w, String tag) {
        Element pPr = paragraph.child(w, "pPr");
        Element rPr = pPr == null ? null : pPr.child(w, "rPr");
        Element lang = rPr == null ? null : rPr.child(w, "lang");
        if (lang != null) {
            setValue(lang, w, tag);
        }
    }

    /** Sets w:lang/@w:val in a w:rPr, adding w:lang where the schema wants it. */
    static void setLanguage(Element rPr, String w, String tag) {
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
    static void setValue(Element element, String w, String value) {
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
    static Element childOrNewFirstChild(Element parent, String w, String name) {
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
}
