package rs.glasnik.render.docx;

/**
 * The named styles a rendered document uses, each with its Word style id and display name. Word's
 * own styles keep the names Word gives them (lower-case "heading 1", "caption", "header"), so Word
 * and LibreOffice recognise them as their built-in styles; glasnik's own styles have plain names.
 *
 * <p>{@code paragraph.setStyle(WordStyle.TITLE.id())}
 */
enum WordStyle {
    NORMAL("Normal", "Normal", Kind.PARAGRAPH),
    BODY_TEXT("BodyText", "Body Text", Kind.PARAGRAPH),
    TITLE("Title", "Title", Kind.PARAGRAPH),
    SUBTITLE("Subtitle", "Subtitle", Kind.PARAGRAPH),
    HEADING_1("Heading1", "heading 1", Kind.PARAGRAPH),
    HEADING_2("Heading2", "heading 2", Kind.PARAGRAPH),
    HEADING_3("Heading3", "heading 3", Kind.PARAGRAPH),
    QUOTE("Quote", "Quote", Kind.PARAGRAPH),
    CAPTION("Caption", "caption", Kind.PARAGRAPH),
    LIST_BULLET("ListBullet", "List Bullet", Kind.PARAGRAPH),
    LIST_NUMBER("ListNumber", "List Number", Kind.PARAGRAPH),
    LIST_CONTINUE("ListContinue", "List Continue", Kind.PARAGRAPH),
    HEADER("Header", "header", Kind.PARAGRAPH),
    FOOTER("Footer", "footer", Kind.PARAGRAPH),
    LETTERHEAD("Letterhead", "Letterhead", Kind.PARAGRAPH),
    LETTERHEAD_LINE("LetterheadLine", "Letterhead Line", Kind.PARAGRAPH),
    LETTERHEAD_LOGO("LetterheadLogo", "Letterhead Logo", Kind.PARAGRAPH),
    TYPE_LABEL("TypeLabel", "Type Label", Kind.PARAGRAPH),
    RELEASE_NOTE("ReleaseNote", "Release Note", Kind.PARAGRAPH),
    SUMMARY("Summary", "Summary", Kind.PARAGRAPH),
    FIGURE("Figure", "Figure", Kind.PARAGRAPH),
    CREDIT("Credit", "Credit", Kind.PARAGRAPH),
    END_MARK("EndMark", "End Mark", Kind.PARAGRAPH),
    RULE("HorizontalRule", "Horizontal Rule", Kind.PARAGRAPH),
    PART_HEADING_1("PartHeading1", "Part Heading 1", Kind.PARAGRAPH, true),
    PART_HEADING_2("PartHeading2", "Part Heading 2", Kind.PARAGRAPH, true),
    PART_HEADING_3("PartHeading3", "Part Heading 3", Kind.PARAGRAPH, true),
    TOC_HEADING("TOCHeading", "TOC Heading", Kind.PARAGRAPH, true),
    TOC_1("TOC1", "toc 1", Kind.PARAGRAPH, true),
    TOC_2("TOC2", "toc 2", Kind.PARAGRAPH, true),
    COVER_LOGO("CoverLogo", "Cover Logo", Kind.PARAGRAPH, true),
    COVER_ORGANISATION("CoverOrganisation", "Cover Organisation", Kind.PARAGRAPH, true),
    COVER_RULE("CoverRule", "Cover Rule", Kind.PARAGRAPH, true),
    COVER_TITLE("CoverTitle", "Cover Title", Kind.PARAGRAPH, true),
    COVER_DETAIL("CoverDetail", "Cover Detail", Kind.PARAGRAPH, true),
    COVER_EMBARGO("CoverEmbargo", "Cover Embargo", Kind.PARAGRAPH, true),
    EMBARGO_MARK("EmbargoMark", "Embargo Mark", Kind.PARAGRAPH, true),
    RELEASE_BREAK("ReleaseBreak", "Release Break", Kind.PARAGRAPH, true),
    INDEX_ENTRY("IndexEntry", "Index Entry", Kind.PARAGRAPH, true),
    DEFAULT_FONT("DefaultParagraphFont", "Default Paragraph Font", Kind.CHARACTER),
    HYPERLINK("Hyperlink", "Hyperlink", Kind.CHARACTER),
    VERBATIM("VerbatimChar", "Verbatim Char", Kind.CHARACTER),
    TABLE_NORMAL("TableNormal", "Normal Table", Kind.TABLE);

    enum Kind {
        PARAGRAPH("paragraph"),
        CHARACTER("character"),
        TABLE("table");

        final String xml;

        Kind(String xml) {
            this.xml = xml;
        }
    }

    private final String id;
    private final String displayName;
    private final Kind kind;
    private final boolean packOnly;

    WordStyle(String id, String displayName, Kind kind) {
        this(id, displayName, kind, false);
    }

    WordStyle(String id, String displayName, Kind kind, boolean packOnly) {
        this.id = id;
        this.displayName = displayName;
        this.kind = kind;
        this.packOnly = packOnly;
    }

    /** Defined only in the styles of a press pack. */
    boolean packOnly() {
        return packOnly;
    }

    /** The w:styleId that paragraphs and runs refer to. */
    String id() {
        return id;
    }

    /** The w:name shown in Word's style gallery. */
    String displayName() {
        return displayName;
    }

    Kind kind() {
        return kind;
    }

    /**
     * The style of a heading inside a release of a press pack: it looks like the heading of a
     * single release but sits two outline levels lower, below the release's title (Heading 1) and
     * its other languages (Heading 2), so that the contents list releases only.
     */
    static WordStyle partHeading(int level) {
        return switch (level) {
            case 1 -> PART_HEADING_1;
            case 2 -> PART_HEADING_2;
            default -> PART_HEADING_3;
        };
    }

    /** The heading style of a body heading: levels beyond 3 share the third. */
    static WordStyle heading(int level) {
        return switch (level) {
            case 1 -> HEADING_1;
            case 2 -> HEADING_2;
            default -> HEADING_3;
        };
    }
}
