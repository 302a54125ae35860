package rs.glasnik.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import rs.glasnik.model.Pack;

@Command(
        name = "pack",
        mixinStandardHelpOptions = true,
        description = {
            "Make a press pack: several releases in two or three languages as one PDF and one Word document (DIR/<pack>.pdf, .docx), with a cover, contents and an index of people,"
                    + " and DIR/<pack>.zip with every release in every language as DOCX and PDF, the pack's files, manifest.json (SHA-256 of each file) and a README per language.",
            "The pack is named after --title (as a slug), or press-pack-<date of the newest release>. Files are written through temporary files: all three or none.",
            "With SOURCE_DATE_EPOCH set, the same input gives the same bytes."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  glasnik pack --workspace examples --langs sr-Cyrl,en -o out",
            "  glasnik pack djordjevic-chepurin unifil-contingent-rotation -w examples",
            "  glasnik pack --tag exercise --layout sequential -w examples",
            "  glasnik pack --from 2026-11-01 --to 2026-11-30 --langs sr-Cyrl,sr-Latn,en",
            "  glasnik pack --title 'Дан Војске' --now 2026-12-15T09:00 -w examples"
        })
final class PackCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "ID",
            arity = "0..*",
            description =
                    "Release ids, in the pack's order ('glasnik list' shows them). None: the"
                            + " releases --tag, --from and --to select, newest first; with none"
                            + " of those, every release.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "Releases with this tag.")
    String tag;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "Releases dated on or after this day: 2026-11-01.")
    String from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "Releases dated on or before this day: 2026-11-30.")
    String to;

    @Option(
            names = {"-l", "--langs"},
            split = ",",
            paramLabel = "LOCALE",
            description =
                    "Two or three of en, sr-Cyrl, sr-Latn; the first two are set side by side."
                            + " Default: sr-Cyrl,en when the workspace publishes in both, else its"
                            + " first two locales.")
    List<LocaleTag> langs = new ArrayList<>();

    @Option(
            names = "--layout",
            paramLabel = "LAYOUT",
            description =
                    "parallel (default: the first two languages side by side, paragraph by"
                            + " paragraph) or sequential (each release in one language after"
                            + " the other).")
    Pack.Layout layout = Pack.Layout.PARALLEL;

    @Option(
            names = "--title",
            paramLabel = "TEXT",
            description =
                    "The pack's title on the cover and in the running head, in every language"
                            + " (Cyrillic is transliterated for sr-Latn). Default: 'Press pack' in"
                            + " each language.")
    String title;

    @Option(
            names = "--public",
            description =
                    "The pack goes to the public: refuse (exit 1) while any selected release is"
                            + " under embargo by the clock, or a draft.")
    boolean forPublic;

    @Option(
            names = "--now",
            paramLabel = "DATETIME",
            description =
                    "Preview the embargo marks as they will be at this moment: 2026-12-14T10:00"
                            + " (Belgrade time) or 2026-12-14T09:00Z. Not with --public later"
                            + " than the clock.")
    String now;

    @Option(
            names = "--pdf-profile",
            paramLabel = "PROFILE",
            description = "screen (default), archive (PDF/A-1b) or print.")
    String pdfProfile = "screen";

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "Folder for the files. Default: out.")
    Path output = Path.of("out");

    @Mixin Options.WorkspaceOption workspace;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Instant clock = Clock.now();
        PrintWriter err = cli.getErr();
        PackProgress progress = new PackProgress(err, System.console() != null);
        Requests.Written written;
        try {
            written =
                    new Glasnik()
                            .pack(
                                    new Requests.Pack(
                                            workspace.get(),
                                            ids,
                                            Optional.ofNullable(tag),
                                            Moments.date(cli, "--from", from),
                                            Moments.date(cli, "--to", to),
                                            langs,
                                            layout,
                                            Optional.ofNullable(title),
                                            forPublic,
                                            now == null ? clock : Moments.moment(cli, now),
                                            clock,
                                            output,
                                            pdfProfile,
                                            Clock.sourceDateEpoch()),
                                    progress);
        } finally {
            progress.finish();
        }
        for (Path file : written.files()) {
            cli.getOut().println("wrote " + file);
        }
        return ExitCode.OK.code();
    }
}
