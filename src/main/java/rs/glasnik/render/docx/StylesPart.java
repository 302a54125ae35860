package rs.glasnik.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import rs.glasnik.model.Template;

/**
 * The styles part ({@code word/styles.xml}), written whole from the template: every size, colour
 * and font is in the styles; the document body only names them. A press pack has the styles of a
 * single release and its own (see {@link PackStyles}).
 *
 * <p>{@code byte[] styles = new StylesPart(template, "sr-Cyrl-RS").release();}
 */
final class StylesPart {
    /** A release's title in a pack, as a share of its size in a single release. */
    private static final double PACK_TITLE_SCALE = 0.8;

    private final Template template;
    private final String language;

    StylesPart(Template template, String language) {
        this.template = template;
        this.language = language;
    }

    /** The styles of a single release. */
    byte[] release() {
        return styles(false);
    }

    /**
     * The styles of a press pack: those of a single release, except that Heading 1 and Heading 2
     * look like a release's title (in a pack they are the titles of the releases, in the first and
     * in the other languages), and the styles of the cover, the contents, the index and the parts
     * of a release (Part Heading 1 to 3: a release's own headings, out of the contents).
     */
    byte[] pack() {
        return styles(true);
    }

    private byte[] styles(boolean pack) {
        Template.Sizes size = template.sizes();
        Template.Colours colour = template.colours();
        String body = template.fonts().body().name();
        String sans = template.fonts().headings().name();
        int gap = WordXml.twipsOfPoints(template.spacing().paragraph());
        int line = (int) Math.round(template.spacing().line() * 240);
        int textWidth = WordXml.twipsOfMm(WordXml.textWidthMm(template));

        StringBuilder x = new StringBuilder(WordXml.DECLARATION);
        x.append("<w:styles xmlns:w=\"").append(WordXml.W).append("\">");
        x.append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append(new RunProps().font(body).size(size.body()).lang(language).xml())
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>")
                .append(new ParaProps().spacing(0, 0, 240).xml())
                .append("</w:pPr></w:pPrDefault></w:docDefaults>");

        style(
                x,
                WordStyle.NORMAL,
                null,
                null,
                true,
                new ParaProps().widowControl().spacing(0, gap, line),
                new RunProps().color(colour.text()));
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

        style(x, WordStyle.BODY_TEXT, WordStyle.NORMAL, null, true, new ParaProps(), null);
        style(
                x,
                WordStyle.TITLE,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                true,
                new ParaProps()
                        .keepNext()
                        .keepLines()
                        .noHyphenation()
                        .spacing(0, WordXml.twipsOfPoints(8), 264),
                new RunProps().font(sans).bold().color(colour.text()).size(size.title()));
        style(
                x,
                WordStyle.SUBTITLE,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                true,
                new ParaProps()
                        .keepNext()
                        .keepLines()
                        .noHyphenation()
                        .spacing(0, WordXml.twipsOfPoints(16), 276),
                new RunProps().font(sans).color(colour.muted()).size(size.subtitle()));
        style(
                x,
                WordStyle.SUMMARY,
                WordStyle.BODY_TEXT,
                WordStyle.BODY_TEXT,
                true,
                new ParaProps().spacing(0, WordXml.twipsOfPoints(12), line),
                new RunProps().bold());
        if (pack) {
            for (WordStyle title : List.of(WordStyle.HEADING_1, WordStyle.HEADING_2)) {
                style(
                        x,
                        title,
                        WordStyle.NORMAL,
                        WordStyle.BODY_TEXT,
                        true,
                        new ParaProps()
                                .keepNext()
                                .keepLines()
                                .noHyphenation()
                                .spacing(0, WordXml.twipsOfPoints(8), 252)
                                .outline(title == WordStyle.HEADING_1 ? 0 : 1),
                        // Smaller than a release's title: it shares the page with its translation.
                        new RunProps()
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
                new ParaProps()
                        .border("left", colour.accent(), 18, 9)
                        .spacing(WordXml.twipsOfPoints(4), WordXml.twipsOfPoints(10), line)
                        .indent(
                                WordXml.twipsOfMm(template.layout().quoteLeft()),
                                WordXml.twipsOfMm(template.layout().quoteRight()),
                                0),
                new RunProps().italic());
        style(
                x,
                WordStyle.FIGURE,
                WordStyle.NORMAL,
                WordStyle.CAPTION,
                true,
                new ParaProps()
                        .keepNext()
                        .spacing(WordXml.twipsOfPoints(6), WordXml.twipsOfPoints(4), 240)
                        .jc("left"),
                null);
        style(
                x,
                WordStyle.CAPTION,
                WordStyle.NORMAL,
                WordStyle.CREDIT,
                true,
                new ParaProps()
                        .keepNext()
                        .keepLines()
                        .noHyphenation()
                        .spacing(0, WordXml.twipsOfPoints(1), 264),
                new RunProps().font(sans).color(colour.text()).size(size.label()));
        style(
                x,
                WordStyle.CREDIT,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                true,
                new ParaProps()
                        .keepLines()
                        .noHyphenation()
                        .spacing(0, WordXml.twipsOfPoints(14), 264),
                new RunProps().font(sans).color(colour.muted()).size(size.small()));
        style(
                x,
                WordStyle.LIST_BULLET,
                WordStyle.BODY_TEXT,
                null,
                true,
                new ParaProps().numbering(ListNumbering.BULLETS).contextualSpacing(),
                null);
        style(
                x,
                WordStyle.LIST_NUMBER,
                WordStyle.BODY_TEXT,
                null,
                true,
                new ParaProps().numbering(ListNumbering.NUMBERS).contextualSpacing(),
                null);
        style(
                x,
                WordStyle.LIST_CONTINUE,
                WordStyle.BODY_TEXT,
                null,
                false,
                new ParaProps().indent(NumberingPart.listStep(template), 0, 0).contextualSpacing(),
                null);
        style(
                x,
                WordStyle.LETTERHEAD,
                WordStyle.NORMAL,
                WordStyle.LETTERHEAD_LINE,
                false,
                new ParaProps()
                        .keepNext()
                        .noHyphenation()
                        .spacing(0, WordXml.twipsOfPoints(3), 252),
                new RunProps().font(sans).bold().color(colour.text()).size(size.heading2()));
        style(
                x,
                WordStyle.LETTERHEAD_LINE,
                WordStyle.NORMAL,
                null,
                false,
                new ParaProps().keepNext().noHyphenation().spacing(0, 0, 252),
                new RunProps().font(sans).color(colour.muted()).size(size.small()));
        style(
                x,
                WordStyle.LETTERHEAD_LOGO,
                WordStyle.NORMAL,
                null,
                false,
                new ParaProps().keepNext().spacing(0, 0, 240),
                null);
        style(
                x,
                WordStyle.TYPE_LABEL,
                WordStyle.NORMAL,
                WordStyle.RELEASE_NOTE,
                false,
                new ParaProps()
                        .keepNext()
                        .noHyphenation()
                        .border("top", colour.accent(), 8, 12)
                        .spacing(WordXml.twipsOfPoints(12), WordXml.twipsOfPoints(2), 240),
                new RunProps()
                        .font(sans)
                        .bold()
                        .color(colour.accent())
                        .tracking(1)
                        .size(size.label()));
        style(
                x,
                WordStyle.RELEASE_NOTE,
                WordStyle.NORMAL,
                WordStyle.TITLE,
                false,
                new ParaProps()
                        .keepNext()
                        .noHyphenation()
                        .spacing(0, WordXml.twipsOfPoints(22), 240),
                new RunProps().font(sans).bold().color(colour.text()).size(size.label()));
        style(
                x,
                WordStyle.END_MARK,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                false,
                new ParaProps()
                        .noHyphenation()
                        .spacing(WordXml.twipsOfPoints(6), WordXml.twipsOfPoints(20), 240)
                        .jc("center"),
                new RunProps().font(sans).bold().color(colour.muted()).size(size.body()));
        style(
                x,
                WordStyle.RULE,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                false,
                new ParaProps()
                        .border("bottom", colour.muted(), 4, 1)
                        .spacing(0, WordXml.twipsOfPoints(12), 240),
                new RunProps().size(size.small()));
        style(
                x,
                WordStyle.HEADER,
                WordStyle.NORMAL,
                null,
                false,
                new ParaProps().tabs(textWidth).spacing(0, 0, 240),
                new RunProps().font(sans).color(colour.muted()).size(size.small()));
        style(
                x,
                WordStyle.FOOTER,
                WordStyle.NORMAL,
                null,
                false,
                new ParaProps().tabs(textWidth).spacing(0, 0, 240).jc("center"),
                new RunProps().font(sans).color(colour.muted()).size(size.small()));
        style(
                x,
                WordStyle.HYPERLINK,
                WordStyle.DEFAULT_FONT,
                null,
                false,
                null,
                new RunProps().color(colour.accent()).underline());
        style(
                x,
                WordStyle.VERBATIM,
                WordStyle.DEFAULT_FONT,
                null,
                false,
                null,
                new RunProps().noProof());
        if (pack) {
            new PackStyles(template).append(x, textWidth);
        }
        x.append("</w:styles>");
        return x.toString().getBytes(UTF_8);
    }

    private void heading(
            StringBuilder x, WordStyle style, int outline, int before, int after, double size) {
        style(
                x,
                style,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                true,
                new ParaProps()
                        .keepNext()
                        .keepLines()
                        .noHyphenation()
                        .spacing(WordXml.twipsOfPoints(before), WordXml.twipsOfPoints(after), 264)
                        .outline(outline),
                new RunProps()
                        .font(template.fonts().headings().name())
                        .bold()
                        .color(template.colours().text())
                        .size(size));
    }

    static void style(
            StringBuilder x,
            WordStyle style,
            WordStyle basedOn,
            WordStyle next,
            boolean quick,
            ParaProps para,
            RunProps run) {
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
}
