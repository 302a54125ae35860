package rs.glasnik.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rs.glasnik.store.WorkspaceStore;

@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description =
                "Print the JSON Schema of release files or of glasnik.yaml, for editors and CI.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  glasnik schema release > schemas/release.schema.json",
            "  glasnik schema workspace"
        })
final class SchemaCommand implements Callable<Integer> {
    enum Kind {
        release,
        workspace
    }

    @Parameters(
            paramLabel = "release|workspace",
            description = "Which schema: ${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(WorkspaceStore.schema(kind.name()).orElseThrow());
        return ExitCode.OK.code();
    }
}
