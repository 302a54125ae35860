package rs.glasnik.render.docx;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.Inline;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;

/**
 * Writes the parts of a resolved document into a Word document, in reading order: every paragraph
 * gets a named style, every run the document's language, and nothing else but emphasis and links.
 * It writes into the body, or part by part into any {@link Place} (a table cell of a press pack).
 *
 * <p>{@code new BodyWriter(doc, document, template, assets, numbering).write();}
 */
final class BodyWriter {
    private final DocxShared shared;
    private final XWPFDocument doc;
    private final Document document;
    private final Template template;
    private final Assets assets;
    private final Place place;
    private final IntFunction<WordStyle> headings;
    private final String language;
    private final InlineWriter inline;
    private XWPFParagraph last;

    /** A writer of the whole document into the body of {@code doc}. */
    BodyWriter(
            XWPFDocument doc,
            Document document,
            Template template,
            Assets assets,
            ListNumbering numbering) {
        this(
                new DocxShared(doc, template, assets, numbering),
                document,
                Place.body(doc, WordXml.textWidthMm(template)),
                WordStyle::heading);
    }

    /**
     * A writer of {@code document}'s parts into {@code place}; {@code headings} gives the style of
     * a heading of each level (sections are level 2).
     */
    BodyWriter(DocxShared shared, Document document, Place place, IntFunction<WordStyle> headings) {
        this.shared = shared;
        this.doc = shared.doc;
        this.document = document;
        this.template = shared.template;
        this.assets = shared.assets;
        this.place = place;
        this.headings = headings;
        this.language = document.info().language();
        this.inline = new InlineWriter(shared, language);
    }

    /**
     * Where paragraphs go: each call of {@code paragraphs} gives the next one, empty; {@code
     * widthMm} is the width of the text there (figures are fitted to it).
     */
    record Place(Supplier<XWPFParagraph> paragraphs, double widthMm) {
        /** New paragraphs at the end of the body. */
        static Place body(XWPFDocument doc, double widthMm) {
            return new Place(doc::createParagraph, widthMm);
        }

        /** The cell's own (empty) first paragraph, then new ones after it. */
        static Place cell(XWPFTableCell cell, double widthMm) {
            boolean[] used = {false};
            return new Place(
                    () -> {
                        if (!used[0] && cell.getParagraphs().size() == 1) {
                            used[0] = true;
                            return cell.getParagraphs().get(0);
                        }
                        used[0] = true;
                        return cell.addParagraph();
                    },
                    widthMm);
        }
    }

    /** How the blocks at hand are set: their paragraph style, and whether it is italic. */
    private record Context(WordStyle paragraph, boolean italic, int listLevel) {
        static final Context BODY = new Context(WordStyle.BODY_TEXT, false, -1);

        Context quoted() {
            return new Context(WordStyle.QUOTE, true, listLevel);
        }

        Context inList(int level) {
            return new Context(paragraph, italic, level);
        }
    }

    void write() throws DocxFormatException {
        for (Document.Part part : document.parts()) {
            part(part);
        }
    }

    /** One part of the document; a letterhead only into the body. */
    void part(Document.Part part) throws DocxFormatException {
        if (part instanceof Document.Letterhead l) {
            letterhead(l);
        } else if (part instanceof Document.Label l) {
            WordStyle style =
                    switch (l.role()) {
                        case TYPE -> WordStyle.TYPE_LABEL;
                        case RELEASE_NOTE -> WordStyle.RELEASE_NOTE;
                        case END_MARK -> WordStyle.END_MARK;
                    };
            inline.plain(paragraph(style), l.text());
        } else if (part instanceof Document.Title t) {
            inline.plain(paragraph(WordStyle.TITLE), t.text());
        } else if (part instanceof Document.Subtitle s) {
            inline.plain(paragraph(WordStyle.SUBTITLE), s.text());
        } else if (part instanceof Document.Summary s) {
            XWPFParagraph p = paragraph(WordStyle.SUMMARY);
            inline.content(p, s.content(), false);
        } else if (part instanceof Document.Body b) {
            blocks(b.blocks(), Context.BODY);
        } else if (part instanceof Document.Section s) {
            inline.plain(paragraph(headings.apply(2)), s.heading());
            blocks(s.blocks(), Context.BODY);
        } else {
            throw new IllegalArgumentException("unknown part " + part);
        }
    }

    // ---- letterhead

    /**
     * The logo beside the organisation's name and address, in a table without borders that spans
     * the text width; without a logo, the lines alone.
     */
    private void letterhead(Document.Letterhead letterhead) throws DocxFormatException {
        Optional<byte[]> logo =
                template.letterhead().logo() ? assets.logo() : Optional.<byte[]>empty();
        if (logo.isEmpty()) {
            letterheadText(letterhead, place.paragraphs().get(), place.paragraphs());
            return;
        }
        Pictures.Picture picture = Pictures.read(logo.get(), "of the organisation's logo");
        long[] size =
                picture.ofHeight(
                        Math.round(template.letterhead().logoHeight() * Pictures.EMU_PER_MM));
        int logoColumn =
                WordXml.twipsOfMm(
                        size[0] / (double) Pictures.EMU_PER_MM + template.layout().logoGap());
        int textWidth = WordXml.twipsOfMm(place.widthMm());

        XWPFTable table = DocxTables.borderless(doc, logoColumn, textWidth - logoColumn);

        XWPFTableCell logoCell = table.getRow(0).getCell(0);
        XWPFTableCell textCell = table.getRow(0).getCell(1);
        DocxTables.cell(logoCell, logoColumn);
        DocxTables.cell(textCell, textWidth - logoColumn);

        XWPFParagraph logoParagraph = logoCell.getParagraphs().get(0);
        logoParagraph.setStyle(WordStyle.LETTERHEAD_LOGO.id());
        XWPFRun run = logoParagraph.createRun();
        run.setLang(language);
        picture(run, picture, Pictures.logoName(picture), size, letterhead.organisation());

        letterheadText(letterhead, textCell.getParagraphs().get(0), textCell::addParagraph);
    }

