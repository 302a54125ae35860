package rs.glasnik.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import rs.glasnik.model.Block;
import rs.glasnik.model.Inline;
import rs.glasnik.model.SourceMap;

/**
 * Parses CommonMark body text into the model's blocks, reporting what a release may not contain
 * (code blocks, HTML, images inside text) at its line and column in the YAML file.
 */
final class MarkdownReader {
    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final NodeReader reader;
    private final Path baseDir;
    private final Path root;
    private YamlNode.Scalar scalar;
    private String path;
    private boolean ok;

    /**
     * @param baseDir the folder that image paths are relative to
     * @param root the workspace; images may not leave it
     */
    MarkdownReader(NodeReader reader, Path baseDir, Path root) {
        this.reader = reader;
        this.baseDir = baseDir;
        this.root = root;
    }

    /** Body text: any number of blocks. */
    Optional<List<Block>> blocks(YamlNode node, String path) {
        Optional<String> text = reader.text(node, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        this.scalar = (YamlNode.Scalar) node;
        this.path = path;
        this.ok = true;
        List<Block> blocks = blocksOf(PARSER.parse(scalar.value()));
        return ok ? Optional.of(blocks) : Optional.empty();
    }

    /** A short text of one paragraph, such as a summary. */
    Optional<List<Inline>> inlines(YamlNode node, String path) {
        Optional<List<Block>> blocks = blocks(node, path);
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        if (blocks.get().size() != 1 || !(blocks.get().get(0) instanceof Block.Paragraph p)) {
            reader.error(
                    node,
                    path,
                    "must be a single paragraph of text; remove blank lines, lists and headings");
            return Optional.empty();
        }
        return Optional.of(p.content());
    }

    private void error(Node at, String message) {
        ok = false;
        int[] p = position(at);
        reader.error(p[0], p[1], path, message);
    }

    /** Where a node starts in the YAML file, as {line, column}. */
    private int[] position(Node at) {
        int line = scalar.line();
        int column = scalar.column();
        List<SourceSpan> spans = at.getSourceSpans();
        if (!spans.isEmpty()) {
            int[] pos = reader.lineOf(scalar, spans.get(0).getLineIndex());
            line = pos[0];
            column = pos[1] + spans.get(0).getColumnIndex() + 1;
        }
        return new int[] {line, column};
    }

    private List<Block> blocksOf(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Block> block(Node n) {
        if (n instanceof Paragraph) {
            Node only = n.getFirstChild();
            if (only instanceof Image image && only.getNext() == null) {
                return figure(image);
            }
            return Optional.of(new Block.Paragraph(inlinesOf(n)));
        }
        if (n instanceof Heading h) {
            return Optional.of(new Block.Heading(h.getLevel(), inlinesOf(n)));
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            List<Block.ListItem> items = new ArrayList<>();
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(new Block.ListItem(blocksOf(item)));
                }
            }
            boolean ordered = n instanceof OrderedList;
            int start = 1;
            if (n instanceof OrderedList ol && ol.getMarkerStartNumber() != null) {
                start = ol.getMarkerStartNumber();
            }
            return Optional.of(new Block.ListBlock(ordered, start, items));
        }
        if (n instanceof BlockQuote) {
            return Optional.of(new Block.Quote(blocksOf(n)));
        }
        if (n instanceof ThematicBreak) {
            return Optional.of(new Block.Rule());
        }
        if (n instanceof IndentedCodeBlock) {
            error(
                    n,
                    "a line indented by four or more spaces is read as code; remove the indentation");
            return Optional.empty();
        }
        if (n instanceof FencedCodeBlock) {
            error(
                    n,
                    "code blocks ('```') are not allowed in a release; write the text as paragraphs");
            return Optional.empty();
        }
        if (n instanceof HtmlBlock) {
            error(
                    n,
                    "HTML is not allowed in a release; use Markdown (*italic*, **bold**, [link](url))");
            return Optional.empty();
        }
        if (n instanceof LinkReferenceDefinition) {
            return Optional.empty();
        }
        error(n, "this kind of Markdown (" + n.getClass().getSimpleName() + ") is not supported");
        return Optional.empty();
    }

    private Optional<Block> figure(Image image) {
        String src = image.getDestination();
        String caption = Inline.plainText(inlinesOf(image)).strip();
        String credit = image.getTitle() == null ? "" : image.getTitle().strip();
        boolean good = true;
        if (caption.isEmpty()) {
            error(
                    image,
                    "the image has no caption; write it in the brackets: ![caption]("
                            + src
                            + " \"credit\")");
            good = false;
        }
        if (credit.isEmpty()) {
            error(
                    image,
                    "the image has no credit; add it in quotes after the file name: ![caption]("
                            + src
                            + " \"Photo: ...\")");
            good = false;
        }
        if (src.contains("://") || src.startsWith("data:")) {
            error(
                    image,
                    "the image '"
                            + src
                            + "' is not a file; save it beside release.yaml and give its name");
            return Optional.empty();
        }
        String lower = src.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            error(image, "the image '" + src + "' is not PNG or JPEG; convert it to one of them");
            return Optional.empty();
        }
        Optional<Path> file = Workspaces.inside(baseDir, src, root);
        if (file.isEmpty()) {
            error(
                    image,
                    "the image path '"
                            + src
                            + "' leaves the workspace; keep images inside it, beside release.yaml");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file.get())) {
            error(
                    image,
                    "the image file '"
                            + src
                            + "' does not exist beside "
                            + reader.file().getFileName()
                            + "; check the name");
            return Optional.empty();
        }
        // Where the image is referred to, for the checks of its file that come after loading.
        int[] at = position(image);
        reader.mark(SourceMap.image(path, src), at[0], at[1]);
        return good
                ? Optional.of(new Block.Figure(src, file.get(), caption, credit))
                : Optional.empty();
    }

    private List<Inline> inlinesOf(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Inline inline = inline(n);
            if (inline == null) {
                continue;
            }
            int last = out.size() - 1;
            if (inline instanceof Inline.Text t
                    && last >= 0
                    && out.get(last) instanceof Inline.Text p) {
                out.set(last, new Inline.Text(p.text() + t.text()));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private Inline inline(Node n) {
        if (n instanceof Text t) {
            return new Inline.Text(t.getLiteral());
        }
        if (n instanceof SoftLineBreak) {
            return new Inline.Text(" ");
        }
        if (n instanceof HardLineBreak) {
            return new Inline.LineBreak();
        }
        if (n instanceof Emphasis) {
            return new Inline.Emphasis(inlinesOf(n));
        }
        if (n instanceof StrongEmphasis) {
            return new Inline.Strong(inlinesOf(n));
        }
        if (n instanceof Code c) {
            return new Inline.Code(c.getLiteral());
        }
        if (n instanceof Link l) {
            String url = l.getDestination();
            String lower = url.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("https://")
                    || lower.startsWith("http://")
                    || lower.startsWith("mailto:")
                    || lower.startsWith("tel:"))) {
                error(
                        n,
                        "the link target '"
                                + url
                                + "' is not a web address; write it in full, https://...");
            }
            return new Inline.Link(url, inlinesOf(n));
        }
        if (n instanceof Image) {
            error(n, "an image must stand alone in its own paragraph; put blank lines around it");
            return null;
        }
        if (n instanceof HtmlInline) {
            error(
                    n,
                    "HTML is not allowed in a release; use Markdown (*italic*, **bold**, [link](url))");
            return null;
        }
        error(n, "this kind of Markdown (" + n.getClass().getSimpleName() + ") is not supported");
        return null;
    }
}
