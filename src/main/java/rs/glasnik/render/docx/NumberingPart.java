package rs.glasnik.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import rs.glasnik.model.Template;
import rs.glasnik.render.Measures;

/**
 * The numbering part ({@code word/numbering.xml}): how bullet and numbered lists are marked and
 * indented, and one numbered list for each ordered list of the document.
 *
 * <p>{@code byte[] numbering = new NumberingPart(template).xml(listNumbering.ordered());}
 */
final class NumberingPart {
    private final Template template;

    /** List indentation per level, and the hanging indents of the markers, in twips. */
    private final int listStep;

    private final int bulletHanging;
    private final int numberHanging;

    NumberingPart(Template template) {
        this.template = template;
        this.listStep = listStep(template);
        this.bulletHanging = Measures.twips(template.layout().bulletRoom());
        this.numberHanging = Measures.twips(template.layout().numberRoom());
    }

    /** The template's indentation per list level, in twips (425 for 7.5 mm). */
    static int listStep(Template template) {
        return Measures.twips(template.layout().listStep());
    }

    /**
     * Two list definitions, bullets and decimal numbers, nine levels each; then the bullet list,
     * the plain numbered list the List Number style names, and one numbered list per ordered list
     * of the document, restarting at its first number.
     */
    byte[] xml(List<ListNumbering.Ordered> ordered) {
        StringBuilder x = new StringBuilder(WordXml.DECLARATION);
        x.append("<w:numbering xmlns:w=\"").append(WordXml.W).append("\">");
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
                    .append(new ParaProps().indent(listStep * (level + 1), 0, bulletHanging).xml())
                    .append("</w:pPr><w:rPr>")
                    .append(new RunProps().color(template.colours().accent()).xml())
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
                            new ParaProps()
                                    .indent(
                                            listStep * (level + 1) + numberHanging - bulletHanging,
                                            0,
                                            numberHanging)
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
}