    private void letterheadText(
            Document.Letterhead letterhead, XWPFParagraph first, Supplier<XWPFParagraph> next) {
        first.setStyle(WordStyle.LETTERHEAD.id());
        inline.plain(first, letterhead.organisation());
        for (String line : letterhead.lines()) {
            XWPFParagraph p = next.get();
            p.setStyle(WordStyle.LETTERHEAD_LINE.id());
            inline.plain(p, line);
        }
    }

    // ---- blocks

    /** Body blocks, as the body sets them. */
    void blocks(List<Block> blocks) throws DocxFormatException {
        blocks(blocks, Context.BODY);
    }

    /** A paragraph of {@code style} with {@code text} in the document's language. */
    XWPFParagraph paragraph(WordStyle style, String text) {
        XWPFParagraph p = paragraph(style);
        inline.plain(p, text);
        return p;
    }

    private void blocks(List<Block> blocks, Context context) throws DocxFormatException {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            block(block, context);
            if (block instanceof Block.Paragraph
                    && i + 1 < blocks.size()
                    && blocks.get(i + 1) instanceof Block.ListBlock) {
                // The sentence that introduces a list stays on the page of the list.
                last.setKeepNext(true);
            }
        }
    }

    private void block(Block block, Context context) throws DocxFormatException {
        if (block instanceof Block.Paragraph p) {
            XWPFParagraph paragraph = paragraph(context.paragraph());
            if (context.listLevel() >= 0) {
                // A further paragraph of a list item: indented to the item's text.
                paragraph.setStyle(WordStyle.LIST_CONTINUE.id());
                if (context.listLevel() > 0) {
                    paragraph.setIndentationLeft(
                            NumberingPart.listStep(template) * (context.listLevel() + 1));
                }
            }
            if (Inline.plainText(p.content()).indexOf('\n') >= 0) {
                // Broken into lines by hand (a contact): not hyphenated, as in the PDF.
                CTPPr properties =
                        paragraph.getCTP().isSetPPr()
                                ? paragraph.getCTP().getPPr()
                                : paragraph.getCTP().addNewPPr();
                properties.addNewSuppressAutoHyphens();
            }
            inline.content(paragraph, p.content(), context.italic());
        } else if (block instanceof Block.Heading h) {
            XWPFParagraph paragraph = paragraph(headings.apply(h.level()));
            inline.content(paragraph, h.content(), false);
        } else if (block instanceof Block.Quote q) {
            blocks(q.content(), context.quoted());
        } else if (block instanceof Block.ListBlock l) {
            list(l, context, context.listLevel() + 1);
        } else if (block instanceof Block.Figure f) {
            figure(f);
        } else if (block instanceof Block.Rule) {
            paragraph(WordStyle.RULE);
        } else {
            throw new IllegalArgumentException("unknown block " + block);
        }
    }

    private void list(Block.ListBlock list, Context context, int level) throws DocxFormatException {
        int wordLevel = Math.min(level, 8);
        WordStyle style = list.ordered() ? WordStyle.LIST_NUMBER : WordStyle.LIST_BULLET;
        int numId =
                list.ordered()
                        ? shared.numbering.numbered(wordLevel, list.start())
                        : ListNumbering.BULLETS;
        Context inside = context.inList(level);
        for (Block.ListItem item : list.items()) {
            List<Block> content = item.content();
            XWPFParagraph marker = paragraph(style);
            marker.setNumID(BigInteger.valueOf(numId));
            marker.setNumILvl(BigInteger.valueOf(wordLevel));
            int rest = 0;
            if (!content.isEmpty() && content.get(0) instanceof Block.Paragraph first) {
                inline.content(marker, first.content(), context.italic());
                rest = 1;
            }
            blocks(content.subList(rest, content.size()), inside);
        }
    }

    private void figure(Block.Figure figure) throws DocxFormatException {
        byte[] bytes = assets.images().get(figure.file());
        if (bytes == null) {
            throw new IllegalArgumentException(
                    "no image for "
                            + figure.file()
                            + "; Assets.images() needs every figure's file");
        }
        Pictures.Picture picture = Pictures.read(bytes, fileName(figure.file()));
        Template.Page page = template.page();
        double textHeight = page.height() - page.top() - page.bottom();
        // At most the template's share of the text height (0.35: 89 mm on A4), so that a landscape
        // photograph after the first paragraph still fits on the first page.
        long[] size =
                picture.fit(
                        Math.round(place.widthMm() * Pictures.EMU_PER_MM),
                        Math.round(
                                textHeight
                                        * template.layout().figureHeight()
                                        * Pictures.EMU_PER_MM));
        XWPFParagraph p = paragraph(WordStyle.FIGURE);
        XWPFRun run = p.createRun();
        run.setLang(language);
        picture(run, picture, fileName(figure.file()), size, figure.caption());
        if (!figure.caption().isBlank()) {
            inline.plain(paragraph(WordStyle.CAPTION), figure.caption());
        }
        if (!figure.credit().isBlank()) {
            inline.plain(paragraph(WordStyle.CREDIT), figure.credit());
        }
    }

    private void picture(
            XWPFRun run, Pictures.Picture picture, String name, long[] size, String description)
            throws DocxFormatException {
        Pictures.add(shared, run, picture, name, size, description);
    }

    // ---- helpers

    private XWPFParagraph paragraph(WordStyle style) {
        XWPFParagraph p = place.paragraphs().get();
        p.setStyle(style.id());
        last = p;
        return p;
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
