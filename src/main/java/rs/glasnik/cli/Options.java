package rs.glasnik.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by commands, as picocli mixins. */
final class Options {
    private Options() {}

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
