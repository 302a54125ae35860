package rs.glasnik.translit.docx;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small mutable XML tree for one element of a part read as a stream (a paragraph, the document
 * defaults), and the writer that puts streamed and buffered XML back out as it came: the same
 * namespace declarations, prefixes, attributes, comments and processing instructions; empty
 * elements as {@code <x/>}.
 *
 * <p>{@code XmlTree.Element p = XmlTree.read(reader, budget); ...; XmlTree.write(p, out);}
 */
final class XmlTree {
    private XmlTree() {}

    /** A namespace declaration; the default namespace has the prefix "". */
    record Namespace(String prefix, String uri) {}

    /** An attribute; no namespace is "". */
    record Attribute(String prefix, String namespace, String local, String value) {}

    /** Character data of an element; {@code cdata} when it was a CDATA section. */
    record Text(String value, boolean cdata) {}

    record Comment(String value) {}

    record Instruction(String target, String data) {}

    /** An element with its declarations, attributes and children (elements and the records). */
    static final class Element {
        final String prefix;
        final String namespace;
        final String local;
        final List<Namespace> namespaces;
        final List<Attribute> attributes;
        final List<Object> children = new ArrayList<>();

        Element(
                String prefix,
                String namespace,
                String local,
                List<Namespace> namespaces,
                List<Attribute> attributes) {
            this.prefix = prefix;
            this.namespace = namespace;
            this.local = local;
            this.namespaces = new ArrayList<>(namespaces);
            this.attributes = new ArrayList<>(attributes);
        }

        boolean is(String ns, String name) {
            return local.equals(name) && namespace.equals(ns);
        }

        /** The first child element with this name, if any. */
        Element child(String ns, String name) {
            for (Object child : children) {
                if (child instanceof Element e && e.is(ns, name)) {
                    return e;
                }
            }
            return null;
        }

        String attribute(String ns, String name) {
            for (Attribute a : attributes) {
                if (a.local().equals(name) && a.namespace().equals(ns)) {
                    return a.value();
                }
            }
            return null;
        }

        /** Sets an attribute, keeping its place and prefix when it is there already. */
        void setAttribute(String prefix, String ns, String name, String value) {
            for (int i = 0; i < attributes.size(); i++) {
                Attribute a = attributes.get(i);
                if (a.local().equals(name) && a.namespace().equals(ns)) {
                    attributes.set(i, new Attribute(a.prefix(), ns, name, value));
                    return;
                }
            }
            attributes.add(new Attribute(prefix, ns, name, value));
        }

        /** A new empty element in this element's namespace, with its prefix. */
        Element sibling(String name) {
            return new Element(prefix, namespace, name, List.of(), List.of());
        }

        /** The text of every Text below this element, in order. */
        String text() {
            StringBuilder text = new StringBuilder();
            Deque<Element> todo = new ArrayDeque<>();
            Deque<Integer> at = new ArrayDeque<>();
            todo.push(this);
            at.push(0);
            while (!todo.isEmpty()) {
                Element e = todo.peek();
                int i = at.pop();
                if (i == e.children.size()) {
                    todo.pop();
                    continue;
                }
                at.push(i + 1);
                Object child = e.children.get(i);
                if (child instanceof Text t) {
                    text.append(t.value());
                } else if (child instanceof Element c) {
                    todo.push(c);
                    at.push(0);
                }
            }
            return text.toString();
        }
    }

