package rs.glasnik.render.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import rs.glasnik.model.Document;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;
import rs.glasnik.render.pdf.typeset.Columns;
import rs.glasnik.render.pdf.typeset.Face;
import rs.glasnik.render.pdf.typeset.Flow;
import rs.glasnik.render.pdf.typeset.Graphic;
import rs.glasnik.render.pdf.typeset.Hyphenation;
import rs.glasnik.render.pdf.typeset.Pages;
import rs.glasnik.render.pdf.typeset.Paragraphs;
import rs.glasnik.render.pdf.typeset.Slab;
import rs.glasnik.render.pdf.typeset.Slabs;
import rs.glasnik.render.pdf.typeset.TextLine;
import rs.glasnik.render.pdf.typeset.TextStyle;
import rs.glasnik.render.pdf.typeset.Typesetter;
import rs.glasnik.render.pdf.typeset.UnreadableImageException;

/**
 * Renders a {@link Pack} as one PDF: a cover (the emblem; organisation, title, date and number of
 * releases in every language; the embargo notice), the contents with page numbers, the releases
 * (the first two languages side by side, paragraph by paragraph, or one language after the other),
 * and the index of people with the pages that name them. Bookmarks per release and per language;
 * the pack's title as running head, or the embargo mark on the pages of an embargoed release; page
 * n of N in the first language's words.
 *
 * <p>With three languages in the parallel layout, the first two are set side by side and the third
 * follows each release on its own pages. Each release is set by the same {@link Typesetter} as a
 * single release's PDF, in {@link Columns} for the parallel layout.
 */
public final class PackPdfRenderer {
    private final Pack pack;
    private final Template template;
    private final Assets assets;
    private final Graphic.Reader reader;
    private final List<PdfFonts> fonts = new ArrayList<>();
    private final List<Paragraphs.WordBreaks> breaks = new ArrayList<>();
    private final float width;
    private final Columns columns;
    private final float column;
    private final int text;
    private final int muted;
    private final int accent;

    /** The release of each slab of the releases' pages, by its index in the pack. */
    private final Map<Slab, Integer> entryOf = new IdentityHashMap<>();

    /** Images read once for the whole pack. */
    private final Map<byte[], Graphic> images = new IdentityHashMap<>();

    /** The first slab of each release, to find its page. */
    private final List<Slab> starts = new ArrayList<>();

    private PackPdfRenderer(
            Pack pack, Template template, Assets assets, PdfProfile profile, String seed) {
        this.pack = pack;
        this.template = template;
        this.assets = assets;
        this.reader = Figures.reader(profile == PdfProfile.ARCHIVE);
        for (Pack.Cover cover : pack.covers()) {
            fonts.add(new PdfFonts(template, cover.language(), seed + "/" + cover.language()));
            breaks.add(Hyphenation.forLanguage(cover.language())::points);
        }
        this.width = Typesetter.textWidth(template);
        this.columns = new Columns(template);
        this.column = columns.measure();
        this.text = Integer.parseInt(template.colours().text(), 16);
        this.muted = Integer.parseInt(template.colours().muted(), 16);
        this.accent = Integer.parseInt(template.colours().accent(), 16);
    }

    /** The pack's PDF; {@code assets} holds the logo and every figure of every document. */
    public static byte[] render(
            Pack pack,
            Template template,
            Assets assets,
            Instant created,
            PdfProfile profile,
            String creator)
            throws PdfFormatException {
        Objects.requireNonNull(pack, "pack");
        PdfFile.require(template, assets, created, profile);
        String seed = "pack/" + pack.id() + "/" + profile.id();
        try {
            return new PackPdfRenderer(pack, template, assets, profile, seed)
                    .write(created, profile, creator, seed);
        } catch (UnreadableImageException e) {
            throw Figures.unreadable(e);
        }
    }

