package rs.glasnik.render.pdf.typeset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rs.glasnik.model.Block;
import rs.glasnik.model.Inline;
import rs.glasnik.model.Template;
import rs.glasnik.render.Assets;
import rs.glasnik.render.Measures;

/**
 * Sets blocks of a document's body as flows: paragraphs with their inline styles, headings,
 * quotations with a bar, lists with their markers, figures with caption and credit, rules.
 */
final class Blocks {
    /**
     * Lists and quotations nested deeper than fits are indented no further than this share of the
     * measure, so that a line of a list nested fifty deep still has room for words.
     */
    private static final float MAX_INDENT = 0.4f;

    private static final float PT_PER_MM = Typesetter.PT_PER_MM;

    private final Template template;
    private final Assets assets;
    private final Graphic.Reader reader;
    private final Styles styles;
    private final Paragraphs paragraphs;
    private final Flows out;
    private final float measure;
    private final float textHeight;

    /**
     * The template's indentation of a list level and rooms for a bullet and a number, in points:
     * the DOCX's whole twips over 20, so that both formats indent a list by exactly as much.
     */
    private final float listStep;

    private final float bulletRoom;
    private final float numberRoom;

    /** The indents of a quotation, in points (from millimetres, not rounded to twips). */
    private final float quoteLeft;

    private final float quoteRight;

    /** A figure is at most this share of the text area's height. */
    private final float figureHeight;

    /** Images already read, by their bytes (see {@link Typesetter#sharing}). */
    private Map<byte[], Graphic> images;

    Blocks(
            Template template,
            Assets assets,
            Graphic.Reader reader,
            Styles styles,
            Paragraphs paragraphs,
            Flows out,
            float measure,
            Map<byte[], Graphic> images) {
        this.template = template;
        this.assets = assets;
        this.reader = reader;
        this.styles = styles;
        this.paragraphs = paragraphs;
        this.out = out;
        this.measure = measure;
        Template.Page page = template.page();
        this.textHeight = (float) (page.height() - page.top() - page.bottom()) * PT_PER_MM;
        this.images = images;
        Template.Layout layout = template.layout();
        this.listStep = Measures.wordPoints(layout.listStep());
        this.bulletRoom = Measures.wordPoints(layout.bulletRoom());
        this.numberRoom = Measures.wordPoints(layout.numberRoom());
        this.quoteLeft = (float) layout.quoteLeft() * PT_PER_MM;
        this.quoteRight = (float) layout.quoteRight() * PT_PER_MM;
        this.figureHeight = (float) layout.figureHeight();
    }

    void share(Map<byte[], Graphic> cache) {
        this.images = cache;
    }

    void heading(String text, int level) {
        float size =
                styles.size(
                        switch (level) {
                            case 1 -> template.sizes().heading1();
                            case 2 -> template.sizes().heading2();
                            default -> template.sizes().body();
                        });
        float before = level == 1 ? 18 : level == 2 ? 16 : 12;
        float after = level == 1 ? 6 : level == 2 ? 4 : 3;
        out.plain(
                text,
                styles.style(Face.SANS_BOLD, size, styles.text()),
                size * 1.2f,
                TextLine.Align.LEFT,
                before,
                after,
                true,
                text,
                1);
    }

    /** Blocks at the outer level: no indent, no list, not quoted. */
    void blocks(List<Block> blocks) throws UnreadableImageException {
        blocks(blocks, 0, 0, false, null);
    }

