package rs.glasnik.translit;

import java.util.ArrayList;
import java.util.List;

/**
 * Transliterates text that is split into formatted pieces (the runs of a Word paragraph) as one
 * text, so that a word split across two runs is still read as one word, and gives each piece its
 * own converted text back.
 *
 * <p>{@code Segments.convert(t, List.of("Ље", "бићу"), Direction.TO_LATIN, sink)} gives {@code
 * ["Lje", "biću"]}.
 */
public final class Segments {
    private Segments() {}

    public static List<String> convert(
            SerbianTransliterator transliterator,
            List<String> segments,
            SerbianTransliterator.Direction direction,
            Warning.Sink sink) {
        StringBuilder joined = new StringBuilder();
        for (String s : segments) {
            joined.append(s);
        }
        String in = joined.toString();
        String out = transliterator.convert(in, direction, sink);
        int[] starts = align(in, out, direction);
        if (starts == null) {
            // The text changed length in a way letters do not explain (normalisation): piece by
            // piece.
            List<String> each = new ArrayList<>(segments.size());
            for (String s : segments) {
                each.add(transliterator.convert(s, direction, Warning.Sink.IGNORE));
            }
            return each;
        }
        List<String> result = new ArrayList<>(segments.size());
        int position = 0;
        for (String s : segments) {
            int from = starts[position];
            position += s.length();
            int to = starts[position];
            result.add(out.substring(from, to));
        }
        return result;
    }

    /**
     * For each index of {@code in} (and its end), where its converted text starts in {@code out};
     * null when the two cannot be aligned letter by letter.
     */
    static int[] align(String in, String out, SerbianTransliterator.Direction direction) {
        int n = in.length();
        int[] starts = new int[n + 1];
        int i = 0;
        int o = 0;
        int markupClose = -1;
        while (i < n) {
            if (i == markupClose) {
                starts[i] = o;
                starts[i + 1] = o;
                i += 2;
                markupClose = -1;
                continue;
            }
            if (markupClose < 0 && in.startsWith("{{", i)) {
                int lineEnd = in.indexOf('\n', i);
                int close = NoConvert.close(in, i + 2, lineEnd < 0 ? n : lineEnd);
                if (close >= 0) {
                    starts[i] = o;
                    starts[i + 1] = o;
                    i += 2;
                    markupClose = close;
                    continue;
                }
            }
            if (o >= out.length()) {
                return null;
            }
            starts[i] = o;
            char c = in.charAt(i);
            if (direction == SerbianTransliterator.Direction.TO_LATIN) {
                boolean digraph =
                        "ЉЊЏљњџ".indexOf(c) >= 0
                                && o + 1 < out.length()
                                && "LlNnDd".indexOf(out.charAt(o)) >= 0
                                && "jJžŽ".indexOf(out.charAt(o + 1)) >= 0;
                o += digraph ? 2 : 1;
                i++;
            } else {
                boolean pair =
                        i + 1 < n
                                && "љњџЉЊЏ".indexOf(out.charAt(o)) >= 0
                                && "lLnNdD".indexOf(c) >= 0
                                && "jJžŽ".indexOf(in.charAt(i + 1)) >= 0;
                if (pair) {
                    starts[i + 1] = o;
                    i += 2;
                } else {
                    i++;
                }
                o++;
            }
        }
        starts[n] = o;
        return o == out.length() ? starts : null;
    }
}
