package rs.glasnik.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
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

    /**
     * A row of the parallel table is kept on one page when the longer of its cells has at most this
     * many lines (estimated): short rows move whole, long ones may split.
     */
    private static final int UNSPLIT_LINES = 7;

    private final XWPFDocument doc;
    private final Pack pack;
    private final Template template;
    private final Assets assets;
    private final DocxShared shared;
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
        this.shared = new DocxShared(doc, template, assets, numbering);
        this.textWidthMm = WordXml.textWidthMm(template);
        this.headings = headings(pack);
    }

    /** A heading that the contents list: its level (1 or 2), text, language and bookmark. */
    record Heading(int level, String text, String language, String bookmark) {}

    void write() throws DocxFormatException {
        PackFrontMatter front = new PackFrontMatter(doc, pack, template, assets, shared, headings);
        front.cover();
        front.contents();
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

    /**
     * The release from a new page: the first two languages side by side, row by row, in a
     * borderless table; then the third language, if any, alone.
     */
    private void parallel(Pack.Entry entry) throws DocxFormatException {
        // The table cannot carry the page break itself; an empty line of 1 pt does.
        PackText.body(doc, WordStyle.RELEASE_BREAK);
        Units left = Units.of(entry.documents().get(0));
        Units right = Units.of(entry.documents().get(1));
        ParallelTable table =
                new ParallelTable(
                        doc,
                        textWidthMm,
                        template.layout().gutter(),
                        this::writer,
                        left.document(),
                        right.document());

        if (!left.head().isEmpty() || !right.head().isEmpty()) {
            table.row(parts(left.head()), parts(right.head()), true);
        }
        table.row(title(entry, 0, left), title(entry, 1, right), true);
        for (int i = 0; i < Math.max(left.lead().size(), right.lead().size()); i++) {
            table.row(
                    part(left.lead(), i),
                    part(right.lead(), i),
                    Math.max(UnitLength.lines(left.lead(), i), UnitLength.lines(right.lead(), i))
                            <= UNSPLIT_LINES);
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
                    Math.max(
                                    UnitLength.lines(left.body().get(i)),
                                    UnitLength.lines(right.body().get(i)))
                            <= UNSPLIT_LINES);
        }
        // What is not aligned follows alone, the first language's first.
        for (int i = aligned; i < left.body().size(); i++) {
            table.row(
                    block(left.body().get(i)),
                    null,
                    UnitLength.lines(left.body().get(i)) <= UNSPLIT_LINES);
        }
        for (int i = aligned; i < right.body().size(); i++) {
            table.row(
                    null,
                    block(right.body().get(i)),
                    UnitLength.lines(right.body().get(i)) <= UNSPLIT_LINES);
        }
        if (!left.end().isEmpty() || !right.end().isEmpty()) {
            table.row(parts(left.end()), parts(right.end()), true);
        }
        for (int i = 0; i < Math.max(left.sections().size(), right.sections().size()); i++) {
            table.row(
                    part(left.sections(), i),
                    part(right.sections(), i),
                    Math.max(
                                    UnitLength.lines(left.sections(), i),
                                    UnitLength.lines(right.sections(), i))
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

    private ParallelTable.Cell title(Pack.Entry entry, int i, Units units) {
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
            PackText.text(mark, embargo.get(), h.language());
        }
    }

    /** The heading's text between the start and end of its bookmark. */
    private void bookmarked(XWPFParagraph p, Heading h) {
        BigInteger id = BigInteger.valueOf(written);
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setId(id);
        start.setName(h.bookmark());
        PackText.lines(p, p.getCTP()::addNewR, h.text(), h.language());
        p.getCTP().addNewBookmarkEnd().setId(id);
        written++;
    }

    private static ParallelTable.Cell parts(List<? extends Document.Part> parts) {
        return parts.isEmpty()
                ? null
                : (writer, place) -> {
                    for (Document.Part part : parts) {
                        writer.part(part);
                    }
                };
    }

    private static ParallelTable.Cell part(List<? extends Document.Part> parts, int i) {
        return i < parts.size() ? parts(List.of(parts.get(i))) : null;
    }

    private static ParallelTable.Cell block(Block block) {
        return (writer, place) -> writer.blocks(List.of(block));
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
            XWPFParagraph heading = PackText.body(doc, WordStyle.HEADING_1);
            if (i == 0) {
                heading.setPageBreak(true);
            }
            bookmarked(heading, headings.get(written));
            for (Pack.IndexEntry person : index.entries()) {
                XWPFParagraph p = PackText.body(doc, WordStyle.INDEX_ENTRY);
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
                PackText.text(p, rest.toString(), language);
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
}
