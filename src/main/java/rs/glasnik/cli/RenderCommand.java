package rs.glasnik.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import rs.glasnik.render.Formats;

@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Render releases, one file per language and format (--format): DIR/<id>.<lang>.<format>, e.g. DIR/<id>.en.pdf; with no ID, every release.",
            "Fonts are checked against the text first; files are written through temporary files.",
            "With SOURCE_DATE_EPOCH set, the same input gives the same bytes."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  glasnik render djordjevic-chepurin --workspace examples -o out",
            "  glasnik render --workspace examples -o out      # every release, every language",
            "  glasnik render djordjevic-chepurin --lang sr-Latn,en --format pdf --workspace examples",
            "  glasnik render djordjevic-chepurin --format pdf --pdf-profile archive --workspace examples",
            "  glasnik render examples/releases/djordjevic-chepurin --workspace examples"
        })
final class RenderCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "ID|PATH",
            arity = "0..*",
            description =
                    "Release ids ('glasnik list' shows them), or paths of release files or"
                            + " folders. None: every release of the workspace.")
    List<String> ids = new ArrayList<>();

    @Option(
            names = {"-l", "--lang"},
            split = ",",
            paramLabel = "LOCALE",
            description = "Languages: en, sr-Cyrl, sr-Latn. Default: the workspace's locales.")
    List<LocaleTag> langs = new ArrayList<>();

    @Option(
            names = {"-f", "--format"},
            split = ",",
            paramLabel = "FORMAT",
            completionCandidates = Options.FormatNames.class,
            description = "Formats: ${COMPLETION-CANDIDATES}. Default: all of them.")
    List<String> formats = new ArrayList<>(Formats.ids());

    @Option(
            names = "--pdf-profile",
            paramLabel = "PROFILE",
            description =
                    "screen (default), archive (PDF/A-1b) or print (3 mm bleed, TrimBox and"
                            + " BleedBox, crop marks).")
    String pdfProfile = "screen";

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "Folder for the files. Default: out.")
    Path output = Path.of("out");

    @Option(
            names = "--template",
            paramLabel = "NAME",
            description = "Template. Default: the workspace's, press-release.")
    String template;

    @Mixin Options.WorkspaceOption workspace;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Requests.Written written =
                new Glasnik()
                        .render(
                                new Requests.Render(
                                        workspace.get(),
                                        ids,
                                        langs,
                                        formats,
                                        pdfProfile,
                                        output,
                                        Optional.ofNullable(template),
                                        Clock.sourceDateEpoch()));
        for (Path file : written.files()) {
            spec.commandLine().getOut().println("wrote " + file);
        }
        return ExitCode.OK.code();
    }
}