    private byte[] write(Instant created, PdfProfile profile, String creator, String seed)
            throws PdfFormatException, UnreadableImageException {
        float height = Typesetter.textHeight(template);
        List<Pages.Page> cover = Pages.paginate(cover(), height);
        List<int[]> releasePages = new ArrayList<>();
        for (int k = 0; k < pack.entries().size(); k++) {
            releasePages.add(new int[1]);
        }
        List<Pages.Page> contents = Pages.paginate(contents(releasePages), height);
        List<Flow> body = new ArrayList<>();
        for (int k = 0; k < pack.entries().size(); k++) {
            release(k, body);
        }
        body.addAll(index(releasePages));
        List<Pages.Page> pages = Pages.paginate(body, height);
        int first = cover.size() + contents.size();
        for (int k = 0; k < starts.size(); k++) {
            releasePages.get(k)[0] = first + 1 + pageOf(pages, starts.get(k));
        }
        List<Pages.Page> all = new ArrayList<>(cover);
        all.addAll(contents);
        all.addAll(pages);

        Pack.Cover lead = pack.covers().get(0);
        String title =
                pack.covers().stream()
                        .map(Pack.Cover::title)
                        .distinct()
                        .collect(Collectors.joining(" / "));
        List<String> keywords = new ArrayList<>();
        pack.entries().forEach(e -> keywords.add(e.id()));
        Optional<String> embargo = lead.embargoNotice();
        embargo.ifPresent(e -> keywords.add("embargo"));
        String subject = lead.releases() + embargo.map(e -> "; " + e).orElse("");
        Furniture furniture = new Furniture(template, fonts.get(0).get(Face.SANS));
        return PdfFile.write(
                template,
                profile,
                new PdfFile.Metadata(
                        title, lead.organisation(), subject, keywords, lead.language()),
                created,
                creator,
                seed,
                sheets ->
                        furniture.draw(
                                sheets,
                                all,
                                cover.size(),
                                lead.pageLabel(),
                                n ->
                                        Optional.of(
                                                embargoOn(all.get(n))
                                                        .map(m -> new Furniture.Head(m, true))
                                                        .orElse(
                                                                new Furniture.Head(
                                                                        title, false)))));
    }

    private static int pageOf(List<Pages.Page> pages, Slab slab) {
        for (int n = 0; n < pages.size(); n++) {
            for (Pages.Placed p : pages.get(n).placed()) {
                if (p.slab() == slab) {
                    return n;
                }
            }
        }
        throw new IllegalStateException("a release that is on no page");
    }

    /** The embargo mark of the release on a page, in the first language, if it has one. */
    private Optional<String> embargoOn(Pages.Page page) {
        for (Pages.Placed p : page.placed()) {
            Integer k = entryOf.get(p.slab());
            if (k != null) {
                return pack.entries().get(k).embargo().get(0);
            }
        }
        return Optional.empty();
    }

    // ---- styles

    private TextStyle style(int language, Face face, double size, int colour) {
        return new TextStyle(fonts.get(language).get(face), (float) size, colour, 0, null);
    }

    private List<Slab> lines(
            int language, String words, TextStyle style, TextLine.Align align, float right) {
        return new Paragraphs(breaks.get(language), false, width)
                .set(
                        List.of(new Paragraphs.Span(words, style)),
                        new Paragraphs.Look(align, style.size() * 1.25f, 0, right, false),
                        null);
    }

    // ---- cover

    private List<Flow> cover() throws UnreadableImageException {
        List<Slab> slabs = new ArrayList<>();
        slabs.add(new Slabs.Gap(40));
        if (assets.logo().isPresent()) {
            Slabs.Picture logo =
                    Typesetter.logo(reader, assets.logo().get(), 34 * Typesetter.PT_PER_MM);
            slabs.add(new Slabs.Centred(logo, logo.width(), width));
            slabs.add(new Slabs.Gap(28));
        }
        double title = template.sizes().title() * 1.3;
        for (int i = 0; i < pack.covers().size(); i++) {
            Pack.Cover c = pack.covers().get(i);
            if (i > 0) {
                slabs.add(new Slabs.Gap(14));
                slabs.add(new Slabs.Centred(new Slabs.Hairline(accent, 60), 60, width));
                slabs.add(new Slabs.Gap(14));
            }
            TextLine.Align centre = TextLine.Align.CENTER;
            slabs.addAll(
                    lines(
                            i,
                            c.organisation(),
                            style(i, Face.SANS_BOLD, template.sizes().heading2(), text),
                            centre,
                            0));
            slabs.add(new Slabs.Gap(10));
            slabs.addAll(lines(i, c.title(), style(i, Face.SANS_BOLD, title, text), centre, 0));
            slabs.add(new Slabs.Gap(8));
            slabs.addAll(
                    lines(
                            i,
                            c.date() + " · " + c.releases(),
                            style(i, Face.SANS, template.sizes().subtitle(), muted),
                            centre,
                            0));
            if (c.embargoNotice().isPresent()) {
                slabs.add(new Slabs.Gap(6));
                slabs.addAll(
                        lines(
                                i,
                                c.embargoNotice().get(),
                                style(i, Face.SANS_BOLD, template.sizes().label(), accent),
                                centre,
                                0));
            }
        }
        return List.of(new Flow(slabs, 0, 0, false, true, null, 0));
    }

