package rs.glasnik.translit.docx;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import rs.glasnik.translit.docx.DocxTextRewriter.Limits;

/**
 * The entries of a zip stream, each unpacked through a counter that enforces the limits on what is
 * unpacked; the packed bytes are counted below the inflater for the ratio.
 */
final class Unpacking implements AutoCloseable {
    private final Counted packed;
    private final ZipInputStream zip;
    private final Limits limits;
    private long unpacked;

    Unpacking(InputStream in, Limits limits) {
        this.packed = new Counted(new BufferedInputStream(in, 1 << 16));
        this.zip = new ZipInputStream(packed, UTF_8);
        this.limits = limits;
    }

    ZipEntry next() throws IOException {
        return zip.getNextEntry();
    }

    /** The current entry's bytes; {@code xml} also bounds each piece of markup. */
    InputStream part(String name, boolean xml) {
        long packedAtStart = packed.count;
        return new InputStream() {
            private long size;
            private final MarkupGuard markup = xml ? new MarkupGuard() : null;

            @Override
            public int read() throws IOException {
                return PartStreams.readOne(this);
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = zip.read(b, off, len);
                if (n <= 0) {
                    return n;
                }
                size += n;
                unpacked += n;
                if (unpacked > limits.maxUnpacked()) {
                    throw new DocxFormatException(
                            "the Word document unpacks to over "
                                    + size(limits.maxUnpacked())
                                    + ", more than glasnik converts");
                }
                long packedSize = Math.max(1, packed.count - packedAtStart);
                if (size > limits.ratioGrace() && size / packedSize >= limits.maxRatio()) {
                    throw new DocxFormatException(
                            "the part "
                                    + PackageCheck.shown(name)
                                    + " unpacks to over "
                                    + limits.maxRatio()
                                    + " times its packed size, as no real document does"
                                    + " (a zip bomb?)");
                }
                if (markup != null && !markup.accept(b, off, n, limits.maxMarkup())) {
                    throw new DocxFormatException(
                            "the part "
                                    + PackageCheck.shown(name)
                                    + " has a tag, comment or text of over "
                                    + size(limits.maxMarkup())
                                    + ", more than glasnik converts");
                }
                return n;
            }

            @Override
            public void close() {
                // The zip stream is the caller's.
            }
        };
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts the bytes read through it. */
    private static final class Counted extends FilterInputStream {
        long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** "1 GiB", "8 MiB", "4 KiB": limits are whole units. */
    private static String size(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MiB";
        }
        return bytes >= 1024 ? (bytes >> 10) + " KiB" : bytes + " bytes";
    }
}
