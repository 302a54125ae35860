package rs.glasnik.render.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import rs.glasnik.model.Document;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;
import rs.glasnik.render.pdf.typeset.Columns;
import rs.glasnik.render.pdf.typeset.Face;
import rs.glasnik.render.pdf.typeset.Flow;
import rs.glasnik.render.pdf.typeset.Graphic;
import rs.glasnik.render.pdf.typeset.Pages;
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
    private final PackLook look;
    private final float width;
    private final Columns columns;
    private final float column;

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
        this.look = new PackLook(pack, template, seed);
        this.width = look.width();
        this.columns = new Columns(template);
        this.column = columns.measure();
    }

    /** The pack's PDF; {@code assets} holds the logo and every figure of every document. */
    public static byte[] render(Pack pack, PdfJob job) throws PdfFormatException {
        Objects.requireNonNull(pack, "pack");
        PdfProfile profile = job.profile();
        String seed = "pack/" + pack.id() + "/" + profile.id();
        try {
            return new PackPdfRenderer(pack, job.template(), job.assets(), profile, seed)
                    .write(job.created(), profile, job.creator(), seed);
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
        body.addAll(new PackIndex(pack, template, look, columns).flows(releasePages));
        List<Pages.Page> pages = Pages.paginate(body, height);
        int first = cover.size() + contents.size();
        for (int k = 0; k < starts.size(); k++) {
            releasePages.get(k)[0] = first + 1 + pageOf(pages, starts.get(k));
        }
        List<Pages.Page> all = new ArrayList<>(cover);
        all.addAll(contents);
        all.addAll(pages);

        Pack.Cover lead = pack.covers().get(0);
        Pack.Info info = pack.info();
        Furniture furniture = new Furniture(template, look.fonts(0).get(Face.SANS));
        return PdfFile.write(
                template,
                profile,
                new PdfFile.Metadata(
                        info.title(),
                        info.author(),
                        info.subject(),
                        info.keywords(),
                        info.language()),
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
                                                                        info.title(), false)))));
    }

    /** A text of the covers in every language, each different one once. */
    private String joined(Function<Pack.Cover, String> text) {
        return pack.covers().stream().map(text).distinct().collect(Collectors.joining(" / "));
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
                slabs.add(new Slabs.Centred(new Slabs.Hairline(look.accent(), 60), 60, width));
                slabs.add(new Slabs.Gap(14));
            }
            TextLine.Align centre = TextLine.Align.CENTER;
            slabs.addAll(
                    look.lines(
                            i,
                            c.organisation(),
                            look.style(i, Face.SANS_BOLD, template.sizes().heading2(), look.text()),
                            centre,
                            0));
            slabs.add(new Slabs.Gap(10));
            slabs.addAll(
                    look.lines(
                            i,
                            c.title(),
                            look.style(i, Face.SANS_BOLD, title, look.text()),
                            centre,
                            0));
            slabs.add(new Slabs.Gap(8));
            slabs.addAll(
                    look.lines(
                            i,
                            c.date() + " · " + c.releases(),
                            look.style(i, Face.SANS, template.sizes().subtitle(), look.muted()),
                            centre,
                            0));
            if (c.embargoNotice().isPresent()) {
                slabs.add(new Slabs.Gap(6));
                slabs.addAll(
                        look.lines(
                                i,
                                c.embargoNotice().get(),
                                look.style(
                                        i, Face.SANS_BOLD, template.sizes().label(), look.accent()),
                                centre,
                                0));
            }
        }
        return List.of(new Flow(slabs, 0, 0, false, true, null, 0));
    }

    // ---- contents

    private List<Flow> contents(List<int[]> pages) {
        List<Flow> flows = new ArrayList<>();
        String heading = joined(Pack.Cover::contentsHeading);
        flows.add(
                new Flow(
                        look.lines(
                                0,
                                heading,
                                look.style(
                                        0,
                                        Face.SANS_BOLD,
                                        template.sizes().heading1(),
                                        look.text()),
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
                TextStyle type =
                        i == 0
                                ? look.style(
                                        i, Face.SANS_BOLD, template.sizes().body(), look.text())
                                : look.style(i, Face.SANS, template.sizes().body(), look.muted());
                List<Slab> title = look.lines(i, d.info().title(), type, TextLine.Align.LEFT, room);
                if (i == 0 && !title.isEmpty()) {
                    TextStyle number =
                            look.style(0, Face.SANS_BOLD, template.sizes().body(), look.text());
                    title.set(0, new Slabs.Numbered(title.get(0), pages.get(k), number, width));
                }
                slabs.addAll(title);
            }
            Optional<String> mark = entry.embargo().get(0);
            for (int i = 0; i < entry.embargo().size(); i++) {
                Optional<String> e = entry.embargo().get(i);
                if (e.isPresent() && (i == 0 || !e.equals(mark))) {
                    slabs.addAll(
                            look.lines(
                                    i,
                                    e.get(),
                                    look.style(
                                            i,
                                            Face.SANS_BOLD,
                                            template.sizes().label(),
                                            look.accent()),
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
                        look.fonts(language),
                        look.breaks(language),
                        reader,
                        measure)
                .sharing(images)
                .units();
    }
}