    /** Thrown when an element read into memory would be larger than allowed. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads the element at the reader's START_ELEMENT up to and including its END_ELEMENT. {@code
     * budget} bounds the characters of names, attributes and text held; {@code depth} is how deep
     * the element is, and {@code maxDepth} how deep any element may be.
     */
    static Element read(XMLStreamReader r, long budget, int depth, int maxDepth)
            throws XMLStreamException, TooLarge, TooDeep {
        long[] left = {budget};
        Element root = start(r, left);
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        while (!open.isEmpty()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth + open.size() > maxDepth) {
                        throw new TooDeep();
                    }
                    Element e = start(r, left);
                    open.peek().children.add(e);
                    open.push(e);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                    spend(left, r.getTextLength());
                    open.peek().children.add(new Text(r.getText(), false));
                }
                case XMLStreamConstants.CDATA -> {
                    spend(left, r.getTextLength());
                    open.peek().children.add(new Text(r.getText(), true));
                }
                case XMLStreamConstants.COMMENT -> {
                    spend(left, r.getTextLength());
                    open.peek().children.add(new Comment(r.getText()));
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    String data = r.getPIData() == null ? "" : r.getPIData();
                    spend(left, r.getPITarget().length() + data.length());
                    open.peek().children.add(new Instruction(r.getPITarget(), data));
                }
                default -> {
                    // Entity references are replaced by the reader; nothing else occurs here.
                }
            }
        }
        return root;
    }

    /** Thrown when elements nest deeper than allowed. */
    static final class TooDeep extends Exception {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    private static Element start(XMLStreamReader r, long[] left) throws TooLarge {
        List<Namespace> namespaces = namespaces(r);
        List<Attribute> attributes = attributes(r);
        long size = r.getLocalName().length() + 8;
        for (Attribute a : attributes) {
            size += a.local().length() + a.value().length() + 8;
        }
        size += namespaces.size() * 16L;
        spend(left, size);
        return new Element(
                nonNull(r.getPrefix()),
                nonNull(r.getNamespaceURI()),
                r.getLocalName(),
                namespaces,
                attributes);
    }

    private static void spend(long[] left, long size) throws TooLarge {
        left[0] -= size;
        if (left[0] < 0) {
            throw new TooLarge();
        }
    }

    static List<Namespace> namespaces(XMLStreamReader r) {
        int n = r.getNamespaceCount();
        List<Namespace> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Namespace(nonNull(r.getNamespacePrefix(i)), nonNull(r.getNamespaceURI(i))));
        }
        return out;
    }

    static List<Attribute> attributes(XMLStreamReader r) {
        int n = r.getAttributeCount();
        List<Attribute> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(
                    new Attribute(
                            nonNull(r.getAttributePrefix(i)),
                            nonNull(r.getAttributeNamespace(i)),
                            r.getAttributeLocalName(i),
                            r.getAttributeValue(i)));
        }
        return out;
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Writes an element and everything below it. */
    static void write(Element root, Out out) throws IOException {
        Deque<Element> todo = new ArrayDeque<>();
        Deque<Integer> at = new ArrayDeque<>();
        out.start(root.prefix, root.local, root.namespaces, root.attributes);
        todo.push(root);
        at.push(0);
        while (!todo.isEmpty()) {
            Element e = todo.peek();
            int i = at.pop();
            if (i == e.children.size()) {
                out.end(e.prefix, e.local);
                todo.pop();
                continue;
            }
            at.push(i + 1);
            Object child = e.children.get(i);
            if (child instanceof Element c) {
                out.start(c.prefix, c.local, c.namespaces, c.attributes);
                todo.push(c);
                at.push(0);
            } else if (child instanceof Text t) {
                if (t.cdata()) {
                    out.cdata(t.value());
                } else {
                    out.text(t.value());
                }
            } else if (child instanceof Comment c) {
                out.comment(c.value());
            } else if (child instanceof Instruction p) {
                out.instruction(p.target(), p.data());
            }
        }
    }

    /**
     * Writes XML text, escaping what must be escaped; a start tag stays open until the next thing
     * is written, so that an element with nothing in it is written {@code <x/>}.
     */
    static final class Out {
        private final Writer out;
        private boolean open;

        Out(Writer out) {
            this.out = out;
        }

        void raw(String s) throws IOException {
            close();
            out.write(s);
        }

        void start(String prefix, String local, List<Namespace> namespaces, List<Attribute> attrs)
                throws IOException {
            close();
            out.write('<');
            name(prefix, local);
            for (Namespace n : namespaces) {
                out.write(n.prefix().isEmpty() ? " xmlns" : " xmlns:" + n.prefix());
                out.write("=\"");
                attributeValue(n.uri());
                out.write('"');
            }
            for (Attribute a : attrs) {
                out.write(' ');
                name(a.prefix(), a.local());
                out.write("=\"");
                attributeValue(a.value());
                out.write('"');
            }
            open = true;
        }

        void end(String prefix, String local) throws IOException {
            if (open) {
                out.write("/>");
                open = false;
                return;
            }
            out.write("</");
            name(prefix, local);
            out.write('>');
        }

        void text(String s) throws IOException {
            text(s.toCharArray(), 0, s.length());
        }

        void text(char[] chars, int from, int length) throws IOException {
            close();
            int start = from;
            int end = from + length;
            for (int i = from; i < end; i++) {
                String escaped =
                        switch (chars[i]) {
                            case '&' -> "&amp;";
                            case '<' -> "&lt;";
                            case '>' -> "&gt;";
                            case '\r' -> "&#13;";
                            default -> null;
                        };
                if (escaped != null) {
                    out.write(chars, start, i - start);
                    out.write(escaped);
                    start = i + 1;
                }
            }
            out.write(chars, start, end - start);
        }

        void cdata(String s) throws IOException {
            close();
            // A CDATA section read back can hold "]]>" only if it was split; write it split again.
            out.write("<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>");
        }

        void comment(String s) throws IOException {
            close();
            out.write("<!--" + s + "-->");
        }

        void instruction(String target, String data) throws IOException {
            close();
            out.write("<?" + target + (data.isEmpty() ? "" : " " + data) + "?>");
        }

        void flush() throws IOException {
            close();
            out.flush();
        }

        private void close() throws IOException {
            if (open) {
                out.write('>');
                open = false;
            }
        }

        private void name(String prefix, String local) throws IOException {
            if (!prefix.isEmpty()) {
                out.write(prefix);
                out.write(':');
            }
            out.write(local);
        }

        private void attributeValue(String s) throws IOException {
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                String escaped =
                        switch (s.charAt(i)) {
                            case '&' -> "&amp;";
                            case '<' -> "&lt;";
                            case '"' -> "&quot;";
                            case '\t' -> "&#9;";
                            case '\n' -> "&#10;";
                            case '\r' -> "&#13;";
                            default -> null;
                        };
                if (escaped != null) {
                    out.write(s, start, i - start);
                    out.write(escaped);
                    start = i + 1;
                }
            }
            out.write(s, start, s.length() - start);
        }
    }
}