    /**
     * {@code level}: the list depth; {@code left}: the indent in points; {@code marker}, if not
     * null, is the list marker the first of {@code blocks} carries.
     */
    private void blocks(
            List<Block> blocks, float left, int level, boolean quoted, TextLine.Marker marker)
            throws UnreadableImageException {
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
            throws UnreadableImageException {
        if (block instanceof Block.Paragraph p) {
            Face face = quoted ? Face.BODY_ITALIC : Face.BODY;
            float right = quoted ? quoteRight : 0;
            float indent = indentOf(left);
            float body = styles.body();
            // A paragraph broken into lines by hand (a contact: name, role, telephone, e-mail)
            // is not hyphenated.
            boolean byLines = Inline.plainText(p.content()).indexOf('\n') >= 0;
            List<Slab> lines =
                    paragraphs.set(
                            spans(p.content(), face, body, quoted),
                            new Paragraphs.Look(
                                    TextLine.Align.JUSTIFY,
                                    styles.leading(body),
                                    indent,
                                    right,
                                    !byLines),
                            marker);
            if (quoted) {
                List<Slab> barred = new ArrayList<>();
                for (Slab s : lines) {
                    barred.add(new Slabs.Barred(s, indent - 9, styles.accent()));
                }
                lines = barred;
            }
            boolean inList = level > 0 || marker != null;
            out.add(
                    lines,
                    quoted ? 4 : 0,
                    inList ? 3 : quoted ? 10 : styles.gap(),
                    keepNext,
                    null,
                    0);
        } else if (block instanceof Block.Quote q) {
            float inner = left + quoteLeft;
            TextLine.Marker shifted =
                    marker == null ? null : marker.shifted(indentOf(inner) - indentOf(left));
            blocks(q.content(), inner, level, true, shifted);
        } else if (block instanceof Block.ListBlock l) {
            list(l, left, level, quoted, marker);
        } else if (marker != null) {
            // A heading, figure or rule first in a list item: its number stands on a line above.
            out.add(
                    List.of(new MarkerLine(marker, indentOf(left), styles.leading(styles.body()))),
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
            out.emit(
                    new Flow(
                            List.of(new Slabs.Rule(styles.muted(), 0.5f, measure, 6, 6)),
                            0,
                            12,
                            false,
                            true,
                            null,
                            0));
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
            throws UnreadableImageException {
        int n = list.start();
        TextStyle markerStyle =
                styles.style(
                        Face.BODY, styles.body(), list.ordered() ? styles.text() : styles.accent());
        // A number wider than its room (2026., 123456789.) widens the room of the whole list, so
        // that a space is left between every number and its text.
        float room = list.ordered() ? numberRoom : bulletRoom;
        if (list.ordered()) {
            float space = markerStyle.width(' ');
            for (int k = 0; k < list.items().size(); k++) {
                room = Math.max(room, markerStyle.width((n + k) + ".") + space);
            }
        }
        float indent = left + listStep + room - (list.ordered() ? numberRoom : bulletRoom);
        int before = out.size();
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
        if (out.size() > before && level == 0) {
            out.spaceAfterLast(styles.gap());
        }
    }

    private void figure(Block.Figure figure) throws UnreadableImageException {
        byte[] bytes = assets.images().get(figure.file());
        if (bytes == null) {
            throw new IllegalArgumentException(
                    "no image for "
                            + figure.file()
                            + "; Assets.images() needs every figure's file");
        }
        Graphic image = images.get(bytes);
        if (image == null) {
            image = reader.read(bytes, fileName(figure.file()));
            images.put(bytes, image);
        }
        float w = measure;
        float h = w * image.height() / image.width();
        float max = textHeight * figureHeight;
        if (h > max) {
            h = max;
            w = h * image.width() / image.height();
        }
        List<Slab> slabs = new ArrayList<>();
        slabs.add(new Slabs.Gap(6));
        slabs.add(new Slabs.Picture(image, w, h));
        slabs.add(new Slabs.Gap(4));
        float label = styles.size(template.sizes().label());
        float small = styles.size(template.sizes().small());
        if (!figure.caption().isBlank()) {
            slabs.addAll(ragged(figure.caption(), styles.style(Face.SANS, label, styles.text())));
            slabs.add(new Slabs.Gap(1));
        }
        if (!figure.credit().isBlank()) {
            slabs.addAll(ragged(figure.credit(), styles.style(Face.SANS, small, styles.muted())));
        }
        out.emit(new Flow(slabs, 0, 14, false, true, null, 0));
    }

    /** A short text set ragged right in one style, its lines 1.3 times its size apart. */
    private List<Slab> ragged(String words, TextStyle style) {
        return paragraphs.set(
                List.of(new Paragraphs.Span(words, style)),
                new Paragraphs.Look(TextLine.Align.LEFT, style.size() * 1.3f, 0, 0, false),
                null);
    }

    // ---- inline content

    List<Paragraphs.Span> spans(List<Inline> content, Face face, float size, boolean italic) {
        List<Paragraphs.Span> spans = new ArrayList<>();
        spans(content, face.with(face.bold(), italic || face.italic()), size, null, spans);
        return spans;
    }

    private void spans(
            List<Inline> content, Face face, float size, String link, List<Paragraphs.Span> out) {
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                out.add(new Paragraphs.Span(t.text(), look(face, size, link)));
            } else if (inline instanceof Inline.Emphasis e) {
                // Emphasis inside italic text is set upright, as typographers do.
                spans(e.children(), face.with(face.bold(), !face.italic()), size, link, out);
            } else if (inline instanceof Inline.Strong s) {
                spans(s.children(), face.with(true, face.italic()), size, link, out);
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
        TextStyle style = styles.style(face, size, styles.text());
        return link == null ? style : style.withLink(link, styles.accent());
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
