package rs.glasnik.translit;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The stretches of a Latin line that {@link LatinToCyrillic} copies as they are, found before the
 * line is converted word by word: markup ({@code <b>}, {@code &amp;}), code spans ({@code `x`}),
 * format placeholders ({@code %s}, {@code %1$s}, {@code {0}}, {@code ${var}}, {@code $VAR}), key
 * combinations with spaces ({@code Ctrl + C}), foreign names of several words ({@code Northrop
 * Grumman}, {@code Iron Dome}, {@code Noto Sans}) and English words in quotation marks.
 *
 * <p>{@code KeptSpans.find(line, 0, line.length(), exceptions)} gives {@code [from0, to0, from1,
 * to1, ...]} in order, or null when there is none.
 */
final class KeptSpans {
    private KeptSpans() {}

    /** Serbian words that make a quotation Serbian: „ovo je fake news“ is converted. */
    private static final Set<String> SERBIAN_WORDS =
            Set.of(
                    "je", "i", "u", "na", "da", "se", "su", "za", "od", "po", "sa", "iz", "ne", "a",
                    "o", "to", "što", "šta", "koji", "koja", "koje", "kao", "ali", "ili", "bi",
                    "će", "sam", "smo", "ste", "biti", "bio", "bila", "bilo", "nije", "ni", "pa",
                    "te", "li", "do", "pre", "posle", "kod", "preko", "već", "samo", "još", "ovo",
                    "ovaj", "ova", "taj", "ta", "on", "ona", "ono", "oni", "mi", "vi", "ja", "ti",
                    "nas", "vas", "ih", "im", "mu", "joj", "ga", "me", "sve", "svi", "ima", "nema",
                    "kada", "kad", "gde", "kako", "zašto", "jer", "ako", "dok", "nego", "niti",
                    "ka", "k", "s", "uz", "bez", "pod", "nad", "pred", "među", "oko", "kroz",
                    "prema", "protiv", "radi", "zbog", "tokom", "nakon", "pri");

    /** English words that make a quotation English: „the end“, „state of the art“. */
    private static final Set<String> ENGLISH_WORDS =
            Set.of(
                    "the",
                    "of",
                    "and",
                    "for",
                    "with",
                    "from",
                    "by",
                    "at",
                    "is",
                    "are",
                    "was",
                    "were",
                    "been",
                    "not",
                    "you",
                    "your",
                    "we",
                    "our",
                    "it",
                    "its",
                    "this",
                    "that",
                    "these",
                    "those",
                    "an",
                    "or",
                    "if",
                    "than",
                    "then",
                    "will",
                    "can",
                    "has",
                    "have",
                    "had",
                    "does",
                    "did",
                    "all",
                    "any",
                    "new",
                    "news",
                    "fake",
                    "soft",
                    "hard",
                    "power",
                    "smart",
                    "deal",
                    "breaking",
                    "update",
                    "fair",
                    "play",
                    "up",
                    "out",
                    "off",
                    "over",
                    "just",
                    "best",
                    "first",
                    "last",
                    "next",
                    "make",
                    "made",
                    "big",
                    "open",
                    "source",
                    "cloud",
                    "deep",
                    "art",
                    "work",
                    "office",
                    "summit",
                    "show",
                    "talk",
                    "game",
                    "home");

    /** A growing list of [from, to) pairs. */
    private static final class Spans {
        int[] a = new int[8];
        int n;

        void add(int from, int to) {
            if (n * 2 + 2 > a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n * 2] = from;
            a[n * 2 + 1] = to;
            n++;
        }
    }

