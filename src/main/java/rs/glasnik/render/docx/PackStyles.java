package rs.glasnik.render.docx;

import rs.glasnik.model.Template;

/**
 * The styles only a press pack has: the contents (TOC Heading, TOC 1 and 2), the cover (logo,
 * organisation, rules, title, details, embargo box), a release's embargo mark, the break before a
 * release and an entry of the index of people.
 *
 * <p>{@code new PackStyles(template).append(x, textWidthTwips);}
 */
final class PackStyles {
    /** The space above the emblem on a pack's cover, which sets the cover's text about mid-page. */
    private static final int COVER_TOP_MM = 48;

    private final Template template;

    PackStyles(Template template) {
        this.template = template;
    }

    /** Appends the pack's own styles to the styles part in {@code x}. */
    void append(StringBuilder x, int textWidth) {
        Template.Sizes size = template.sizes();
        Template.Colours colour = template.colours();
        String sans = template.fonts().headings().name();
        int line = (int) Math.round(template.spacing().line() * 240);
        int mm = WordXml.twipsOfMm(1);
        StylesPart.style(
                x,
                WordStyle.TOC_HEADING,
                WordStyle.NORMAL,
                WordStyle.TOC_1,
                false,
                new ParaProps()
                        .keepNext()
                        .pageBreakBefore()
                        .spacing(0, WordXml.twipsOfPoints(18), 264),
                new RunProps().font(sans).bold().color(colour.text()).size(size.title()));
        StylesPart.style(
                x,
                WordStyle.TOC_1,
                WordStyle.NORMAL,
                WordStyle.NORMAL,
                false,
                new ParaProps()
                        .keepNext()
                        .leaderTab(textWidth)
                        .noHyphenation()
                        .spacing(WordXml.twipsOfPoints(9), 0, 264)
                        .indent(0, 12 * mm, 0),
                new RunProps().font(sans).color(colour.text()).size(size.body()));
        StylesPart.style(
                x,
                WordStyle.TOC_2,
                WordStyle.NORMAL,
                WordStyle.NORMAL,
                false,
                new ParaProps()
                        .leaderTab(textWidth)
                        .noHyphenation()
                        .spacing(WordXml.twipsOfPoints(2), 0, 264)
                        .indent(8 * mm, 12 * mm, 0),
                new RunProps().font(sans).color(colour.muted()).size(size.body() - 1));
        StylesPart.style(
                x,
                WordStyle.COVER_LOGO,
                WordStyle.NORMAL,
                WordStyle.COVER_ORGANISATION,
                false,
                new ParaProps().keepNext().spacing(COVER_TOP_MM * mm, 8 * mm, 240).jc("center"),
                null);
        StylesPart.style(
                x,
                WordStyle.COVER_ORGANISATION,
                WordStyle.NORMAL,
                null,
                false,
                new ParaProps().keepNext().spacing(0, WordXml.twipsOfPoints(3), 264).jc("center"),
                new RunProps().font(sans).bold().color(colour.text()).size(size.heading2()));
        StylesPart.style(
                x,
                WordStyle.COVER_RULE,
                WordStyle.NORMAL,
                null,
                false,
                new ParaProps()
                        .keepNext()
                        .border("bottom", colour.accent(), 12, 1)
                        .spacing(WordXml.twipsOfPoints(20), WordXml.twipsOfPoints(26), 240)
                        .indent(textWidth / 2 - 15 * mm, textWidth / 2 - 15 * mm, 0),
                new RunProps().size(2));
        StylesPart.style(
                x,
                WordStyle.COVER_TITLE,
                WordStyle.NORMAL,
                null,
                false,
                new ParaProps()
                        .keepNext()
                        .keepLines()
                        .noHyphenation()
                        .spacing(0, WordXml.twipsOfPoints(10), 252)
                        .jc("center"),
                new RunProps().font(sans).bold().color(colour.text()).size(size.title() * 1.3));
        StylesPart.style(
                x,
                WordStyle.COVER_DETAIL,
                WordStyle.NORMAL,
                null,
                false,
                new ParaProps().keepNext().spacing(0, WordXml.twipsOfPoints(4), 264).jc("center"),
                new RunProps().font(sans).color(colour.muted()).size(size.subtitle()));
        StylesPart.style(
                x,
                WordStyle.COVER_EMBARGO,
                WordStyle.NORMAL,
                null,
                false,
                new ParaProps()
                        .border("top", colour.accent(), 12, 6)
                        .border("left", colour.accent(), 12, 8)
                        .border("bottom", colour.accent(), 12, 6)
                        .border("right", colour.accent(), 12, 8)
                        .noHyphenation()
                        .spacing(WordXml.twipsOfPoints(28), 0, 264)
                        .indent(8 * mm, 8 * mm, 0)
                        .jc("center"),
                new RunProps().font(sans).bold().color(colour.accent()).size(size.body()));
        StylesPart.style(
                x,
                WordStyle.EMBARGO_MARK,
                WordStyle.NORMAL,
                WordStyle.BODY_TEXT,
                false,
                new ParaProps()
                        .keepNext()
                        .border("top", colour.accent(), 8, 3)
                        .border("left", colour.accent(), 8, 4)
                        .border("bottom", colour.accent(), 8, 3)
                        .border("right", colour.accent(), 8, 4)
                        .noHyphenation()
                        .spacing(WordXml.twipsOfPoints(4), WordXml.twipsOfPoints(16), 252)
                        .indent(WordXml.twipsOfPoints(5), WordXml.twipsOfPoints(5), 0),
                new RunProps().font(sans).bold().color(colour.accent()).size(size.label()));
        StylesPart.style(
                x,
                WordStyle.RELEASE_BREAK,
                WordStyle.NORMAL,
                null,
                false,
                new ParaProps().pageBreakBefore().spacing(0, 0, 240),
                new RunProps().size(1));
        StylesPart.style(
                x,
                WordStyle.INDEX_ENTRY,
                WordStyle.BODY_TEXT,
                null,
                true,
                new ParaProps()
                        .keepLines()
                        .spacing(0, WordXml.twipsOfPoints(4), line)
                        .indent(6 * mm, 0, 6 * mm),
                null);
    }
}
