package rs.glasnik.render;

import java.nio.ByteBuffer;

/**
 * The characters a TrueType or OpenType font has glyphs for, read from its {@code cmap} table in
 * plain Java: the same answers as {@code java.awt.Font.canDisplay}, without starting AWT's font
 * system (which costs a cold process a tenth of a second).
 *
 * <p>{@code FontCharacters.of(bytes).has('ђ')}
 */
final class FontCharacters {
    /** A subtable's glyph for a code point; 0 is the missing glyph. */
    private interface Subtable {
        int glyph(int codePoint);
    }

    private final Subtable subtable;
    private final int glyphCount;

    private FontCharacters(Subtable subtable, int glyphCount) {
        this.subtable = subtable;
        this.glyphCount = glyphCount;
    }

    /**
     * Reads the character map of the font in {@code bytes} (the first font of a collection).
     *
     * @throws FontFile.FormatException when the bytes are not a font with a character map
     */
    static FontCharacters of(byte[] bytes) throws FontFile.FormatException {
        FontFile file = FontFile.of(bytes);
        try {
            ByteBuffer font = file.bytes();
            int cmap = file.offset("cmap");
            int cmapLength = file.length("cmap");
            int maxp = file.offset("maxp");
            if (cmap < 0 || maxp < 0 || cmapLength <= 0) {
                throw new FontFile.FormatException("the font has no cmap or maxp table");
            }
            ByteBuffer table = font.slice(cmap, Math.min(cmapLength, bytes.length - cmap));
            return new FontCharacters(subtable(table), font.getShort(maxp + 4) & 0xffff);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new FontFile.FormatException("the font's tables are damaged");
        }
    }

    /** Whether the font shows {@code codePoint} (as AWT's {@code Font.canDisplay} decides). */
    boolean has(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return true;
        }
        int glyph;
        try {
            glyph = subtable.glyph(codePoint);
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
        if (glyph == 0) {
            glyph = formatCharacter(codePoint);
        }
        return glyph != 0 && (glyph < glyphCount || glyph >= INVISIBLE);
    }

    /** AWT's glyph for characters that are drawn as nothing: tab, line feed, carriage return. */
    private static final int INVISIBLE = 0xfffe;

    /** AWT counts these formatting characters as shown by every font. */
    private static int formatCharacter(int cp) {
        boolean format =
                (cp >= 0x200c && cp <= 0x200f)
                        || (cp >= 0x2028 && cp <= 0x202e)
                        || (cp >= 0x206a && cp <= 0x206f);
        return format ? 0xffff : 0;
    }

    /** The subtable AWT would use: Windows UCS-4, then Windows symbol, then Windows BMP. */
    private static Subtable subtable(ByteBuffer cmap) throws FontFile.FormatException {
        int count = cmap.getShort(2) & 0xffff;
        int ucs4 = 0;
        int symbol = 0;
        int bmp = 0;
        boolean windows = false;
        for (int i = 0; i < count; i++) {
            int record = 4 + 8 * i;
            int platform = cmap.getShort(record);
            int encoding = cmap.getShort(record + 2);
            int offset = cmap.getInt(record + 4);
            if (platform == 3) {
                windows = true;
                switch (encoding) {
                    case 0 -> symbol = offset;
                    case 1 -> bmp = offset;
                    case 10 -> ucs4 = offset;
                    default -> {}
                }
            }
        }
        int offset;
        if (windows) {
            offset = ucs4 != 0 ? ucs4 : symbol != 0 ? symbol : bmp;
            if (offset == 0) {
                throw new FontFile.FormatException("the font has no Unicode character map");
            }
        } else {
            offset = cmap.getInt(8);
        }
        int format = cmap.getShort(offset) & 0xffff;
        return switch (format) {
            case 4 -> format4(cmap, offset);
            case 12 -> format12(cmap, offset);
            default ->
                    throw new FontFile.FormatException(
                            "the font's character map has format " + format + ", not 4 or 12");
        };
    }

    /** Segments of 16-bit code points. */
    private static Subtable format4(ByteBuffer cmap, int offset) {
        int length = Math.min(cmap.getShort(offset + 2) & 0xffff, cmap.capacity() - offset);
        ByteBuffer t = cmap.slice(offset, length);
        int segments = (t.getShort(6) & 0xffff) / 2;
        int ends = 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        return cp -> {
            if (cp >= 0xffff) {
                return 0;
            }
            int low = 0;
            int high = segments;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if ((t.getShort(ends + 2 * mid) & 0xffff) < cp) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            if (low >= segments) {
                return 0;
            }
            int start = t.getShort(starts + 2 * low) & 0xffff;
            if (cp < start) {
                return 0;
            }
            int delta = t.getShort(deltas + 2 * low);
            int rangeOffset = t.getShort(rangeOffsets + 2 * low) & 0xffff;
            if (rangeOffset == 0) {
                return (cp + delta) & 0xffff;
            }
            int glyph =
                    t.getShort(rangeOffsets + 2 * low + rangeOffset + 2 * (cp - start)) & 0xffff;
            return glyph == 0 ? 0 : (glyph + delta) & 0xffff;
        };
    }

    /** Groups of 32-bit code points. */
    private static Subtable format12(ByteBuffer cmap, int offset) {
        int groups = cmap.getInt(offset + 12);
        int first = offset + 16;
        return cp -> {
            int low = 0;
            int high = groups;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cmap.getInt(first + 12 * mid + 4) < cp) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            if (low >= groups) {
                return 0;
            }
            int group = first + 12 * low;
            int start = cmap.getInt(group);
            return cp < start ? 0 : (cmap.getInt(group + 8) + (cp - start)) & 0xffff;
        };
    }
}
