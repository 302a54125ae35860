package rs.glasnik.translit;

import java.util.ArrayList;
import java.util.List;

/**
 * Transliterates Markdown text, leaving alone what is not prose: fenced and indented code, inline
 * code, link and image targets, autolinks, HTML tags and link reference definitions. Link texts,
 * image captions and titles (credits) are converted.
 *
 * <p>{@code new MarkdownTransliterator(SerbianTransliterator.builtIn()).convert(md,
 * Direction.TO_LATIN, sink)}
 */
public final class MarkdownTransliterator {
    private final SerbianTransliterator transliterator;

    public MarkdownTransliterator(SerbianTransliterator transliterator) {
        this.transliterator = transliterator;
    }

    public String convert(
            String markdown, SerbianTransliterator.Direction direction, Warning.Sink sink) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        String fence = null;
        boolean previousBlank = true;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (n > 0) {
                out.append('\n');
            }
            String trimmed = line.stripLeading();
            int indent = line.length() - trimmed.length();
            if (fence != null) {
                out.append(line);
                if (trimmed.startsWith(fence) && indent < 4) {
                    fence = null;
                }
                continue;
            }
            if (indent < 4 && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
                out.append(line);
                continue;
            }
            boolean indentedCode =
                    previousBlank && indent >= 4 && !trimmed.isEmpty() && !insideList(lines, n);
            if (indentedCode || isReferenceDefinition(trimmed)) {
                out.append(line);
                previousBlank = trimmed.isEmpty();
                continue;
            }
            previousBlank = trimmed.isEmpty();
            int lineNo = n + 1;
            for (Span span : spans(line)) {
                String text = line.substring(span.from, span.to);
                if (span.prose) {
                    Warning.Sink located =
                            w ->
                                    sink.warn(
                                            new Warning(
                                                    lineNo,
                                                    w.column() + span.from,
                                                    w.word(),
                                                    w.message()));
                    out.append(transliterator.convert(text, direction, located));
                } else {
                    out.append(text);
                }
            }
        }
        return out.toString();
    }

    private static boolean insideList(String[] lines, int n) {
        for (int k = n - 1; k >= 0; k--) {
            String t = lines[k].strip();
            if (t.isEmpty()) {
                continue;
            }
            return t.startsWith("- ")
                    || t.startsWith("* ")
                    || t.startsWith("+ ")
                    || t.matches("\\d+[.)] .*")
                    || lines[k].startsWith("    ");
        }
        return false;
    }

    private static boolean isReferenceDefinition(String trimmed) {
        return trimmed.matches("\\[[^\\]]+\\]:\\s*\\S+.*");
    }

    private record Span(int from, int to, boolean prose) {}

    /** Splits a line into prose and code-like spans. */
    static List<Span> spans(String line) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            int end = -1;
            if (c == '`') {
                int ticks = 1;
                while (i + ticks < n && line.charAt(i + ticks) == '`') {
                    ticks++;
                }
                int close = line.indexOf("`".repeat(ticks), i + ticks);
                end = close < 0 ? -1 : close + ticks;
            } else if (c == ']' && i + 1 < n && line.charAt(i + 1) == '(') {
                // The target of a link or image; a quoted title after it is prose.
                int j = i + 2;
                while (j < n
                        && line.charAt(j) != ')'
                        && line.charAt(j) != ' '
                        && line.charAt(j) != '"') {
                    j++;
                }
                if (j > i + 2) {
                    addProse(spans, start, i + 2);
                    spans.add(new Span(i + 2, j, false));
                    start = j;
                    i = j;
                    continue;
                }
            } else if (c == '<'
                    && i + 1 < n
                    && (Character.isLetter(line.charAt(i + 1))
                            || line.charAt(i + 1) == '/'
                            || line.charAt(i + 1) == '!')) {
                int close = line.indexOf('>', i + 1);
                end = close < 0 ? -1 : close + 1;
            }
            if (end > 0) {
                addProse(spans, start, i);
                spans.add(new Span(i, end, false));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        addProse(spans, start, n);
        return spans;
    }

    private static void addProse(List<Span> spans, int from, int to) {
        if (to > from) {
            spans.add(new Span(from, to, true));
        }
    }
}
