package rs.glasnik.render.docx;

/**
 * Paragraph properties ({@code w:pPr} content), written in the order the schema wants them whatever
 * the call order.
 *
 * <p>{@code new ParaProps().keepNext().spacing(0, 160, 264).xml()}
 */
final class ParaProps {
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

    ParaProps keepNext() {
        keepNext = true;
        return this;
    }

    ParaProps keepLines() {
        keepLines = true;
        return this;
    }

    ParaProps pageBreakBefore() {
        pageBreakBefore = true;
        return this;
    }

    /** A right tab with a dotted leader at {@code position} twips: page numbers of contents. */
    ParaProps leaderTab(int position) {
        leaderTab = position;
        return this;
    }

    ParaProps noHyphenation() {
        noHyphenation = true;
        return this;
    }

    ParaProps widowControl() {
        widowControl = true;
        return this;
    }

    ParaProps numbering(int id) {
        numId = id;
        return this;
    }

    /** A single-line border; {@code eighths} of a point thick, {@code space} points away. */
    ParaProps border(String side, String colour, int eighths, int space) {
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
    ParaProps tabs(int width) {
        tabsWidth = width;
        return this;
    }

    /** Space before and after in twips; line spacing in 240ths of a line. */
    ParaProps spacing(int before, int after, int line) {
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

    ParaProps indent(int left, int right, int hanging) {
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

    ParaProps contextualSpacing() {
        contextualSpacing = true;
        return this;
    }

    ParaProps jc(String value) {
        jc = value;
        return this;
    }

    ParaProps outline(int level) {
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
