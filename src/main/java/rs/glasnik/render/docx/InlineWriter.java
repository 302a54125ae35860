package rs.glasnik.render.docx;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import rs.glasnik.model.Inline;

/**
 * Writes inline content into a paragraph: runs in the document's language with nothing but
 * emphasis, strong emphasis, links (one relationship per address) and verbatim code; a line break
 * for every newline.
 *
 * <p>{@code new InlineWriter(shared, "sr-Cyrl-RS").content(paragraph, inlines, false);}
 */
final class InlineWriter {
    /** The look of a run beyond its paragraph style. */
    private record Look(boolean bold, boolean italic, boolean link, boolean verbatim) {}

    private final DocxShared shared;
    private final String language;

    InlineWriter(DocxShared shared, String language) {
        this.shared = shared;
        this.language = language;
    }

    /** Inline content in runs of the paragraph's style; {@code italic}: the text is italic. */
    void content(XWPFParagraph p, List<Inline> content, boolean italic) {
        inlines(p, p.getCTP()::addNewR, content, new Look(false, italic, false, false));
    }

    private void inlines(XWPFParagraph p, Supplier<CTR> runs, List<Inline> content, Look look) {
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                text(p, runs, t.text(), look);
            } else if (inline instanceof Inline.Emphasis e) {
                // Emphasis inside italic text is set upright, as typographers do.
                inlines(
                        p,
                        runs,
                        e.children(),
                        new Look(look.bold(), !look.italic(), look.link(), look.verbatim()));
            } else if (inline instanceof Inline.Strong s) {
                inlines(
                        p,
                        runs,
                        s.children(),
                        new Look(true, look.italic(), look.link(), look.verbatim()));
            } else if (inline instanceof Inline.Link l) {
                Optional<String> id = look.link() ? Optional.empty() : relationship(l.url());
                if (id.isEmpty()) {
                    inlines(p, runs, l.children(), look);
                } else {
                    CTHyperlink h = p.getCTP().addNewHyperlink();
                    h.setId(id.get());
                    inlines(
                            p,
                            h::addNewR,
                            l.children(),
                            new Look(look.bold(), look.italic(), true, look.verbatim()));
                }
            } else if (inline instanceof Inline.Code c) {
                text(p, runs, c.text(), new Look(look.bold(), look.italic(), look.link(), true));
            } else if (inline instanceof Inline.LineBreak) {
                run(p, runs, look).getCTR().addNewBr();
            } else {
                throw new IllegalArgumentException("unknown inline " + inline);
            }
        }
    }

    /** The relationship of an external link, shared by links to one address; empty if invalid. */
    private Optional<String> relationship(String url) {
        return shared.links.computeIfAbsent(
                url,
                u -> {
                    try {
                        return Optional.of(
                                shared.doc
                                        .getPackagePart()
                                        .addExternalRelationship(
                                                u, XWPFRelation.HYPERLINK.getRelation())
                                        .getId());
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
    }

    /** Text in runs of the paragraph's style, a line break for every newline. */
    void plain(XWPFParagraph p, String text) {
        text(p, p.getCTP()::addNewR, text, new Look(false, false, false, false));
    }

    private void text(XWPFParagraph p, Supplier<CTR> runs, String text, Look look) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run(p, runs, look).getCTR().addNewBr();
            }
            if (!lines[i].isEmpty()) {
                XWPFRun run = run(p, runs, look);
                run.setText(lines[i]);
            }
        }
    }

    private XWPFRun run(XWPFParagraph p, Supplier<CTR> runs, Look look) {
        XWPFRun run = new XWPFRun(runs.get(), p);
        if (look.link()) {
            run.setStyle(WordStyle.HYPERLINK.id());
        } else if (look.verbatim()) {
            run.setStyle(WordStyle.VERBATIM.id());
        }
        if (look.bold()) {
            run.setBold(true);
        }
        if (look.italic() != italicStyle(p)) {
            run.setItalic(look.italic());
        }
        run.setLang(language);
        return run;
    }

    private static boolean italicStyle(XWPFParagraph p) {
        return WordStyle.QUOTE.id().equals(p.getStyle());
    }
}
