package rs.glasnik.pack;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the manifest (the JSON library belongs to the command line): maps, lists,
 * strings, numbers, booleans and null, indented by two spaces, keys in the maps' order.
 *
 * <p>{@code Json.write(Map.of("id", "x"))} gives <code>{\n  "id": "x"\n}\n</code>
 */
final class Json {
    private Json() {}

    /** The value as a JSON text ending in a line break. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        value(value, 0, out);
        return out.append('\n').toString();
    }

    private static void value(Object value, int depth, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            String sep = "\n";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(sep);
                indent(depth + 1, out);
                string((String) e.getKey(), out);
                out.append(": ");
                value(e.getValue(), depth + 1, out);
                sep = ",\n";
            }
            out.append('\n');
            indent(depth, out);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            String sep = "\n";
            for (Object item : list) {
                out.append(sep);
                indent(depth + 1, out);
                value(item, depth + 1, out);
                sep = ",\n";
            }
            out.append('\n');
            indent(depth, out);
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }

    /** A JSON string: quotes, backslashes and control characters escaped; the rest as it is. */
    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // U+2028 and U+2029 end lines in JavaScript source; escaped so the file can be
                    // pasted anywhere.
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                        out.append("\\u").append(hex4(c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String hex4(char c) {
        String hex = Integer.toHexString(c);
        return "0".repeat(4 - hex.length()) + hex;
    }
}
