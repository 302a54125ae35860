package rs.glasnik.translit.docx;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The content types of a package: by extension, and by part name for the overrides.
 *
 * <p>{@code ContentTypes.read(in, new XmlStream("[Content_Types].xml",
 * limits)).of("word/document.xml")}
 */
record ContentTypes(Map<String, String> byExtension, Map<String, String> byPart) {
    String of(String entryName) {
        String type = byPart.get(partKey("/" + entryName));
        if (type != null) {
            return type;
        }
        int dot = entryName.lastIndexOf('.');
        int slash = entryName.lastIndexOf('/');
        if (dot <= slash) {
            return "";
        }
        return byExtension.getOrDefault(lower(entryName.substring(dot + 1)), "");
    }

    /** Reads a [Content_Types].xml part. */
    static ContentTypes read(InputStream in, XmlStream xml) throws IOException {
        XMLStreamReader r = xml.open(in);
        Map<String, String> byExtension = new HashMap<>();
        Map<String, String> byPart = new HashMap<>();
        try {
            for (int event = XmlStream.next(r);
                    event != XMLStreamConstants.END_DOCUMENT;
                    event = XmlStream.next(r)) {
                if (event == XMLStreamConstants.DTD) {
                    throw xml.dtd();
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = r.getLocalName();
                String type = r.getAttributeValue(null, "ContentType");
                String extension = r.getAttributeValue(null, "Extension");
                String partName = r.getAttributeValue(null, "PartName");
                if (type != null && local.equals("Default") && extension != null) {
                    byExtension.put(lower(extension), lower(type));
                } else if (type != null && local.equals("Override") && partName != null) {
                    byPart.put(partKey(partName), lower(type));
                }
            }
        } catch (XMLStreamException e) {
            throw xml.damaged(e);
        } finally {
            XmlStream.close(r);
        }
        return new ContentTypes(byExtension, byPart);
    }

    /** Part names compare case-insensitively and may be percent-encoded. */
    static String partKey(String partName) {
        return lower(percentDecoded(partName.strip()));
    }

    private static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder decoded = new StringBuilder();
        java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (s.charAt(i) == '%' && hi >= 0 && lo >= 0) {
                pending.write(hi * 16 + lo);
                i += 2;
            } else {
                decoded.append(pending.toString(java.nio.charset.StandardCharsets.UTF_8))
                        .append(s.charAt(i));
                pending.reset();
            }
        }
        return decoded.append(pending.toString(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
