package rs.glasnik.render;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A TrueType or OpenType font file (the first font of a collection), read in plain Java: its table
 * directory, and what glasnik reads from the tables: the character map (see {@link FontCharacters})
 * and the PANOSE classification of the OS/2 table, which Word's font table carries. The one reader
 * of font files in the project.
 *
 * <p>{@code Optional<byte[]> panose = FontFile.of(bytes).panose();}
 */
public final class FontFile {
    private final ByteBuffer font;
    private final int directory;

    private FontFile(ByteBuffer font, int directory) {
        this.font = font;
        this.directory = directory;
    }

    /** The font is not a TrueType or OpenType font, or its tables are damaged. */
    public static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;

        FormatException(String message) {
            super(message);
        }
    }

    /**
     * Reads the table directory of the font in {@code bytes}.
     *
     * @throws FormatException when the bytes are not a TrueType or OpenType font
     */
    public static FontFile of(byte[] bytes) throws FormatException {
        try {
            ByteBuffer font = ByteBuffer.wrap(bytes);
            int start = 0;
            if (font.getInt(0) == tag("ttcf")) {
                start = font.getInt(12);
            }
            int version = font.getInt(start);
            if (version != 0x00010000 && version != tag("OTTO") && version != tag("true")) {
                throw new FormatException("unsupported font format");
            }
            return new FontFile(font, start);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new FormatException("the font's tables are damaged");
        }
    }

    /** The PANOSE bytes of the font in {@code bytes}; empty when it is no font or has none. */
    public static Optional<byte[]> panoseOf(byte[] bytes) {
        try {
            return of(bytes).panose();
        } catch (FormatException e) {
            return Optional.empty();
        }
    }

    /** The ten PANOSE bytes of the OS/2 table, if the font has one. */
    public Optional<byte[]> panose() {
        try {
            int os2 = offset("OS/2");
            if (os2 < 0 || (long) os2 + 42 > font.capacity()) {
                return Optional.empty();
            }
            byte[] panose = new byte[10];
            font.get(os2 + 32, panose);
            return Optional.of(panose);
        } catch (IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The whole font. */
    ByteBuffer bytes() {
        return font;
    }

    /** Where the table {@code name} starts, or -1 if the font has none. */
    int offset(String name) {
        int record = record(name);
        return record < 0 ? -1 : font.getInt(record + 8);
    }

    /** The length the directory gives the table {@code name}, or 0 if the font has none. */
    int length(String name) {
        int record = record(name);
        return record < 0 ? 0 : font.getInt(record + 12);
    }

    /** The table record of {@code name}: the first in the directory, or -1. */
    private int record(String name) {
        int tables = font.getShort(directory + 4) & 0xffff;
        int wanted = tag(name);
        for (int i = 0; i < tables; i++) {
            int record = directory + 12 + 16 * i;
            if (font.getInt(record) == wanted) {
                return record;
            }
        }
        return -1;
    }

    static int tag(String name) {
        return (name.charAt(0) << 24)
                | (name.charAt(1) << 16)
                | (name.charAt(2) << 8)
                | name.charAt(3);
    }
}
