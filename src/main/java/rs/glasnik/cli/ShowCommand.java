package rs.glasnik.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rs.glasnik.app.Glasnik;
import rs.glasnik.app.Requests;
import rs.glasnik.model.LocaleTag;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description =
                "Print a release as plain text in one language: exactly the text its DOCX and PDF contain, in reading order.",
        footerHeading = "%nExamples:%n",
        footer = {"  glasnik show djordjevic-chepurin --lang sr-Cyrl --workspace examples"})
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The release id ('glasnik list' shows them).")
    String id;

    @Option(
            names = {"-l", "--lang"},
            paramLabel = "LOCALE",
            description = "en, sr-Cyrl or sr-Latn. Default: the workspace's first locale.")
    LocaleTag lang;

    @Mixin Options.WorkspaceOption workspace;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Requests.ShowResult result =
                new Glasnik()
                        .show(new Requests.Show(workspace.get(), id, Optional.ofNullable(lang)));
        Problems.print(spec.commandLine().getErr(), result.warnings());
        spec.commandLine().getOut().print(result.text());
        return ExitCode.OK.code();
    }
}
