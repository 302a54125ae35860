package rs.glasnik.translit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the Latin-to-Cyrillic direction cannot know from letters alone: stems in which lj, nj or dž
 * are two letters ({@code in|jekc} gives инјекција), and foreign words that stay Latin.
 *
 * <p>The text format, one entry per line ({@code #} starts a comment):
 *
 * <pre>
 * in|jekc        a stem: | marks where two letters must stay apart (matched anywhere in a word)
 * ^an|jon        ^ ties a stem to the start of a word (anjon, anjona; not kanjon)
 * ^nad|že$       $ ties it to the end as well: the whole word
 * !Microsoft     a word kept in Latin, with its inflected forms (Microsoftom)
 * </pre>
 *
 * {@code Exceptions.builtIn().plus(Exceptions.parse(text, "translit-exceptions.txt"))}
 */
public final class Exceptions {
    /**
     * A stem and where it splits: {@code split} is the index of the second letter of a pair; {@code
     * atStart} and {@code atEnd} tie it to the start or end of a word.
     */
    private record Stem(String text, int split, boolean atStart, boolean atEnd) {}

    /** A problem in an exceptions file. */
    public static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        FormatException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static final Exceptions BUILT_IN = loadBuiltIn();

    /** Stems by the three letters at their split: the pair and the letter after it ("nje"). */
    private final Map<String, List<Stem>> stems;

    private final Set<String> keep;
    private final int stemCount;

    private Exceptions(Map<String, List<Stem>> stems, Set<String> keep, int stemCount) {
        this.stems = stems;
        this.keep = keep;
        this.stemCount = stemCount;
    }

    /** The exceptions glasnik ships: stems from Serbian orthography and common foreign names. */
    public static Exceptions builtIn() {
        return BUILT_IN;
    }

    public static Exceptions empty() {
        return new Exceptions(Map.of(), Set.of(), 0);
    }

    public int stems() {
        return stemCount;
    }

    public int keptWords() {
        return keep.size();
    }

    /** These exceptions and those of {@code other}. */
    public Exceptions plus(Exceptions other) {
        Map<String, List<Stem>> merged = new HashMap<>();
        stems.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        other.stems.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        Set<String> keepAll = new HashSet<>(keep);
        keepAll.addAll(other.keep);
        return new Exceptions(merged, keepAll, stemCount + other.stemCount);
    }

    /** Reads the text format; every bad line is reported with its number. */
    public static Exceptions parse(String text) throws FormatException {
        Map<String, List<Stem>> stems = new HashMap<>();
        Set<String> keep = new HashSet<>();
        int count = 0;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            line = java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFC);
            if (line.startsWith("!")) {
                String word = line.substring(1).strip();
                if (word.isEmpty()
                        || !word.chars()
                                .allMatch(
                                        c ->
                                                Letters.isWordChar((char) c)
                                                        || c == '-'
                                                        || c == '\'')) {
                    throw new FormatException(
                            n + 1,
                            "'"
                                    + line
                                    + "' is not a word to keep; write one word after '!', e.g. !Microsoft");
                }
                keep.add(word.toLowerCase(Locale.ROOT));
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            boolean atStart = lower.startsWith("^");
            boolean atEnd = lower.endsWith("$");
            lower = lower.substring(atStart ? 1 : 0, lower.length() - (atEnd ? 1 : 0));
            if (!lower.contains("|")) {
                throw new FormatException(
                        n + 1,
                        "'"
                                + line
                                + "' has no '|'; mark where the two letters part, e.g. in|jekc, or start a kept word with '!'");
            }
            String plain = lower.replace("|", "");
            if (!plain.chars().allMatch(c -> Letters.isLatin((char) c))) {
                throw new FormatException(
                        n + 1, "'" + line + "' must be Latin letters and '|' only");
            }
            int offset = 0;
            for (int i = 0; i < lower.length(); i++) {
                if (lower.charAt(i) != '|') {
                    continue;
                }
                int split = i - offset;
                offset++;
                if (split == 0 || split >= plain.length() || !isPair(plain, split)) {
                    throw new FormatException(
                            n + 1, "'" + line + "': '|' must stand between l|j, n|j or d|ž");
                }
                stems.computeIfAbsent(key(plain, split), k -> new ArrayList<>())
                        .add(new Stem(plain, split, atStart, atEnd));
                count++;
            }
        }
        return new Exceptions(stems, keep, count);
    }

    private static boolean isPair(String s, int split) {
        char a = s.charAt(split - 1);
        char b = s.charAt(split);
        return ((a == 'l' || a == 'n') && b == 'j') || (a == 'd' && b == 'ž');
    }

    private static String key(String s, int split) {
        return split + 1 < s.length()
                ? s.substring(split - 1, split + 2)
                : s.substring(split - 1, split + 1);
    }

    /**
     * Whether the pair whose second letter is at {@code split} in {@code lowerWord} is two letters,
     * because the word contains an exception stem there.
     */
    boolean splitsAt(String lowerWord, int split) {
        if (stems.isEmpty()) {
            return false;
        }
        String longKey =
                split + 1 < lowerWord.length() ? lowerWord.substring(split - 1, split + 2) : null;
        if (longKey != null && matches(stems.get(longKey), lowerWord, split)) {
            return true;
        }
        return matches(stems.get(lowerWord.substring(split - 1, split + 1)), lowerWord, split);
    }

    private static boolean matches(List<Stem> candidates, String word, int split) {
        if (candidates == null) {
            return false;
        }
        for (Stem stem : candidates) {
            int start = split - stem.split();
            if (start >= 0
                    && word.startsWith(stem.text(), start)
                    && (!stem.atStart() || start == 0)
                    && (!stem.atEnd() || start + stem.text().length() == word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Serbian case endings a foreign name takes: Googlea, Microsoftom, Facebookovom. */
    private static final List<String> ENDINGS =
            List.of(
                    "a", "e", "i", "u", "o", "om", "em", "ov", "ova", "ove", "ovu", "ovi", "ovo",
                    "ovog", "ovom", "ovim", "ima", "ama");

    /** Whether a word is a foreign name kept in Latin, or an inflected form of one. */
    boolean keeps(String lowerWord) {
        if (keep.isEmpty()) {
            return false;
        }
        if (keep.contains(lowerWord)) {
            return true;
        }
        for (String ending : ENDINGS) {
            if (lowerWord.length() > ending.length() + 2 && lowerWord.endsWith(ending)) {
                String stem = lowerWord.substring(0, lowerWord.length() - ending.length());
                if (keep.contains(stem) || keep.contains(stem + "a")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Exceptions loadBuiltIn() {
        try {
            return parse(resource("digraph-exceptions.txt"))
                    .plus(parse(resource("foreign-words.txt")));
        } catch (FormatException e) {
            throw new IllegalStateException(
                    "built-in exceptions, line " + e.line() + ": " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Exceptions.class.getResourceAsStream(name)) {
            if (in == null) {
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
