package rs.glasnik.render.pdf.typeset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns runs of styled text into the items of the line breaker and sets them as lines: words are
 * boxes (split at hyphenation points into pieces that keep their kerning), spaces are glue, line
 * breaks are forced breaks.
 *
 * <p>{@code List<Slab> lines = paragraphs.set(spans, look);}
 */
public final class Paragraphs {
    /** Where a word may be divided with a hyphen: ascending offsets into the word. */
    public interface WordBreaks {
        int[] points(String word);

        WordBreaks NONE = word -> new int[0];
    }

    /** A run of text in one style. */
    public record Span(String text, TextStyle style) {}

    /**
     * How a paragraph is set: its alignment, line height and where its baseline sits in it (both in
     * points), its indents from the text area's left and right edges, and whether it is hyphenated.
     */
    public record Look(
            TextLine.Align align, float leading, float left, float right, boolean hyphenate) {}

    /** The cost of breaking at a hyphen: a little more than at a space. */
    private static final float HYPHEN_PENALTY = 50;

    /** Names (a capital first) are divided only when nothing else will do. */
    private static final float NAME_PENALTY = 500;

    /** A word too wide for the line (an address) breaks after its punctuation... */
    private static final float PUNCTUATION_PENALTY = 100;

    /** ... and where that is not enough, between two characters. */
    private static final float CHARACTER_PENALTY = 1000;

    private final WordBreaks breaks;
    private final boolean breakAfterHyphen;
    private final float measure;

    /**
     * @param breaks the hyphenation of the document's language
     * @param breakAfterHyphen whether a line may break after the hyphen of a compound (English;
     *     Serbian repeats the hyphen on the next line, so glasnik does not break there)
     * @param measure the width of the text area, in points
     */
    public Paragraphs(WordBreaks breaks, boolean breakAfterHyphen, float measure) {
        this.breaks = breaks;
        this.breakAfterHyphen = breakAfterHyphen;
        this.measure = measure;
    }

