package rs.glasnik.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import rs.glasnik.model.Template;

/**
 * Reads the {@code layout:} section of a template: the measures the DOCX and the PDF set alike
 * (list step, marker rooms, quotation indents, figure height, gutter, logo gap), each with its
 * default.
 *
 * <p>{@code layout: {list-step: 7.5, figure-height: 0.35, gutter: 8}}
 */
final class LayoutReader {
    /** The fields of {@code layout:}, in the order of {@link Template.Layout}'s components. */
    static final List<String> FIELDS =
            List.of(
                    "list-step",
                    "bullet-room",
                    "number-room",
                    "quote-left",
                    "quote-right",
                    "figure-height",
                    "gutter",
                    "logo-gap");

    private LayoutReader() {}

    /**
     * The {@code layout:} measures; a field left out keeps its default ({@link
     * Template.Layout#DEFAULT}). Lengths are numbers of millimetres, {@code figure-height} a share
     * of the text height above 0 and at most 1; the gutter is narrower than the text of {@code
     * page}, when the page was read.
     */
    static Optional<Template.Layout> layout(
            NodeReader r, YamlNode node, String path, Optional<Template.Page> page) {
        return r.fields(node, path, FIELDS)
                .flatMap(
                        f -> {
                            Template.Layout d = Template.Layout.DEFAULT;
                            double[] v = {
                                d.listStep(),
                                d.bulletRoom(),
                                d.numberRoom(),
                                d.quoteLeft(),
                                d.quoteRight(),
                                d.figureHeight(),
                                d.gutter(),
                                d.logoGap()
                            };
                            boolean ok = true;
                            for (int i = 0; i < v.length; i++) {
                                boolean isShare = FIELDS.get(i).equals("figure-height");
                                Optional<YamlNode> given = f.optional(FIELDS.get(i));
                                if (given.isEmpty()) {
                                    continue;
                                }
                                Optional<Double> value =
                                        isShare
                                                ? share(r, given.get(), f.path(FIELDS.get(i)))
                                                : TemplateReader.number(
                                                        r, given.get(), f.path(FIELDS.get(i)));
                                if (value.isPresent()
                                        && FIELDS.get(i).equals("gutter")
                                        && page.isPresent()
                                        && value.get() >= textWidth(page.get())) {
                                    r.error(
                                            given.get(),
                                            f.path("gutter"),
                                            "a gutter of "
                                                    + millimetres(value.get())
                                                    + " mm leaves no room for the columns of a"
                                                    + " parallel pack; the text is "
                                                    + millimetres(textWidth(page.get()))
                                                    + " mm wide, and 8 mm is usual");
                                    value = Optional.empty();
                                }
                                if (value.isPresent()) {
                                    v[i] = value.get();
                                } else {
                                    ok = false;
                                }
                            }
                            return ok
                                    ? Optional.of(
                                            new Template.Layout(
                                                    v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]))
                                    : Optional.empty();
                        });
    }

    private static double textWidth(Template.Page page) {
        return page.width() - page.left() - page.right();
    }

    /** A length as a person writes it: 8, 7.5, 159.9 (not 8.0 or 159.89999999999998). */
    private static String millimetres(double mm) {
        return BigDecimal.valueOf(mm)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** A share: a number above 0 and at most 1, e.g. 0.35. */
    private static Optional<Double> share(NodeReader r, YamlNode node, String path) {
        return TemplateReader.number(r, node, path)
                .flatMap(
                        d -> {
                            if (d == 0 || d > 1) {
                                r.error(
                                        node,
                                        path,
                                        "'"
                                                + r.text(node, path).orElse("")
                                                + "' is not a share; write a number above 0 and at"
                                                + " most 1, e.g. 0.35");
                                return Optional.empty();
                            }
                            return Optional.of(d);
                        });
    }
}