    // ---- contents

    private List<Flow> contents(List<int[]> pages) {
        List<Flow> flows = new ArrayList<>();
        String heading =
                pack.covers().stream()
                        .map(Pack.Cover::contentsHeading)
                        .distinct()
                        .collect(Collectors.joining(" / "));
        flows.add(
                new Flow(
                        lines(
                                0,
                                heading,
                                style(0, Face.SANS_BOLD, template.sizes().heading1(), text),
                                TextLine.Align.LEFT,
                                0),
                        0,
                        14,
                        true,
                        true,
                        heading,
                        0));
        float room = 36;
        for (int k = 0; k < pack.entries().size(); k++) {
            Pack.Entry entry = pack.entries().get(k);
            List<Slab> slabs = new ArrayList<>();
            for (int i = 0; i < entry.documents().size(); i++) {
                Document d = entry.documents().get(i);
                TextStyle look =
                        i == 0
                                ? style(i, Face.SANS_BOLD, template.sizes().body(), text)
                                : style(i, Face.SANS, template.sizes().body(), muted);
                List<Slab> title = lines(i, d.info().title(), look, TextLine.Align.LEFT, room);
                if (i == 0 && !title.isEmpty()) {
                    TextStyle number = style(0, Face.SANS_BOLD, template.sizes().body(), text);
                    title.set(0, new Slabs.Numbered(title.get(0), pages.get(k), number, width));
                }
                slabs.addAll(title);
            }
            Optional<String> mark = entry.embargo().get(0);
            for (int i = 0; i < entry.embargo().size(); i++) {
                Optional<String> e = entry.embargo().get(i);
                if (e.isPresent() && (i == 0 || !e.equals(mark))) {
                    slabs.addAll(
                            lines(
                                    i,
                                    e.get(),
                                    style(i, Face.SANS_BOLD, template.sizes().label(), accent),
                                    TextLine.Align.LEFT,
                                    room));
                }
            }
            flows.add(new Flow(slabs, 0, 10, false, true, null, 0));
        }
        return flows;
    }

    // ---- releases

    private void release(int k, List<Flow> body) throws UnreadableImageException {
        Pack.Entry entry = pack.entries().get(k);
        List<Document> documents = entry.documents();
        int start = body.size();
        // Bookmarks: the release (its title in the first language), and under it each language.
        body.add(marker(documents.get(0).info().title(), 0).onNewPage());
        if (pack.layout() == Pack.Layout.PARALLEL) {
            body.add(marker(documents.get(0).info().title(), 1));
            body.add(marker(documents.get(1).info().title(), 1));
            body.addAll(
                    columns.pair(
                            units(entry, 0, column), units(entry, 1, column), entry.aligned()));
            for (int i = 2; i < documents.size(); i++) {
                sequential(entry, i, body);
            }
        } else {
            for (int i = 0; i < documents.size(); i++) {
                sequential(entry, i, body);
            }
        }
        for (int f = start; f < body.size(); f++) {
            for (Slab s : body.get(f).slabs()) {
                entryOf.put(s, k);
            }
        }
        starts.add(body.get(start).slabs().get(0));
    }

    /** A flow of no height that carries a bookmark and stays with what follows. */
    private static Flow marker(String title, int level) {
        return new Flow(List.of(new Slabs.Gap(0)), 0, 0, true, true, title, level);
    }

