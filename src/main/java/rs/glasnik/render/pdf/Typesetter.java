package rs.glasnik.render.pdf;

import com.lowagie.text.Image;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.Inline;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;
import rs.glasnik.render.pdf.PdfFonts.Face;

/**
 * Sets the parts of a resolved document as a flow of paragraphs, images and rules, with the sizes,
 * colours and spacing of the template (the same as the DOCX's styles).
 *
 * <p>{@code List<Flow> flow = new Typesetter(document, template, assets, fonts, breaks,
 * opaque).flow();}
 */
final class Typesetter {
    static final float PT_PER_MM = 72f / 25.4f;

    /** Indentation of a list level, and the room for its marker, in points (as in the DOCX). */
    private static final float LIST_STEP = 21.25f;

    /**
     * Lists and quotations nested deeper than fits are indented no further than this share of the
     * measure, so that a line of a list nested fifty deep still has room for words.
     */
    private static final float MAX_INDENT = 0.4f;

    private static final float BULLET_ROOM = 12.75f;
    private static final float NUMBER_ROOM = 17f;

    /** A figure is at most this share of the text area's height. */
    private static final float FIGURE_MAX_HEIGHT = 0.35f;

    private final Document document;
    private final Template template;
    private final Assets assets;
    private final PdfFonts fonts;
    private final Paragraphs paragraphs;
    private final boolean opaque;
    private final float measure;
    private final float textHeight;
    private final List<Flow> flow = new ArrayList<>();

    Typesetter(
            Document document,
            Template template,
            Assets assets,
            PdfFonts fonts,
            Paragraphs.WordBreaks breaks,
            boolean opaque) {
        this(document, template, assets, fonts, breaks, opaque, textWidth(template));
    }

    /** A typesetter for a column {@code measure} points wide (a pack's parallel columns). */
    Typesetter(
            Document document,
            Template template,
            Assets assets,
            PdfFonts fonts,
            Paragraphs.WordBreaks breaks,
            boolean opaque,
            float measure) {
        this.document = document;
        this.template = template;
        this.assets = assets;
        this.fonts = fonts;
        this.opaque = opaque;
        Template.Page page = template.page();
        this.measure = measure;
        this.textHeight = (float) (page.height() - page.top() - page.bottom()) * PT_PER_MM;
        this.paragraphs =
                new Paragraphs(breaks, document.info().language().startsWith("en"), measure);
    }

    float measure() {
        return measure;
    }

    /** The width of the template's text area, in points. */
    static float textWidth(Template template) {
        Template.Page page = template.page();
        return (float) (page.width() - page.left() - page.right()) * PT_PER_MM;
    }

    List<Flow> flow() throws PdfFormatException {
        for (Document.Part part : document.parts()) {
            part(part);
        }
        return flow;
    }

