package rs.glasnik.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import rs.glasnik.model.Problem;

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
            out.println(json(result));
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

    /**
     * JSON keeps every value as it is; besides the control characters JSON itself escapes, DEL, the
     * C1 controls and the bidirectional controls are written as &#92;u escapes too, so that the
     * output, read back, has the real value and, printed, cannot drive a terminal.
     */
    private static final class TerminalSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalSafe() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch > 0x7F && !Character.isSurrogate((char) ch) && Problems.unsafe((char) ch)) {
                return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
            }
            return null;
        }
    }

    private static String json(Requests.CheckResult result) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.setCharacterEscapes(new TerminalSafe());
            g.writeStartObject();
            g.writeBooleanField("ok", result.ok());
            g.writeNumberField("errors", result.errors());
            g.writeNumberField("warnings", result.warnings());
            g.writeArrayFieldStart("releases");
            for (Requests.CheckedRelease r : result.releases()) {
                g.writeStartObject();
                g.writeStringField("file", r.file().toString());
                if (r.id().isPresent()) {
                    g.writeStringField("id", r.id().get());
                } else {
                    g.writeNullField("id");
                }
                g.writeBooleanField("ok", r.ok());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (Problem p : result.problems()) {
                g.writeStartObject();
                g.writeStringField("severity", p.severity().name().toLowerCase(Locale.ROOT));
                g.writeStringField("file", p.file().toString());
                g.writeNumberField("line", p.line());
                g.writeNumberField("column", p.column());
                g.writeStringField("field", p.field());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }
}
