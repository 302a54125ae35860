package rs.glasnik.render.docx;

/** RunProps properties, written in schema order. */
final class RunProps {
    private String font;
    private boolean bold;
    private boolean italic;
    private boolean noProof;
    private String color;
    private int tracking;
    private int halfPoints;
    private boolean underline;
    private String lang;

    RunProps font(String name) {
        font = name;
        return this;
    }

    RunProps bold() {
        bold = true;
        return this;
    }

    RunProps italic() {
        italic = true;
        return this;
    }

    RunProps noProof() {
        noProof = true;
        return this;
    }

    RunProps color(String rrggbb) {
        color = rrggbb;
        return this;
    }

    /** Extra space between letters, in points. */
    RunProps tracking(double points) {
        tracking = WordXml.twipsOfPoints(points);
        return this;
    }

    RunProps size(double points) {
        halfPoints = (int) Math.round(points * 2);
        return this;
    }

    RunProps underline() {
        underline = true;
        return this;
    }

    RunProps lang(String tag) {
        lang = tag;
        return this;
    }

    String xml() {
        StringBuilder x = new StringBuilder();
        if (font != null) {
            String f = WordXml.escape(font);
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
            x.append("<w:lang w:val=\"").append(WordXml.escape(lang)).append("\"/>");
        }
        return x.toString();
    }
}
