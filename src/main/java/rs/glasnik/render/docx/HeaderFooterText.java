package rs.glasnik.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Text and fields in running heads and feet, and the fields of a document: a styled paragraph of a
 * header or footer, plain text in a language, "Page {page} of {pages}" with PAGE and NUMPAGES
 * fields, and a field's start as Word writes it.
 *
 * <p>{@code HeaderFooterText.pageLabel(HeaderFooterText.styled(footer, WordStyle.FOOTER), "{page} /
 * {pages}", "sr-Cyrl-RS");}
 */
final class HeaderFooterText {
    private HeaderFooterText() {}

    /** The first paragraph of a header or footer, given {@code style}. */
    static XWPFParagraph styled(XWPFHeaderFooter part, WordStyle style) {
        XWPFParagraph p =
                part.getParagraphs().isEmpty()
                        ? part.createParagraph()
                        : part.getParagraphs().get(0);
        p.setStyle(style.id());
        return p;
    }

    /** "Page {page} of {pages}": the text between the placeholders, and fields for them. */
    static void pageLabel(XWPFParagraph p, String pattern, String language) {
        int at = 0;
        while (at < pattern.length()) {
            int page = pattern.indexOf("{page}", at);
            int pages = pattern.indexOf("{pages}", at);
            int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
            if (next < 0) {
                text(p, pattern.substring(at), language);
                break;
            }
            text(p, pattern.substring(at, next), language);
            boolean total = next == pages;
            field(p, total ? "NUMPAGES" : "PAGE", language);
            at = next + (total ? "{pages}" : "{page}").length();
        }
    }

    /** {@code text} in one run in {@code language}; nothing when it is empty. */
    static void text(XWPFParagraph p, String text, String language) {
        if (!text.isEmpty()) {
            XWPFRun run = p.createRun();
            run.setLang(language);
            run.setText(text);
        }
    }

    /** A field as Word writes it: begin, instruction, separator, the last result, end. */
    private static void field(XWPFParagraph p, String instruction, String language) {
        fieldStart(p, instruction, language, false);
        fieldRun(p, language).addNewT().setStringValue("1");
        fieldRun(p, language).addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /**
     * A field's begin, its instruction and separator; a {@code dirty} field is recomputed by Word
     * when it opens the document.
     */
    static void fieldStart(XWPFParagraph p, String instruction, String language, boolean dirty) {
        CTFldChar begin = fieldRun(p, language).addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        if (dirty) {
            begin.setDirty(Boolean.TRUE);
        }
        CTText code = fieldRun(p, language).addNewInstrText();
        code.setStringValue(" " + instruction + " ");
        code.setSpace(SpaceAttribute.Space.PRESERVE);
        fieldRun(p, language).addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** A new run in {@code language} for a part of a field. */
    static CTR fieldRun(XWPFParagraph p, String language) {
        XWPFRun run = p.createRun();
        run.setLang(language);
        return run.getCTR();
    }
}
