package rs.glasnik.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.Inline;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;

/**
 * Writes the body of a press pack into a Word document: the cover, the contents (a TOC field with
 * its entries filled in), the releases and the index of people.
 *
 * <p>In the parallel layout the first two languages of a release are set side by side in a
 * borderless table of two equal columns, one row per unit that the two variants share (labels,
 * title, subtitle, summary, each aligned body block, the end mark, each section); a third language
 * follows the table, one language after the other. In the sequential layout each language of a
 * release follows the one before it, each from a new page.
 *
 * <p>Headings: the title of a release in the pack's first language is a Heading 1, its title in the
 * other languages a Heading 2, and the release's own headings are Part Headings, which are out of
 * the contents. So the contents list every release once, with its title in the other languages
 * indented below (in the sequential layout each with the page where that language starts), and
 * Word's navigation pane shows the same tree.
 *
 * <p>{@code new PackWriter(doc, pack, template, assets, numbering).write();}
 */
final class PackWriter {
    /** The TOC field: headings of levels 1 and 2, as links, no page numbers on the web. */
    static final String TOC = "TOC \\o \"1-2\" \\h \\z \\u";

    /** The cover's emblem is this many times the letterhead's logo. */
    private static final double COVER_LOGO_SCALE = 2;

    /** The space between the two columns of the parallel layout, in millimetres. */
    private static final double GUTTER_MM = 8;

    /**
     * A row of the parallel table is kept on one page when the longer of its cells has at most this
     * many lines (estimated): short rows move whole, long ones may split.
     */
    private static final int UNSPLIT_LINES = 7;

    /** Characters on a line of a column, about (11 pt serif in 76 mm). */
    private static final int CHARACTERS_PER_LINE = 45;

    /** The lines a figure with its caption counts as, about. */
    private static final int FIGURE_LINES = 20;

    private final XWPFDocument doc;
    private final Pack pack;
    private final Template template;
    private final Assets assets;
    private final BodyWriter.Shared shared;
    private final double textWidthMm;
    private final List<Heading> headings;
    private int written;

    PackWriter(
            XWPFDocument doc,
            Pack pack,
            Template template,
            Assets assets,
            ListNumbering numbering) {
        this.doc = doc;
        this.pack = pack;
        this.template = template;
        this.assets = assets;
        this.shared = new BodyWriter.Shared(doc, template, assets, numbering);
        this.textWidthMm = WordXml.textWidthMm(template);
        this.headings = headings(pack);
    }

    /** A heading that the contents list: its level (1 or 2), text, language and bookmark. */
    record Heading(int level, String text, String language, String bookmark) {}

    void write() throws DocxFormatException {
        cover();
        contents();
        for (Pack.Entry entry : pack.entries()) {
            if (pack.layout() == Pack.Layout.PARALLEL) {
                parallel(entry);
            } else {
                sequential(entry);
            }
        }
        indexes();
        if (written != headings.size()) {
            throw new IllegalStateException(
                    "wrote " + written + " of the contents' " + headings.size() + " headings");
        }
    }

    /**
     * The headings in the order they are written: each release's title in every language, then each
     * index's heading.
     */
    private static List<Heading> headings(Pack pack) {
        List<Heading> out = new ArrayList<>();
        for (Pack.Entry entry : pack.entries()) {
            for (int i = 0; i < entry.documents().size(); i++) {
                Document d = entry.documents().get(i);
                out.add(
                        new Heading(
                                i == 0 ? 1 : 2,
                                title(d),
                                d.info().language(),
                                "_Toc" + (out.size() + 1)));
            }
        }
        for (int i = 0; i < pack.indexes().size(); i++) {
            out.add(
                    new Heading(
                            1,
                            pack.covers().get(i).indexHeading(),
                            pack.covers().get(i).language(),
                            "_Toc" + (out.size() + 1)));
        }
        return out;
    }

    static String title(Document d) {
        return d.parts().stream()
                .filter(Document.Title.class::isInstance)
                .map(p -> ((Document.Title) p).text())
                .findFirst()
                .orElse(d.info().title());
    }

    // ---- cover

