package rs.glasnik.render.docx;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;

/**
 * The front of a press pack's Word document: the cover, then the contents (a TOC field with its
 * entries filled in).
 *
 * <p>{@code new PackFrontMatter(doc, pack, template, assets, shared, headings).cover();}
 */
final class PackFrontMatter {
    /** The cover's emblem is this many times the letterhead's logo. */
    private static final double COVER_LOGO_SCALE = 2;

    private final XWPFDocument doc;
    private final Pack pack;
    private final Template template;
    private final Assets assets;
    private final DocxShared shared;
    private final List<PackWriter.Heading> headings;

    PackFrontMatter(
            XWPFDocument doc,
            Pack pack,
            Template template,
            Assets assets,
            DocxShared shared,
            List<PackWriter.Heading> headings) {
        this.doc = doc;
        this.pack = pack;
        this.template = template;
        this.assets = assets;
        this.shared = shared;
        this.headings = headings;
    }

    /**
     * The emblem, the organisation, a short rule, the pack's title, a rule, the date and number of
     * releases: each in every language of the pack (a text that two languages share once), then the
     * embargo notices in a box.
     */
    void cover() throws DocxFormatException {
        List<Pack.Cover> covers = pack.covers();
        if (assets.logo().isPresent()) {
            Pictures.Picture picture =
                    Pictures.read(assets.logo().get(), "of the organisation's logo");
            long height =
                    Math.round(
                            template.letterhead().logoHeight()
                                    * COVER_LOGO_SCALE
                                    * Pictures.EMU_PER_MM);
            XWPFParagraph p = PackText.body(doc, WordStyle.COVER_LOGO);
            XWPFRun run = p.createRun();
            run.setLang(covers.get(0).language());
            Pictures.add(
                    shared,
                    run,
                    picture,
                    Pictures.logoName(picture),
                    picture.ofHeight(height),
                    covers.get(0).organisation());
        }
        Set<String> organisations = new LinkedHashSet<>();
        for (Pack.Cover c : covers) {
            if (organisations.add(c.organisation())) {
                PackText.text(
                        PackText.body(doc, WordStyle.COVER_ORGANISATION),
                        c.organisation(),
                        c.language());
            }
        }
        PackText.body(doc, WordStyle.COVER_RULE);
        Set<String> titles = new LinkedHashSet<>();
        for (Pack.Cover c : covers) {
            if (titles.add(c.title())) {
                PackText.text(PackText.body(doc, WordStyle.COVER_TITLE), c.title(), c.language());
            }
        }
        PackText.body(doc, WordStyle.COVER_RULE);
        for (Pack.Cover c : covers) {
            PackText.text(
                    PackText.body(doc, WordStyle.COVER_DETAIL),
                    c.date() + " · " + c.releases(),
                    c.language());
        }
        if (covers.stream().anyMatch(c -> c.embargoNotice().isPresent())) {
            XWPFParagraph p = PackText.body(doc, WordStyle.COVER_EMBARGO);
            boolean first = true;
            for (Pack.Cover c : covers) {
                if (c.embargoNotice().isPresent()) {
                    if (!first) {
                        XWPFRun br = p.createRun();
                        br.setLang(c.language());
                        br.addBreak();
                    }
                    PackText.text(p, c.embargoNotice().get(), c.language());
                    first = false;
                }
            }
        }
    }

    /**
     * The heading ("Садржај / Contents", from a new page), then the TOC field. Its result, until
     * Word updates it (the field is dirty and the settings ask for it), is the list of headings,
     * each a link to its bookmark, without page numbers: they are not known before layout, and
     * LibreOffice shows the result as written (PAGEREF fields inside it stay as written too).
     */
    void contents() {
        XWPFParagraph heading = PackText.body(doc, WordStyle.TOC_HEADING);
        List<Pack.Cover> covers = pack.covers();
        for (int i = 0; i < covers.size(); i++) {
            String language = covers.get(i).language();
            if (i > 0) {
                PackText.text(heading, " / ", language);
            }
            PackText.text(heading, covers.get(i).contentsHeading(), language);
        }
        for (int i = 0; i < headings.size(); i++) {
            PackWriter.Heading h = headings.get(i);
            XWPFParagraph p =
                    PackText.body(doc, h.level() == 1 ? WordStyle.TOC_1 : WordStyle.TOC_2);
            if (i == 0) {
                HeaderFooterText.fieldStart(p, PackWriter.TOC, h.language(), true);
            }
            CTHyperlink link = p.getCTP().addNewHyperlink();
            link.setAnchor(h.bookmark());
            link.setHistory(Boolean.TRUE);
            PackText.lines(p, link::addNewR, h.text(), h.language());
            if (i == headings.size() - 1) {
                HeaderFooterText.fieldRun(p, h.language())
                        .addNewFldChar()
                        .setFldCharType(STFldCharType.END);
            }
        }
    }
}
