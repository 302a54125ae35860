package rs.glasnik.translit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * !Microsoft     a name kept in Latin, exact case, with Serbian case endings (Microsoftom)
 * !Iron Dome     a name of several words, kept as a whole (Iron Domea)
 * !NASA          an acronym kept in Latin (NASA, NASA-e)
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

    /** Names kept in Latin, as written; and in capitals (OPEL) for lines in capitals. */
    private final Set<String> keep;

    /** The first two letters of the kept names; see {@link #start}. */
    private final long[] starts;

    /** Names of several words, by their first word. */
    private final Map<String, List<String[]>> phrases;

    private final int stemCount;

    private Exceptions(
            Map<String, List<Stem>> stems,
            Set<String> keep,
            Map<String, List<String[]>> phrases,
            int stemCount) {
        this.stems = stems;
        this.keep = keep;
        this.starts = starts(keep);
        this.phrases = phrases;
        this.stemCount = stemCount;
    }

    /** The exceptions glasnik ships: stems from Serbian orthography and common foreign names. */
    public static Exceptions builtIn() {
        return BUILT_IN;
    }

    public static Exceptions empty() {
        return new Exceptions(Map.of(), Set.of(), Map.of(), 0);
    }

    public int stems() {
        return stemCount;
    }

    public int keptWords() {
        int phraseCount = 0;
        for (List<String[]> list : phrases.values()) {
            phraseCount += list.size();
        }
        return keep.size() / 2 + phraseCount;
    }

    /** These exceptions and those of {@code other}. */
    public Exceptions plus(Exceptions other) {
        Map<String, List<Stem>> merged = new HashMap<>();
        stems.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        other.stems.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        Set<String> keepAll = new HashSet<>(keep);
        keepAll.addAll(other.keep);
        Map<String, List<String[]>> phrasesAll = new HashMap<>();
        phrases.forEach((k, v) -> phrasesAll.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        other.phrases.forEach(
                (k, v) -> phrasesAll.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return new Exceptions(merged, keepAll, phrasesAll, stemCount + other.stemCount);
    }

    /** Reads the text format; every bad line is reported with its number. */
    public static Exceptions parse(String text) throws FormatException {
        Map<String, List<Stem>> stems = new HashMap<>();
        Set<String> keep = new HashSet<>();
        Map<String, List<String[]>> phrases = new HashMap<>();
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
                String name = line.substring(1).strip();
                String[] words = name.split("\\s+");
                boolean good = !name.isEmpty();
                for (String word : words) {
                    good &=
                            !word.isEmpty()
                                    && Letters.isWordChar(word.charAt(0))
                                    && word.chars()
                                            .allMatch(
                                                    c ->
                                                            Letters.isWordChar((char) c)
                                                                    || c == '-'
                                                                    || c == '\''
                                                                    || c == '’');
                }
                if (!good) {
                    throw new FormatException(
                            n + 1,
                            "'"
                                    + line
                                    + "' is not a name to keep; write a word or a name of words"
                                    + " after '!', e.g. !Microsoft or !Iron Dome");
                }
                if (words.length == 1) {
                    keep.add(name);
                    keep.add(name.toUpperCase(Locale.ROOT));
                    if (name.equals(name.toLowerCase(Locale.ROOT))) {
                        // e-mail, E-mail: a word in lower case may start a sentence.
                        keep.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
                    }
                } else {
                    phrases.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                    String[] upper = new String[words.length];
                    for (int k = 0; k < words.length; k++) {
                        upper[k] = words[k].toUpperCase(Locale.ROOT);
                    }
                    phrases.computeIfAbsent(upper[0], k -> new ArrayList<>()).add(upper);
                }
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
        return new Exceptions(stems, keep, phrases, count);
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

    /**
     * The closed set of Serbian endings a foreign name takes, added to the name as written
     * (Microsofta, Microsoftu, Microsoftom, Googleom, Microsoftov, Microsoftove...). Not -o (Audio
     * is not Audi; opelo is not Opel).
     */
    private static final List<String> ENDINGS =
            List.of(
                    "a", "e", "i", "u", "om", "em", "ima", "ov", "ova", "ove", "ovu", "ovi", "ovo",
                    "ovog", "ovoga", "ovom", "ovoj", "ovim", "ovih", "ovima", "ev", "eva", "eve",
                    "evu", "evi", "evo", "evog", "evom", "evoj", "evim", "evih");

    /** Endings after a name's final a, which they replace: Dacia, Dacie, Daciom, Dacijin. */
    private static final List<String> A_ENDINGS =
            List.of("e", "i", "u", "om", "ama", "in", "ina", "ine", "inu", "inom", "inog", "inoj");

    /**
     * Whether a word is a name kept in Latin, exactly as listed (or in capitals), or the name with
     * one of a closed set of Serbian endings: Microsoftom, Audija (Audi + j), Dacie.
     */
    boolean keeps(String word) {
        int n = word.length();
        if (keep.isEmpty()
                || n < 2
                || (Arrays.binarySearch(starts, start(word)) < 0
                        && (n == 2 || Arrays.binarySearch(starts, start(word) & ~0xFFFFL) < 0))) {
            return false; // no kept name starts with these letters
        }
        if (keep.contains(word)) {
            return true;
        }
        for (String ending : ENDINGS) {
            if (n > ending.length() + 1 && endsWithIgnoringCapitals(word, ending)) {
                String stem = word.substring(0, n - ending.length());
                if (keep.contains(stem)) {
                    return true;
                }
                // Audi: Audija, Audiju, Audijem; Ferrari: Ferrarija.
                if (stem.length() > 2
                        && (stem.endsWith("j") || stem.endsWith("J"))
                        && isI(stem.charAt(stem.length() - 2))
                        && keep.contains(stem.substring(0, stem.length() - 1))) {
                    return true;
                }
                // Volvo, Lenovo: Volva, Volvu, Volvom.
                if ((keep.contains(stem + "o") || keep.contains(stem + "O"))
                        && (ending.equals("a") || ending.equals("u") || ending.equals("om"))) {
                    return true;
                }
            }
        }
        for (String ending : A_ENDINGS) {
            if (n > ending.length() + 1 && endsWithIgnoringCapitals(word, ending)) {
                String stem = word.substring(0, n - ending.length());
                if (keep.contains(stem + "a") || keep.contains(stem + "A")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isI(char c) {
        return c == 'i' || c == 'I';
    }

    /** The word ends with {@code ending} in lower case, or in capitals when it is all capitals. */
    private static boolean endsWithIgnoringCapitals(String word, String ending) {
        int from = word.length() - ending.length();
        if (word.startsWith(ending, from)) {
            return true;
        }
        for (int k = 0; k < ending.length(); k++) {
            if (word.charAt(from + k) != Character.toUpperCase(ending.charAt(k))) {
                return false;
            }
        }
        return word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** Whether a kept name of several words starts with a lower-case word (!deep learning). */
    boolean lowerCasePhrases() {
        if (phrases.isEmpty()) {
            return false;
        }
        for (String first : phrases.keySet()) {
            if (!Character.isUpperCase(first.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first three letters of a word as one number (two for a word of two letters), for {@link
     * #starts}.
     */
    private static long start(String word) {
        long code = ((long) word.charAt(0) << 32) | ((long) word.charAt(1) << 16);
        return word.length() > 2 ? code | word.charAt(2) : code;
    }

    /** The first two letters of every kept name, sorted: most words are rejected by them. */
    private static long[] starts(Set<String> keep) {
        // A name of two letters (pH) gives a code of two, which keeps() also looks up (pHa).
        return keep.stream()
                .filter(w -> w.length() >= 2)
                .mapToLong(Exceptions::start)
                .distinct()
                .sorted()
                .toArray();
    }

    /**
     * Where a kept name of several words that starts at {@code words[k]} ends (the index after its
     * last word), or {@code k} when none does: Iron Dome, General Dynamics, Washington Posta.
     */
    int phraseAt(CharSequence s, KeptSpans.Word[] words, int k, int n) {
        if (phrases.isEmpty()) {
            return k;
        }
        List<String[]> candidates = phrases.get(KeptSpans.text(s, words[k]));
        if (candidates == null) {
            return k;
        }
        int best = k;
        for (String[] phrase : candidates) {
            int m = 1;
            while (m < phrase.length && k + m < n && words[k + m].joined()) {
                String w = KeptSpans.text(s, words[k + m]);
                boolean last = m == phrase.length - 1;
                if (!(w.equals(phrase[m]) || (last && endsAs(w, phrase[m])))) {
                    break;
                }
                m++;
            }
            if (m == phrase.length) {
                best = Math.max(best, k + m);
            }
        }
        return best;
    }

    private static boolean endsAs(String word, String name) {
        return Exceptions.empty().plusName(name).keeps(word);
    }

    private Exceptions plusName(String name) {
        return new Exceptions(Map.of(), Set.of(name), Map.of(), 0);
    }

    private static Exceptions loadBuiltIn() {
        try {
            return parse(resource("digraph-exceptions.txt"))
                    .plus(parse(resource("digraph-prefixes.txt")))
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
