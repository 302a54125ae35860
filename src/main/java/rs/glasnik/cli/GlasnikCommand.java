package rs.glasnik.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import rs.glasnik.app.Failure;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Pack;
import rs.glasnik.model.ReleaseType;

/** The top command: {@code glasnik <command>}. */
@Command(
        name = "glasnik",
        mixinStandardHelpOptions = true,
        versionProvider = GlasnikCommand.Version.class,
        description = {
            "Press releases in Serbian Cyrillic, Serbian Latin and English:",
            "check them, transliterate them, render them."
        },
        subcommands = {
            InitCommand.class,
            NewCommand.class,
            CheckCommand.class,
            ListCommand.class,
            ShowCommand.class,
            TranslitCommand.class,
            RenderCommand.class,
            PackCommand.class,
            SchemaCommand.class,
            CompletionCommand.class,
            WarmUpCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  glasnik init my-office",
            "  glasnik check --workspace examples",
            "  glasnik show djordjevic-chepurin --lang sr-Cyrl --workspace examples",
            "",
            "Exit codes: 0 ok, 1 bad input or failed check, 2 wrong usage."
        })
final class GlasnikCommand implements Runnable {
    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    boolean debug;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "name a command, e.g. 'glasnik check'");
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GlasnikCommand());
        cli.registerConverter(LocaleTag.class, GlasnikCommand::locale);
        cli.registerConverter(ReleaseType.class, GlasnikCommand::type);
        cli.registerConverter(Pack.Layout.class, GlasnikCommand::layout);
        cli.setExecutionExceptionHandler(GlasnikCommand::failed);
        cli.setParameterExceptionHandler(GlasnikCommand::usage);
        cli.setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT.code());
        return cli;
    }

    static LocaleTag locale(String text) {
        return LocaleTag.parse(text)
                .orElseThrow(
                        () ->
                                new CommandLine.TypeConversionException(
                                        "'"
                                                + text
                                                + "' is not a locale glasnik publishes in; use en, sr-Cyrl or sr-Latn"));
    }

    static ReleaseType type(String text) {
        return ReleaseType.ofKey(text)
                .orElseThrow(
                        () ->
                                new CommandLine.TypeConversionException(
                                        "'"
                                                + text
                                                + "' is not a release type; use press-release, statement, media-advisory or announcement"));
    }

    static Pack.Layout layout(String text) {
        return switch (text) {
            case "parallel" -> Pack.Layout.PARALLEL;
            case "sequential" -> Pack.Layout.SEQUENTIAL;
            default ->
                    throw new CommandLine.TypeConversionException(
                            "'" + text + "' is not a layout; use parallel or sequential");
        };
    }

    private static int usage(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("glasnik: " + Problems.escape(e.getMessage()));
        err.println(
                "Try '"
                        + e.getCommandLine().getCommandSpec().qualifiedName()
                        + " --help' for more.");
        return ExitCode.USAGE.code();
    }

    private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof Failure f && f.usage()) {
            return usage(new CommandLine.ParameterException(cli, f.getMessage()), new String[0]);
        }
        if (e instanceof Failure f) {
            Problems.print(err, f.problems());
            err.println("glasnik: " + Problems.escape(f.getMessage()));
            return ExitCode.BAD_INPUT.code();
        }
        if (e instanceof CommandLine.ParameterException p) {
            return usage(p, new String[0]);
        }
        boolean debug =
                Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--debug");
        err.println(
                "glasnik: internal error: "
                        + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + Problems.escape(e.getMessage()))
                        + (debug ? "" : " (run again with --debug to see where)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return ExitCode.BAD_INPUT.code();
    }

    /** The version from the jar's build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"glasnik " + Glasnik.version()};
        }
    }
}
