package rs.glasnik.render.docx;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;

/**
 * What every writer into one Word document shares: the document, the list numbering, the
 * relationships of links, and the count of drawings (their ids are unique in the document).
 *
 * <p>{@code DocxShared shared = new DocxShared(doc, template, assets, numbering);}
 */
final class DocxShared {
    final XWPFDocument doc;
    final Template template;
    final Assets assets;
    final ListNumbering numbering;
    final Map<String, Optional<String>> links = new HashMap<>();
    long drawings;

    DocxShared(XWPFDocument doc, Template template, Assets assets, ListNumbering numbering) {
        this.doc = doc;
        this.template = template;
        this.assets = assets;
        this.numbering = numbering;
    }
}
