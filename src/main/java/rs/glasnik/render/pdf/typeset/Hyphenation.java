package rs.glasnik.render.pdf.typeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a word may break at the end of a line with a hyphen added, for the PDF layout: Liang's
 * patterns from Debian's hyphen packages ({@code glasnik/hyphenation/*.xml}, made by {@code
 * tools/hyphenation.py}), in OpenPDF's pattern format, applied by Liang's algorithm, under
 * glasnik's rules about which words may break and how close to their ends.
 *
 * <p>{@code Hyphenation.forLanguage("sr-Cyrl-RS").points("министарство")} is {@code [2, 4, 8]}
 * (ми-ни-стар-ство).
 *
 * <p>The rules, the same as the reference in {@code tools/hyphenation.py}: a word with anything but
 * letters, apostrophes and hyphens gets no points. Apostrophes and hyphens cut it into letter runs,
 * each hyphenated on its own (so never a point next to one, and at least the minimum number of
 * letters between an explicit hyphen and a point). A run gets no points if it has fewer than 5
 * letters, no lower-case letter (abbreviations, capitals) or a letter the patterns do not know.
 * Minimums: Serbian 2 letters before and 2 after a break, English 2 and 3. In Serbian Latin, lj, nj
 * and dž count as one letter and are never split: the Latin patterns split them at a few word
 * starts, right for injekcija (инјекција) but wrong for Odžić (Оџић), and a Latin word does not say
 * which it is.
 *
 * <p>Two rules on top of the patterns. Serbian breaks after a prefix that ends in a consonant
 * ({@link Prefixes}: без-бед-но-сти, раз-вој, ваз-ду-хо-плов-ство, where the patterns say
 * бе-збед-но-сти, ра-звој): the boundary replaces the patterns' breaks in its consonant cluster.
 * British English ({@code en}, {@code en-GB}) breaks only where the American patterns agree.
 *
 * <p>Instances are immutable and thread-safe; each language's patterns load once, on first use.
 */
public final class Hyphenation {
    /** A pattern file and its minimum letters before and after a break; one per resource. */
    private enum Patterns {
        SR_CYRL("sr-Cyrl", 2, 2),
        SR_LATN("sr-Latn", 2, 2),
        EN_GB("en-GB", 2, 3),
        EN_US("en-US", 2, 3);

        final String tag;
        final int left;
        final int right;

        Patterns(String tag, int left, int right) {
            this.tag = tag;
            this.left = left;
            this.right = right;
        }
    }

    private static final int MIN_LETTERS = 5;
    private static final int[] NONE = {};
    private static final Map<Patterns, Hyphenation> LOADED = new ConcurrentHashMap<>();

    private final Patterns patterns;
    private final Table table;

    /**
     * For British English, the American patterns: a break is used only where both allow it. The
     * British patterns alone divide Secret-ary, awar-ded, repres-ents and capab-ilities, which no
     * dictionary does; the American alone are not British (rep-re-sents). Where the two agree
     * (sec-retary, rep-resents, capabil-ities; awarded not at all), both traditions accept the
     * break.
     */
    private final Table agreeing;

    private Hyphenation(Patterns patterns, Table table, Table agreeing) {
        this.patterns = patterns;
        this.table = table;
        this.agreeing = agreeing;
    }

    /**
     * The hyphenation of a language: {@code sr-Cyrl}, {@code sr-Latn} (any region), {@code en} or
     * {@code en-GB}, {@code en-US}.
     *
     * @throws IllegalArgumentException for any other language, or Serbian without a script
     */
    public static Hyphenation forLanguage(String bcp47Tag) {
        Patterns patterns = patternsFor(bcp47Tag);
        Hyphenation loaded = LOADED.get(patterns);
        if (loaded != null) {
            return loaded;
        }
        Table agreeing = patterns == Patterns.EN_GB ? forLanguage("en-US").table : null;
        return LOADED.computeIfAbsent(patterns, p -> load(p, agreeing));
    }

