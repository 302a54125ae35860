package rs.glasnik.cli;

import java.nio.file.Path;
import java.util.Iterator;
import picocli.CommandLine.Option;
import rs.glasnik.render.Formats;

/** Options shared by commands, as picocli mixins. */
final class Options {
    private Options() {}

    /**
     * The values of {@code --format}, for the help and shell completion: the registered formats.
     */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Formats.ids().iterator();
        }
    }

    /** {@code --workspace DIR}. */
    static final class WorkspaceOption {
        @Option(
                names = {"-w", "--workspace"},
                paramLabel = "DIR",
                description =
                        "The workspace folder (the one with glasnik.yaml). Default: the current folder.")
        Path workspace;

        Path get() {
            return workspace == null ? Path.of(".") : workspace;
        }
    }
}
