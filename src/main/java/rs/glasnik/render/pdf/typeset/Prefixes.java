package rs.glasnik.render.pdf.typeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Serbian prefixes that end in a consonant ({@code glasnik/hyphenation/sr-prefixes.txt}, whose
 * header gives the rule): where a word's prefix ends, so that {@link Hyphenation} breaks there
 * (без-бед-но-сти) rather than where the patterns put the break in the consonant cluster
 * (бе-збед-но-сти).
 *
 * <p>{@code Prefixes.CYRILLIC.boundary("безбедности".toCharArray())} is 3.
 */
final class Prefixes {
    static final Prefixes CYRILLIC = load(false);
    static final Prefixes LATIN = load(true);

    private static final String VOICED_CYRILLIC = "бвгдђжзјлљмнњрџ";
    private static final String VOICED_LATIN = "bvgdđžzjlmnr";
    private static final String VOICELESS_CYRILLIC = "пкфхцч";
    private static final String VOICELESS_LATIN = "pkfhcč";

    private record Prefix(String letters, String followers) {}

    private final boolean latin;
    private final List<Prefix> prefixes;
    private final List<String> exceptions;

    private Prefixes(boolean latin, List<Prefix> prefixes, List<String> exceptions) {
        this.latin = latin;
        this.prefixes = prefixes;
        this.exceptions = exceptions;
    }

    private static Prefixes load(boolean latin) {
        String resource = "glasnik/hyphenation/sr-prefixes.txt";
        String text;
        try (InputStream in = Prefixes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        List<Prefix> prefixes = new ArrayList<>();
        List<String> exceptions = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("! ")) {
                String[] f = line.substring(2).split("\t");
                exceptions.add(latin ? f[1] : f[0]);
                continue;
            }
            String[] f = line.split("\t");
            String voiced = latin ? VOICED_LATIN : VOICED_CYRILLIC;
            String followers =
                    switch (f[2]) {
                        case "voiced" -> voiced;
                        case "voiced-sš" -> voiced + (latin ? "sš" : "сш");
                        case "voiceless" -> latin ? VOICELESS_LATIN : VOICELESS_CYRILLIC;
                        default -> throw new IllegalStateException(resource + ": " + line);
                    };
            prefixes.add(new Prefix(latin ? f[1] : f[0], followers));
        }
        // The longest first: обез before без.
        prefixes.sort((a, b) -> b.letters.length() - a.letters.length());
        return new Prefixes(latin, List.copyOf(prefixes), List.copyOf(exceptions));
    }

    /**
     * Where the prefix of {@code run} (lower-case letters) ends, or -1 if it has none: the offset
     * of the first letter after it.
     */
    int boundary(char[] run) {
        for (String e : exceptions) {
            if (startsWith(run, 0, e)) {
                return -1;
            }
        }
        int start = 0;
        if (startsWith(run, 0, latin ? "naj" : "нај")) {
            start = 3;
        } else if (startsWith(run, 0, latin ? "ne" : "не")) {
            start = 2;
        }
        int found = boundaryAt(run, start);
        return found < 0 && start > 0 ? boundaryAt(run, 0) : found;
    }

    private int boundaryAt(char[] run, int start) {
        for (Prefix p : prefixes) {
            if (!startsWith(run, start, p.letters)) {
                continue;
            }
            int b = start + p.letters.length();
            if (b + 2 > run.length || p.followers.indexOf(run[b]) < 0) {
                return -1;
            }
            char last = run[b - 1];
            if (latin && last == 'd' && run[b] == 'ž') {
                return -1;
            }
            // A syllabic r (под-р-шка) is the vowel of the next syllable, not its consonant.
            if (vowelAt(run, b)) {
                return -1;
            }
            for (int i = b + 1; i < run.length; i++) {
                if (vowelAt(run, i)) {
                    return b;
                }
            }
            return -1;
        }
        return -1;
    }

    private static boolean vowel(char c) {
        return "аеиоуaeiou".indexOf(c) >= 0;
    }

    /** Whether {@code run[i]} is a vowel, or an r with no vowel beside it (врх, срп-ски). */
    static boolean vowelAt(char[] run, int i) {
        char c = run[i];
        if (vowel(c)) {
            return true;
        }
        return (c == 'р' || c == 'r')
                && (i == 0 || !vowel(run[i - 1]))
                && (i + 1 == run.length || !vowel(run[i + 1]));
    }

    private static boolean startsWith(char[] run, int at, String s) {
        if (at + s.length() > run.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (run[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