    /**
     * The emblem, the organisation, a short rule, the pack's title, a rule, the date and number of
     * releases: each in every language of the pack (a text that two languages share once), then the
     * embargo notices in a box.
     */
    private void cover() throws DocxFormatException {
        List<Pack.Cover> covers = pack.covers();
        if (assets.logo().isPresent()) {
            Pictures.Picture picture =
                    Pictures.read(assets.logo().get(), "of the organisation's logo");
            long height =
                    Math.round(
                            template.letterhead().logoHeight()
                                    * COVER_LOGO_SCALE
                                    * Pictures.EMU_PER_MM);
            XWPFParagraph p = body(WordStyle.COVER_LOGO);
            XWPFRun run = p.createRun();
            run.setLang(covers.get(0).language());
            BodyWriter.picture(
                    shared,
                    run,
                    picture,
                    "logo" + (picture.type() == PictureType.JPEG ? ".jpeg" : ".png"),
                    picture.ofHeight(height),
                    covers.get(0).organisation());
        }
        Set<String> organisations = new LinkedHashSet<>();
        for (Pack.Cover c : covers) {
            if (organisations.add(c.organisation())) {
                text(body(WordStyle.COVER_ORGANISATION), c.organisation(), c.language());
            }
        }
        body(WordStyle.COVER_RULE);
        Set<String> titles = new LinkedHashSet<>();
        for (Pack.Cover c : covers) {
            if (titles.add(c.title())) {
                text(body(WordStyle.COVER_TITLE), c.title(), c.language());
            }
        }
        body(WordStyle.COVER_RULE);
        for (Pack.Cover c : covers) {
            text(body(WordStyle.COVER_DETAIL), c.date() + " · " + c.releases(), c.language());
        }
        if (covers.stream().anyMatch(c -> c.embargoNotice().isPresent())) {
            XWPFParagraph p = body(WordStyle.COVER_EMBARGO);
            boolean first = true;
            for (Pack.Cover c : covers) {
                if (c.embargoNotice().isPresent()) {
                    if (!first) {
                        XWPFRun br = p.createRun();
                        br.setLang(c.language());
                        br.addBreak();
                    }
                    text(p, c.embargoNotice().get(), c.language());
                    first = false;
                }
            }
        }
    }

    // ---- contents