    private static Patterns patternsFor(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String script = locale.getScript();
        String region = locale.getCountry();
        switch (locale.getLanguage()) {
            case "sr":
                if (script.equals("Cyrl")) {
                    return Patterns.SR_CYRL;
                }
                if (script.equals("Latn")) {
                    return Patterns.SR_LATN;
                }
                break;
            case "en":
                if (script.isEmpty() && (region.isEmpty() || region.equals("GB"))) {
                    return Patterns.EN_GB;
                }
                if (script.isEmpty() && region.equals("US")) {
                    return Patterns.EN_US;
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException(
                "no hyphenation patterns for \""
                        + tag
                        + "\"; there are sr-Cyrl, sr-Latn, en (en-GB) and en-US");
    }

    private static Hyphenation load(Patterns patterns, Table agreeing) {
        String resource = "glasnik/hyphenation/" + patterns.tag + ".xml";
        try (InputStream in = Hyphenation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Table table = new Table();
            table.load(in);
            return new Hyphenation(patterns, table, agreeing);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /**
     * The offsets {@code 0 < i < word.length()}, ascending, where the line may break before {@code
     * word.charAt(i)} with a hyphen added; empty if there are none. Pass the word without the
     * punctuation around it ({@code Београду}, not {@code Београду,}).
     */
    public int[] points(String word) {
        int length = word.length();
        if (length < MIN_LETTERS) {
            return NONE;
        }
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && !isSeparator(c)) {
                return NONE;
            }
        }
        int[] found = NONE;
        int count = 0;
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && Character.isLetter(word.charAt(end))) {
                end++;
            }
            if (end - start >= MIN_LETTERS) {
                char[] run = lowerCaseRun(word, start, end);
                if (run != null) {
                    if (found == NONE) {
                        found = new int[length];
                    }
                    count = addPoints(run, start, found, count);
                }
            }
            start = end + 1;
        }
        return count == 0 ? NONE : Arrays.copyOf(found, count);
    }