    /** The lines of a paragraph; {@code marker}, if not null, hangs left of its first line. */
    public List<Slab> set(List<Span> spans, Look look, TextLine.Marker marker) {
        List<Item> items = items(spans, look);
        if (items.size() <= 2) {
            return List.of();
        }
        float width = lineWidth(look);
        List<LineBreaker.Line> lines = LineBreaker.breakLines(items, width, width);
        float size = 0;
        for (Span s : spans) {
            size = Math.max(size, s.style().size());
        }
        float baseline = (look.leading() - size) / 2 + size * 0.8f;
        List<Slab> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(
                    new TextLine(
                            items,
                            lines.get(i),
                            look.left(),
                            width,
                            look.align(),
                            look.leading(),
                            baseline,
                            i == 0 ? marker : null));
        }
        return out;
    }

    /** The width of the lines of a paragraph set with {@code look}, in points. */
    private float lineWidth(Look look) {
        return measure - look.left() - look.right();
    }

    /** The items of a paragraph, ending with the glue that fills its last line and a break. */
    List<Item> items(List<Span> spans, Look look) {
        List<Item> items = new ArrayList<>();
        boolean justify = look.align() == TextLine.Align.JUSTIFY;
        Word word = new Word(look.hyphenate(), lineWidth(look));
        for (Span span : spans) {
            TextStyle style = span.style();
            String text = span.text();
            // A word may go on in the next span (another style): it is measured whole.
            word.style(style);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    word(items, word);
                    space(items, style, justify);
                } else if (c == '\n') {
                    word(items, word);
                    trimSpace(items);
                    items.add(new Item.Glue(0, Item.INFINITE, 0, style, false));
                    items.add(new Item.Penalty(0, -Item.INFINITE, false, false, style));
                } else if (c == '\u200B') {
                    word(items, word);
                    items.add(new Item.Penalty(0, 0, false, false, style));
                } else if (c == '\u00AD') {
                    word.explicit.add(word.text.length());
                } else if (directionControl(c)) {
                    // The PDF is set left to right, without reordering: a direction control
                    // (checked warns of each) would only reverse the text a reader copies out.
                    continue;
                } else {
                    word.mark();
                    word.text.append(c);
                }
            }
        }
        word(items, word);
        trimSpace(items);
        TextStyle last = spans.isEmpty() ? null : spans.get(spans.size() - 1).style();
        if (last == null) {
            return items;
        }
        items.add(new Item.Glue(0, Item.INFINITE, 0, last, false));
        items.add(new Item.Penalty(0, -Item.INFINITE, false, false, last));
        return items;
    }

    /**
     * The word being read: its text, where each of its styles starts in it, and the offsets of its
     * soft hyphens.
     */
    private static final class Word {
        final boolean hyphenate;
        final float lineWidth;
        final StringBuilder text = new StringBuilder();
        final List<Integer> explicit = new ArrayList<>();
        final List<Integer> starts = new ArrayList<>();
        final List<TextStyle> styles = new ArrayList<>();
        TextStyle current;

        Word(boolean hyphenate, float lineWidth) {
            this.hyphenate = hyphenate;
            this.lineWidth = lineWidth;
        }

        /** The style of what is appended next. */
        void style(TextStyle style) {
            current = style;
        }

        /** Marks where the current style starts, before its first character is appended. */
        void mark() {
            TextStyle previous = styles.isEmpty() ? null : styles.get(styles.size() - 1);
            if (previous != current && !current.equals(previous)) {
                int at = text.length();
                if (!starts.isEmpty() && starts.get(starts.size() - 1) == at) {
                    // A span that added nothing.
                    styles.set(styles.size() - 1, current);
                } else {
                    starts.add(at);
                    styles.add(current);
                }
            }
        }

        /** The end of part {@code k}. */
        int end(int k) {
            return k + 1 < starts.size() ? starts.get(k + 1) : text.length();
        }

        void clear() {
            text.setLength(0);
            explicit.clear();
            starts.clear();
            styles.clear();
        }
    }

    private static void trimSpace(List<Item> items) {
        while (!items.isEmpty() && items.get(items.size() - 1) instanceof Item.Glue) {
            items.remove(items.size() - 1);
        }
        while (!items.isEmpty()
                && items.get(items.size() - 1) instanceof Item.Penalty p
                && p.penalty() == 0
                && !p.hyphen()) {
            items.remove(items.size() - 1);
            while (!items.isEmpty() && items.get(items.size() - 1) instanceof Item.Glue) {
                items.remove(items.size() - 1);
            }
        }
    }

    /**
     * Space between words. Justified: glue that stretches by half a space and shrinks by a third.
     * Ragged: the glue of Knuth and Plass's ragged right, which stretches only where a line ends.
     */
    private static void space(List<Item> items, TextStyle style, boolean justify) {
        if (items.isEmpty() || !(items.get(items.size() - 1) instanceof Item.Box)) {
            return;
        }
        float space = style.width(' ');
        if (justify) {
            items.add(new Item.Glue(space, space / 2, space / 3, style, true));
        } else {
            float ragged = style.size() * 3;
            items.add(new Item.Glue(0, ragged, 0, style, false));
            items.add(new Item.Penalty(0, 0, false, false, style));
            items.add(new Item.Glue(space, -ragged, 0, style, true));
        }
    }

    /**
     * The word in {@code word} as boxes and the penalties between them; empties it. A word wider
     * than the line is divided wherever it must be, as {@link WideWords} says, and each of its
     * lines is set ragged: the breaks inside it carry the stretch of a ragged line, so that a line
     * which ends inside it is not letter-spaced. A word set in several styles (a link and the full
     * stop after it) is measured whole, so that what follows its last piece fits on that line too.
     */
    private void word(List<Item> items, Word word) {
        if (word.text.length() == 0) {
            word.clear();
            return;
        }
        String text = word.text.toString();
        int parts = word.starts.size();
        float hyphen = 0;
        float total = 0;
        for (int k = 0; k < parts; k++) {
            TextStyle style = word.styles.get(k);
            hyphen = Math.max(hyphen, style.width(TextLine.SOFT_HYPHEN.codePointAt(0)));
            total += style.width(text.substring(word.starts.get(k), word.end(k)));
        }
        boolean wide = total > word.lineWidth;
        int[] points = new int[0];
        if (word.hyphenate || wide) {
            if (!word.explicit.isEmpty()) {
                points = word.explicit.stream().mapToInt(Integer::intValue).toArray();
            } else {
                List<Integer> all = new ArrayList<>();
                for (int k = 0; k < parts; k++) {
                    int start = word.starts.get(k);
                    for (int p : points(text.substring(start, word.end(k)))) {
                        all.add(start + p);
                    }
                }
                points = all.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        byte[] kinds = null;
        if (wide) {
            kinds = WideWords.breaks(text, points, width(text, word), word.lineWidth, hyphen);
            points = WideWords.offsets(kinds);
        }
        float lineWidth = word.lineWidth;
        Item forbid = null;
        Item stretch = null;
        Item unstretch = null;
        int k = 0;
        int from = 0;
        int p = 0;
        while (from < text.length()) {
            while (word.end(k) <= from) {
                k++;
            }
            TextStyle style = word.styles.get(k);
            int partEnd = word.end(k);
            while (p < points.length && points[p] <= from) {
                p++;
            }
            boolean atBreak = p < points.length && points[p] <= partEnd;
            int to = atBreak ? points[p] : partEnd;
            String piece = text.substring(from, to);
            float width = style.width(piece);
            if (!atBreak || to == text.length()) {
                // The end of the word, or of one of its styles where it may not break.
                items.add(new Item.Box(piece, style, width, 0));
                from = to;
                continue;
            }
            int last = text.codePointBefore(to);
            int next = text.codePointAt(to);
            float trailing = to < partEnd ? style.kern(last, next) : 0;
            boolean hyphenAlready = last == '-' || last == '\u2010';
            items.add(new Item.Box(piece, style, width + trailing, trailing));
            byte kind = kinds == null ? WideWords.HYPHEN : kinds[to];
            float penaltyOfName =
                    Character.isUpperCase(text.codePointAt(word.starts.get(k)))
                            ? NAME_PENALTY
                            : HYPHEN_PENALTY;
            Item.Penalty penalty;
            if (kind == WideWords.PUNCTUATION) {
                penalty = new Item.Penalty(-trailing, PUNCTUATION_PENALTY, false, false, style);
            } else if (kind == WideWords.CHARACTER) {
                penalty = new Item.Penalty(-trailing, CHARACTER_PENALTY, false, false, style);
            } else if (hyphenAlready) {
                penalty = new Item.Penalty(-trailing, HYPHEN_PENALTY, !wide, false, style);
            } else {
                float added = hyphen(style) + style.kern(last, TextLine.SOFT_HYPHEN.codePointAt(0));
                penalty = new Item.Penalty(added - trailing, penaltyOfName, !wide, true, style);
            }
            if (wide) {
                if (forbid == null) {
                    forbid = new Item.Penalty(0, Item.INFINITE, false, false, style);
                    stretch = new Item.Glue(0, lineWidth, 0, style, false);
                    unstretch = new Item.Glue(0, -lineWidth, 0, style, false);
                }
                // Hyphens in a row do not count against a word that needs them.
                items.add(forbid);
                items.add(stretch);
                items.add(penalty);
                items.add(unstretch);
            } else {
                items.add(penalty);
            }
            from = to;
        }
        word.clear();
    }

    private static float hyphen(TextStyle style) {
        return style.width(TextLine.SOFT_HYPHEN.codePointAt(0));
    }

    /** How {@code text}, the text of {@code word}, is measured: each part in its own style. */
    private static WideWords.Width width(String text, Word word) {
        if (word.starts.size() == 1) {
            TextStyle style = word.styles.get(0);
            return (f, t) -> style.width(text.substring(f, t));
        }
        int[] starts = word.starts.stream().mapToInt(Integer::intValue).toArray();
        return (f, t) -> {
            float w = 0;
            // The part that holds f, then those after it, up to t.
            int found = Arrays.binarySearch(starts, f);
            int first = found >= 0 ? found : -found - 2;
            for (int k = first; k < starts.length && starts[k] < t; k++) {
                int a = Math.max(f, starts[k]);
                int b = Math.min(t, word.end(k));
                if (a < b) {
                    w += word.styles.get(k).width(text.substring(a, b));
                }
            }
            return w;
        };
    }

    /**
     * Where a word (without soft hyphens) may be divided: the hyphenation points of each run of
     * letters in it (a word is often several: „Партнерство, и⍽организацијама, 3.⍽бригаде,
     * српско-руске), and in English after the hyphen of a compound.
     */
    private int[] points(String text) {
        if (WideWords.isAddress(text)) {
            // A hyphen added to an address would be taken for part of it.
            return new int[0];
        }
        List<Integer> all = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                char c = text.charAt(i);
                if (breakAfterHyphen
                        && (c == '-' || c == '\u2010')
                        && letters(text, i - 2, i)
                        && letters(text, i + 1, i + 3)) {
                    all.add(i + 1);
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start >= 5) {
                for (int p : breaks.points(text.substring(start, i))) {
                    all.add(start + p);
                }
            }
        }
        int[] points = all.stream().mapToInt(Integer::intValue).distinct().toArray();
        Arrays.sort(points);
        return points;
    }

    private static boolean letters(String text, int from, int to) {
        if (from < 0 || to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The marks and controls of the Unicode bidirectional algorithm. */
    static boolean directionControl(char c) {
        return c == '\u200E'
                || c == '\u200F'
                || c == '\u061C'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