    /**
     * The flow in units that correspond between the languages of a release: each part, each block
     * of the body, each section's heading and blocks, in reading order; the letterhead is left out
     * (a pack's cover carries it).
     */
    List<Unit> units() throws PdfFormatException {
        int sections = 0;
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Document.Part part : document.parts()) {
            if (part instanceof Document.Letterhead) {
                continue;
            }
            if (part instanceof Document.Body b) {
                for (int i = 0; i < b.blocks().size(); i++) {
                    key = "body." + i;
                    blocks(List.of(b.blocks().get(i)), 0, 0, false);
                }
            } else if (part instanceof Document.Section s) {
                key = "section." + sections + ".heading";
                heading(s.heading(), 2);
                for (int i = 0; i < s.blocks().size(); i++) {
                    key = "section." + sections + "." + i;
                    blocks(List.of(s.blocks().get(i)), 0, 0, false);
                }
                sections++;
            } else {
                String kind =
                        part instanceof Document.Label l
                                ? "label." + l.role()
                                : part.getClass().getSimpleName();
                int n = seen.merge(kind, 1, Integer::sum);
                key = kind + "." + n;
                part(part);
            }
        }
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < flow.size(); i++) {
            if (units.isEmpty() || !units.get(units.size() - 1).key().equals(keys.get(i))) {
                units.add(new Unit(keys.get(i), new ArrayList<>()));
            }
            units.get(units.size() - 1).flows().add(flow.get(i));
        }
        return units;
    }

    /** The flows of one part or block, under the key that names it in every language. */
    record Unit(String key, List<Flow> flows) {}

    /**
     * Images already read, by their bytes: a pack shows a figure in two columns and reads it once,
     * so the PDF holds it once.
     */
    private Map<byte[], Image> images = new IdentityHashMap<>();

    /** This typesetter reading images through a cache shared with others. */
    Typesetter sharing(Map<byte[], Image> cache) {
        this.images = cache;
        return this;
    }

    private String key = "";
    private final List<String> keys = new ArrayList<>();

    private void emit(Flow f) {
        flow.add(f);
        keys.add(key);
    }

    // ---- the look of each kind of paragraph

    private int text() {
        return rgb(template.colours().text());
    }

    private int accent() {
        return rgb(template.colours().accent());
    }

    private int muted() {
        return rgb(template.colours().muted());
    }

    private static int rgb(String hex) {
        return Integer.parseInt(hex, 16);
    }

    private float body() {
        return size(template.sizes().body());
    }

    /**
     * Whether this typesetter sets a column narrower than the page's text (a pack's parallel
     * layout): its type is a tenth smaller, as parallel texts are set, for enough words a line.
     */
    private boolean column() {
        return measure < textWidth(template) - 1;
    }

    private float size(double points) {
        return (float) points * (column() ? 0.9f : 1f);
    }

    private float leading(float size) {
        return size * (float) template.spacing().line();
    }

    private float gap() {
        return (float) template.spacing().paragraph();
    }

    TextStyle style(Face face, float size, int colour) {
        return new TextStyle(fonts.get(face), size, colour, 0, null);
    }

    // ---- parts

    private void part(Document.Part part) throws PdfFormatException {
        if (part instanceof Document.Letterhead l) {
            letterhead(l);
        } else if (part instanceof Document.Label l) {
            label(l);
        } else if (part instanceof Document.Title t) {
            // In a column, the title is set smaller still, so it does not run to five lines.
            float size = size(template.sizes().title()) * (column() ? 0.8f : 1f);
            plain(
                    t.text(),
                    style(Face.SANS_BOLD, size, text()),
                    size * 1.1f,
                    TextLine.Align.LEFT,
                    0,
                    8,
                    true,
                    t.text(),
                    0);
        } else if (part instanceof Document.Subtitle s) {
            float size = size(template.sizes().subtitle());
            plain(
                    s.text(),
                    style(Face.SANS, size, muted()),
                    size * 1.15f,
                    TextLine.Align.LEFT,
                    0,
                    16,
                    true,
                    null,
                    0);
        } else if (part instanceof Document.Summary s) {
            add(
                    paragraphs.set(
                            spans(s.content(), Face.BODY_BOLD, body(), false),
                            new Paragraphs.Look(
                                    TextLine.Align.JUSTIFY, leading(body()), 0, 0, true),
                            null),
                    0,
                    12,
                    false,
                    null,
                    0);
        } else if (part instanceof Document.Body b) {
            blocks(b.blocks(), 0, 0, false);
        } else if (part instanceof Document.Section s) {
            heading(s.heading(), 2);
            blocks(s.blocks(), 0, 0, false);
        } else {
            throw new IllegalArgumentException("unknown part " + part);
        }
    }

    private void label(Document.Label label) {
        float size = size(template.sizes().label());
        switch (label.role()) {
            case TYPE -> {
                TextStyle style =
                        new TextStyle(fonts.get(Face.SANS_BOLD), size, accent(), 1f, null);
                List<Slab> lines =
                        paragraphs.set(
                                List.of(new Paragraphs.Span(label.text(), style)),
                                new Paragraphs.Look(TextLine.Align.LEFT, size * 1.2f, 0, 0, false),
                                null);
                List<Slab> slabs = new ArrayList<>();
                slabs.add(new Rule(accent(), 1f, 12f + 6f, 12f));
                slabs.addAll(lines);
                emit(new Flow(slabs, 0, 2, true, true, null, 0));
            }
            case RELEASE_NOTE ->
                    plain(
                            label.text(),
                            style(Face.SANS_BOLD, size, text()),
                            size * 1.2f,
                            TextLine.Align.LEFT,
                            0,
                            22,
                            true,
                            null,
                            0);
            case END_MARK ->
                    plain(
                            label.text(),
                            style(Face.SANS_BOLD, body(), muted()),
                            body() * 1.2f,
                            TextLine.Align.CENTER,
                            6,
                            20,
                            false,
                            null,
                            0);
        }
    }

    private void plain(
            String text,
            TextStyle style,
            float leading,
            TextLine.Align align,
            float before,
            float after,
            boolean keepNext,
            String outline,
            int level) {
        List<Slab> lines =
                paragraphs.set(
                        List.of(new Paragraphs.Span(text, style)),
                        new Paragraphs.Look(align, leading, 0, 0, false),
                        null);
        emit(new Flow(lines, before, after, keepNext, true, outline, level));
    }

    private void add(
            List<Slab> lines,
            float before,
            float after,
            boolean keepNext,
            String outline,
            int level) {
        if (!lines.isEmpty()) {
            emit(new Flow(lines, before, after, keepNext, false, outline, level));
        }
    }

    private void heading(String text, int level) {
        float size =
                size(
                        switch (level) {
                            case 1 -> template.sizes().heading1();
                            case 2 -> template.sizes().heading2();
                            default -> template.sizes().body();
                        });
        float before = level == 1 ? 18 : level == 2 ? 16 : 12;
        float after = level == 1 ? 6 : level == 2 ? 4 : 3;
        plain(
                text,
                style(Face.SANS_BOLD, size, text()),
                size * 1.2f,
                TextLine.Align.LEFT,
                before,
                after,
                true,
                text,
                1);
    }

    // ---- letterhead

    private void letterhead(Document.Letterhead letterhead) throws PdfFormatException {
        Optional<byte[]> logo =
                template.letterhead().logo() ? assets.logo() : Optional.<byte[]>empty();
        float nameSize = (float) template.sizes().heading2();
        float lineSize = (float) template.sizes().small();
        TextStyle name = style(Face.SANS_BOLD, nameSize, text());
        TextStyle line = style(Face.SANS, lineSize, muted());
        Image image = null;
        float logoHeight = (float) template.letterhead().logoHeight() * PT_PER_MM;
        float logoWidth = 0;
        if (logo.isPresent()) {
            image = Figures.read(logo.get(), "of the organisation's logo", opaque);
            logoWidth = logoHeight * image.getWidth() / image.getHeight();
        }
        float indent = image == null ? 0 : logoWidth + 5 * PT_PER_MM;
        List<Slab> text = new ArrayList<>();
        text.addAll(
                new Paragraphs(Paragraphs.WordBreaks.NONE, false, measure)
                        .set(
                                List.of(new Paragraphs.Span(letterhead.organisation(), name)),
                                new Paragraphs.Look(
                                        TextLine.Align.LEFT, nameSize * 1.2f, indent, 0, false),
                                null));
        text.add(new Gap(3));
        for (String l : letterhead.lines()) {
            text.addAll(
                    paragraphs.set(
                            List.of(new Paragraphs.Span(l, line)),
                            new Paragraphs.Look(
                                    TextLine.Align.LEFT, lineSize * 1.3f, indent, 0, false),
                            null));
        }
        emit(
                new Flow(
                        List.of(new Letterhead(image, logoWidth, logoHeight, text)),
                        0,
                        0,
                        true,
                        true,
                        null,
                        0));
    }

    // ---- blocks

    /** {@code level}: the list depth (-1 outside lists); {@code left}: the indent in points. */
    private void blocks(List<Block> blocks, float left, int level, boolean quoted)
            throws PdfFormatException {
        blocks(blocks, left, level, quoted, null);
    }

    /** {@code marker}, if not null, is the list marker the first of {@code blocks} carries. */
    private void blocks(
            List<Block> blocks, float left, int level, boolean quoted, TextLine.Marker marker)
            throws PdfFormatException {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            // The sentence that introduces a list, or a quotation ("…, said:"), stays with it.
            boolean introducesList =
                    block instanceof Block.Paragraph p
                            && i + 1 < blocks.size()
                            && (blocks.get(i + 1) instanceof Block.ListBlock
                                    || (blocks.get(i + 1) instanceof Block.Quote
                                            && Inline.plainText(p.content())
                                                    .strip()
                                                    .endsWith(":")));
            block(block, left, level, quoted, introducesList, i == 0 ? marker : null);
        }
    }

    /** Where a paragraph with the indent {@code left} starts, in points: indents stop at a cap. */
    private float indentOf(float left) {
        return Math.min(left, measure * MAX_INDENT);
    }

    private void block(
            Block block,
            float left,
            int level,
            boolean quoted,
            boolean keepNext,
            TextLine.Marker marker)
            throws PdfFormatException {
        if (block instanceof Block.Paragraph p) {
            Face face = quoted ? Face.BODY_ITALIC : Face.BODY;
            float right = quoted ? 6 * PT_PER_MM : 0;
            float indent = indentOf(left);
            List<Slab> lines =
                    paragraphs.set(
                            spans(p.content(), face, body(), quoted),
                            new Paragraphs.Look(
                                    TextLine.Align.JUSTIFY, leading(body()), indent, right, true),
                            marker);
            if (quoted) {
                List<Slab> barred = new ArrayList<>();
                for (Slab s : lines) {
                    barred.add(new Barred(s, indent - 9, accent()));
                }
                lines = barred;
            }
            boolean inList = level > 0 || marker != null;
            add(lines, quoted ? 4 : 0, inList ? 3 : quoted ? 10 : gap(), keepNext, null, 0);
        } else if (block instanceof Block.Quote q) {
            float inner = left + 10 * PT_PER_MM;
            TextLine.Marker shifted =
                    marker == null ? null : marker.shifted(indentOf(inner) - indentOf(left));
            blocks(q.content(), inner, level, true, shifted);
        } else if (block instanceof Block.ListBlock l) {
            list(l, left, level, quoted, marker);
        } else if (marker != null) {
            // A heading, figure or rule first in a list item: its number stands on a line above.
            add(
                    List.of(new MarkerLine(marker, indentOf(left), leading(body()))),
                    0,
                    0,
                    true,
                    null,
                    0);
            block(block, left, level, quoted, keepNext, null);
        } else if (block instanceof Block.Heading h) {
            heading(Inline.plainText(h.content()), Math.min(h.level(), 3));
        } else if (block instanceof Block.Figure f) {
            figure(f);
        } else if (block instanceof Block.Rule) {
            emit(new Flow(List.of(new Rule(muted(), 0.5f, 6, 6)), 0, 12, false, true, null, 0));
        } else {
            throw new IllegalArgumentException("unknown block " + block);
        }
    }

    /**
     * {@code outer}, if not null, is the marker of the item this list is the first block of; it is
     * drawn before the first item's marker ({@code 1. 2. text}).
     */
    private void list(
            Block.ListBlock list, float left, int level, boolean quoted, TextLine.Marker outer)
            throws PdfFormatException {
        int n = list.start();
        TextStyle markerStyle = style(Face.BODY, body(), list.ordered() ? text() : accent());
        // A number wider than its room (2026., 123456789.) widens the room of the whole list, so
        // that a space is left between every number and its text.
        float room = list.ordered() ? NUMBER_ROOM : BULLET_ROOM;
        if (list.ordered()) {
            float space = markerStyle.width(' ');
            for (int k = 0; k < list.items().size(); k++) {
                room = Math.max(room, markerStyle.width((n + k) + ".") + space);
            }
        }
        float indent = left + LIST_STEP + room - (list.ordered() ? NUMBER_ROOM : BULLET_ROOM);
        int before = flow.size();
        float shift = indentOf(indent) - indentOf(left);
        for (Block.ListItem item : list.items()) {
            String text = list.ordered() ? (n++) + "." : "\u2022";
            TextLine.Marker marker = new TextLine.Marker(text, markerStyle, room);
            if (outer != null) {
                marker = marker.within(outer, shift);
                outer = null;
            }
            List<Block> content = item.content();
            for (int i = 0; i < content.size(); i++) {
                block(content.get(i), indent, level + 1, quoted, false, i == 0 ? marker : null);
            }
        }
        // The last item keeps the space a paragraph has after it.
        if (flow.size() > before) {
            Flow last = flow.get(flow.size() - 1);
            flow.set(
                    flow.size() - 1,
                    new Flow(
                            last.slabs(),
                            last.before(),
                            level == 0 ? gap() : last.after(),
                            last.keepNext(),
                            last.keepTogether(),
                            last.outline(),
                            last.outlineLevel()));
        }
    }

    private void figure(Block.Figure figure) throws PdfFormatException {
        byte[] bytes = assets.images().get(figure.file());
        if (bytes == null) {
            throw new IllegalArgumentException(
                    "no image for "
                            + figure.file()
                            + "; Assets.images() needs every figure's file");
        }
        Image image = images.get(bytes);
        if (image == null) {
            image = Figures.read(bytes, fileName(figure.file()), opaque);
            images.put(bytes, image);
        }
        float w = measure;
        float h = w * image.getHeight() / image.getWidth();
        float max = textHeight * FIGURE_MAX_HEIGHT;
        if (h > max) {
            h = max;
            w = h * image.getWidth() / image.getHeight();
        }
        List<Slab> slabs = new ArrayList<>();
        slabs.add(new Gap(6));
        slabs.add(new Picture(image, w, h));
        slabs.add(new Gap(4));
        float label = size(template.sizes().label());
        float small = size(template.sizes().small());
        if (!figure.caption().isBlank()) {
            slabs.addAll(ragged(figure.caption(), style(Face.SANS, label, text())));
            slabs.add(new Gap(1));
        }
        if (!figure.credit().isBlank()) {
            slabs.addAll(ragged(figure.credit(), style(Face.SANS, small, muted())));
        }
        emit(new Flow(slabs, 0, 14, false, true, null, 0));
    }

    /** A short text set ragged right in one style, its lines 1.3 times its size apart. */
    private List<Slab> ragged(String words, TextStyle style) {
        return paragraphs.set(
                List.of(new Paragraphs.Span(words, style)),
                new Paragraphs.Look(TextLine.Align.LEFT, style.size() * 1.3f, 0, 0, false),
                null);
    }

    // ---- inline content

    private List<Paragraphs.Span> spans(
            List<Inline> content, Face face, float size, boolean italic) {
        List<Paragraphs.Span> spans = new ArrayList<>();
        spans(content, face.with(face.bold, italic || face.italic), size, null, spans);
        return spans;
    }

    private void spans(
            List<Inline> content, Face face, float size, String link, List<Paragraphs.Span> out) {
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                out.add(new Paragraphs.Span(t.text(), look(face, size, link)));
            } else if (inline instanceof Inline.Emphasis e) {
                // Emphasis inside italic text is set upright, as typographers do.
                spans(e.children(), face.with(face.bold, !face.italic), size, link, out);
            } else if (inline instanceof Inline.Strong s) {
                spans(s.children(), face.with(true, face.italic), size, link, out);
            } else if (inline instanceof Inline.Link l) {
                spans(l.children(), face, size, link == null ? l.url() : link, out);
            } else if (inline instanceof Inline.Code c) {
                out.add(new Paragraphs.Span(c.text(), look(face, size, link)));
            } else if (inline instanceof Inline.LineBreak) {
                out.add(new Paragraphs.Span("\n", look(face, size, link)));
            }
        }
    }

    private TextStyle look(Face face, float size, String link) {
        TextStyle style = style(face, size, text());
        return link == null ? style : style.withLink(link, accent());
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    // ---- slabs other than lines

    /** Empty room. */
    record Gap(float height) implements Slab {
        @Override
        public void draw(Canvas canvas, float left, float top) {}
    }

    /** A horizontal rule across the measure, {@code above} points below the slab's top. */
    final class Rule implements Slab {
        private final int colour;
        private final float weight;
        private final float height;
        private final float above;

        Rule(int colour, float weight, float height, float above) {
            this.colour = colour;
            this.weight = weight;
            this.height = height;
            this.above = above;
        }

        @Override
        public float height() {
            return height;
        }

        @Override
        public void draw(Canvas canvas, float left, float top) {
            var cb = canvas.content;
            cb.saveState();
            cb.setColorStroke(Canvas.colour(colour));
            cb.setLineWidth(weight);
            float y = top - above + weight / 2;
            cb.moveTo(left, y);
            cb.lineTo(left + measure, y);
            cb.stroke();
            cb.restoreState();
        }
    }

    /** A line of a block quote, with the quote's bar beside it. */
    record Barred(Slab line, float x, int colour) implements Slab {
        @Override
        public float height() {
            return line.height();
        }

        @Override
        public void draw(Canvas canvas, float left, float top) {
            var cb = canvas.content;
            cb.saveState();
            cb.setColorFill(Canvas.colour(colour));
            cb.rectangle(left + x, top - line.height(), 2.25f, line.height());
            cb.fill();
            cb.restoreState();
            line.draw(canvas, left, top);
        }
    }

    /** An image at the left edge of the measure. */
    record Picture(Image image, float width, float height) implements Slab {
        @Override
        public void draw(Canvas canvas, float left, float top) {
            try {
                canvas.content.addImage(image, width, 0, 0, height, left, top - height);
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("drawing an image", e);
            }
        }
    }

    /** The logo with the organisation's name and address beside it. */
    record Letterhead(Image logo, float logoWidth, float logoHeight, List<Slab> text)
            implements Slab {
        @Override
        public float height() {
            float h = 0;
            for (Slab s : text) {
                h += s.height();
            }
            return Math.max(h, logo == null ? 0 : logoHeight);
        }

        @Override
        public void draw(Canvas canvas, float left, float top) {
            float textHeight = 0;
            for (Slab s : text) {
                textHeight += s.height();
            }
            float height = height();
            if (logo != null) {
                new Picture(logo, logoWidth, logoHeight)
                        .draw(canvas, left, top - (height - logoHeight) / 2);
            }
            float y = top - (height - textHeight) / 2;
            for (Slab s : text) {
                s.draw(canvas, left, y);
                y -= s.height();
            }
        }
    }
}
