package rs.glasnik.translit.docx;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The streams that copy a part of a Word document into the rewritten zip: one that keeps the first
 * bytes of what it reads, one that holds what is written up to a limit, and one that keeps the
 * caller's stream open.
 *
 * <p>{@code new PartStreams.Kept(part, PartStreams.KEPT_BYTES)}
 */
final class PartStreams {
    private PartStreams() {}

    /** One byte read through {@code in}'s own {@code read(byte[], int, int)}, or -1 at the end. */
    static int readOne(InputStream in) throws IOException {
        byte[] one = new byte[1];
        int n = in.read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    /** How much of a text part is held to copy it unchanged when it has no text. */
    static final int KEPT_BYTES = 1 << 20;

    /** Passes a stream through, keeping its first bytes, up to a limit. */
    static final class Kept extends FilterInputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final int limit;
        private boolean whole = true;

        Kept(InputStream in, int limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            return readOne(this);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0 && whole) {
                if (kept.size() + n > limit) {
                    whole = false;
                    kept.reset();
                } else {
                    kept.write(b, off, n);
                }
            }
            return n;
        }

        @Override
        public void close() {
            // The XML reader closes what it reads at the end; the zip stream is the caller's.
        }

        boolean whole() {
            return whole;
        }

        void writeTo(OutputStream out) throws IOException {
            kept.writeTo(out);
        }
    }

    /** Holds what is written up to a limit; beyond it, writes all of it through from then on. */
    static final class Held extends OutputStream {
        private final OutputStream out;
        private final int limit;
        private ByteArrayOutputStream held = new ByteArrayOutputStream();

        Held(OutputStream out, int limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (held != null && held.size() + len > limit) {
                held.writeTo(out);
                held = null;
            }
            if (held == null) {
                out.write(b, off, len);
            } else {
                held.write(b, off, len);
            }
        }

        boolean spilled() {
            return held == null;
        }

        /** Writes what is still held. */
        void finish() throws IOException {
            if (held != null) {
                held.writeTo(out);
                held = null;
            }
        }

        @Override
        public void close() {
            // Closing the writer must not close the zip entry.
        }
    }

    /** The caller owns the output stream; closing the zip must only flush it. */
    static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
