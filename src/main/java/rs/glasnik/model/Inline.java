package rs.glasnik.model;

import java.util.List;
import java.util.Objects;

/** Inline content of a paragraph or heading, as parsed from CommonMark. */
public sealed interface Inline {
    /** Plain text. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text);
        }
    }

    /** Emphasised text, usually set in italics. */
    record Emphasis(List<Inline> children) implements Inline {
        public Emphasis {
            children = List.copyOf(children);
        }
    }

    /** Strongly emphasised text, usually set in bold. */
    record Strong(List<Inline> children) implements Inline {
        public Strong {
            children = List.copyOf(children);
        }
    }

    /** A hyperlink; only its text is visible to a reader. */
    record Link(String url, List<Inline> children) implements Inline {
        public Link {
            Objects.requireNonNull(url);
            children = List.copyOf(children);
        }
    }

    /** Literal text that is never changed by typography or transliteration. */
    record Code(String text) implements Inline {
        public Code {
            Objects.requireNonNull(text);
        }
    }

    /** A forced line break inside a paragraph. */
    record LineBreak() implements Inline {}

    /** The text a reader sees, without any formatting. */
    static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendPlain(inlines, out);
        return out.toString();
    }

    private static void appendPlain(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                out.append(t.text());
            } else if (inline instanceof Emphasis e) {
                appendPlain(e.children(), out);
            } else if (inline instanceof Strong s) {
                appendPlain(s.children(), out);
            } else if (inline instanceof Link l) {
                appendPlain(l.children(), out);
            } else if (inline instanceof Code c) {
                out.append(c.text());
            } else if (inline instanceof LineBreak) {
                out.append('\n');
            }
        }
    }
}
