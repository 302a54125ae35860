package rs.glasnik.render.pdf.typeset;

/**
 * The faces of a template in one language; the same face gives the same typeface each time.
 *
 * <p>{@code TextStyle style = new TextStyle(faces.get(Face.BODY), 11, 0x000000, 0, null);}
 */
public interface Faces {
    Typeface get(Face face);
}
