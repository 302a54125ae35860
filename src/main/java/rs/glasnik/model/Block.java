package rs.glasnik.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A block of body text, as parsed from CommonMark. */
public sealed interface Block {
    /** A paragraph. */
    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A heading of level 1 to 6 inside the body. */
    record Heading(int level, List<Inline> content) implements Block {
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level " + level);
            }
            content = List.copyOf(content);
        }
    }

    /** A bulleted or numbered list; {@code start} is the first number of a numbered list. */
    record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** One item of a list. */
    record ListItem(List<Block> content) {
        public ListItem {
            content = List.copyOf(content);
        }
    }

    /** A block quotation. */
    record Quote(List<Block> content) implements Block {
        public Quote {
            content = List.copyOf(content);
        }
    }

    /**
     * An image with its caption and credit.
     *
     * @param source the path as written in the release, relative to the release's folder
     * @param file the resolved file, inside the workspace
     */
    record Figure(String source, Path file, String caption, String credit) implements Block {
        public Figure {
            Objects.requireNonNull(source);
            Objects.requireNonNull(file);
            Objects.requireNonNull(caption);
            Objects.requireNonNull(credit);
        }
    }

    /** A thematic break (a horizontal rule). */
    record Rule() implements Block {}
}