    /** One language of a release on pages of its own (the first right after the bookmark). */
    private void sequential(Pack.Entry entry, int language, List<Flow> body)
            throws UnreadableImageException {
        Flow mark = marker(entry.documents().get(language).info().title(), 1);
        body.add(language == 0 ? mark : mark.onNewPage());
        for (Typesetter.Unit u : units(entry, language, width)) {
            for (Flow f : u.flows()) {
                body.add(f.withOutline(null, 0));
            }
        }
    }

    private List<Typesetter.Unit> units(Pack.Entry entry, int language, float measure)
            throws UnreadableImageException {
        return new Typesetter(
                        entry.documents().get(language),
                        template,
                        assets,
                        fonts.get(language),
                        breaks.get(language),
                        reader,
                        measure)
                .sharing(images)
                .units();
    }

    // ---- index

    private List<Flow> index(List<int[]> pages) {
        List<List<Flow>> perLanguage = new ArrayList<>();
        for (int i = 0; i < pack.indexes().size(); i++) {
            Pack.Index index = pack.indexes().get(i);
            float measure = pack.layout() == Pack.Layout.PARALLEL && i < 2 ? column : width;
            Paragraphs set = new Paragraphs(breaks.get(i), false, measure);
            List<Flow> flows = new ArrayList<>();
            String heading = pack.covers().get(i).indexHeading();
            flows.add(
                    new Flow(
                            set.set(
                                    List.of(
                                            new Paragraphs.Span(
                                                    heading,
                                                    style(
                                                            i,
                                                            Face.SANS_BOLD,
                                                            template.sizes().heading1(),
                                                            text))),
                                    new Paragraphs.Look(
                                            TextLine.Align.LEFT,
                                            (float) template.sizes().heading1() * 1.25f,
                                            0,
                                            0,
                                            false),
                                    null),
                            0,
                            10,
                            true,
                            true,
                            heading,
                            0));
            for (Pack.IndexEntry e : index.entries()) {
                TextStyle name = style(i, Face.BODY_BOLD, template.sizes().body(), text);
                TextStyle role = style(i, Face.BODY, template.sizes().body(), muted);
                List<Paragraphs.Span> spans = new ArrayList<>();
                spans.add(new Paragraphs.Span(e.name(), name));
                if (!e.role().isBlank()) {
                    spans.add(new Paragraphs.Span(", " + e.role(), role));
                }
                List<Slab> lines =
                        set.set(
                                spans,
                                new Paragraphs.Look(
                                        TextLine.Align.LEFT,
                                        (float) template.sizes().body() * 1.3f,
                                        0,
                                        40,
                                        false),
                                null);
                List<int[]> refs = new ArrayList<>();
                for (String id : e.releases()) {
                    for (int k = 0; k < pack.entries().size(); k++) {
                        if (pack.entries().get(k).id().equals(id)) {
                            refs.add(pages.get(k));
                        }
                    }
                }
                if (!lines.isEmpty()) {
                    lines.set(
                            0,
                            new Slabs.Numbered(
                                    lines.get(0),
                                    refs,
                                    name.withFont(fonts.get(i).get(Face.BODY)),
                                    measure));
                }
                flows.add(new Flow(lines, 0, 4, false, true, null, 0));
            }
            perLanguage.add(flows);
        }
        List<Flow> out = new ArrayList<>();
        if (pack.layout() == Pack.Layout.PARALLEL) {
            List<Flow> rows = columns.rows(perLanguage.get(0), perLanguage.get(1));
            rows.set(
                    0, rows.get(0).onNewPage().withOutline(pack.covers().get(0).indexHeading(), 0));
            out.addAll(rows);
            for (int i = 2; i < perLanguage.size(); i++) {
                List<Flow> flows = new ArrayList<>(perLanguage.get(i));
                flows.set(0, flows.get(0).onNewPage().withOutline(null, 0));
                out.addAll(flows);
            }
        } else {
            for (List<Flow> flows : perLanguage) {
                List<Flow> copy = new ArrayList<>(flows);
                copy.set(0, copy.get(0).onNewPage());
                out.addAll(copy);
            }
        }
        return out;
    }
}
