package rs.glasnik.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Path rules of a workspace: what is inside it, and where its root is. */
final class Workspaces {
    private Workspaces() {}

    /** {@code base.resolve(relative)} if it stays inside {@code root}, following links. */
    static Optional<Path> inside(Path base, String relative, Path root) {
        Path target;
        try {
            target = base.resolve(relative).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        Path normalRoot = root.toAbsolutePath().normalize();
        if (!target.toAbsolutePath().normalize().startsWith(normalRoot)) {
            return Optional.empty();
        }
        if (Files.exists(target)) {
            try {
                if (!target.toRealPath().startsWith(normalRoot.toRealPath())) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(target);
    }
}
