package rs.glasnik.render.docx;

import rs.glasnik.model.Template;
import rs.glasnik.render.Measures;

/**
 * What every XML part of a DOCX package that glasnik writes shares: the WordprocessingML namespace,
 * the XML declaration, Word's units and XML escaping.
 *
 * <p>{@code x.append("<w:styles xmlns:w=\"").append(WordXml.W).append("\">");}
 */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static final String DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    private WordXml() {}

    /** Points in twentieths of a point (twips). */
    static int twipsOfPoints(double points) {
        return (int) Math.round(points * 20);
    }

    /** Millimetres in twentieths of a point, the unit of Word's page and paragraph measures. */
    static int twipsOfMm(double mm) {
        return Measures.twips(mm);
    }

    /** The width of the text between the page's margins, in millimetres. */
    static double textWidthMm(Template template) {
        Template.Page page = template.page();
        return page.width() - page.left() - page.right();
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
}
