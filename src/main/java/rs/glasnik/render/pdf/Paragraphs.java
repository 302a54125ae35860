package rs.glasnik.render.pdf;

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
final class Paragraphs {
    /** Where a word may be divided with a hyphen: ascending offsets into the word. */
    interface WordBreaks {
        int[] points(String word);

        WordBreaks NONE = word -> new int[0];
    }

    /** A run of text in one style. */
    record Span(String text, TextStyle style) {}

    /**
     * How a paragraph is set: its alignment, line height and where its baseline sits in it (both in
     * points), its indents from the text area's left and right edges, and whether it is hyphenated.
     */
    record Look(TextLine.Align align, float leading, float left, float right, boolean hyphenate) {}

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
    Paragraphs(WordBreaks breaks, boolean breakAfterHyphen, float measure) {
        this.breaks = breaks;
        this.breakAfterHyphen = breakAfterHyphen;
        this.measure = measure;
    }

    /** The lines of a paragraph; {@code marker}, if not null, hangs left of its first line. */
    List<Slab> set(List<Span> spans, Look look, TextLine.Marker marker) {
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
        float width = lineWidth(look);
        StringBuilder word = new StringBuilder();
        List<Integer> explicit = new ArrayList<>();
        for (Span span : spans) {
            TextStyle style = span.style();
            String text = span.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    word(items, word, explicit, style, look.hyphenate(), width);
                    space(items, style, justify);
                } else if (c == '\n') {
                    word(items, word, explicit, style, look.hyphenate(), width);
                    trimSpace(items);
                    items.add(new Item.Glue(0, Item.INFINITE, 0, style, false));
                    items.add(new Item.Penalty(0, -Item.INFINITE, false, false, style));
                } else if (c == '\u200B') {
                    word(items, word, explicit, style, look.hyphenate(), width);
                    items.add(new Item.Penalty(0, 0, false, false, style));
                } else if (c == '\u00AD') {
                    explicit.add(word.length());
                } else {
                    word.append(c);
                }
            }
            // A word may go on in the next span (another style); it is divided per span.
            word(items, word, explicit, style, look.hyphenate(), width);
        }
        trimSpace(items);
        TextStyle last = spans.isEmpty() ? null : spans.get(spans.size() - 1).style();
        if (last == null) {
            return items;
        }
        items.add(new Item.Glue(0, Item.INFINITE, 0, last, false));
        items.add(new Item.Penalty(0, -Item.INFINITE, false, false, last));
        return items;
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
     * The word in {@code word} as boxes and the penalties between them; empties the buffer. A word
     * wider than the line ({@code lineWidth}) is divided wherever it must be, as {@link WideWords}
     * says, and each of its lines is set ragged: the breaks inside it carry the stretch of a ragged
     * line, so that a line which ends inside it is not letter-spaced.
     */
    private void word(
            List<Item> items,
            StringBuilder word,
            List<Integer> explicit,
            TextStyle style,
            boolean hyphenate,
            float lineWidth) {
        if (word.length() == 0) {
            explicit.clear();
            return;
        }
        String text = word.toString();
        word.setLength(0);
        boolean wide = style.width(text) > lineWidth;
        int[] points = hyphenate || wide ? points(text, explicit) : new int[0];
        explicit.clear();
        float hyphen = style.width(TextLine.SOFT_HYPHEN.codePointAt(0));
        byte[] kinds = null;
        if (wide) {
            kinds = WideWords.breaks(text, points, style, lineWidth, hyphen);
            points = WideWords.offsets(kinds);
        }
        float penaltyOfName =
                Character.isUpperCase(text.codePointAt(0)) ? NAME_PENALTY : HYPHEN_PENALTY;
        Item forbid = wide ? new Item.Penalty(0, Item.INFINITE, false, false, style) : null;
        Item stretch = wide ? new Item.Glue(0, lineWidth, 0, style, false) : null;
        Item unstretch = wide ? new Item.Glue(0, -lineWidth, 0, style, false) : null;
        int from = 0;
        for (int k = 0; k <= points.length; k++) {
            int to = k < points.length ? points[k] : text.length();
            if (to <= from) {
                continue;
            }
            String piece = text.substring(from, to);
            float width = style.width(piece);
            if (to == text.length()) {
                items.add(new Item.Box(piece, style, width, 0));
                break;
            }
            int last = text.codePointBefore(to);
            int next = text.codePointAt(to);
            float trailing = style.kern(last, next);
            boolean hyphenAlready = last == '-' || last == '\u2010';
            items.add(new Item.Box(piece, style, width + trailing, trailing));
            byte kind = kinds == null ? WideWords.HYPHEN : kinds[to];
            Item.Penalty penalty;
            if (kind == WideWords.PUNCTUATION) {
                penalty = new Item.Penalty(-trailing, PUNCTUATION_PENALTY, false, false, style);
            } else if (kind == WideWords.CHARACTER) {
                penalty = new Item.Penalty(-trailing, CHARACTER_PENALTY, false, false, style);
            } else if (hyphenAlready) {
                penalty = new Item.Penalty(-trailing, HYPHEN_PENALTY, !wide, false, style);
            } else {
                float added = hyphen + style.kern(last, TextLine.SOFT_HYPHEN.codePointAt(0));
                penalty = new Item.Penalty(added - trailing, penaltyOfName, !wide, true, style);
            }
            if (wide) {
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
    }

    /**
     * Where the word may be divided: soft hyphens if it has any; else the hyphenation points of
     * each run of letters in it (a word is often several: „Партнерство, и⍽организацијама,
     * 3.⍽бригаде, српско-руске), and in English after the hyphen of a compound.
     */
    private int[] points(String text, List<Integer> explicit) {
        if (!explicit.isEmpty()) {
            return explicit.stream().mapToInt(Integer::intValue).toArray();
        }
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
}
