package rs.glasnik.translit.docx;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import rs.glasnik.translit.docx.DocxTextRewriter.Limits;
import rs.glasnik.translit.docx.DocxTextRewriter.Source;

/**
 * The first pass of {@link DocxTextRewriter}: is this a Word document that may be rewritten? Reads
 * the package once as a stream, within the limits, and refuses what is not a Word document, with a
 * message that says what the file is and how to mend it.
 *
 * <p>{@code PackageCheck.Checked checked = PackageCheck.check(docx, Limits.DEFAULT);}
 */
final class PackageCheck {
    /** An Office 97-2003 file is read whole to say what it is; beyond this it is just named. */
    private static final int MAX_COMPOUND_FILE = 64 * 1024 * 1024;

    private static final String CONTENT_TYPES_ENTRY = "[Content_Types].xml";

    static final Set<String> MAIN_TYPES =
            lowerCase(
                    XWPFRelation.DOCUMENT,
                    XWPFRelation.TEMPLATE,
                    XWPFRelation.MACRO_DOCUMENT,
                    XWPFRelation.MACRO_TEMPLATE_DOCUMENT);

    private PackageCheck() {}

    /** The entry names in order, and the content types. */
    record Checked(List<String> names, ContentTypes types) {}

    static Checked check(Source docx, Limits limits) throws IOException {
        byte[] head;
        try (InputStream in = docx.open()) {
            head = in.readNBytes(64);
        }
        requireZip(head, docx);
        List<String> names = new ArrayList<>();
        Set<String> lowerNames = new HashSet<>();
        ContentTypes types = null;
        boolean openDocument = false;
        try (Unpacking unpacking = new Unpacking(docx.open(), limits)) {
            for (ZipEntry e = unpacking.next(); e != null; e = unpacking.next()) {
                if (names.size() == limits.maxEntries()) {
                    throw new DocxFormatException(
                            DocxTextRewriter.NOT_WORD
                                    + "the zip archive has over "
                                    + limits.maxEntries()
                                    + " entries");
                }
                String name = e.getName();
                requireSafeName(name);
                // Part names are case-insensitive; two entries for one part are ambiguous.
                if (!lowerNames.add(name.toLowerCase(Locale.ROOT))) {
                    throw new DocxFormatException(
                            DocxTextRewriter.NOT_WORD
                                    + "the zip archive holds "
                                    + shown(name)
                                    + " twice");
                }
                names.add(name);
                if (name.equalsIgnoreCase(CONTENT_TYPES_ENTRY) && types == null) {
                    InputStream part = unpacking.part(name, true);
                    types = ContentTypes.read(part, new XmlStream(name, limits));
                    part.transferTo(OutputStream.nullOutputStream());
                } else if (name.equals("mimetype")) {
                    InputStream part = unpacking.part(name, false);
                    openDocument =
                            new String(part.readNBytes(64), UTF_8)
                                    .startsWith("application/vnd.oasis");
                    part.transferTo(OutputStream.nullOutputStream());
                } else {
                    unpacking.part(name, false).transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            throw damagedArchive(e);
        }
        if (names.isEmpty()) {
            throw new DocxFormatException(
                    DocxTextRewriter.NOT_WORD + "the zip archive is empty or damaged");
        }
        // A LibreOffice file renamed to .docx is a common mistake; name it.
        if (openDocument) {
            throw new DocxFormatException(
                    DocxTextRewriter.NOT_WORD
                            + "it is an OpenDocument file (.odt); open it in LibreOffice and"
                            + " save it as Word (.docx)");
        }
        if (types == null) {
            throw new DocxFormatException(
                    DocxTextRewriter.NOT_WORD + "the zip archive has no " + CONTENT_TYPES_ENTRY);
        }
        ContentTypes known = types;
        if (names.stream().noneMatch(n -> MAIN_TYPES.contains(known.of(n)))) {
            throw new DocxFormatException(
                    DocxTextRewriter.NOT_WORD
                            + "the package has no Word main document (is it another format?)");
        }
        return new Checked(List.copyOf(names), types);
    }

    /**
     * A name that could reach outside a folder the package is unpacked into, or that readers take
     * differently, is refused: absolute, with a drive, {@code ..} or {@code .} segments, empty
     * segments, a backslash, or a control character.
     */
    private static void requireSafeName(String name) throws DocxFormatException {
        boolean safe =
                !name.isEmpty()
                        && !name.startsWith("/")
                        && name.indexOf('\\') < 0
                        && !name.matches("(?s)[A-Za-z]:.*")
                        && name.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
        String[] segments = name.split("/", -1);
        for (int i = 0; safe && i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            safe = !segment.equals("..") && !segment.equals(".") && (!segment.isEmpty() || last);
        }
        if (!safe) {
            throw new DocxFormatException(
                    DocxTextRewriter.NOT_WORD
                            + "the zip archive holds an entry named "
                            + shown(name)
                            + ", a path that is absolute, goes up with '..' or has a backslash;"
                            + " Word never writes such names");
        }
    }

    /** A name as a person can read it, whatever it holds. */
    static String shown(String name) {
        StringBuilder out = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < name.length() && shown < 120; i++, shown++) {
            char c = name.charAt(i);
            if (c < 0x20
                    || c == 0x7F
                    || (c >= 0x80 && c < 0xA0)
                    || c == '\u2028'
                    || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(name.length() > 120 ? "…'" : "'").toString();
    }

    private static void requireZip(byte[] head, Source docx) throws IOException {
        if (head.length == 0) {
            throw new DocxFormatException(DocxTextRewriter.NOT_WORD + "the file is empty");
        }
        FileMagic magic = FileMagic.valueOf(head);
        switch (magic) {
            case OOXML:
                return;
            case OLE2:
                throw compoundFileProblem(docx);
            case WORD2:
            case MSWRITE:
                throw new DocxFormatException(
                        DocxTextRewriter.NOT_WORD
                                + "it is a very old Word file; open it in Word or LibreOffice"
                                + " and save it as .docx");
            case RTF:
                throw new DocxFormatException(
                        DocxTextRewriter.NOT_WORD
                                + "it is an RTF file; open it in Word and save it as .docx");
            case PDF:
            case HTML:
            case XML:
                throw new DocxFormatException(
                        DocxTextRewriter.NOT_WORD
                                + "it is a "
                                + magic.name()
                                + " file, not a zip archive");
            default:
                throw new DocxFormatException(
                        DocxTextRewriter.NOT_WORD + "it is not a zip archive");
        }
    }

    /** Office keeps both encrypted .docx and old .doc files in an OLE2 compound file. */
    private static DocxFormatException compoundFileProblem(Source docx) throws IOException {
        byte[] input;
        try (InputStream in = docx.open()) {
            input = in.readNBytes(MAX_COMPOUND_FILE + 1);
        }
        if (input.length > MAX_COMPOUND_FILE) {
            return new DocxFormatException(
                    DocxTextRewriter.NOT_WORD
                            + "it is an Office 97-2003 file (an old .doc, or a .docx with a"
                            + " password); open it in Word and save it as .docx without one");
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(input))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new DocxFormatException(
                        "the Word document is encrypted (password-protected); open it in Word,"
                                + " remove the password and save it again");
            }
            if (root.hasEntry("WordDocument")) {
                return new DocxFormatException(
                        DocxTextRewriter.NOT_WORD
                                + "it is an old Word 97-2003 .doc file; open it in Word or"
                                + " LibreOffice and save it as .docx");
            }
        } catch (IOException | RuntimeException e) {
            return new DocxFormatException(
                    DocxTextRewriter.NOT_WORD + "it is a damaged Office 97-2003 file", e);
        }
        return new DocxFormatException(
                DocxTextRewriter.NOT_WORD + "it is an Office 97-2003 file of another kind");
    }

    static DocxFormatException damagedArchive(Exception e) {
        return new DocxFormatException(
                DocxTextRewriter.NOT_WORD + "the zip archive is damaged (" + oneLine(e) + ")", e);
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    static Set<String> lowerCase(XWPFRelation... relations) {
        return Stream.of(relations)
                .map(r -> ContentTypes.lower(r.getContentType()))
                .collect(Collectors.toUnmodifiableSet());
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
