package rs.glasnik.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rs.glasnik.app.Glasnik;
import rs.glasnik.app.Requests;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.ReleaseType;

@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Scaffold a new release, releases/ID/release.yaml, dated today, as a draft.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  glasnik new cadets-graduation --source sr-Cyrl --type press-release --workspace examples"
        })
final class NewCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "ID",
            description = "The release id: lower-case letters, digits and hyphens.")
    String id;

    @Option(
            names = "--source",
            paramLabel = "LOCALE",
            description = "The language written first: sr-Cyrl (default) or en.")
    LocaleTag source = LocaleTag.SR_CYRL;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description = "press-release (default), statement, media-advisory or announcement.")
    ReleaseType type = ReleaseType.PRESS_RELEASE;

    @Mixin Options.WorkspaceOption workspace;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > 80) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "'"
                            + id
                            + "' is not a valid release id; use lower-case letters a-z, digits and single hyphens, e.g. cadets-graduation");
        }
        Requests.Written written =
                new Glasnik()
                        .newRelease(
                                new Requests.NewRelease(
                                        workspace.get(), id, source, type, Clock.today()));
        for (Path file : written.files()) {
            spec.commandLine().getOut().println("created " + Problems.escape(file.toString()));
        }
        return ExitCode.OK.code();
    }
}
