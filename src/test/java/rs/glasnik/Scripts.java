package rs.glasnik;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.regex.Pattern;

/** Assertions on the script of text: no Latin letter hiding in Cyrillic, and the reverse. */
public final class Scripts {
    /** Web addresses and e-mail addresses are Latin in every script. */
    private static final Pattern ADDRESSES =
            Pattern.compile("(https?://\\S+|[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|www\\.\\S+)");

    private Scripts() {}

    /** Fails, naming the word and the letter, when a letter of another script is found. */
    public static void assertOnlyScript(Character.UnicodeScript script, String text) {
        String checked = ADDRESSES.matcher(text).replaceAll(" ");
        checked.codePoints()
                .filter(Character::isLetter)
                .filter(cp -> Character.UnicodeScript.of(cp) != script)
                .findFirst()
                .ifPresent(
                        cp -> {
                            int at = checked.indexOf(Character.toString(cp));
                            int start = Math.max(0, checked.lastIndexOf(' ', at) + 1);
                            int end = checked.indexOf(' ', at);
                            String word =
                                    checked.substring(start, end < 0 ? checked.length() : end);
                            fail(
                                    String.format(
                                            java.util.Locale.ROOT,
                                            "U+%04X %s in \"%s\" is not %s",
                                            cp,
                                            Character.getName(cp),
                                            word,
                                            script));
                        });
    }
}
