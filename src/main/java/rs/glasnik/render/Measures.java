package rs.glasnik.render;

/**
 * The template's layout measures (millimetres) in the units the formats set them in. Word measures
 * a paragraph's indents in whole twips (twentieths of a point); the PDF sets the list measures at
 * the same whole twips, so that both formats indent a list by exactly the same amount.
 *
 * <p>{@code float step = Measures.points(Measures.twips(template.layout().listStep()));} gives
 * 21.25 pt for 7.5 mm (425 twips).
 */
public final class Measures {
    private Measures() {}

    /** Millimetres in whole twentieths of a point (twips), rounded. */
    public static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /** Twips in points. */
    public static float points(int twips) {
        return twips / 20f;
    }

    /** Millimetres in points, rounded to whole twips as Word rounds them. */
    public static float wordPoints(double mm) {
        return points(twips(mm));
    }
}