    static int[] find(CharSequence s, int from, int to, Exceptions exceptions) {
        Spans spans = new Spans();
        boolean capitals = false;
        boolean quotes = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int end = -1;
            if (c == '<') {
                end = tag(s, i, to);
            } else if (c == '&') {
                end = entity(s, i, to);
            } else if (c == '`') {
                end = code(s, i, to);
            } else if (c == '%') {
                end = printf(s, i, from, to);
            } else if (c == '{') {
                end = braces(s, i, to);
            } else if (c == '$') {
                end = variable(s, i, to);
            } else if (c == '+') {
                int[] combination = spacedKeys(s, i, from, to);
                if (combination != null) {
                    spans.add(combination[0], combination[1]);
                    i = combination[1] - 1;
                    continue;
                }
            } else if ((c >= 'A' && c <= 'Z') || (c > 0x7F && Character.isUpperCase(c))) {
                capitals = true;
            } else if ("„“”\"«»‘'".indexOf(c) >= 0) {
                quotes = true;
            }
            if (end > i) {
                spans.add(i, end);
                i = end - 1;
            }
        }
        if ((capitals && twoCapitalisedWords(s, from, to)) || exceptions.lowerCasePhrases()) {
            names(s, from, to, exceptions, spans);
        }
        if (quotes) {
            quotations(s, from, to, spans);
        }
        if (spans.n == 0) {
            return null;
        }
        return merge(Arrays.copyOf(spans.a, spans.n * 2));
    }

    private static int[] merge(int[] spans) {
        int n = spans.length / 2;
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(spans[a * 2], spans[b * 2]));
        int[] out = new int[n * 2];
        int m = 0;
        for (int k : order) {
            int a = spans[k * 2];
            int b = spans[k * 2 + 1];
            if (m > 0 && a <= out[m * 2 - 1]) {
                out[m * 2 - 1] = Math.max(out[m * 2 - 1], b);
            } else {
                out[m * 2] = a;
                out[m * 2 + 1] = b;
                m++;
            }
        }
        return Arrays.copyOf(out, m * 2);
    }

    /** {@code <b>}, {@code </a>}, {@code <a href="x">}, {@code <br/>}, {@code <!-- x -->}. */
    private static int tag(CharSequence s, int i, int to) {
        if (i + 2 >= to) {
            return -1;
        }
        char next = s.charAt(i + 1);
        boolean start =
                Letters.isLatinAscii(next)
                        || next == '!'
                        || (next == '/' && Letters.isLatinAscii(s.charAt(i + 2)));
        if (!start) {
            return -1;
        }
        for (int k = i + 1; k < to; k++) {
            char c = s.charAt(k);
            if (c == '>') {
                return k + 1;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /** {@code &amp;}, {@code &#169;}, {@code &#x2014;}. */
    private static int entity(CharSequence s, int i, int to) {
        int k = i + 1;
        if (k < to && s.charAt(k) == '#') {
            k++;
        }
        int start = k;
        while (k < to
                && k - start < 32
                && (Letters.isLatinAscii(s.charAt(k)) || Character.isDigit(s.charAt(k)))) {
            k++;
        }
        return k > start && k < to && s.charAt(k) == ';' ? k + 1 : -1;
    }

    /** A code span: {@code `x`}, {@code ``x``}. */
    private static int code(CharSequence s, int i, int to) {
        int ticks = 0;
        while (i + ticks < to && s.charAt(i + ticks) == '`') {
            ticks++;
        }
        for (int k = i + ticks; k + ticks <= to; k++) {
            int run = 0;
            while (k + run < to && s.charAt(k + run) == '`') {
                run++;
            }
            if (run == ticks) {
                return k + ticks;
            }
            k += run;
        }
        return -1;
    }

    /**
     * A printf or strftime placeholder: {@code %s}, {@code %d}, {@code %1$s}, {@code %.*s}, {@code
     * %-10s}, {@code %H}, {@code %%}. Not a percentage: {@code 53%}, {@code 10%-tni}.
     */
    private static int printf(CharSequence s, int i, int from, int to) {
        if (i > from && Character.isDigit(s.charAt(i - 1))) {
            return -1;
        }
        int k = i + 1;
        if (k < to && s.charAt(k) == '%') {
            return k + 1;
        }
        int digits = k;
        while (k < to && Character.isDigit(s.charAt(k))) {
            k++;
        }
        if (k > digits && k < to && s.charAt(k) == '$') {
            k++;
        }
        while (k < to && "-+#0'".indexOf(s.charAt(k)) >= 0 && k - i < 4) {
            k++;
        }
        while (k < to && (Character.isDigit(s.charAt(k)) || s.charAt(k) == '*')) {
            k++;
        }
        if (k < to && s.charAt(k) == '.') {
            k++;
            while (k < to && (Character.isDigit(s.charAt(k)) || s.charAt(k) == '*')) {
                k++;
            }
        }
        while (k < to
                && "hlLqjzt".indexOf(s.charAt(k)) >= 0
                && k + 1 < to
                && Letters.isLatinAscii(s.charAt(k + 1))
                && "diouxXeEfFgGaAcspn".indexOf(s.charAt(k + 1)) >= 0) {
            k++;
        }
        if (k < to && Letters.isLatinAscii(s.charAt(k))) {
            int end = k + 1;
            // %s and %d stand alone; a word glued to them (%sova) is not a placeholder.
            if (end < to && Letters.isWordChar(s.charAt(end)) && k == i + 1) {
                return -1;
            }
            return end;
        }
        return -1;
    }

    /** {@code {0}}, {@code {name}}, {@code {user.name}}, {@code {0,number}}; not {@code {{}. */
    private static int braces(CharSequence s, int i, int to) {
        if (i + 1 < to && s.charAt(i + 1) == '{') {
            return -1;
        }
        if (i > 0 && s.charAt(i - 1) == '{') {
            return -1;
        }
        int k = i + 1;
        while (k < to && k - i < 64) {
            char c = s.charAt(k);
            if (c == '}') {
                return k > i + 1 ? k + 1 : -1;
            }
            if (!(Letters.isLatinAscii(c)
                    || Character.isDigit(c)
                    || c == '_'
                    || c == '.'
                    || c == ','
                    || c == ':'
                    || c == '-')) {
                return -1;
            }
            k++;
        }
        return -1;
    }

    /** {@code ${var}}, {@code $VAR}, {@code $HOME}. */
    private static int variable(CharSequence s, int i, int to) {
        int k = i + 1;
        if (k < to && s.charAt(k) == '{') {
            int close = -1;
            for (int j = k + 1; j < to && j - k < 64; j++) {
                if (s.charAt(j) == '}') {
                    close = j;
                    break;
                }
            }
            return close > k + 1 ? close + 1 : -1;
        }
        int start = k;
        while (k < to
                && (Letters.isLatinAscii(s.charAt(k))
                        || s.charAt(k) == '_'
                        || (k > start && Character.isDigit(s.charAt(k))))) {
            k++;
        }
        return k > start ? k : -1;
    }

    /** {@code Ctrl + C}, {@code Ctrl + Shift + Esc}: a '+' between spaces next to a key name. */
    private static int[] spacedKeys(CharSequence s, int plus, int from, int to) {
        if (plus == from
                || plus + 1 >= to
                || s.charAt(plus - 1) != ' '
                || s.charAt(plus + 1) != ' ') {
            return null;
        }
        int b = plus - 1;
        while (b > from && s.charAt(b - 1) == ' ') {
            b--;
        }
        int a = b;
        while (a > from && !Letters.isWhitespace(s.charAt(a - 1))) {
            a--;
        }
        int c = plus + 1;
        while (c < to && s.charAt(c) == ' ') {
            c++;
        }
        int d = c;
        while (d < to && !Letters.isWhitespace(s.charAt(d))) {
            d++;
        }
        if (a == b || c == d) {
            return null;
        }
        String left = s.subSequence(a, b).toString();
        String right = stripEnd(s.subSequence(c, d).toString());
        boolean key = Technical.KEYS.contains(left) || Technical.KEYS.contains(right);
        if (!key) {
            return null;
        }
        // A chain: Ctrl + Shift + Esc.
        int[] more =
                d + 2 < to && s.charAt(d) == ' ' && s.charAt(d + 1) == '+'
                        ? spacedKeys(s, d + 1, from, to)
                        : null;
        return new int[] {a, more != null ? more[1] : c + right.length()};
    }

    private static String stripEnd(String token) {
        int n = token.length();
        while (n > 0 && ",.;:!?)".indexOf(token.charAt(n - 1)) >= 0) {
            n--;
        }
        return token.substring(0, n);
    }

    /**
     * Whether two words that start with a capital stand next to each other with only spaces
     * between: the least a name of several words needs, and a quick test for most lines.
     */
    private static boolean twoCapitalisedWords(CharSequence s, int from, int to) {
        boolean inWord = false;
        boolean previousCapital = false;
        boolean gap = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Letters.isWordChar(c)) {
                if (!inWord) {
                    boolean capital = Character.isUpperCase(c);
                    if (capital && previousCapital && gap) {
                        return true;
                    }
                    previousCapital = capital;
                    inWord = true;
                }
            } else if ((c == '-' || c == '\'' || c == '’')
                    && inWord
                    && i + 1 < to
                    && Letters.isWordChar(s.charAt(i + 1))) {
                continue;
            } else {
                boolean space = c == ' ' || c == '\u00A0';
                gap = inWord ? space : gap && space;
                inWord = false;
            }
        }
        return false;
    }

    /** A word of the line: its bounds and what it is; whether it is foreign is found lazily. */
    static final class Word {
        private final int from;
        private final int to;
        private final boolean capitalised;
        private final boolean joined;
        private int marker; // 0 not known, 1 foreign, 2 not

        Word(int from, int to, boolean capitalised, boolean joined, int marker) {
            this.from = from;
            this.to = to;
            this.capitalised = capitalised;
            this.joined = joined;
            this.marker = marker;
        }

        int from() {
            return from;
        }

        int to() {
            return to;
        }

        boolean capitalised() {
            return capitalised;
        }

        /** Only spaces between this word and the one before. */
        boolean joined() {
            return joined;
        }

        boolean marker(CharSequence s, Exceptions exceptions) {
            if (marker == 0) {
                marker = KeptSpans.marker(text(s, this), exceptions) ? 1 : 2;
            }
            return marker == 1;
        }
    }

    /**
     * Names of several capitalised words that stay Latin as a whole: one word is clearly foreign
     * (Northrop Grumman, Washington Post), a font name (Noto Sans), or the name is a kept phrase
     * (Iron Dome, General Dynamics).
     */
    private static void names(
            CharSequence s, int from, int to, Exceptions exceptions, Spans spans) {
        Word[] words = words(s, from, to, exceptions);
        int n = words.length;
        boolean lowerPhrases = exceptions.lowerCasePhrases();
        for (int k = 0; k < n; k++) {
            if (!lowerPhrases && !Character.isUpperCase(s.charAt(words[k].from()))) {
                continue;
            }
            int phrase = exceptions.phraseAt(s, words, k, n);
            if (phrase > k) {
                spans.add(words[k].from(), words[phrase - 1].to());
                k = phrase - 1;
            }
        }
        int k = 0;
        while (k < n) {
            if (!words[k].capitalised()) {
                k++;
                continue;
            }
            int end = k + 1;
            while (end < n && words[end].capitalised() && words[end].joined()) {
                end++;
            }
            if (end - k >= 2) {
                boolean marker = false;
                boolean font = false;
                for (int m = k; m < end; m++) {
                    marker |= words[m].marker(s, exceptions);
                    font |= Technical.FONT_WORDS.contains(text(s, words[m]));
                }
                int start = k;
                boolean restMarker = false;
                for (int m = k + 1; m < end; m++) {
                    restMarker |= words[m].marker(s, exceptions);
                }
                // Danas Washington Post, Ministar Hegseth, Klasa ArrayList: a sentence's first
                // word is read as Serbian unless it is itself foreign.
                if (!words[k].marker(s, exceptions)
                        && Context.startsSentence(s, words[k].from(), from)) {
                    start = k + 1;
                }
                if ((marker || font) && end - start >= 2) {
                    spans.add(words[start].from(), words[end - 1].to());
                }
            }
            k = end;
        }
    }

    /** Serbian words that start a sentence before a foreign name: Ministar Hegseth, Danas Rutte. */
    private static final Set<String> LEADING_WORDS =
            Set.of(
                    "ministar",
                    "ministarka",
                    "premijer",
                    "premijerka",
                    "predsednik",
                    "predsednica",
                    "potpredsednik",
                    "potpredsednica",
                    "kancelar",
                    "kancelarka",
                    "general",
                    "admiral",
                    "pukovnik",
                    "major",
                    "kapetan",
                    "senator",
                    "senatorka",
                    "ambasador",
                    "ambasadorka",
                    "sekretar",
                    "sekretarka",
                    "direktor",
                    "direktorka",
                    "profesor",
                    "profesorka",
                    "doktor",
                    "gospodin",
                    "gospođa",
                    "kralj",
                    "kraljica",
                    "princ",
                    "princeza",
                    "papa",
                    "patrijarh",
                    "komandant",
                    "portparol",
                    "guverner",
                    "zamenik",
                    "načelnik",
                    "izaslanik",
                    "danas",
                    "juče",
                    "sutra",
                    "tada",
                    "kompanija",
                    "firma",
                    "list",
                    "dnevnik",
                    "agencija",
                    "koncern",
                    "grupa",
                    "i",
                    "a",
                    "ali",
                    "kada",
                    "kad",
                    "dok",
                    "prema",
                    "po",
                    "sa",
                    "u",
                    "na",
                    "za",
                    "od",
                    "kod",
                    "iz");

    private static String lower(String w) {
        return w.toLowerCase(java.util.Locale.ROOT);
    }

    static String text(CharSequence s, Word w) {
        return s.subSequence(w.from(), w.to()).toString();
    }

    /** Words as runs of letters with inner hyphens and apostrophes (Rolls-Royce, O'Neill). */
    private static Word[] words(CharSequence s, int from, int to, Exceptions exceptions) {
        List<Word> out = new java.util.ArrayList<>();
        int i = from;
        int previousEnd = -1;
        while (i < to) {
            if (!Letters.isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to) {
                char c = s.charAt(j);
                if (Letters.isWordChar(c)) {
                    j++;
                } else if ((c == '-' || c == '\'' || c == '’')
                        && j + 1 < to
                        && Letters.isWordChar(s.charAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            boolean joined = previousEnd >= 0 && onlySpaces(s, previousEnd, i);
            // A digit or other mark right before or after cuts the word out of a name.
            boolean glued =
                    (i > from
                                    && !Letters.isWhitespace(s.charAt(i - 1))
                                    && "(„“\"«‘'".indexOf(s.charAt(i - 1)) < 0)
                            || (j < to
                                    && (Character.isDigit(s.charAt(j))
                                            || s.charAt(j) == '.'
                                                    && j + 1 < to
                                                    && !Letters.isWhitespace(s.charAt(j + 1))));
            char head = s.charAt(i);
            boolean capitalised =
                    !glued
                            && Character.isUpperCase(head)
                            && Letters.isLatin(head)
                            && hasLower(s, i, j);
            int marker = 0;
            if (capitalised
                    && ((j - i > 1 && Character.isUpperCase(s.charAt(i + 1)))
                            || serbianOnly(s, i, j))) {
                // NATO-a, Vučić: not part of a foreign name unless foreign themselves.
                capitalised = marker(s.subSequence(i, j).toString(), exceptions);
                marker = capitalised ? 1 : 2;
            }
            out.add(new Word(i, j, capitalised, joined, marker));
            previousEnd = j;
            i = j;
        }
        return out.toArray(new Word[0]);
    }

    private static boolean onlySpaces(CharSequence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (s.charAt(k) != ' ' && s.charAt(k) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** A word with a letter only Serbian Latin has (č, ć, š, ž, đ): Vučić, Đorđe. */
    private static boolean serbianOnly(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if ("čćšžđČĆŠŽĐ".indexOf(s.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLower(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLowerCase(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** A word that is clearly not Serbian. */
    static boolean marker(String w, Exceptions exceptions) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Letters.isLatin(c) && !LatinLetters.serbianLatin(c)) {
                return true; // q, w, x, y, é, ü...
            }
        }
        int from = 0;
        for (int k = 0; k <= w.length(); k++) {
            if (k < w.length() && "-'’".indexOf(w.charAt(k)) < 0) {
                continue;
            }
            String part = w.substring(from, k);
            from = k + 1;
            if (part.isEmpty()) {
                continue;
            }
            if (Technical.innerCapitals(part)
                    || Technical.foreignClusters(part.toLowerCase(java.util.Locale.ROOT))
                    || exceptions.keeps(part)) {
                return true;
            }
        }
        return false;
    }

    /** English words in quotation marks: „fake news“, “soft power”, "deep state". */
    private static void quotations(CharSequence s, int from, int to, Spans spans) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            char close =
                    switch (c) {
                        case '„' -> '“';
                        case '“' -> '”';
                        case '"' -> '"';
                        case '«' -> '»';
                        case '»' -> '«';
                        case '‘' -> '’';
                        case '\'' -> '\'';
                        default -> 0;
                    };
            if (close == 0 || (i > from && Letters.isWordChar(s.charAt(i - 1)))) {
                continue;
            }
            int end = -1;
            for (int k = i + 1; k < to && k - i < 120; k++) {
                char d = s.charAt(k);
                if (d == close || (c == '„' && d == '”')) {
                    end = k;
                    break;
                }
            }
            if (end < 0) {
                continue;
            }
            if (english(s, i + 1, end)) {
                spans.add(i + 1, end);
            }
            i = end;
        }
    }

    private static boolean english(CharSequence s, int from, int to) {
        String text = s.subSequence(from, to).toString();
        String[] words = text.split("[^\\p{L}'’]+");
        int n = 0;
        boolean foreign = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            n++;
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            for (int k = 0; k < lower.length(); k++) {
                char c = lower.charAt(k);
                if (c == 'č'
                        || c == 'ć'
                        || c == 'š'
                        || c == 'ž'
                        || c == 'đ'
                        || Letters.isCyrillic(c)) {
                    return false;
                }
            }
            if (SERBIAN_WORDS.contains(lower) && !ENGLISH_WORDS.contains(lower)) {
                return false;
            }
            foreign |= ENGLISH_WORDS.contains(lower) || marker(w, Exceptions.empty());
        }
        return foreign && n >= 1 && n <= 6;
    }
}
