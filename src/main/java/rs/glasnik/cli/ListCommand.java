package rs.glasnik.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import rs.glasnik.app.Glasnik;
import rs.glasnik.app.Requests;
import rs.glasnik.model.LocaleTag;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description =
                "List the releases of a workspace, newest first: id, date, type, status and title.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  glasnik list --workspace examples",
            "  glasnik list --lang en --workspace examples"
        })
final class ListCommand implements Callable<Integer> {
    @Option(
            names = {"-l", "--lang"},
            paramLabel = "LOCALE",
            description =
                    "Language of the titles: en, sr-Cyrl or sr-Latn. Default: the workspace's first locale.")
    LocaleTag lang;

    @Mixin Options.WorkspaceOption workspace;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Requests.ListResult result =
                new Glasnik()
                        .list(
                                new Requests.ListReleases(
                                        workspace.get(), java.util.Optional.ofNullable(lang)));
        PrintWriter out = spec.commandLine().getOut();
        int idWidth =
                Math.max(
                        2,
                        result.entries().stream().mapToInt(e -> e.id().length()).max().orElse(2));
        int typeWidth =
                Math.max(
                        4,
                        result.entries().stream()
                                .mapToInt(e -> e.type().key().length())
                                .max()
                                .orElse(4));
        String row = "%-" + idWidth + "s  %-10s  %-" + typeWidth + "s  %-9s  %s%n";
        out.printf(
                Locale.ROOT, row, "ID", "DATE", "TYPE", "STATUS", "TITLE (" + result.lang() + ")");
        for (Requests.ListEntry e : result.entries()) {
            String title =
                    e.titleLocale() == result.lang()
                            ? e.title()
                            : "[" + e.titleLocale() + "] " + e.title();
            out.printf(
                    Locale.ROOT,
                    row,
                    e.id(),
                    e.date().value().toLocalDate(),
                    e.type().key(),
                    e.status().key(),
                    Problems.escape(title));
        }
        if (!result.problems().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            Problems.print(err, result.problems());
            if (result.problems().stream().anyMatch(p -> p.isError())) {
                err.println(
                        "glasnik: some releases could not be read and are not listed; 'glasnik check' says why");
                return ExitCode.BAD_INPUT.code();
            }
        }
        return ExitCode.OK.code();
    }
}
