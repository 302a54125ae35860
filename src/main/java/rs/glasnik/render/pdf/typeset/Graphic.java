package rs.glasnik.render.pdf.typeset;

/** An image read for drawing, by its size in pixels (its proportions are what the engine uses). */
public interface Graphic {
    float width();

    float height();

    /**
     * Reads the images of a document for the canvas that draws them.
     *
     * <p>{@code Graphic logo = reader.read(bytes, "of the organisation's logo");}
     */
    @FunctionalInterface
    interface Reader {
        /**
         * The image in {@code bytes}; {@code name} says which it is in a message.
         *
         * @throws UnreadableImageException when the bytes are not an image the writer can draw
         */
        Graphic read(byte[] bytes, String name) throws UnreadableImageException;
    }
}
