package rs.glasnik.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rs.glasnik.app.Glasnik;
import rs.glasnik.app.Requests;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Load and validate a workspace or release files; report every problem with file:line:column.",
            "PATH is a workspace folder (default: the workspace, or the current folder), a release folder or a release file."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  glasnik check examples",
            "  glasnik check examples/releases/djordjevic-chepurin/release.yaml",
            "  glasnik check --format json --workspace examples",
            "",
            "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 wrong usage."
        })
final class CheckCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description = "Workspaces, release folders or release files.")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "text|json",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: text.")
    Format format = Format.text;

    @picocli.CommandLine.Mixin Options.WorkspaceOption workspace;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Requests.CheckResult result =
                new Glasnik()
                        .check(new Requests.Check(Optional.ofNullable(workspace.workspace), paths));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(CheckJson.json(result));
        } else {
            text(result, out);
        }
        return result.ok() ? ExitCode.OK.code() : ExitCode.BAD_INPUT.code();
    }

    private static void text(Requests.CheckResult result, PrintWriter out) {
        Problems.print(out, result.problems());
        if (!result.problems().isEmpty()) {
            out.println();
        }
        int width =
                result.releases().stream()
                        .mapToInt(r -> r.id().orElse("-").length())
                        .max()
                        .orElse(0);
        for (Requests.CheckedRelease r : result.releases()) {
            out.printf(
                    Locale.ROOT,
                    "%-6s %-" + Math.max(1, width) + "s  %s%n",
                    r.ok() ? "ok" : "FAILED",
                    Problems.escape(r.id().orElse("-")),
                    Problems.escape(r.file().toString()));
        }
        long failed = result.releases().stream().filter(r -> !r.ok()).count();
        out.printf(
                Locale.ROOT,
                "%d %s checked: %d ok, %d failed; %d %s, %d %s%n",
                result.releases().size(),
                result.releases().size() == 1 ? "release" : "releases",
                result.releases().size() - failed,
                failed,
                result.errors(),
                result.errors() == 1 ? "error" : "errors",
                result.warnings(),
                result.warnings() == 1 ? "warning" : "warnings");
    }
}