    private static boolean isSeparator(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    /**
     * The run lower-cased letter by letter ({@link Character#toLowerCase(char)} is locale-free and
     * keeps the offsets), or null if it has no lower-case letter or a letter the patterns lack.
     */
    private char[] lowerCaseRun(String word, int start, int end) {
        char[] run = new char[end - start];
        boolean lowerCase = false;
        for (int i = start; i < end; i++) {
            char c = word.charAt(i);
            lowerCase |= Character.isLowerCase(c);
            char lower = Character.toLowerCase(c);
            if (!table.knows(lower)) {
                return null;
            }
            run[i - start] = lower;
        }
        return lowerCase ? run : null;
    }

    private int addPoints(char[] run, int offset, int[] found, int count) {
        boolean latin = patterns == Patterns.SR_LATN;
        int letters = latin ? run.length - digraphsBefore(run, run.length) : run.length;
        if (letters < MIN_LETTERS) {
            return count;
        }
        int[] points = table.hyphenate(run, patterns.left, patterns.right);
        if (agreeing != null) {
            points = agreed(points, agreeing.hyphenate(run, patterns.left, patterns.right));
        }
        Prefixes prefixes = prefixes();
        int boundary = prefixes == null ? -1 : prefixes.boundary(run);
        if (boundary > 0) {
            points = withBoundary(run, points, boundary);
        }
        for (int point : points) {
            if (allowed(run, point, letters, latin)) {
                found[count++] = offset + point;
            }
        }
        return count;
    }

    /**
     * The points with the prefix boundary in place of every break around its consonant cluster,
     * from the one before its first consonant to the one after its last (бе|з|б|ед: 2 to 4).
     */
    private static int[] withBoundary(char[] run, int[] points, int boundary) {
        int first = boundary - 1;
        while (first > 0 && !Prefixes.vowelAt(run, first - 1)) {
            first--;
        }
        int last = boundary;
        while (last < run.length && !Prefixes.vowelAt(run, last)) {
            last++;
        }
        int[] out = new int[points.length + 1];
        int n = 0;
        boolean placed = false;
        for (int point : points) {
            if (!placed && point >= first) {
                out[n++] = boundary;
                placed = true;
            }
            if (point < first || point > last) {
                out[n++] = point;
            }
        }
        if (!placed) {
            out[n++] = boundary;
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether a break before {@code run[point]} keeps the minimums (and, in Latin, lj, nj, dž). */
    private boolean allowed(char[] run, int point, int letters, boolean latin) {
        if (!latin) {
            return point >= patterns.left && run.length - point >= patterns.right;
        }
        if (completesDigraph(run, point)) {
            return false;
        }
        int before = point - digraphsBefore(run, point);
        return before >= patterns.left && letters - before >= patterns.right;
    }

    private Prefixes prefixes() {
        return switch (patterns) {
            case SR_CYRL -> Prefixes.CYRILLIC;
            case SR_LATN -> Prefixes.LATIN;
            default -> null;
        };
    }

    /** The points in both ascending arrays. */
    private static int[] agreed(int[] a, int[] b) {
        int[] both = new int[Math.min(a.length, b.length)];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                both[n++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(both, n);
    }

    /** Latin lj, nj and dž before {@code end}: each is two chars but one Serbian letter. */
    private static int digraphsBefore(char[] run, int end) {
        int digraphs = 0;
        for (int i = 1; i < end; i++) {
            if (completesDigraph(run, i)) {
                digraphs++;
            }
        }
        return digraphs;
    }

    private static boolean completesDigraph(char[] run, int i) {
        char first = run[i - 1];
        char second = run[i];
        return second == 'j' ? first == 'l' || first == 'n' : second == 'ž' && first == 'd';
    }

    /**
     * Liang's patterns in a hash table: a key of letters (and the word boundary '.') gives the
     * inter-letter values around it. Read straight from the pattern file in OpenPDF's format
     * ({@code <classes>}, then {@code <patterns>}, one to a line), which takes a few milliseconds;
     * OpenPDF's own {@code HyphenationTree} takes a hundred and more to build its ternary tree when
     * the process is cold, and loses values of 7 to 9 (en-US writes its exception words as
     * whole-word patterns with 8 and 9: .pho8t8o9g8r8a8p8h8s.).
     */
    private static final class Table {
        private final BitSet alphabet = new BitSet();
        private final Map<String, byte[]> table = new HashMap<>();
        private int longest;

        void load(InputStream in) throws IOException {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String classes = section(text, "classes");
            String patterns = section(text, "patterns");
            for (String line : classes.split("\\s+")) {
                for (int i = 0; i < line.length(); i++) {
                    alphabet.set(line.charAt(i));
                }
            }
            StringBuilder key = new StringBuilder();
            byte[] values = new byte[64];
            for (String pattern : patterns.split("\\s+")) {
                if (pattern.isEmpty()) {
                    continue;
                }
                key.setLength(0);
                Arrays.fill(values, (byte) 0);
                for (int i = 0; i < pattern.length(); i++) {
                    char c = pattern.charAt(i);
                    if (c >= '0' && c <= '9') {
                        values[key.length()] = (byte) (c - '0');
                    } else {
                        key.append(c);
                    }
                }
                table.put(key.toString(), Arrays.copyOf(values, key.length() + 1));
                longest = Math.max(longest, key.length());
            }
        }

        private static String section(String text, String name) throws IOException {
            int start = text.indexOf("<" + name + ">");
            int end = text.indexOf("</" + name + ">");
            if (start < 0 || end < start) {
                throw new IOException("no <" + name + "> in the hyphenation patterns");
            }
            return text.substring(start + name.length() + 2, end);
        }

        boolean knows(char c) {
            return alphabet.get(c);
        }

        /**
         * The offsets in {@code run} (lower-case letters) where the patterns allow a break, at
         * least {@code left} letters from its start and {@code right} from its end.
         */
        int[] hyphenate(char[] run, int left, int right) {
            int n = run.length;
            char[] word = new char[n + 2];
            word[0] = '.';
            System.arraycopy(run, 0, word, 1, n);
            word[n + 1] = '.';
            byte[] values = new byte[word.length + 1];
            for (int i = 0; i < word.length; i++) {
                int max = Math.min(word.length, i + longest);
                for (int j = i + 1; j <= max; j++) {
                    byte[] found = table.get(new String(word, i, j - i));
                    if (found != null) {
                        for (int k = 0; k < found.length; k++) {
                            if (found[k] > values[i + k]) {
                                values[i + k] = found[k];
                            }
                        }
                    }
                }
            }
            int[] points = new int[n];
            int count = 0;
            for (int p = Math.max(1, left); p <= n - right; p++) {
                // The value before run[p] sits before word[p + 1].
                if ((values[p + 1] & 1) == 1) {
                    points[count++] = p;
                }
            }
            return Arrays.copyOf(points, count);
        }
    }
}