    /**
     * The heading ("Садржај / Contents", from a new page), then the TOC field. Its result, until
     * Word updates it (the field is dirty and the settings ask for it), is the list of headings,
     * each a link to its bookmark, without page numbers: they are not known before layout, and
     * LibreOffice shows the result as written (PAGEREF fields inside it stay as written too).
     */
    private void contents() {
        XWPFParagraph heading = body(WordStyle.TOC_HEADING);
        List<Pack.Cover> covers = pack.covers();
        for (int i = 0; i < covers.size(); i++) {
            String language = covers.get(i).language();
            if (i > 0) {
                text(heading, " / ", language);
            }
            text(heading, covers.get(i).contentsHeading(), language);
        }
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            XWPFParagraph p = body(h.level() == 1 ? WordStyle.TOC_1 : WordStyle.TOC_2);
            if (i == 0) {
                HeaderFooterText.fieldStart(p, TOC, h.language(), true);
            }
            CTHyperlink link = p.getCTP().addNewHyperlink();
            link.setAnchor(h.bookmark());
            link.setHistory(Boolean.TRUE);
            lines(p, link::addNewR, h.text(), h.language());
            if (i == headings.size() - 1) {
                HeaderFooterText.fieldRun(p, h.language())
                        .addNewFldChar()
                        .setFldCharType(STFldCharType.END);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, CTR r, String language) {
        XWPFRun run = new XWPFRun(r, p);
        run.setLang(language);
        return run;
    }

    // ---- releases

    /** What a document has, sorted into the units that the parallel layout sets side by side. */
    private record Units(
            Document document,
            List<Document.Label> head,
            Optional<Document.Title> title,
            List<Document.Part> lead,
            List<Block> body,
            List<Document.Label> end,
            List<Document.Section> sections) {
        static Units of(Document d) {
            List<Document.Label> head = new ArrayList<>();
            Optional<Document.Title> title = Optional.empty();
            List<Document.Part> lead = new ArrayList<>();
            List<Block> body = new ArrayList<>();
            List<Document.Label> end = new ArrayList<>();
            List<Document.Section> sections = new ArrayList<>();
            for (Document.Part part : d.parts()) {
                if (part instanceof Document.Label l) {
                    (l.role() == Document.LabelRole.END_MARK ? end : head).add(l);
                } else if (part instanceof Document.Title t) {
                    title = Optional.of(t);
                } else if (part instanceof Document.Subtitle || part instanceof Document.Summary) {
                    lead.add(part);
                } else if (part instanceof Document.Body b) {
                    body.addAll(b.blocks());
                } else if (part instanceof Document.Section s) {
                    sections.add(s);
                }
                // The letterhead is left out: the pack's cover carries the organisation.
            }
            return new Units(d, head, title, lead, body, end, sections);
        }
    }

    /** What goes into one cell: written by a writer of the cell's document. */
    @FunctionalInterface
    private interface CellContent {
        void write(BodyWriter writer, BodyWriter.Place place) throws DocxFormatException;
    }

    /**
     * The release from a new page: the first two languages side by side, row by row, in a
     * borderless table; then the third language, if any, alone.
     */
    private void parallel(Pack.Entry entry) throws DocxFormatException {
        // The table cannot carry the page break itself; an empty line of 1 pt does.
        body(WordStyle.RELEASE_BREAK);
        Units left = Units.of(entry.documents().get(0));
        Units right = Units.of(entry.documents().get(1));
        Table table = new Table(left.document(), right.document());

        if (!left.head().isEmpty() || !right.head().isEmpty()) {
            table.row(parts(left.head()), parts(right.head()), true);
        }
        table.row(title(entry, 0, left), title(entry, 1, right), true);
        for (int i = 0; i < Math.max(left.lead().size(), right.lead().size()); i++) {
            table.row(
                    part(left.lead(), i),
                    part(right.lead(), i),
                    Math.max(lines(left.lead(), i), lines(right.lead(), i)) <= UNSPLIT_LINES);
        }
        int aligned =
                Math.max(
                        0,
                        Math.min(
                                entry.aligned(),
                                Math.min(left.body().size(), right.body().size())));
        for (int i = 0; i < aligned; i++) {
            table.row(
                    block(left.body().get(i)),
                    block(right.body().get(i)),
                    Math.max(lines(left.body().get(i)), lines(right.body().get(i)))
                            <= UNSPLIT_LINES);
        }
        // What is not aligned follows alone, the first language's first.
        for (int i = aligned; i < left.body().size(); i++) {
            table.row(block(left.body().get(i)), null, lines(left.body().get(i)) <= UNSPLIT_LINES);
        }
        for (int i = aligned; i < right.body().size(); i++) {
            table.row(
                    null, block(right.body().get(i)), lines(right.body().get(i)) <= UNSPLIT_LINES);
        }
        if (!left.end().isEmpty() || !right.end().isEmpty()) {
            table.row(parts(left.end()), parts(right.end()), true);
        }
        for (int i = 0; i < Math.max(left.sections().size(), right.sections().size()); i++) {
            table.row(
                    part(left.sections(), i),
                    part(right.sections(), i),
                    Math.max(lines(left.sections(), i), lines(right.sections(), i))
                            <= UNSPLIT_LINES);
        }
        for (int i = 2; i < entry.documents().size(); i++) {
            version(entry, i);
        }
    }

    /** Each language of the release from a new page, one after the other. */
    private void sequential(Pack.Entry entry) throws DocxFormatException {
        for (int i = 0; i < entry.documents().size(); i++) {
            version(entry, i);
        }
    }

    /**
     * The release in language {@code i} alone, from a new page, in the body: its title a Heading 1
     * in the first language, a Heading 2 in the others.
     */
    private void version(Pack.Entry entry, int i) throws DocxFormatException {
        Document document = entry.documents().get(i);
        boolean[] first = {true};
        BodyWriter.Place place =
                new BodyWriter.Place(
                        () -> {
                            XWPFParagraph p = doc.createParagraph();
                            if (first[0]) {
                                p.setPageBreak(true);
                                first[0] = false;
                            }
                            return p;
                        },
                        textWidthMm);
        BodyWriter writer = writer(document, place);
        if (document.parts().stream().noneMatch(Document.Title.class::isInstance)) {
            // The contents need the heading: a document without a title is headed by its name.
            title(entry, i, title(document), place);
        }
        for (Document.Part part : document.parts()) {
            if (part instanceof Document.Letterhead) {
                continue;
            }
            if (part instanceof Document.Title t) {
                title(entry, i, t.text(), place);
            } else {
                writer.part(part);
            }
        }
    }

    private BodyWriter writer(Document document, BodyWriter.Place place) {
        IntFunction<WordStyle> headingStyles = WordStyle::partHeading;
        return new BodyWriter(shared, document, place, headingStyles);
    }

    private CellContent title(Pack.Entry entry, int i, Units units) {
        return (writer, place) -> title(entry, i, title(units.document()), place);
    }

    /** The title as the next heading of the contents, with its bookmark; the embargo under it. */
    private void title(Pack.Entry entry, int i, String text, BodyWriter.Place place) {
        Heading h = headings.get(written);
        if (!h.text().equals(text)) {
            throw new IllegalStateException("expected the heading " + h + ", not " + text);
        }
        XWPFParagraph p = place.paragraphs().get();
        p.setStyle((i == 0 ? WordStyle.HEADING_1 : WordStyle.HEADING_2).id());
        bookmarked(p, h);
        Optional<String> embargo =
                entry.embargo().size() > i ? entry.embargo().get(i) : Optional.empty();
        if (embargo.isPresent()) {
            XWPFParagraph mark = place.paragraphs().get();
            mark.setStyle(WordStyle.EMBARGO_MARK.id());
            text(mark, embargo.get(), h.language());
        }
    }

    /** The heading's text between the start and end of its bookmark. */
    private void bookmarked(XWPFParagraph p, Heading h) {
        BigInteger id = BigInteger.valueOf(written);
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setId(id);
        start.setName(h.bookmark());
        lines(p, p.getCTP()::addNewR, h.text(), h.language());
        p.getCTP().addNewBookmarkEnd().setId(id);
        written++;
    }

    private static CellContent parts(List<? extends Document.Part> parts) {
        return parts.isEmpty()
                ? null
                : (writer, place) -> {
                    for (Document.Part part : parts) {
                        writer.part(part);
                    }
                };
    }

    private static CellContent part(List<? extends Document.Part> parts, int i) {
        return i < parts.size() ? parts(List.of(parts.get(i))) : null;
    }

    private static CellContent block(Block block) {
        return (writer, place) -> writer.blocks(List.of(block));
    }

    // ---- the table of the parallel layout

    /**
     * A borderless table of two equal columns across the text width, with a gutter between them;
     * the first row is made with it, the others as needed.
     */
    private final class Table {
        private final Document left;
        private final Document right;
        private final XWPFTable table;
        private final int column;
        private final int gutter;
        private boolean firstRowUsed;

        Table(Document left, Document right) {
            this.left = left;
            this.right = right;
            int width = WordXml.twipsOfMm(textWidthMm);
            this.column = width / 2;
            this.gutter = WordXml.twipsOfMm(GUTTER_MM);
            this.table = BodyWriter.borderlessTable(doc, column, column);
        }

        /** A row; a null side is an empty cell; {@code whole}: the row does not split. */
        void row(CellContent leftContent, CellContent rightContent, boolean whole)
                throws DocxFormatException {
            if (leftContent == null && rightContent == null) {
                return;
            }
            XWPFTableRow row = firstRowUsed ? table.createRow() : table.getRow(0);
            firstRowUsed = true;
            if (whole) {
                CTTrPr pr =
                        row.getCtRow().isSetTrPr()
                                ? row.getCtRow().getTrPr()
                                : row.getCtRow().addNewTrPr();
                pr.addNewCantSplit();
            }
            cell(row.getCell(0), left, leftContent, 0, gutter / 2);
            cell(row.getCell(1), right, rightContent, gutter - gutter / 2, 0);
        }

        private void cell(
                XWPFTableCell cell,
                Document document,
                CellContent content,
                int marginLeft,
                int marginRight)
                throws DocxFormatException {
            CTTcPr pr =
                    cell.getCTTc().isSetTcPr()
                            ? cell.getCTTc().getTcPr()
                            : cell.getCTTc().addNewTcPr();
            width(pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW(), column);
            CTTcMar margins = pr.addNewTcMar();
            width(margins.addNewLeft(), marginLeft);
            width(margins.addNewRight(), marginRight);
            if (content == null) {
                return;
            }
            double widthMm = (column - marginLeft - marginRight) * 25.4 / 1440;
            BodyWriter.Place place = BodyWriter.Place.cell(cell, widthMm);
            content.write(writer(document, place), place);
        }
    }

    private static void width(CTTblWidth w, int twips) {
        w.setW(BigInteger.valueOf(twips));
        w.setType(STTblWidth.DXA);
    }

    // ---- how long a unit is, about

    private static int lines(List<? extends Document.Part> parts, int i) {
        if (i >= parts.size()) {
            return 0;
        }
        Document.Part part = parts.get(i);
        if (part instanceof Document.Section s) {
            int n = 2;
            for (Block b : s.blocks()) {
                n += lines(b);
            }
            return n;
        }
        if (part instanceof Document.Summary s) {
            return 1 + characters(s.content()) / CHARACTERS_PER_LINE;
        }
        return 2;
    }

    private static int lines(Block block) {
        if (block instanceof Block.Paragraph p) {
            return 1 + characters(p.content()) / CHARACTERS_PER_LINE;
        } else if (block instanceof Block.Heading h) {
            return 2 + characters(h.content()) / CHARACTERS_PER_LINE;
        } else if (block instanceof Block.Quote q) {
            int n = 0;
            for (Block b : q.content()) {
                n += lines(b);
            }
            return n;
        } else if (block instanceof Block.ListBlock l) {
            int n = 0;
            for (Block.ListItem item : l.items()) {
                for (Block b : item.content()) {
                    n += lines(b);
                }
            }
            return n;
        } else if (block instanceof Block.Figure) {
            return FIGURE_LINES;
        }
        return 1;
    }

    private static int characters(List<Inline> content) {
        int n = 0;
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                n += t.text().length();
            } else if (inline instanceof Inline.Code c) {
                n += c.text().length();
            } else if (inline instanceof Inline.Emphasis e) {
                n += characters(e.children());
            } else if (inline instanceof Inline.Strong s) {
                n += characters(s.children());
            } else if (inline instanceof Inline.Link l) {
                n += characters(l.children());
            }
        }
        return n;
    }

    // ---- index of people

    /**
     * One index per language, from a new page: "Name, role — titles of the releases that name
     * them", in that language.
     */
    private void indexes() {
        for (int i = 0; i < pack.indexes().size(); i++) {
            Pack.Index index = pack.indexes().get(i);
            String language = pack.covers().get(i).language();
            XWPFParagraph heading = body(WordStyle.HEADING_1);
            if (i == 0) {
                heading.setPageBreak(true);
            }
            bookmarked(heading, headings.get(written));
            for (Pack.IndexEntry person : index.entries()) {
                XWPFParagraph p = body(WordStyle.INDEX_ENTRY);
                XWPFRun name = p.createRun();
                name.setLang(language);
                name.setBold(true);
                name.setText(person.name());
                StringBuilder rest = new StringBuilder();
                if (!person.role().isEmpty()) {
                    rest.append(", ").append(person.role());
                }
                List<String> titles = new ArrayList<>();
                for (String id : person.releases()) {
                    titles.add(releaseTitle(id, i));
                }
                if (!titles.isEmpty()) {
                    rest.append(" — ").append(String.join("; ", titles));
                }
                text(p, rest.toString(), language);
            }
        }
    }

    /**
     * The title of release {@code id} in language {@code i}, or the id if it is not in the pack.
     */
    private String releaseTitle(String id, int i) {
        for (Pack.Entry entry : pack.entries()) {
            if (entry.id().equals(id)) {
                return title(entry.documents().get(i));
            }
        }
        return id;
    }

    // ---- helpers

    private XWPFParagraph body(WordStyle style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style.id());
        return p;
    }

    /** Text in the given language, a line break for every newline. */
    private static void text(XWPFParagraph p, String text, String language) {
        lines(p, p.getCTP()::addNewR, text, language);
    }

    private static void lines(XWPFParagraph p, Supplier<CTR> runs, String text, String language) {
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
}
