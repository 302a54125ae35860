package rs.glasnik.render.pdf;

import com.lowagie.text.Image;
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
import rs.glasnik.render.pdf.PdfFonts.Face;

/**
 * Renders a {@link Pack} as one PDF: a cover (the emblem; organisation, title, date and number of
 * releases in every language; the embargo notice), the contents with page numbers, the releases
 * (the first two languages side by side, paragraph by paragraph, or one language after the other),
 * and the index of people with the pages that name them. Bookmarks per release and per language;
 * the pack's title as running head, or the embargo mark on the pages of an embargoed release; page
 * n of N in the first language's words.
 *
 * <p>With three languages in the parallel layout, the first two are set side by side and the third
 * follows each release on its own pages.
 */
public final class PackPdfRenderer {
    /** The space between the two columns of the parallel layout, in millimetres. */
    private static final float GUTTER_MM = 8;

    private final Pack pack;
    private final Template template;
    private final Assets assets;
    private final boolean opaque;
    private final List<PdfFonts> fonts = new ArrayList<>();
    private final List<Paragraphs.WordBreaks> breaks = new ArrayList<>();
    private final float width;
    private final float column;
    private final int text;
    private final int muted;
    private final int accent;

    /** The release of each slab of the releases' pages, by its index in the pack. */
    private final Map<Slab, Integer> entryOf = new IdentityHashMap<>();

    /** Images read once for the whole pack. */
    private final Map<byte[], Image> images = new IdentityHashMap<>();

    /** The first slab of each release, to find its page. */
    private final List<Slab> starts = new ArrayList<>();

    private PackPdfRenderer(
            Pack pack, Template template, Assets assets, PdfProfile profile, String seed) {
        this.pack = pack;
        this.template = template;
        this.assets = assets;
        this.opaque = profile == PdfProfile.ARCHIVE;
        for (Pack.Cover cover : pack.covers()) {
            fonts.add(new PdfFonts(template, cover.language(), seed + "/" + cover.language()));
            breaks.add(Hyphenation.forLanguage(cover.language())::points);
        }
        this.width = Typesetter.textWidth(template);
        this.column = (width - GUTTER_MM * Typesetter.PT_PER_MM) / 2;
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
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(profile, "profile");
        String seed = "pack/" + pack.id() + "/" + profile.id();
        return new PackPdfRenderer(pack, template, assets, profile, seed)
                .write(created, profile, creator, seed);
    }

    private byte[] write(Instant created, PdfProfile profile, String creator, String seed)
            throws PdfFormatException {
        float height = PdfRenderer.textHeight(template);
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
        Pack.Info info = pack.info();
        Furniture furniture = new Furniture(template, fonts.get(0).get(Face.SANS));
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
                sheets -> {
                    for (int n = 0; n < all.size(); n++) {
                        Canvas canvas = sheets.newPage();
                        sheets.place(all.get(n));
                        if (n >= cover.size()) {
                            Optional<String> mark = embargoOn(all.get(n));
                            if (mark.isPresent()) {
                                furniture.head(canvas, sheets, mark.get(), accent);
                            } else {
                                furniture.head(canvas, sheets, info.title());
                            }
                            furniture.foot(
                                    canvas,
                                    sheets,
                                    Furniture.pageLabel(lead.pageLabel(), n + 1, all.size()));
                        }
                    }
                });
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

