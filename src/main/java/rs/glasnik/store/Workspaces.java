package rs.glasnik.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import rs.glasnik.model.Problem;

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

    /** What a file reached through a link out of the workspace is told. */
    static final String LINK_OUT =
            "this file is reached through a symbolic link that leads outside the workspace,"
                    + " and glasnik reads only files inside it; copy the file into the workspace";

    /** Refuses a file that {@link #leaves} the workspace, before anything of it is read. */
    static void confined(Path file, Path root) throws LoadException {
        if (leaves(file, root)) {
            throw new LoadException(Problem.error(file, 1, 1, "", LINK_OUT));
        }
    }

    /**
     * Whether {@code file} lies inside the workspace by its path but outside it by its real
     * location: a symbolic link, or a link to a folder on the way, leads out. Nothing is read from
     * such a file, so nothing of it is ever echoed. A path outside the workspace to begin with is
     * the caller's to judge, as is a file that does not exist.
     */
    static boolean leaves(Path file, Path root) {
        Path normalRoot = root.toAbsolutePath().normalize();
        if (!file.toAbsolutePath().normalize().startsWith(normalRoot) || !Files.exists(file)) {
            return false;
        }
        try {
            return !file.toRealPath().startsWith(normalRoot.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }
}
