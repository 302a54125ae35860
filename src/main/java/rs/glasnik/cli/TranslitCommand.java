package rs.glasnik.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rs.glasnik.app.Glasnik;
import rs.glasnik.app.Requests;
import rs.glasnik.translit.SerbianTransliterator.Direction;

@Command(
        name = "translit",
        mixinStandardHelpOptions = true,
        description = {
            "Transliterate Serbian between Cyrillic and Latin: plain text, Markdown (.md), release files (.yaml) and Word documents (.docx).",
            "With no FILE, reads standard input and writes standard output, one line for each line.",
            "A release file gets its derived variant (sr-Latn or sr-Cyrl) written into it; a Word document is written beside it as NAME.sr-Latn.docx (or NAME.sr-Cyrl.docx), formatting intact.",
            "Every file is converted before any is written, through temporary files, so a failure leaves every file as it was. Replacing an existing file is said on standard error ('replaced ...').",
            "Text between {{ and }} is never converted. Warnings (repaired letters) go to standard error."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  glasnik translit --to latin < saopstenje.txt > saopstenje-lat.txt",
            "  echo 'ЉУБИША И ЊЕГОШ у Џепу' | glasnik translit --to latin",
            "  glasnik translit --to latin izvestaj.docx",
            "  glasnik translit --to latin --in-place examples/releases/djordjevic-chepurin/release.yaml"
        })
final class TranslitCommand implements Callable<Integer> {
    enum Script {
        latin,
        cyrillic
    }

    @Option(
            names = "--to",
            required = true,
            paramLabel = "latin|cyrillic",
            description = "The script to write: ${COMPLETION-CANDIDATES}.")
    Script to;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "Files to convert; none: standard input.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write here: a file, or a folder for several files.")
    Path output;

    @Option(
            names = "--in-place",
            description =
                    "Replace each FILE, keeping the original as FILE.bak; when that exists, as FILE.1.bak, FILE.2.bak ... (the highest number is the newest). No backup is ever replaced.")
    boolean inPlace;

    @Option(
            names = {"-w", "--workspace"},
            paramLabel = "DIR",
            description =
                    "Use DIR/translit-exceptions.txt. Default: the workspace above the files, if any.")
    Path workspace;

    @Spec CommandSpec spec;

    /** Standard input; set by {@link Main}. */
    InputStream stdin = InputStream.nullInputStream();

    /** Standard output as bytes, for converted text; set by {@link Main}. */
    OutputStream stdout = OutputStream.nullOutputStream();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Requests.Translit request =
                new Requests.Translit(
                        to == Script.latin ? Direction.TO_LATIN : Direction.TO_CYRILLIC,
                        files,
                        Optional.ofNullable(output),
                        inPlace,
                        Optional.ofNullable(workspace));
        Requests.Translated translated =
                new Glasnik()
                        .translit(request, stdin, stdout, p -> err.println(Problems.format(p)));
        stdout.flush();
        out.flush();
        for (Requests.Converted file : translated.files()) {
            if (file.backup().isPresent()) {
                err.println(
                        "replaced "
                                + file.file()
                                + "; kept the original as "
                                + file.backup().get());
            } else {
                err.println((file.replaced() ? "replaced " : "wrote ") + file.file());
            }
        }
        return ExitCode.OK.code();
    }
}