    private List<Flow> cover() throws PdfFormatException {
        List<Slab> slabs = new ArrayList<>();
        slabs.add(new Typesetter.Gap(40));
        if (assets.logo().isPresent()) {
            Image logo = Figures.read(assets.logo().get(), "of the organisation's logo", opaque);
            float h = 34 * Typesetter.PT_PER_MM;
            float w = h * logo.getWidth() / logo.getHeight();
            slabs.add(new Centred(new Typesetter.Picture(logo, w, h), w, width));
            slabs.add(new Typesetter.Gap(28));
        }
        double title = template.sizes().title() * 1.3;
        for (int i = 0; i < pack.covers().size(); i++) {
            Pack.Cover c = pack.covers().get(i);
            if (i > 0) {
                slabs.add(new Typesetter.Gap(14));
                slabs.add(new Centred(new Hairline(accent, 60), 60, width));
                slabs.add(new Typesetter.Gap(14));
            }
            TextLine.Align centre = TextLine.Align.CENTER;
            slabs.addAll(
                    lines(
                            i,
                            c.organisation(),
                            style(i, Face.SANS_BOLD, template.sizes().heading2(), text),
                            centre,
                            0));
            slabs.add(new Typesetter.Gap(10));
            slabs.addAll(lines(i, c.title(), style(i, Face.SANS_BOLD, title, text), centre, 0));
            slabs.add(new Typesetter.Gap(8));
            slabs.addAll(
                    lines(
                            i,
                            c.date() + " · " + c.releases(),
                            style(i, Face.SANS, template.sizes().subtitle(), muted),
                            centre,
                            0));
            if (c.embargoNotice().isPresent()) {
                slabs.add(new Typesetter.Gap(6));
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
                    title.set(0, new Numbered(title.get(0), pages.get(k), number, width));
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

    private void release(int k, List<Flow> body) throws PdfFormatException {
        Pack.Entry entry = pack.entries().get(k);
        List<Document> documents = entry.documents();
        int start = body.size();
        // Bookmarks: the release (its title in the first language), and under it each language.
        body.add(marker(documents.get(0).info().title(), 0).onNewPage());
        if (pack.layout() == Pack.Layout.PARALLEL) {
            body.add(marker(documents.get(0).info().title(), 1));
            body.add(marker(documents.get(1).info().title(), 1));
            body.addAll(pair(units(entry, 0, column), units(entry, 1, column), entry.aligned()));
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
        return new Flow(List.of(new Typesetter.Gap(0)), 0, 0, true, true, title, level);
    }

    /** One language of a release on pages of its own (the first right after the bookmark). */
    private void sequential(Pack.Entry entry, int language, List<Flow> body)
            throws PdfFormatException {
        Flow mark = marker(entry.documents().get(language).info().title(), 1);
        body.add(language == 0 ? mark : mark.onNewPage());
        for (Typesetter.Unit u : units(entry, language, width)) {
            for (Flow f : u.flows()) {
                body.add(f.withOutline(null, 0));
            }
        }
    }

    private List<Typesetter.Unit> units(Pack.Entry entry, int language, float measure)
            throws PdfFormatException {
        return new Typesetter(
                        entry.documents().get(language),
                        template,
                        assets,
                        fonts.get(language),
                        breaks.get(language),
                        opaque,
                        measure)
                .sharing(images)
                .units();
    }

    /**
     * The units of two languages side by side: a unit that both have (the same part, the same block
     * of the body up to {@code aligned}) is one row; a unit only one has is a row with the other
     * side empty.
     */
    private List<Flow> pair(List<Typesetter.Unit> left, List<Typesetter.Unit> right, int aligned) {
        List<String> leftKeys = keys(left, aligned, "left");
        List<String> rightKeys = keys(right, aligned, "right");
        List<Flow> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            String l = i < left.size() ? leftKeys.get(i) : null;
            String r = j < right.size() ? rightKeys.get(j) : null;
            if (l != null && l.equals(r)) {
                rows.addAll(rows(left.get(i++).flows(), right.get(j++).flows()));
            } else if (l != null && (r == null || !rightKeys.contains(l) || leftKeys.contains(r))) {
                rows.addAll(rows(left.get(i++).flows(), List.of()));
            } else {
                rows.addAll(rows(List.of(), right.get(j++).flows()));
            }
        }
        return rows;
    }

    /** The units' keys; body blocks past the aligned ones get keys of their side alone. */
    private static List<String> keys(List<Typesetter.Unit> units, int aligned, String side) {
        List<String> keys = new ArrayList<>();
        for (Typesetter.Unit u : units) {
            String key = u.key();
            boolean beyond =
                    key.startsWith("body.") && Integer.parseInt(key.substring(5)) >= aligned;
            keys.add(beyond ? side + "." + key : key);
        }
        return keys;
    }

    /** Flows of two columns zipped into rows. */
    private List<Flow> rows(List<Flow> left, List<Flow> right) {
        List<Flow> rows = new ArrayList<>();
        for (int n = 0; n < Math.max(left.size(), right.size()); n++) {
            Flow l = n < left.size() ? left.get(n) : null;
            Flow r = n < right.size() ? right.get(n) : null;
            List<Slab> a = l == null ? List.of() : l.slabs();
            List<Slab> b = r == null ? List.of() : r.slabs();
            List<Slab> slabs = new ArrayList<>();
            for (int s = 0; s < Math.max(a.size(), b.size()); s++) {
                slabs.add(
                        new Pair(
                                s < a.size() ? a.get(s) : null,
                                s < b.size() ? b.get(s) : null,
                                column + GUTTER_MM * Typesetter.PT_PER_MM));
            }
            rows.add(
                    new Flow(
                            slabs,
                            Math.max(l == null ? 0 : l.before(), r == null ? 0 : r.before()),
                            Math.max(l == null ? 0 : l.after(), r == null ? 0 : r.after()),
                            (l != null && l.keepNext()) || (r != null && r.keepNext()),
                            (l != null && l.keepTogether()) || (r != null && r.keepTogether()),
                            null,
                            0));
        }
        return rows;
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
                            new Numbered(
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
            List<Flow> rows = rows(perLanguage.get(0), perLanguage.get(1));
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

    // ---- slabs of the pack

    /** Two slabs side by side: the left column's and the right's (either may be missing). */
    record Pair(Slab left, Slab right, float shift) implements Slab {
        @Override
        public float height() {
            return Math.max(left == null ? 0 : left.height(), right == null ? 0 : right.height());
        }

        @Override
        public void draw(Canvas canvas, float x, float top) {
            if (left != null) {
                left.draw(canvas, x, top);
            }
        }

        @Override
        public void drawAfter(Canvas canvas, float x, float top) {
            if (right != null) {
                right.draw(canvas, x + shift, top);
            }
        }
    }

    /** A slab of width {@code width} centred on the measure. */
    record Centred(Slab slab, float width, float measure) implements Slab {
        @Override
        public float height() {
            return slab.height();
        }

        @Override
        public void draw(Canvas canvas, float left, float top) {
            slab.draw(canvas, left + (measure - width) / 2, top);
        }
    }

    /** A short rule. */
    record Hairline(int colour, float length) implements Slab {
        @Override
        public float height() {
            return 1;
        }

        @Override
        public void draw(Canvas canvas, float left, float top) {
            var cb = canvas.content;
            cb.saveState();
            cb.setColorStroke(Canvas.colour(colour));
            cb.setLineWidth(0.75f);
            cb.moveTo(left, top - 0.5f);
            cb.lineTo(left + length, top - 0.5f);
            cb.stroke();
            cb.restoreState();
        }
    }

    /** A line with page numbers set flush right on its baseline, known only when it is drawn. */
    static final class Numbered implements Slab {
        private final Slab line;
        private final List<int[]> pages;
        private final TextStyle style;
        private final float measure;

        Numbered(Slab line, int[] page, TextStyle style, float measure) {
            this(line, List.of(page), style, measure);
        }

        Numbered(Slab line, List<int[]> pages, TextStyle style, float measure) {
            this.line = line;
            this.pages = pages;
            this.style = style;
            this.measure = measure;
        }

        @Override
        public float height() {
            return line.height();
        }

        @Override
        public void draw(Canvas canvas, float left, float top) {
            line.draw(canvas, left, top);
            String numbers =
                    pages.stream()
                            .map(p -> Integer.toString(p[0]))
                            .distinct()
                            .collect(Collectors.joining(", "));
            float w = style.width(numbers);
            float baseline = top - ((line.height() - style.size()) / 2 + style.size() * 0.8f);
            var cb = canvas.content;
            cb.beginText();
            cb.setFontAndSize(style.font(), style.size());
            cb.setColorFill(Canvas.colour(style.colour()));
            cb.setTextMatrix(left + measure - w, baseline);
            cb.showText(numbers);
            cb.endText();
        }
    }
}
