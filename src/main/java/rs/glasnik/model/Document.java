package rs.glasnik.model;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One release resolved for one locale: every text a reader sees, in reading order, with labels and
 * dates already formatted. Renderers read only this.
 *
 * <p>{@code new Document(LocaleTag.EN, info, List.of(new Title("Minister ...")), "Page {page} of
 * {pages}")} — the page label is a pattern with {page} and {pages}, which the renderers fill with
 * page-number fields.
 */
public record Document(LocaleTag locale, Info info, List<Part> parts, String pageLabel) {
    public Document {
        Objects.requireNonNull(locale);
        Objects.requireNonNull(info);
        parts = List.copyOf(parts);
        if (!pageLabel.contains("{page}")) {
            throw new IllegalArgumentException("the page label needs {page}: " + pageLabel);
        }
    }

    /**
     * Document properties: what PDF and DOCX metadata carry.
     *
     * @param language the BCP 47 tag with region that the text is tagged with: sr-Cyrl-RS,
     *     sr-Latn-RS, en-GB or en-US
     * @param people the names of the release's people in this language (Зоран Ђорђевић), which the
     *     PDF never hyphenates, in any of their forms (Ђорђевића)
     */
    public record Info(
            String id,
            String title,
            String author,
            String subject,
            List<String> keywords,
            ZonedDateTime date,
            String language,
            List<String> people) {
        public Info {
            Objects.requireNonNull(id);
            Objects.requireNonNull(language);
            Objects.requireNonNull(title);
            Objects.requireNonNull(author);
            Objects.requireNonNull(subject);
            keywords = List.copyOf(keywords);
            Objects.requireNonNull(date);
            people = List.copyOf(people);
        }
    }

    /** A part of the document, each with its own style in the templates. */
    public sealed interface Part {}

    /** The issuing organisation's name and address lines at the top of the first page. */
    public record Letterhead(String organisation, List<String> lines) implements Part {
        public Letterhead {
            Objects.requireNonNull(organisation);
            lines = List.copyOf(lines);
        }
    }

    /** A fixed text from the locale's labels. */
    public record Label(LabelRole role, String text) implements Part {
        public Label {
            Objects.requireNonNull(role);
            Objects.requireNonNull(text);
        }
    }

    /** What a label is for; each role has its own style. */
    public enum LabelRole {
        /** The type of the release: PRESS RELEASE. */
        TYPE,
        /** "For immediate release" or the embargo notice. */
        RELEASE_NOTE,
        /** The mark after the last paragraph of the body. */
        END_MARK
    }

    public record Title(String text) implements Part {
        public Title {
            Objects.requireNonNull(text);
        }
    }

    public record Subtitle(String text) implements Part {
        public Subtitle {
            Objects.requireNonNull(text);
        }
    }

    /** The lead summary, set apart from the body. */
    public record Summary(List<Inline> content) implements Part {
        public Summary {
            content = List.copyOf(content);
        }
    }

    public record Body(List<Block> blocks) implements Part {
        public Body {
            blocks = List.copyOf(blocks);
        }
    }

    /** A titled section after the body: media contacts, about, notes to editors, links. */
    public record Section(String heading, List<Block> blocks) implements Part {
        public Section {
            Objects.requireNonNull(heading);
            blocks = List.copyOf(blocks);
        }
    }
}
