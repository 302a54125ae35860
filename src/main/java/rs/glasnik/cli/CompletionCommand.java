package rs.glasnik.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = "Print a completion script for bash and zsh.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  glasnik completion > ~/.local/share/bash-completion/completions/glasnik",
            "  source <(glasnik completion)    # this shell only; in zsh too"
        })
final class CompletionCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("glasnik", spec.root().commandLine()));
        return ExitCode.OK.code();
    }
}
