package rs.glasnik.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The least a Word document holds, written by hand for tests that need a document too large or too
 * strange for POI to make: the content types and the document part.
 *
 * <p>{@code BareDocx.openBody(zip); zip.write(paragraphs); zip.write(end of body and document);}
 */
final class BareDocx {
    private BareDocx() {}

    /** Writes the content types and opens {@code word/document.xml} up to its {@code <w:body>}. */
    static void openBody(ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
        zip.write(
                ("<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
                                + "<Override PartName='/word/document.xml' ContentType='application/"
                                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/>"
                                + "</Types>")
                        .getBytes(StandardCharsets.UTF_8));
        zip.putNextEntry(new ZipEntry("word/document.xml"));
        zip.write(
                ("<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
                                + "<w:body>")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
