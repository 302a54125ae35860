package rs.glasnik.bench;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import rs.glasnik.translit.SerbianTransliterator;

/**
 * glasnik's transliterator against ICU4J on the five example releases' Serbian Cyrillic text: one
 * operation converts the whole corpus (about 16 KB in UTF-8), so MB/s = ops/s × corpus size.
 *
 * <p>Run by {@code bench/translit.sh}, or by hand after {@code mvn -DskipTests package}: {@code
 * java -cp target/test-classes:target/classes:$(cat target/bench/classpath) org.openjdk.jmh.Main
 * TransliterationBenchmark}.
 *
 * <p>ICU has no Latin to Serbian Cyrillic transform ({@code Serbian-Latin/BGN} has no inverse), so
 * the way back is compared with the generic {@code Latin-Cyrillic}. ICU transforms are applied one
 * paragraph at a time, as an application converting a document would call them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TransliterationBenchmark {
    private final SerbianTransliterator glasnik = SerbianTransliterator.builtIn();
    private String cyrillic;
    private String latin;
    private List<String> cyrillicParagraphs;
    private List<String> latinParagraphs;
    private Transliterator icuToLatin;
    private Transliterator icuToCyrillic;

    @Setup
    public void load() {
        PressCorpus corpus = PressCorpus.fromSystemProperty();
        cyrillic = corpus.text();
        cyrillicParagraphs = corpus.paragraphs();
        latin = glasnik.toLatin(cyrillic);
        latinParagraphs = corpus.paragraphs().stream().map(glasnik::toLatin).toList();
        icuToLatin = Transliterator.getInstance("Serbian-Latin/BGN; NFC");
        icuToCyrillic = Transliterator.getInstance("Latin-Cyrillic");
    }

    @Benchmark
    public String toLatin() {
        return glasnik.toLatin(cyrillic);
    }

    @Benchmark
    public void icuToLatin(Blackhole out) {
        for (String paragraph : cyrillicParagraphs) {
            out.consume(icuToLatin.transliterate(paragraph));
        }
    }

    @Benchmark
    public String toCyrillic() {
        return glasnik.toCyrillic(latin);
    }

    @Benchmark
    public void icuToCyrillic(Blackhole out) {
        for (String paragraph : latinParagraphs) {
            out.consume(icuToCyrillic.transliterate(paragraph));
        }
    }
}
