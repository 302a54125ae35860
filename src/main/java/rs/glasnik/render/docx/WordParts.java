package rs.glasnik.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import rs.glasnik.model.Template;

/**
 * The parts of a DOCX package that say how text looks, written whole from the template: styles,
 * list numbering, document settings and the font table. Every size, colour and font is in the
 * styles; the document body only names them.
 *
 * <p>{@code byte[] styles = new WordParts(template, "sr-Cyrl-RS").styles();}
 */
final class WordParts {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    /** List indentation per level and the hanging indent of the marker, in twips. */
    static final int LIST_STEP = 425;

    private static final int BULLET_HANGING = 255;

    /** The space above the emblem on a pack's cover, which sets the cover's text about mid-page. */
    private static final int COVER_TOP_MM = 48;

    /** A release's title in a pack, as a share of its size in a single release. */
    private static final double PACK_TITLE_SCALE = 0.8;

    private static final int NUMBER_HANGING = 340;

    private final Template template;
    private final String language;

    WordParts(Template template, String language) {
        this.template = template;
        this.language = language;
    }

    // ---- styles.xml

    byte[] styles() {
        return styles(false);
    }

    /**
     * The styles of a press pack: those of a single release, except that Heading 1 and Heading 2
     * look like a release's title (in a pack they are the titles of the releases, in the first and
     * in the other languages), and the styles of the cover, the contents, the index and the parts
     * of a release (Part Heading 1 to 3: a release's own headings, out of the contents).
     */
    byte[] packStyles() {
        return styles(true);
    }

    private byte[] styles(boolean pack) {
        Template.Sizes size = template.sizes();
        Template.Colours colour = template.colours();
        String body = template.fonts().body().name();
        String sans = template.fonts().headings().name();
        int gap = twipsOfPoints(template.spacing().paragraph());
        int line = (int) Math.round(template.spacing().line() * 240);
        int textWidth = DocxRenderer.twipsOfMm(textWidthMm());

        StringBuilder x = new StringBuilder(DECLARATION);
        x.append("<w:styles xmlns:w=\"").append(W).append("\">");
        x.append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append(new Run().font(body).size(size.body()).lang(language).xml())
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>")
                .append(new Para().spacing(0, 0, 240).xml())
                .append("</w:pPr></w:pPrDefault></w:docDefaults>");

        style(
                x,
                WordStyle.NORMAL,
                null,
                null,
                true,
                new Para().widowControl().spacing(0, gap, line),
                new Run().color(colour.text()));
        style(x, WordStyle.DEFAULT_FONT, null, null, false, null, null);
        x.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"")
                .append(WordStyle.TABLE_NORMAL.id())
                .append("\"><w:name w:val=\"")
                .append(WordStyle.TABLE_NORMAL.displayName())
                .append("\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>")
                .append("<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>")
                .append("<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar></w:tblPr></w:style>");

