package rs.glasnik.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import rs.glasnik.model.LocaleTag;

/**
 * DOCX rendering in a warm process: one operation is {@code DocxRenderer.render} of one resolved
 * document, the whole Word file in memory (styles, fonts table, letterhead logo, figures, headers
 * and footers, the reproducible zip), as {@code glasnik render} writes it for one locale.
 *
 * <p>Loading, checking and resolving the release, and reading the template and images, happen once
 * in {@link #load()}: they are not measured.
 *
 * <p>Run by {@code bench/docx.sh}, or by hand after {@code mvn -DskipTests package}: {@code java
 * -cp target/test-classes:target/classes:$(cat target/bench/classpath) org.openjdk.jmh.Main
 * DocxBenchmark}. {@code -Dglasnik.bench.workspace} and {@code -Dglasnik.bench.release} choose
 * another workspace and release.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DocxBenchmark {
    /** The example release unless {@code -Dglasnik.bench.release} says otherwise. */
    public static final String RELEASE = "military-academy-graduation-2026";

    @Param({"sr-Cyrl", "sr-Latn", "en"})
    public String lang;

    private DocxExample example;

    @Setup
    public void load() {
        LocaleTag tag =
                LocaleTag.ofTag(lang)
                        .orElseThrow(() -> new IllegalArgumentException("no locale " + lang));
        example =
                DocxExample.load(
                        Path.of(
                                System.getProperty(
                                        "glasnik.bench.workspace", DocxExample.WORKSPACE)),
                        System.getProperty("glasnik.bench.release", RELEASE),
                        tag);
        if (example.render().length == 0) {
            throw new IllegalStateException("an empty document");
        }
    }

    @Benchmark
    public byte[] render() {
        return example.render();
    }
}
