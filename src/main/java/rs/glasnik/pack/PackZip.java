package rs.glasnik.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import rs.glasnik.render.Formats;

/**
 * A zip written as its files are made, the same bytes for the same files: entries in the order
 * added, every one stamped with one time, no extra fields; names checked to stay inside the zip.
 * Records each file's size and SHA-256 for the manifest.
 *
 * <p>{@code try (PackZip zip = new PackZip(out, time)) { zip.add("pack/a.pdf", bytes); }}
 */
public final class PackZip implements AutoCloseable {
    /**
     * The zip format counts time from 1980 to 2107 in local time, with no zone; outside that range
     * (and at exactly 1980-01-01T00:00) the JDK adds an extended time stamp in the default time
     * zone, so times are kept strictly inside.
     */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    /** A file in the zip: its full name, size in bytes and SHA-256 in lower-case hex. */
    public record File(String path, long size, String sha256) {}

    private final ZipOutputStream zip;
    private final LocalDateTime stamp;
    private final List<File> files = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    /** {@code time}: the time every entry carries (as UTC wall time). */
    public PackZip(OutputStream out, Instant time) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
        this.stamp = t.isBefore(EARLIEST) ? EARLIEST : t.isAfter(LATEST) ? LATEST : t;
    }

    /**
     * Adds a file. PDF, DOCX and PNG are stored as they are (they are compressed already), other
     * files deflated.
     *
     * @throws IllegalArgumentException if the name could leave the folder the zip is unpacked in,
     *     or is already in the zip
     */
    public void add(String path, byte[] data) throws IOException {
        add(path, data, sha256(data));
    }

    /** Adds a file whose SHA-256 is known (computed where the file was made, on another thread). */
    public void add(String path, byte[] data, String sha256) throws IOException {
        check(path);
        if (!names.add(path)) {
            throw new IllegalArgumentException("'" + path + "' is already in the zip");
        }
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(stamp);
        if (compressed(path)) {
            CRC32 crc = new CRC32();
            crc.update(data);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(data.length);
            entry.setCompressedSize(data.length);
            entry.setCrc(crc.getValue());
        } else {
            entry.setMethod(ZipEntry.DEFLATED);
        }
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
        files.add(new File(path, data.length, sha256));
    }

    /** The files added so far, in order. */
    public List<File> files() {
        return List.copyOf(files);
    }

    /** Writes the zip's directory; the stream under it is closed too. */
    @Override
    public void close() throws IOException {
        zip.close();
    }

    /**
     * A relative name of plain segments: no leading slash, no drive, no backslash, no empty, "." or
     * ".." segment, no control character.
     */
    static void check(String path) {
        boolean ok = !path.isEmpty() && !path.startsWith("/") && !path.endsWith("/");
        for (int i = 0; ok && i < path.length(); i++) {
            char c = path.charAt(i);
            ok = c >= ' ' && c != '\\' && c != ':' && c != 0x7F;
        }
        for (String segment : path.split("/", -1)) {
            ok = ok && !segment.isEmpty() && !segment.equals(".") && !segment.equals("..");
        }
        if (!ok) {
            throw new IllegalArgumentException(
                    "'" + path + "' is not a name that stays inside the zip");
        }
    }

    private static boolean compressed(String path) {
        return path.endsWith(".png")
                || Formats.all().stream()
                        .anyMatch(f -> f.compressed() && path.endsWith("." + f.id()));
    }

    /** SHA-256 of bytes, lower-case hex. */
    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