        style(x, WordStyle.BODY_TEXT, WordStyle.NORMAL, null, true, new Para(), null);
        style(
                x,
                WordStyle.TITLE,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                true,
                new Para().keepNext().keepLines().noHyphenation().spacing(0, twipsOfPoints(8), 264),
                new Run().font(sans).bold().color(colour.text()).size(size.title()));
        style(
                x,
                WordStyle.SUBTITLE,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                true,
                new Para()
                        .keepNext()
                        .keepLines()
                        .noHyphenation()
                        .spacing(0, twipsOfPoints(16), 276),
                new Run().font(sans).color(colour.muted()).size(size.subtitle()));
        style(
                x,
                WordStyle.SUMMARY,
                WordStyle.BODY_TEXT,
                WordStyle.BODY_TEXT,
                true,
                new Para().spacing(0, twipsOfPoints(12), line),
                new Run().bold());
        if (pack) {
            for (WordStyle title : List.of(WordStyle.HEADING_1, WordStyle.HEADING_2)) {
                style(
                        x,
                        title,
                        WordStyle.NORMAL,
                        WordStyle.BODY_TEXT,
                        true,
                        new Para()
                                .keepNext()
                                .keepLines()
                                .noHyphenation()
                                .spacing(0, twipsOfPoints(8), 252)
                                .outline(title == WordStyle.HEADING_1 ? 0 : 1),
                        // Smaller than a release's title: it shares the page with its translation.
                        new Run()
                                .font(sans)
                                .bold()
                                .color(colour.text())
                                .size(size.title() * PACK_TITLE_SCALE));
            }
            heading(x, WordStyle.PART_HEADING_1, 2, 18, 6, size.heading1());
            heading(x, WordStyle.PART_HEADING_2, 3, 16, 4, size.heading2());
            heading(x, WordStyle.PART_HEADING_3, 4, 12, 3, size.body());
        } else {
            heading(x, WordStyle.HEADING_1, 0, 18, 6, size.heading1());
            heading(x, WordStyle.HEADING_2, 1, 16, 4, size.heading2());
        }
        heading(x, WordStyle.HEADING_3, 2, 12, 3, size.body());
        style(
                x,
                WordStyle.QUOTE,
                WordStyle.BODY_TEXT,
                null,
                true,
                new Para()
                        .border("left", colour.accent(), 18, 9)
                        .spacing(twipsOfPoints(4), twipsOfPoints(10), line)
                        .indent(DocxRenderer.twipsOfMm(10), DocxRenderer.twipsOfMm(6), 0),
                new Run().italic());
        style(
                x,
                WordStyle.FIGURE,
                WordStyle.NORMAL,
                WordStyle.CAPTION,
                true,
                new Para().keepNext().spacing(twipsOfPoints(6), twipsOfPoints(4), 240).jc("left"),
                null);
        style(
                x,
                WordStyle.CAPTION,
                WordStyle.NORMAL,
                WordStyle.CREDIT,
                true,
                new Para().keepNext().keepLines().spacing(0, twipsOfPoints(1), 264),
                new Run().font(sans).color(colour.text()).size(size.label()));
        style(
                x,
                WordStyle.CREDIT,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                true,
                new Para().keepLines().spacing(0, twipsOfPoints(14), 264),
                new Run().font(sans).color(colour.muted()).size(size.small()));
        style(
                x,
                WordStyle.LIST_BULLET,
                WordStyle.BODY_TEXT,
                null,
                true,
                new Para().numbering(ListNumbering.BULLETS).contextualSpacing(),
                null);
        style(
                x,
                WordStyle.LIST_NUMBER,
                WordStyle.BODY_TEXT,
                null,
                true,
                new Para().numbering(ListNumbering.NUMBERS).contextualSpacing(),
                null);
        style(
                x,
                WordStyle.LIST_CONTINUE,
                WordStyle.BODY_TEXT,
                null,
                false,
                new Para().indent(LIST_STEP, 0, 0).contextualSpacing(),
                null);
        style(
                x,
                WordStyle.LETTERHEAD,
                WordStyle.NORMAL,
                WordStyle.LETTERHEAD_LINE,
                false,
                new Para().keepNext().spacing(0, twipsOfPoints(3), 252),
                new Run().font(sans).bold().color(colour.text()).size(size.heading2()));
        style(
                x,
                WordStyle.LETTERHEAD_LINE,
                WordStyle.NORMAL,
                null,
                false,
                new Para().keepNext().spacing(0, 0, 252),
                new Run().font(sans).color(colour.muted()).size(size.small()));
        style(
                x,
                WordStyle.LETTERHEAD_LOGO,
                WordStyle.NORMAL,
                null,
                false,
                new Para().keepNext().spacing(0, 0, 240),
                null);
        style(
                x,
                WordStyle.TYPE_LABEL,
                WordStyle.NORMAL,
                WordStyle.RELEASE_NOTE,
                false,
                new Para()
                        .keepNext()
                        .border("top", colour.accent(), 8, 12)
                        .spacing(twipsOfPoints(12), twipsOfPoints(2), 240),
                new Run().font(sans).bold().color(colour.accent()).tracking(1).size(size.label()));
        style(
                x,
                WordStyle.RELEASE_NOTE,
                WordStyle.NORMAL,
                WordStyle.TITLE,
                false,
                new Para().keepNext().spacing(0, twipsOfPoints(22), 240),
                new Run().font(sans).bold().color(colour.text()).size(size.label()));
        style(
                x,
                WordStyle.END_MARK,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                false,
                new Para().spacing(twipsOfPoints(6), twipsOfPoints(20), 240).jc("center"),
                new Run().font(sans).bold().color(colour.muted()).size(size.body()));
        style(
                x,
                WordStyle.RULE,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                false,
                new Para()
                        .border("bottom", colour.muted(), 4, 1)
                        .spacing(0, twipsOfPoints(12), 240),
                new Run().size(size.small()));
        style(
                x,
                WordStyle.HEADER,
                WordStyle.NORMAL,
                null,
                false,
                new Para().tabs(textWidth).spacing(0, 0, 240),
                new Run().font(sans).color(colour.muted()).size(size.small()));
        style(
                x,
                WordStyle.FOOTER,
                WordStyle.NORMAL,
                null,
                false,
                new Para().tabs(textWidth).spacing(0, 0, 240).jc("center"),
                new Run().font(sans).color(colour.muted()).size(size.small()));
        style(
                x,
                WordStyle.HYPERLINK,
                WordStyle.DEFAULT_FONT,
                null,
                false,
                null,
                new Run().color(colour.accent()).underline());
        style(
                x,
                WordStyle.VERBATIM,
                WordStyle.DEFAULT_FONT,
                null,
                false,
                null,
                new Run().noProof());
        if (pack) {
            packStyles(x, textWidth);
        }
        x.append("</w:styles>");
        return x.toString().getBytes(UTF_8);
    }

    private void packStyles(StringBuilder x, int textWidth) {
        Template.Sizes size = template.sizes();
        Template.Colours colour = template.colours();
        String sans = template.fonts().headings().name();
        int line = (int) Math.round(template.spacing().line() * 240);
        int mm = DocxRenderer.twipsOfMm(1);
        style(
                x,
                WordStyle.TOC_HEADING,
                WordStyle.NORMAL,
                WordStyle.TOC_1,
                false,
                new Para().keepNext().pageBreakBefore().spacing(0, twipsOfPoints(18), 264),
                new Run().font(sans).bold().color(colour.text()).size(size.title()));
        style(
                x,
                WordStyle.TOC_1,
                WordStyle.NORMAL,
                WordStyle.NORMAL,
                false,
                new Para()
                        .keepNext()
                        .leaderTab(textWidth)
                        .noHyphenation()
                        .spacing(twipsOfPoints(9), 0, 264)
                        .indent(0, 12 * mm, 0),
                new Run().font(sans).color(colour.text()).size(size.body()));
        style(
                x,
                WordStyle.TOC_2,
                WordStyle.NORMAL,
                WordStyle.NORMAL,
                false,
                new Para()
                        .leaderTab(textWidth)
                        .noHyphenation()
                        .spacing(twipsOfPoints(2), 0, 264)
                        .indent(8 * mm, 12 * mm, 0),
                new Run().font(sans).color(colour.muted()).size(size.body() - 1));
        style(
                x,
                WordStyle.COVER_LOGO,
                WordStyle.NORMAL,
                WordStyle.COVER_ORGANISATION,
                false,
                new Para().keepNext().spacing(COVER_TOP_MM * mm, 8 * mm, 240).jc("center"),
                null);
        style(
                x,
                WordStyle.COVER_ORGANISATION,
                WordStyle.NORMAL,
                null,
                false,
                new Para().keepNext().spacing(0, twipsOfPoints(3), 264).jc("center"),
                new Run().font(sans).bold().color(colour.text()).size(size.heading2()));
        style(
                x,
                WordStyle.COVER_RULE,
                WordStyle.NORMAL,
                null,
                false,
                new Para()
                        .keepNext()
                        .border("bottom", colour.accent(), 12, 1)
                        .spacing(twipsOfPoints(20), twipsOfPoints(26), 240)
                        .indent(textWidth / 2 - 15 * mm, textWidth / 2 - 15 * mm, 0),
                new Run().size(2));
        style(
                x,
                WordStyle.COVER_TITLE,
                WordStyle.NORMAL,
                null,
                false,
                new Para()
                        .keepNext()
                        .keepLines()
                        .noHyphenation()
                        .spacing(0, twipsOfPoints(10), 252)
                        .jc("center"),
                new Run().font(sans).bold().color(colour.text()).size(size.title() * 1.3));
        style(
                x,
                WordStyle.COVER_DETAIL,
                WordStyle.NORMAL,
                null,
                false,
                new Para().keepNext().spacing(0, twipsOfPoints(4), 264).jc("center"),
                new Run().font(sans).color(colour.muted()).size(size.subtitle()));
        style(
                x,
                WordStyle.COVER_EMBARGO,
                WordStyle.NORMAL,
                null,
                false,
                new Para()
                        .border("top", colour.accent(), 12, 6)
                        .border("left", colour.accent(), 12, 8)
                        .border("bottom", colour.accent(), 12, 6)
                        .border("right", colour.accent(), 12, 8)
                        .noHyphenation()
                        .spacing(twipsOfPoints(28), 0, 264)
                        .indent(8 * mm, 8 * mm, 0)
                        .jc("center"),
                new Run().font(sans).bold().color(colour.accent()).size(size.body()));
        style(
                x,
                WordStyle.EMBARGO_MARK,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                false,
                new Para()
                        .keepNext()
                        .border("top", colour.accent(), 8, 3)
                        .border("left", colour.accent(), 8, 4)
                        .border("bottom", colour.accent(), 8, 3)
                        .border("right", colour.accent(), 8, 4)
                        .noHyphenation()
                        .spacing(twipsOfPoints(4), twipsOfPoints(16), 252)
                        .indent(twipsOfPoints(5), twipsOfPoints(5), 0),
                new Run().font(sans).bold().color(colour.accent()).size(size.label()));
        style(
                x,
                WordStyle.RELEASE_BREAK,
                WordStyle.NORMAL,
                null,
                false,
                new Para().pageBreakBefore().spacing(0, 0, 240),
                new Run().size(1));
        style(
                x,
                WordStyle.INDEX_ENTRY,
                WordStyle.BODY_TEXT,
                null,
                true,
                new Para().keepLines().spacing(0, twipsOfPoints(4), line).indent(6 * mm, 0, 6 * mm),
                null);
    }

    private void heading(
            StringBuilder x, WordStyle style, int outline, int before, int after, double size) {
        style(
                x,
                style,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                true,
                new Para()
                        .keepNext()
                        .keepLines()
                        .noHyphenation()
                        .spacing(twipsOfPoints(before), twipsOfPoints(after), 264)
                        .outline(outline),
                new Run()
                        .font(template.fonts().headings().name())
                        .bold()
                        .color(template.colours().text())
                        .size(size));
    }

    private static void style(
            StringBuilder x,
            WordStyle style,
            WordStyle basedOn,
            WordStyle next,
            boolean quick,
            Para para,
            Run run) {
        x.append("<w:style w:type=\"").append(style.kind().xml).append('"');
        if (style == WordStyle.NORMAL || style == WordStyle.DEFAULT_FONT) {
            x.append(" w:default=\"1\"");
        }
        x.append(" w:styleId=\"").append(style.id()).append("\">");
        x.append("<w:name w:val=\"").append(style.displayName()).append("\"/>");
        if (basedOn != null) {
            x.append("<w:basedOn w:val=\"").append(basedOn.id()).append("\"/>");
        }
        if (next != null) {
            x.append("<w:next w:val=\"").append(next.id()).append("\"/>");
        }
        if (style == WordStyle.DEFAULT_FONT) {
            x.append("<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/>");
        }
        if (quick) {
            x.append("<w:qFormat/>");
        }
        if (para != null && !para.xml().isEmpty()) {
            x.append("<w:pPr>").append(para.xml()).append("</w:pPr>");
        }
        if (run != null && !run.xml().isEmpty()) {
            x.append("<w:rPr>").append(run.xml()).append("</w:rPr>");
        }
        x.append("</w:style>");
    }

    // ---- numbering.xml

    /**
     * Two list definitions, bullets and decimal numbers, nine levels each; then the bullet list,
     * the plain numbered list the List Number style names, and one numbered list per ordered list
     * of the document, restarting at its first number.
     */
    byte[] numbering(List<ListNumbering.Ordered> ordered) {
        StringBuilder x = new StringBuilder(DECLARATION);
        x.append("<w:numbering xmlns:w=\"").append(W).append("\">");
        x.append("<w:abstractNum w:abstractNumId=\"0\">")
                .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
        String[] bullets = {"\u2022", "\u2013", "\u2022"};
        for (int level = 0; level < 9; level++) {
            x.append("<w:lvl w:ilvl=\"")
                    .append(level)
                    .append("\">")
                    .append("<w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>")
                    .append("<w:lvlText w:val=\"")
                    .append(bullets[level % 3])
                    .append("\"/>")
                    .append("<w:lvlJc w:val=\"left\"/><w:pPr>")
                    .append(new Para().indent(LIST_STEP * (level + 1), 0, BULLET_HANGING).xml())
                    .append("</w:pPr><w:rPr>")
                    .append(new Run().color(template.colours().accent()).xml())
                    .append("</w:rPr></w:lvl>");
        }
        x.append("</w:abstractNum>");
        x.append("<w:abstractNum w:abstractNumId=\"1\">")
                .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (int level = 0; level < 9; level++) {
            x.append("<w:lvl w:ilvl=\"")
                    .append(level)
                    .append("\">")
                    .append("<w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>")
                    .append("<w:lvlText w:val=\"%")
                    .append(level + 1)
                    .append(".\"/>")
                    .append("<w:lvlJc w:val=\"left\"/><w:pPr>")
                    .append(
                            new Para()
                                    .indent(
                                            LIST_STEP * (level + 1)
                                                    + NUMBER_HANGING
                                                    - BULLET_HANGING,
                                            0,
                                            NUMBER_HANGING)
                                    .xml())
                    .append("</w:pPr></w:lvl>");
        }
        x.append("</w:abstractNum>");
        x.append("<w:num w:numId=\"")
                .append(ListNumbering.BULLETS)
                .append("\"><w:abstractNumId w:val=\"0\"/></w:num>");
        x.append("<w:num w:numId=\"")
                .append(ListNumbering.NUMBERS)
                .append("\"><w:abstractNumId w:val=\"1\"/></w:num>");
        for (ListNumbering.Ordered list : ordered) {
            x.append("<w:num w:numId=\"")
                    .append(list.numId())
                    .append("\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"")
                    .append(list.level())
                    .append("\"><w:startOverride w:val=\"")
                    .append(list.start())
                    .append("\"/></w:lvlOverride></w:num>");
        }
        x.append("</w:numbering>");
        return x.toString().getBytes(UTF_8);
    }

    // ---- settings.xml

    /**
     * Automatic hyphenation in the document's language (not of words in capitals, at most two
     * hyphenated lines in a row), and Word 2013+ layout rather than compatibility mode.
     */
    byte[] settings() {
        return settings(false);
    }

    /**
     * The settings; with {@code updateFields}, Word offers to update the fields (the contents) when
     * it opens the document.
     */
    byte[] settings(boolean updateFields) {
        return (DECLARATION
                        + "<w:settings xmlns:w=\""
                        + W
                        + "\"><w:zoom w:percent=\"100\"/>"
                        + "<w:defaultTabStop w:val=\"709\"/>"
                        + "<w:autoHyphenation/>"
                        + "<w:consecutiveHyphenLimit w:val=\"2\"/>"
                        + "<w:hyphenationZone w:val=\"357\"/>"
                        + "<w:doNotHyphenateCaps/>"
                        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                        + (updateFields ? "<w:updateFields w:val=\"true\"/>" : "")
                        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
                        + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
                        + "</w:compat>"
                        + "<w:themeFontLang w:val=\""
                        + escape(language)
                        + "\"/></w:settings>")
                .getBytes(UTF_8);
    }

    // ---- fontTable.xml

    /**
     * The two families with their PANOSE numbers and kind (serif or sans), so that Word, on a
     * machine without them, substitutes a similar font rather than its default.
     */
    byte[] fontTable() {
        StringBuilder x = new StringBuilder(DECLARATION);
        x.append("<w:fonts xmlns:w=\"").append(W).append("\">");
        Template.Family body = template.fonts().body();
        Template.Family headings = template.fonts().headings();
        font(x, body);
        if (!headings.name().equals(body.name())) {
            font(x, headings);
        }
        x.append("</w:fonts>");
        return x.toString().getBytes(UTF_8);
    }

    private static void font(StringBuilder x, Template.Family family) {
        x.append("<w:font w:name=\"").append(escape(family.name())).append("\">");
        Optional<byte[]> panose = panose(family.regular());
        panose.ifPresent(
                p ->
                        x.append("<w:panose1 w:val=\"")
                                .append(HexFormat.of().withUpperCase().formatHex(p))
                                .append("\"/>"));
        x.append("<w:family w:val=\"")
                .append(panose.map(WordParts::familyKind).orElse("auto"))
                .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
    }

    /** PANOSE family type 2 is Latin text; serif styles 11 to 13 are the sans-serif ones. */
    private static String familyKind(byte[] panose) {
        if (panose[0] != 2) {
            return "auto";
        }
        return panose[1] >= 11 && panose[1] <= 13 ? "swiss" : "roman";
    }

    /** The ten PANOSE bytes of a TrueType font's OS/2 table, if it has one. */
    static Optional<byte[]> panose(byte[] ttf) {
        if (ttf.length < 12) {
            return Optional.empty();
        }
        int tables = u16(ttf, 4);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (record + 16 > ttf.length) {
                return Optional.empty();
            }
            String tag = new String(ttf, record, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (tag.equals("OS/2")) {
                long offset = u32(ttf, record + 8);
                if (offset + 42 > ttf.length) {
                    return Optional.empty();
                }
                byte[] panose = new byte[10];
                System.arraycopy(ttf, (int) offset + 32, panose, 0, 10);
                return Optional.of(panose);
            }
        }
        return Optional.empty();
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static long u32(byte[] b, int at) {
        return (long) u16(b, at) << 16 | u16(b, at + 2);
    }

    // ---- helpers

    double textWidthMm() {
        Template.Page page = template.page();
        return page.width() - page.left() - page.right();
    }

    static int twipsOfPoints(double points) {
        return (int) Math.round(points * 20);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Paragraph properties, written in the order the schema wants them whatever the call order. */
    static final class Para {
        private boolean keepNext;
        private boolean keepLines;
        private boolean pageBreakBefore;
        private boolean widowControl;
        private int numId = -1;
        private final StringBuilder borders = new StringBuilder();
        private int tabsWidth = -1;
        private int leaderTab = -1;
        private boolean noHyphenation;
        private String spacing;
        private String indent;
        private boolean contextualSpacing;
        private String jc;
        private int outline = -1;

        Para keepNext() {
            keepNext = true;
            return this;
        }

        Para keepLines() {
            keepLines = true;
            return this;
        }

        Para pageBreakBefore() {
            pageBreakBefore = true;
            return this;
        }

        /** A right tab with a dotted leader at {@code position} twips: page numbers of contents. */
        Para leaderTab(int position) {
            leaderTab = position;
            return this;
        }

        Para noHyphenation() {
            noHyphenation = true;
            return this;
        }

        Para widowControl() {
            widowControl = true;
            return this;
        }

        Para numbering(int id) {
            numId = id;
            return this;
        }

        /** A single-line border; {@code eighths} of a point thick, {@code space} points away. */
        Para border(String side, String colour, int eighths, int space) {
            borders.append("<w:")
                    .append(side)
                    .append(" w:val=\"single\" w:sz=\"")
                    .append(eighths)
                    .append("\" w:space=\"")
                    .append(space)
                    .append("\" w:color=\"")
                    .append(colour)
                    .append("\"/>");
            return this;
        }

        /** A centre tab in the middle and a right tab at the end of a line {@code width} wide. */
        Para tabs(int width) {
            tabsWidth = width;
            return this;
        }

        /** Space before and after in twips; line spacing in 240ths of a line. */
        Para spacing(int before, int after, int line) {
            spacing =
                    "<w:spacing w:before=\""
                            + before
                            + "\" w:after=\""
                            + after
                            + "\" w:line=\""
                            + line
                            + "\" w:lineRule=\"auto\"/>";
            return this;
        }

        Para indent(int left, int right, int hanging) {
            indent =
                    "<w:ind w:left=\""
                            + left
                            + "\" w:right=\""
                            + right
                            + "\""
                            + (hanging > 0 ? " w:hanging=\"" + hanging + "\"" : "")
                            + "/>";
            return this;
        }

        Para contextualSpacing() {
            contextualSpacing = true;
            return this;
        }

        Para jc(String value) {
            jc = value;
            return this;
        }

        Para outline(int level) {
            outline = level;
            return this;
        }

        String xml() {
            StringBuilder x = new StringBuilder();
            if (keepNext) {
                x.append("<w:keepNext/>");
            }
            if (keepLines) {
                x.append("<w:keepLines/>");
            }
            if (pageBreakBefore) {
                x.append("<w:pageBreakBefore/>");
            }
            if (widowControl) {
                x.append("<w:widowControl/>");
            }
            if (numId >= 0) {
                x.append("<w:numPr><w:numId w:val=\"").append(numId).append("\"/></w:numPr>");
            }
            if (borders.length() > 0) {
                x.append("<w:pBdr>").append(borders).append("</w:pBdr>");
            }
            if (tabsWidth >= 0) {
                x.append("<w:tabs><w:tab w:val=\"center\" w:pos=\"")
                        .append(tabsWidth / 2)
                        .append("\"/><w:tab w:val=\"right\" w:pos=\"")
                        .append(tabsWidth)
                        .append("\"/></w:tabs>");
            }
            if (leaderTab >= 0) {
                x.append("<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"")
                        .append(leaderTab)
                        .append("\"/></w:tabs>");
            }
            if (noHyphenation) {
                x.append("<w:suppressAutoHyphens/>");
            }
            if (spacing != null) {
                x.append(spacing);
            }
            if (indent != null) {
                x.append(indent);
            }
            if (contextualSpacing) {
                x.append("<w:contextualSpacing/>");
            }
            if (jc != null) {
                x.append("<w:jc w:val=\"").append(jc).append("\"/>");
            }
            if (outline >= 0) {
                x.append("<w:outlineLvl w:val=\"").append(outline).append("\"/>");
            }
            return x.toString();
        }
    }

    /** Run properties, written in schema order. */
    static final class Run {
        private String font;
        private boolean bold;
        private boolean italic;
        private boolean noProof;
        private String color;
        private int tracking;
        private int halfPoints;
        private boolean underline;
        private String lang;

        Run font(String name) {
            font = name;
            return this;
        }

        Run bold() {
            bold = true;
            return this;
        }

        Run italic() {
            italic = true;
            return this;
        }

        Run noProof() {
            noProof = true;
            return this;
        }

        Run color(String rrggbb) {
            color = rrggbb;
            return this;
        }

        /** Extra space between letters, in points. */
        Run tracking(double points) {
            tracking = twipsOfPoints(points);
            return this;
        }

        Run size(double points) {
            halfPoints = (int) Math.round(points * 2);
            return this;
        }

        Run underline() {
            underline = true;
            return this;
        }

        Run lang(String tag) {
            lang = tag;
            return this;
        }

        String xml() {
            StringBuilder x = new StringBuilder();
            if (font != null) {
                String f = escape(font);
                x.append("<w:rFonts w:ascii=\"")
                        .append(f)
                        .append("\" w:hAnsi=\"")
                        .append(f)
                        .append("\" w:eastAsia=\"")
                        .append(f)
                        .append("\" w:cs=\"")
                        .append(f)
                        .append("\"/>");
            }
            if (bold) {
                x.append("<w:b/><w:bCs/>");
            }
            if (italic) {
                x.append("<w:i/><w:iCs/>");
            }
            if (noProof) {
                x.append("<w:noProof/>");
            }
            if (color != null) {
                x.append("<w:color w:val=\"").append(color).append("\"/>");
            }
            if (tracking != 0) {
                x.append("<w:spacing w:val=\"").append(tracking).append("\"/>");
            }
            if (halfPoints > 0) {
                x.append("<w:sz w:val=\"")
                        .append(halfPoints)
                        .append("\"/><w:szCs w:val=\"")
                        .append(halfPoints)
                        .append("\"/>");
            }
            if (underline) {
                x.append("<w:u w:val=\"single\"/>");
            }
            if (lang != null) {
                x.append("<w:lang w:val=\"").append(escape(lang)).append("\"/>");
            }
            return x.toString();
        }
    }
}
