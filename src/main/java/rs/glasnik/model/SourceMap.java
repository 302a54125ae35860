package rs.glasnik.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where each field of a loaded file was written, so later checks can point at it.
 *
 * <p>{@code sourceMap.at("variants.en.title")} gives the position of that field, or of its nearest
 * written parent.
 */
public record SourceMap(Path file, Map<String, Position> positions) {
    /** A 1-based line and column. */
    public record Position(int line, int column) {}

    public SourceMap {
        Objects.requireNonNull(file);
        positions = Map.copyOf(positions);
    }

    public Position at(String fieldPath) {
        String path = fieldPath;
        while (true) {
            Position p = positions.get(path);
            if (p != null) {
                return p;
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            if (cut <= 0) {
                return positions.getOrDefault("", new Position(1, 1));
            }
            path = path.substring(0, cut);
        }
    }

    /**
     * The path under which the loader records where an image is referred to in a Markdown field:
     * {@code image("variants.en.body", "photo.png")} is {@code variants.en.body[image photo.png]}.
     */
    public static String image(String fieldPath, String source) {
        return fieldPath + "[image " + source + "]";
    }

    /** A problem located at a field of this file. */
    public Problem error(String fieldPath, String message) {
        Position p = at(fieldPath);
        return Problem.error(file, p.line(), p.column(), fieldPath, message);
    }

    public Problem warning(String fieldPath, String message) {
        Position p = at(fieldPath);
        return Problem.warning(file, p.line(), p.column(), fieldPath, message);
    }
}
