package rs.glasnik.render.pdf;

import java.util.ArrayList;
import java.util.List;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Template;
import rs.glasnik.render.pdf.typeset.Columns;
import rs.glasnik.render.pdf.typeset.Face;
import rs.glasnik.render.pdf.typeset.Flow;
import rs.glasnik.render.pdf.typeset.Paragraphs;
import rs.glasnik.render.pdf.typeset.Slab;
import rs.glasnik.render.pdf.typeset.Slabs;
import rs.glasnik.render.pdf.typeset.TextLine;
import rs.glasnik.render.pdf.typeset.TextStyle;

/**
 * The index of a pack's PDF: the people named in its releases, in every language, each with the
 * pages of the releases that name them.
 *
 * <p>{@code body.addAll(new PackIndex(pack, template, look, columns).flows(releasePages));}
 */
final class PackIndex {
    private final Pack pack;
    private final Template template;
    private final PackLook look;
    private final Columns columns;

    PackIndex(Pack pack, Template template, PackLook look, Columns columns) {
        this.pack = pack;
        this.template = template;
        this.look = look;
        this.columns = columns;
    }

    /**
     * The index's flows: in each language its heading and the people with the pages that name them;
     * in the parallel layout the first two languages side by side. {@code pages}: the first page of
     * each release, filled in once the releases are on pages.
     */
    List<Flow> flows(List<int[]> pages) {
        List<List<Flow>> perLanguage = new ArrayList<>();
        for (int i = 0; i < pack.indexes().size(); i++) {
            Pack.Index index = pack.indexes().get(i);
            float measure =
                    pack.layout() == Pack.Layout.PARALLEL && i < 2
                            ? columns.measure()
                            : look.width();
            Paragraphs set = new Paragraphs(look.breaks(i), false, measure);
            List<Flow> flows = new ArrayList<>();
            String heading = pack.covers().get(i).indexHeading();
            flows.add(
                    new Flow(
                            set.set(
                                    List.of(
                                            new Paragraphs.Span(
                                                    heading,
                                                    look.style(
                                                            i,
                                                            Face.SANS_BOLD,
                                                            template.sizes().heading1(),
                                                            look.text()))),
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
                TextStyle name =
                        look.style(i, Face.BODY_BOLD, template.sizes().body(), look.text());
                TextStyle role = look.style(i, Face.BODY, template.sizes().body(), look.muted());
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
                                    name.withFont(look.fonts(i).get(Face.BODY)),
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
