package rs.glasnik.render.pdf.typeset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.glasnik.model.Document;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;

/**
 * Sets the parts of a resolved document as a flow of paragraphs, images and rules, with the sizes,
 * colours and spacing of the template (the same as the DOCX's styles). The blocks of the body are
 * set by {@link Blocks}; the fonts and images come from the writer, through {@link Faces} and
 * {@link Graphic.Reader}.
 *
 * <p>{@code List<Flow> flow = new Typesetter(document, template, assets, fonts, breaks, images,
 * Typesetter.textWidth(template)).flow();}
 */
public final class Typesetter {
    public static final float PT_PER_MM = 72f / 25.4f;

    private final Document document;
    private final Template template;
    private final Assets assets;
    private final Graphic.Reader reader;
    private final Paragraphs paragraphs;
    private final Styles styles;
    private final Flows out;
    private final Blocks blocks;
    private final float measure;

    /**
     * A typesetter for a measure of {@code measure} points: the template's {@link #textWidth}, or a
     * column of a pack's parallel layout.
     */
    public Typesetter(
            Document document,
            Template template,
            Assets assets,
            Faces fonts,
            Paragraphs.WordBreaks breaks,
            Graphic.Reader images,
            float measure) {
        this.document = document;
        this.template = template;
        this.assets = assets;
        this.reader = images;
        this.measure = measure;
        this.paragraphs =
                new Paragraphs(
                        new Names(document.info().people()).except(breaks),
                        document.info().language().startsWith("en"),
                        measure);
        this.styles = new Styles(template, fonts, measure);
        this.out = new Flows(paragraphs);
        this.blocks =
                new Blocks(
                        template,
                        assets,
                        images,
                        styles,
                        paragraphs,
                        out,
                        measure,
                        new IdentityHashMap<>());
    }

    public float measure() {
        return measure;
    }

    /** The width of the template's text area, in points. */
    public static float textWidth(Template template) {
        Template.Page page = template.page();
        return (float) (page.width() - page.left() - page.right()) * PT_PER_MM;
    }

    /** The height of the template's text area, in points: the height of a page of the flow. */
    public static float textHeight(Template template) {
        Template.Page page = template.page();
        return (float) ((page.height() - page.top() - page.bottom()) * PT_PER_MM);
    }

    /**
     * This typesetter reading images through a cache shared with others: a pack shows a figure in
     * two columns and reads it once, so the PDF holds it once.
     */
    public Typesetter sharing(Map<byte[], Graphic> cache) {
        blocks.share(cache);
        return this;
    }

    public List<Flow> flow() throws UnreadableImageException {
        for (Document.Part part : document.parts()) {
            part(part);
        }
        return out.flow();
    }

    /**
     * The flow in units that correspond between the languages of a release: each part, each block
     * of the body, each section's heading and blocks, in reading order; the letterhead is left out
     * (a pack's cover carries it).
     */
    public List<Unit> units() throws UnreadableImageException {
        int sections = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (Document.Part part : document.parts()) {
            if (part instanceof Document.Letterhead) {
                continue;
            }
            if (part instanceof Document.Body b) {
                for (int i = 0; i < b.blocks().size(); i++) {
                    out.unit("body." + i);
                    blocks.blocks(List.of(b.blocks().get(i)));
                }
            } else if (part instanceof Document.Section s) {
                out.unit("section." + sections + ".heading");
                blocks.heading(s.heading(), 2);
                for (int i = 0; i < s.blocks().size(); i++) {
                    out.unit("section." + sections + "." + i);
                    blocks.blocks(List.of(s.blocks().get(i)));
                }
                sections++;
            } else {
                String kind =
                        part instanceof Document.Label l
                                ? "label." + l.role()
                                : part.getClass().getSimpleName();
                int n = seen.merge(kind, 1, Integer::sum);
                out.unit(kind + "." + n);
                part(part);
            }
        }
        return out.units();
    }

    /** The flows of one part or block, under the key that names it in every language. */
    public record Unit(String key, List<Flow> flows) {}

    // ---- parts

