package rs.glasnik.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import rs.glasnik.model.Template;
import rs.glasnik.render.FontFile;

/**
 * The font table part ({@code word/fontTable.xml}), added to a document POI writes.
 *
 * <p>{@code FontTablePart.add(doc, template);}
 */
final class FontTablePart {
    private static final String NAME = "/word/fontTable.xml";

    private FontTablePart() {}

    /** Adds the font table of {@code template} to {@code doc}, with its relationship. */
    static void add(XWPFDocument doc, Template template) {
        byte[] xml = xml(template);
        try {
            PackagePartName name = PackagingURIHelper.createPartName(NAME);
            PackagePart part =
                    doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml);
            }
            doc.getPackagePart()
                    .addRelationship(
                            name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("adding the font table", e);
        }
    }

    /**
     * The two families with their PANOSE numbers and kind (serif or sans), so that Word, on a
     * machine without them, substitutes a similar font rather than its default.
     */
    static byte[] xml(Template template) {
        StringBuilder x = new StringBuilder(WordXml.DECLARATION);
        x.append("<w:fonts xmlns:w=\"").append(WordXml.W).append("\">");
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
        x.append("<w:font w:name=\"").append(WordXml.escape(family.name())).append("\">");
        Optional<byte[]> panose = FontFile.panoseOf(family.regular());
        panose.ifPresent(
                p ->
                        x.append("<w:panose1 w:val=\"")
                                .append(HexFormat.of().withUpperCase().formatHex(p))
                                .append("\"/>"));
        x.append("<w:family w:val=\"")
                .append(panose.map(FontTablePart::familyKind).orElse("auto"))
                .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
    }

    /** PANOSE family type 2 is Latin text; serif styles 11 to 13 are the sans-serif ones. */
    private static String familyKind(byte[] panose) {
        if (panose[0] != 2) {
            return "auto";
        }
        return panose[1] >= 11 && panose[1] <= 13 ? "swiss" : "roman";
    }
}
