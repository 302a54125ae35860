package rs.glasnik.translit;

import java.util.Set;

/**
 * Recognises tokens that are addresses, not words: URLs with or without a scheme, e-mail addresses,
 * handles, hashtags, domains (Latin and Cyrillic, such as {@code рнидс.срб}) and file names. They
 * are never transliterated.
 */
final class Addresses {
    private Addresses() {}

    /** Top-level domains written in Cyrillic. */
    private static final Set<String> CYRILLIC_TLDS =
            Set.of(
                    "срб", "рф", "бг", "бел", "укр", "мкд", "мон", "қаз", "рус", "орг", "ком",
                    "сайт", "онлайн", "дети", "москва");

    /** Latin top-level domains seen in Serbian press (country codes and common generic ones). */
    private static final Set<String> LATIN_TLDS =
            Set.of(
                    "rs", "srb", "com", "org", "net", "edu", "gov", "int", "mil", "info", "biz",
                    "eu", "io", "me", "ba", "hr", "mk", "si", "ru", "de", "at", "ch", "fr", "it",
                    "uk", "us", "hu", "ro", "bg", "gr", "tr", "cn", "jp", "tv", "fm", "app", "dev",
                    "online", "news", "media", "co", "ua", "cz", "sk", "pl", "es", "nl", "be", "se",
                    "no", "dk", "fi", "ca", "au", "in", "il", "al", "by", "kz", "ly");

    /** File extensions that make {@code name.ext} a file name. */
    private static final Set<String> FILE_EXTENSIONS =
            Set.of(
                    "docx", "doc", "pdf", "odt", "ods", "odp", "rtf", "txt", "md", "xlsx", "xls",
                    "csv", "pptx", "ppt", "jpg", "jpeg", "png", "gif", "tif", "tiff", "svg", "webp",
                    "heic", "zip", "rar", "7z", "gz", "tar", "mp3", "mp4", "wav", "avi", "mov",
                    "mkv", "html", "htm", "xml", "json", "yaml", "yml", "exe", "msi", "apk", "iso",
                    "epub");

    /** Brackets and quotes, which end an address: the link target in {@code текст](url)}. */
    static boolean isBracket(char c) {
        return c == '(' || c == ')' || c == '[' || c == ']' || c == '<' || c == '>' || c == '"'
                || c == '„' || c == '“' || c == '”' || c == '«' || c == '»';
    }

    /** The end of the piece of {@code s[from, to)} that starts at {@code from}: up to a bracket. */
    static int pieceEnd(CharSequence s, int from, int to) {
        if (isBracket(s.charAt(from))) {
            return from + 1;
        }
        int i = from;
        while (i < to && !isBracket(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code s[from, to)}, a run without white space, is an address. */
    static boolean isAddress(CharSequence s, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && isOpening(s.charAt(a))) {
            a++;
        }
        while (b > a && isClosing(s.charAt(b - 1))) {
            b--;
        }
        if (b - a < 3) {
            return false;
        }
        char first = s.charAt(a);
        if ((first == '@' || first == '#') && a + 1 < b && Letters.isWordChar(s.charAt(a + 1))) {
            // A hashtag in Cyrillic (#Србија) is a word and converts; a Latin one is kept.
            return first == '@' || !hasCyrillic(s, a, b);
        }
        int at = -1;
        int lastDot = -1;
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            if (c == ':' && i + 2 < b && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') {
                return true;
            }
            if (c == '@') {
                at = i;
            } else if (c == '.') {
                lastDot = i;
            }
        }
        if (startsWithIgnoreCase(s, a, b, "www.")) {
            return true;
        }
        if (at > a && at < b - 1 && lastDot > at) {
            return true;
        }
        if (lastDot <= a
                || lastDot >= b - 1
                || !(Letters.isWordChar(s.charAt(lastDot - 1))
                        || Character.isDigit(s.charAt(lastDot - 1)))) {
            return false;
        }
        String tail = lower(s, lastDot + 1, b);
        boolean lowerTail = tail.contentEquals(s.subSequence(lastDot + 1, b));
        if (CYRILLIC_TLDS.contains(tail)) {
            return true;
        }
        if (FILE_EXTENSIONS.contains(tail) && !hasSpaceOrUpperStart(s, a, lastDot)) {
            return true;
        }
        if (LATIN_TLDS.contains(tail) && lowerTail) {
            // A bare domain: labels of ASCII letters, digits and hyphens (Blic.rs, mod.gov.rs).
            for (int i = a; i < b; i++) {
                char c = s.charAt(i);
                boolean ok =
                        (c >= 'a' && c <= 'z')
                                || (c >= 'A' && c <= 'Z')
                                || (c >= '0' && c <= '9')
                                || c == '-'
                                || c == '.';
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean hasCyrillic(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Letters.isCyrillic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSpaceOrUpperStart(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '.' && i + 1 < to && Character.isUpperCase(s.charAt(i + 1))) {
                return true; // "kraj.Sledeći" is a missing space, not a file
            }
        }
        return false;
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '[' || c == '„' || c == '“' || c == '"' || c == '\'' || c == '«'
                || c == '»' || c == '‘' || c == '<';
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == ']' || c == '“' || c == '”' || c == '"' || c == '\'' || c == '»'
                || c == '«' || c == '’' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!'
                || c == '?' || c == '…' || c == '>';
    }

    private static boolean startsWithIgnoreCase(CharSequence s, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = s.charAt(from + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String lower(CharSequence s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            out.append(Character.toLowerCase(s.charAt(i)));
        }
        return out.toString();
    }
}
