package rs.glasnik.render;

import java.util.List;
import rs.glasnik.model.Document;
import rs.glasnik.model.Pack;

/**
 * One output format: a resolved release or a press pack in, the file's bytes out. Every format is
 * registered in {@link Formats}; the command line's {@code --format}, the facade, the pack's files
 * and its README read that list.
 *
 * <p>{@code byte[] pdf = Formats.byId("pdf").orElseThrow().render(document, context)}
 */
public interface Format {
    /** The name the command line takes and the files' extension: {@code docx}, {@code pdf}. */
    String id();

    /** The name readers know the format by, in every language: {@code DOCX}, {@code PDF}. */
    String title();

    /**
     * Whether the file is for editing (a Word document) rather than for reading and printing; the
     * pack lists its own files for reading first.
     */
    boolean editable();

    /**
     * Whether the format's files are compressed already (a zip, deflated streams): a zip that holds
     * them stores them as they are rather than deflating them again.
     */
    boolean compressed();

    /**
     * The profiles the format can make its files in, by their command-line names ({@code screen},
     * {@code archive}, {@code print} for PDF); none for a format without profiles.
     */
    default List<String> profiles() {
        return List.of();
    }

    /**
     * The file of one resolved release.
     *
     * @throws FormatException when the file cannot be made from what was given (an unreadable
     *     image, a broken font)
     */
    byte[] render(Document document, RenderContext context) throws FormatException;

    /** The file of a whole press pack; the context's assets hold every figure and the logo. */
    byte[] render(Pack pack, RenderContext context) throws FormatException;

    /**
     * Loads and initialises the format's classes on a throw-away document, so a cold process does
     * not spend its first document on them; run beside the reading of the workspace. Never fails.
     */
    default void warmUp() {}
}
