package rs.glasnik.render.pdf;

/** Placeholder until the hyphenation patterns land: no hyphenation. */
final class Hyphenation {
    private Hyphenation() {}

    static Hyphenation forLanguage(String tag) {
        return new Hyphenation();
    }

    int[] points(String word) {
        return new int[0];
    }
}
