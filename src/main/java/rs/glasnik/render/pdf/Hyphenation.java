package rs.glasnik.render.pdf;

import com.lowagie.text.pdf.hyphenation.HyphenationTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a word may break at the end of a line with a hyphen added, for the PDF layout: Liang's
 * patterns from Debian's hyphen packages ({@code glasnik/hyphenation/*.xml}, made by {@code
 * tools/hyphenation.py}), read by OpenPDF's {@link HyphenationTree}, under glasnik's rules about
 * which words may break and how close to their ends.
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
 * <p>Instances are immutable and thread-safe; each language's patterns load once, on first use.
 */
final class Hyphenation {
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
    private final Tree tree;

    private Hyphenation(Patterns patterns, Tree tree) {
        this.patterns = patterns;
        this.tree = tree;
    }

    /**
     * The hyphenation of a language: {@code sr-Cyrl}, {@code sr-Latn} (any region), {@code en} or
     * {@code en-GB}, {@code en-US}.
     *
     * @throws IllegalArgumentException for any other language, or Serbian without a script
     */
    static Hyphenation forLanguage(String bcp47Tag) {
        return LOADED.computeIfAbsent(patternsFor(bcp47Tag), Hyphenation::load);
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

    private static Hyphenation load(Patterns patterns) {
        String resource = "glasnik/hyphenation/" + patterns.tag + ".xml";
        try (InputStream in = Hyphenation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Tree tree = new Tree();
            tree.load(in);
            return new Hyphenation(patterns, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /**
     * The offsets {@code 0 < i < word.length()}, ascending, where the line may break before {@code
     * word.charAt(i)} with a hyphen added; empty if there are none. Pass the word without the
     * punctuation around it ({@code Београду}, not {@code Београду,}).
     */
    int[] points(String word) {
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
            if (!tree.knows(lower)) {
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
        com.lowagie.text.pdf.hyphenation.Hyphenation hyphenation =
                tree.hyphenate(run, 0, run.length, patterns.left, patterns.right);
        if (hyphenation == null) {
            return count;
        }
        for (int point : hyphenation.getHyphenationPoints()) {
            if (latin) {
                if (completesDigraph(run, point)) {
                    continue;
                }
                int before = point - digraphsBefore(run, point);
                if (before < patterns.left || letters - before < patterns.right) {
                    continue;
                }
            }
            found[count++] = offset + point;
        }
        return count;
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

    /** OpenPDF's pattern tree, which also tells which letters its patterns know. */
    private static final class Tree extends HyphenationTree {
        private final BitSet alphabet = new BitSet();

        void load(InputStream in) {
            loadSimplePatterns(in);
            for (Enumeration<?> letters = classmap.keys(); letters.hasMoreElements(); ) {
                alphabet.set(((String) letters.nextElement()).charAt(0));
            }
        }

        boolean knows(char c) {
            return alphabet.get(c);
        }

        /**
         * The inter-letter values stored at {@code k}, two to a byte, each plus one, ended by a
         * zero nibble. OpenPDF 2.0.5 shifts the signed byte, so a value of 7 to 9 in the high
         * nibble comes out negative and is lost: en-US writes its hyphenation exceptions as
         * whole-word patterns with 8 and 9 (.pho8t8o9g8r8a8p8h8s.), and photographs lost
         * pho-to-graphs.
         */
        @Override
        protected byte[] getValues(int k) {
            int length = 0;
            for (int i = k; ; i++) {
                int packed = vspace.get(i) & 0xff;
                if (packed == 0) {
                    break;
                }
                length += (packed & 0x0f) == 0 ? 1 : 2;
                if ((packed & 0x0f) == 0) {
                    break;
                }
            }
            byte[] values = new byte[length];
            for (int i = k, n = 0; n < length; i++) {
                int packed = vspace.get(i) & 0xff;
                values[n++] = (byte) ((packed >>> 4) - 1);
                if (n < length) {
                    values[n++] = (byte) ((packed & 0x0f) - 1);
                }
            }
            return values;
        }
    }
}
