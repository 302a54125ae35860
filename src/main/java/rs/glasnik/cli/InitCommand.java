package rs.glasnik.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rs.glasnik.app.Glasnik;
import rs.glasnik.app.Requests;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description =
                "Create a workspace: glasnik.yaml, the editor schemas and one starter release.",
        footerHeading = "%nExamples:%n",
        footer = {"  glasnik init my-office", "  cd my-office && glasnik check"})
final class InitCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "DIR",
            arity = "0..1",
            description =
                    "Folder of the new workspace (created if missing). Default: the current folder.")
    Path dir = Path.of(".");

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Requests.Written written = new Glasnik().init(new Requests.Init(dir, Clock.today()));
        for (Path file : written.files()) {
            spec.commandLine().getOut().println("created " + Problems.escape(file.toString()));
        }
        spec.commandLine()
                .getOut()
                .println(
                        "next: edit glasnik.yaml, then run 'glasnik check' in "
                                + Problems.escape(dir.toString()));
        return ExitCode.OK.code();
    }
}
