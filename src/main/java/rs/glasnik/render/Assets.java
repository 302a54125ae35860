package rs.glasnik.render;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Images a document shows, read by the caller for every renderer: each figure's file, and the
 * organisation's logo.
 *
 * <p>{@code new Assets(Map.of(figure.file(), bytes), Optional.of(logoBytes))}
 */
public record Assets(Map<Path, byte[]> images, Optional<byte[]> logo) {
    public Assets {
        images = Map.copyOf(images);
        Objects.requireNonNull(logo);
    }
}
