package rs.glasnik.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip package so that the same content always gives the same bytes: entries in a fixed
 * order, every entry stamped with one given time, and named entries replaced by given bytes.
 *
 * <p>{@code ReproducibleZip.rewrite(poiOutput, created, Map.of("word/settings.xml", settings))}
 */
final class ReproducibleZip {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String ROOT_RELATIONSHIPS = "_rels/.rels";

    /**
     * The zip format counts time from 1980 to 2107 in local time, with no zone. Outside that range,
     * and at exactly 1980-01-01T00:00 (the JDK's "before 1980" marker), the JDK adds an extended
     * time stamp computed in the default time zone; so times are kept strictly inside.
     */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private ReproducibleZip() {}

    static byte[] rewrite(byte[] zip, Instant time, Map<String, byte[]> replacements) {
        List<Entry> entries = new ArrayList<>();
        Set<String> replaced = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                byte[] replacement = replacements.get(e.getName());
                if (replacement != null) {
                    data = replacement;
                    replaced.add(e.getName());
                }
                entries.add(new Entry(e.getName(), data));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a zip made in memory", e);
        }
        if (!replaced.equals(replacements.keySet())) {
            throw new IllegalStateException(
                    "the package lacks parts to replace: " + replacements.keySet());
        }
        entries.sort(Comparator.comparing(ReproducibleZip::rank).thenComparing(Entry::name));
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
        if (stamp.isBefore(EARLIEST)) {
            stamp = EARLIEST;
        } else if (stamp.isAfter(LATEST)) {
            stamp = LATEST;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream out = new ZipOutputStream(bytes, UTF_8)) {
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                zipEntry.setTimeLocal(stamp);
                if (compressed(entry.name())) {
                    // A PNG or JPEG does not shrink: it is stored, not deflated again.
                    CRC32 crc = new CRC32();
                    crc.update(entry.data());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.data().length);
                    zipEntry.setCompressedSize(entry.data().length);
                    zipEntry.setCrc(crc.getValue());
                }
                out.putNextEntry(zipEntry);
                out.write(entry.data());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a zip in memory", e);
        }
        return bytes.toByteArray();
    }

    /** Whether an entry is an image whose format is compressed already. */
    private static boolean compressed(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpeg") || n.endsWith(".jpg");
    }

    /** The content types first, as Word writes them, then the package relationships. */
    private static int rank(Entry entry) {
        return switch (entry.name()) {
            case CONTENT_TYPES -> 0;
            case ROOT_RELATIONSHIPS -> 1;
            default -> 2;
        };
    }

    private record Entry(String name, byte[] data) {}
}
