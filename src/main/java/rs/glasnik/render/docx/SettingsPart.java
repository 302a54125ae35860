package rs.glasnik.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The settings part ({@code word/settings.xml}): automatic hyphenation in the document's language
 * (not of words in capitals, at most two hyphenated lines in a row), and Word 2013+ layout rather
 * than compatibility mode.
 *
 * <p>{@code byte[] settings = SettingsPart.xml("sr-Cyrl-RS", false);}
 */
final class SettingsPart {
    private SettingsPart() {}

    /**
     * The settings; with {@code updateFields}, Word offers to update the fields (the contents) when
     * it opens the document.
     */
    static byte[] xml(String language, boolean updateFields) {
        return (WordXml.DECLARATION
                        + "<w:settings xmlns:w=\""
                        + WordXml.W
                        + "\"><w:zoom w:percent=\"100\"/>"
                        + "<w:defaultTabStop w:val=\"709\"/>"
                        + "<w:autoHyphenation/>"
                        + "<w:consecutiveHyphenLimit w:val=\"2\"/>"
                        + "<w:hyphenationZone w:val=\"357\"/>"
                        + "<w:doNotHyphenateCaps/>"
                        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                        + (updateFields ? "<w:updateFields w:val=\"true\"/>" : "")
                        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
                        + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
                        + "</w:compat>"
                        + "<w:themeFontLang w:val=\""
                        + WordXml.escape(language)
                        + "\"/></w:settings>")
                .getBytes(UTF_8);
    }
}
