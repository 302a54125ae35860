package rs.glasnik.render;

import java.util.Objects;

/**
 * What a {@link Format} says about itself, given once in its constructor, so that a format class
 * holds only its rendering.
 *
 * <p>{@code public PdfFormat() { super("pdf", "PDF", false, true); }}
 */
public abstract class NamedFormat implements Format {
    private final String id;
    private final String title;
    private final boolean editable;
    private final boolean compressed;

    protected NamedFormat(String id, String title, boolean editable, boolean compressed) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.editable = editable;
        this.compressed = compressed;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final boolean editable() {
        return editable;
    }

    @Override
    public final boolean compressed() {
        return compressed;
    }
}
