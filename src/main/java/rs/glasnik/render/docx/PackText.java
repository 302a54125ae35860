package rs.glasnik.render.docx;

import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Text that a press pack writes itself, not from a release: cover, contents, titles and index; each
 * run in the language of its text (a pack has several).
 *
 * <p>{@code PackText.text(PackText.body(doc, WordStyle.COVER_TITLE), title, "en-GB");}
 */
final class PackText {
    private PackText() {}

    /** A new paragraph of {@code style} at the end of the body. */
    static XWPFParagraph body(XWPFDocument doc, WordStyle style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style.id());
        return p;
    }

    /** Text in the given language, a line break for every newline. */
    static void text(XWPFParagraph p, String text, String language) {
        lines(p, p.getCTP()::addNewR, text, language);
    }

    /** Runs from {@code runs} in the given language, a line break for every newline. */
    static void lines(XWPFParagraph p, Supplier<CTR> runs, String text, String language) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run(p, runs.get(), language).addBreak();
            }
            if (!lines[i].isEmpty()) {
                run(p, runs.get(), language).setText(lines[i]);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, CTR r, String language) {
        XWPFRun run = new XWPFRun(r, p);
        run.setLang(language);
        return run;
    }
}
