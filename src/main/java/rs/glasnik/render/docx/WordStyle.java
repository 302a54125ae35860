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

    WordStyle(String id, String displayName, Kind kind) {
        this.id = id;
        this.displayName = displayName;
        this.kind = kind;
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

    /** The heading style of a body heading: levels beyond 3 share the third. */
    static WordStyle heading(int level) {
        return switch (level) {
            case 1 -> HEADING_1;
            case 2 -> HEADING_2;
            default -> HEADING_3;
        };
    }
}
