package rs.glasnik.render.pdf.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * The personal names of a document, which are never hyphenated: the words of its people's names and
 * their Serbian case forms (Ђорђевић, Ђорђевића, Ђорђевићем; Весна, Весне; Александар, Александра).
 *
 * <p>{@code new Names(List.of("Зоран Ђорђевић")).contains("Ђорђевића")} is true.
 */
final class Names {
    /** The most letters a case ending adds (Зоран-ом, Александ-ром). */
    private static final int ENDING = 3;

    private static final String VOWELS = "аеиоуaeiou";

    private final List<String> words = new ArrayList<>();

    Names(List<String> names) {
        for (String name : names) {
            int i = 0;
            while (i < name.length()) {
                while (i < name.length() && !Character.isLetter(name.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < name.length() && Character.isLetter(name.charAt(i))) {
                    i++;
                }
                if (i - start >= 3 && Character.isUpperCase(name.charAt(start))) {
                    words.add(name.substring(start, i));
                }
            }
        }
    }

    /**
     * Whether a run of letters is one of the names or a case form of one: it starts with a capital,
     * it is the name with at most three letters added, after the name's last vowel dropped (Весн-е)
     * or its fleeting a (Александ-р-ом for Александар).
     */
    boolean contains(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (String name : words) {
            int n = name.length();
            int common = 0;
            int max = Math.min(n, word.length());
            while (common < max && name.charAt(common) == word.charAt(common)) {
                common++;
            }
            int dropped = n - common;
            boolean stem =
                    dropped == 0
                            || (dropped == 1 && VOWELS.indexOf(name.charAt(n - 1)) >= 0)
                            || (dropped == 2
                                    && "аa".indexOf(name.charAt(n - 2)) >= 0
                                    && common < word.length()
                                    && word.charAt(common) == name.charAt(n - 1));
            if (stem && word.length() - common <= ENDING) {
                return true;
            }
        }
        return false;
    }

    /** The breaks of {@code breaks}, except in names. */
    Paragraphs.WordBreaks except(Paragraphs.WordBreaks breaks) {
        if (words.isEmpty()) {
            return breaks;
        }
        return word -> contains(word) ? new int[0] : breaks.points(word);
    }
}