    private void part(Document.Part part) throws UnreadableImageException {
        if (part instanceof Document.Letterhead l) {
            letterhead(l);
        } else if (part instanceof Document.Label l) {
            label(l);
        } else if (part instanceof Document.Title t) {
            // In a column, the title is set smaller still, so it does not run to five lines.
            float size = styles.size(template.sizes().title()) * (styles.column() ? 0.8f : 1f);
            out.plain(
                    t.text(),
                    styles.style(Face.SANS_BOLD, size, styles.text()),
                    size * 1.1f,
                    TextLine.Align.LEFT,
                    0,
                    8,
                    true,
                    t.text(),
                    0);
        } else if (part instanceof Document.Subtitle s) {
            float size = styles.size(template.sizes().subtitle());
            out.plain(
                    s.text(),
                    styles.style(Face.SANS, size, styles.muted()),
                    size * 1.15f,
                    TextLine.Align.LEFT,
                    0,
                    16,
                    true,
                    null,
                    0);
        } else if (part instanceof Document.Summary s) {
            float body = styles.body();
            out.add(
                    paragraphs.set(
                            blocks.spans(s.content(), Face.BODY_BOLD, body, false),
                            new Paragraphs.Look(
                                    TextLine.Align.JUSTIFY, styles.leading(body), 0, 0, true),
                            null),
                    0,
                    12,
                    false,
                    null,
                    0);
        } else if (part instanceof Document.Body b) {
            blocks.blocks(b.blocks());
        } else if (part instanceof Document.Section s) {
            blocks.heading(s.heading(), 2);
            blocks.blocks(s.blocks());
        } else {
            throw new IllegalArgumentException("unknown part " + part);
        }
    }

    private void label(Document.Label label) {
        float size = styles.size(template.sizes().label());
        switch (label.role()) {
            case TYPE -> {
                TextStyle style =
                        new TextStyle(styles.font(Face.SANS_BOLD), size, styles.accent(), 1f, null);
                List<Slab> lines =
                        paragraphs.set(
                                List.of(new Paragraphs.Span(label.text(), style)),
                                new Paragraphs.Look(TextLine.Align.LEFT, size * 1.2f, 0, 0, false),
                                null);
                List<Slab> slabs = new ArrayList<>();
                slabs.add(new Slabs.Rule(styles.accent(), 1f, measure, 12f + 6f, 12f));
                slabs.addAll(lines);
                out.emit(new Flow(slabs, 0, 2, true, true, null, 0));
            }
            case RELEASE_NOTE ->
                    out.plain(
                            label.text(),
                            styles.style(Face.SANS_BOLD, size, styles.text()),
                            size * 1.2f,
                            TextLine.Align.LEFT,
                            0,
                            22,
                            true,
                            null,
                            0);
            case END_MARK ->
                    out.plain(
                            label.text(),
                            styles.style(Face.SANS_BOLD, styles.body(), styles.muted()),
                            styles.body() * 1.2f,
                            TextLine.Align.CENTER,
                            6,
                            20,
                            false,
                            null,
                            0);
        }
    }

    // ---- letterhead

    private void letterhead(Document.Letterhead letterhead) throws UnreadableImageException {
        Optional<byte[]> logo =
                template.letterhead().logo() ? assets.logo() : Optional.<byte[]>empty();
        float nameSize = (float) template.sizes().heading2();
        float lineSize = (float) template.sizes().small();
        TextStyle name = styles.style(Face.SANS_BOLD, nameSize, styles.text());
        TextStyle line = styles.style(Face.SANS, lineSize, styles.muted());
        Slabs.Picture picture = null;
        if (logo.isPresent()) {
            picture =
                    logo(
                            reader,
                            logo.get(),
                            (float) template.letterhead().logoHeight() * PT_PER_MM);
        }
        float indent =
                picture == null
                        ? 0
                        : picture.width() + (float) template.layout().logoGap() * PT_PER_MM;
        List<Slab> text = new ArrayList<>();
        text.addAll(
                new Paragraphs(Paragraphs.WordBreaks.NONE, false, measure)
                        .set(
                                List.of(new Paragraphs.Span(letterhead.organisation(), name)),
                                new Paragraphs.Look(
                                        TextLine.Align.LEFT, nameSize * 1.2f, indent, 0, false),
                                null));
        text.add(new Slabs.Gap(3));
        for (String l : letterhead.lines()) {
            text.addAll(
                    paragraphs.set(
                            List.of(new Paragraphs.Span(l, line)),
                            new Paragraphs.Look(
                                    TextLine.Align.LEFT, lineSize * 1.3f, indent, 0, false),
                            null));
        }
        out.emit(new Flow(List.of(new Slabs.Letterhead(picture, text)), 0, 0, true, true, null, 0));
    }

    /**
     * The organisation's logo {@code height} points high, for a letterhead or a pack's cover.
     *
     * @throws UnreadableImageException when the logo cannot be read
     */
    public static Slabs.Picture logo(Graphic.Reader reader, byte[] logo, float height)
            throws UnreadableImageException {
        return Slabs.Picture.ofHeight(reader.read(logo, "of the organisation's logo"), height);
    }
}
