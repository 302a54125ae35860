package rs.glasnik.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Problem;

/**
 * Edits the variants of a release file as text, so that everything else in it (comments, order,
 * formatting) stays as the author wrote it. Used to write a derived sr-Latn variant into a file.
 *
 * <p>{@code String yaml = ReleaseEditor.withVariant(text, file, LocaleTag.SR_LATN, fields);}
 */
public final class ReleaseEditor {
    /** The fields of a variant, in the order they are written. */
    public static final List<String> FIELDS = ReleaseReader.VARIANT_FIELDS;

    private ReleaseEditor() {}

    /** A field's raw text as written (Markdown not parsed), and where its value starts. */
    public record Field(String value, int line, int column) {}

    /** The raw fields of each variant. */
    public static Map<LocaleTag, Map<String, Field>> variants(Path file, String text)
            throws LoadException {
        Map<LocaleTag, Map<String, Field>> out = new EnumMap<>(LocaleTag.class);
        for (VariantBlock block : blocks(file, text).blocks) {
            out.put(block.locale, block.fields);
        }
        return out;
    }

    /**
     * The file's text with the variant {@code locale} written as {@code fields}: replacing that
     * variant if the file has it, otherwise added after the last variant.
     */
    public static String withVariant(
            String text, Path file, LocaleTag locale, Map<String, String> fields)
            throws LoadException {
        Layout layout = blocks(file, text);
        String[] lines = text.split("\n", -1);
        boolean crlf = text.contains("\r\n");
        String indent = " ".repeat(layout.indent);
        StringBuilder block = new StringBuilder();
        block.append(indent).append(locale.tag()).append(":\n");
        for (String field : FIELDS) {
            String value = fields.get(field);
            if (value != null) {
                block.append(scalar(indent + "  ", field, value));
            }
        }
        int from;
        int to;
        Optional<VariantBlock> existing =
                layout.blocks.stream().filter(b -> b.locale == locale).findFirst();
        if (existing.isPresent()) {
            from = existing.get().firstLine;
            to = existing.get().lastLine + 1;
        } else {
            from = layout.blocks.get(layout.blocks.size() - 1).lastLine + 1;
            to = from;
        }
        StringBuilder out = new StringBuilder(text.length() + block.length());
        for (int i = 0; i < from; i++) {
            out.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
        }
        String newBlock = block.toString();
        out.append(crlf ? newBlock.replace("\n", "\r\n") : newBlock);
        for (int i = to; i < lines.length; i++) {
            out.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
        }
        return out.toString();
    }

    /** One field as YAML: a plain or quoted line, or a literal block for several lines. */
    static String scalar(String indent, String key, String value) {
        String v = value.strip();
        if (!v.contains("\n")) {
            return indent + key + ": " + (plainSafe(v) ? v : quoted(v)) + "\n";
        }
        StringBuilder out = new StringBuilder(indent).append(key).append(": |\n");
        for (String line : v.split("\n", -1)) {
            out.append(line.isBlank() ? "" : indent + "  " + line).append('\n');
        }
        return out.toString();
    }

    private static boolean plainSafe(String v) {
        if (v.isEmpty() || v.contains(": ") || v.contains(" #") || v.endsWith(":")) {
            return false;
        }
        char first = v.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@`~ ".indexOf(first) >= 0) {
            return false;
        }
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches("(true|false|null|yes|no|on|off|~)")
                || v.matches("[-+]?[0-9][0-9_.,:eE+-]*")) {
            return false;
        }
        return true;
    }

    private static String quoted(String v) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private record VariantBlock(
            LocaleTag locale, int firstLine, int lastLine, Map<String, Field> fields) {}

    private record Layout(int indent, List<VariantBlock> blocks) {}

    /** Where each variant is written: 0-based first and last line of its block. */
    private static Layout blocks(Path file, String text) throws LoadException {
        YamlNode root =
                SafeYaml.parse(file, text)
                        .orElseThrow(() -> error(file, 1, 1, "the file is empty"));
        if (!(root instanceof YamlNode.Mapping top)) {
            throw error(
                    file,
                    root.line(),
                    root.column(),
                    "not a release file: expected its fields, found " + root.kind());
        }
        String[] lines = text.split("\n", -1);
        YamlNode.Entry variants = null;
        int nextTopLine = lines.length + 1;
        for (int i = 0; i < top.entries().size(); i++) {
            YamlNode.Entry e = top.entries().get(i);
            if (e.key().value().equals("variants")) {
                variants = e;
                if (i + 1 < top.entries().size()) {
                    nextTopLine = top.entries().get(i + 1).key().line();
                }
            }
        }
        if (variants == null) {
            throw error(file, 1, 1, "not a release file: it has no 'variants'");
        }
        if (!(variants.value() instanceof YamlNode.Mapping map)
                || map.entries().isEmpty()
                || map.line() == variants.key().line()) {
            throw error(
                    file,
                    variants.key().line(),
                    variants.key().column(),
                    "variants must be written in block style (each language on its own line) to add one");
        }
        List<VariantBlock> blocks = new ArrayList<>();
        List<YamlNode.Entry> entries = map.entries();
        for (int i = 0; i < entries.size(); i++) {
            YamlNode.Entry e = entries.get(i);
            Optional<LocaleTag> tag = LocaleTag.parse(e.key().value());
            int first = e.key().line() - 1;
            int end = (i + 1 < entries.size() ? entries.get(i + 1).key().line() : nextTopLine) - 2;
            while (end > first
                    && (lines[end].isBlank() || lines[end].stripLeading().startsWith("#"))) {
                end--;
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            if (e.value() instanceof YamlNode.Mapping vm) {
                for (YamlNode.Entry f : vm.entries()) {
                    if (f.value() instanceof YamlNode.Scalar s && !s.isNull()) {
                        fields.put(f.key().value(), new Field(s.value(), s.line(), s.column()));
                    }
                }
            }
            if (tag.isPresent()) {
                blocks.add(new VariantBlock(tag.get(), first, end, fields));
            }
        }
        if (blocks.isEmpty()) {
            throw error(file, map.line(), map.column(), "no variant is written");
        }
        return new Layout(entries.get(0).key().column() - 1, blocks);
    }

    private static LoadException error(Path file, int line, int column, String message) {
        return new LoadException(Problem.error(file, line, column, "", message));
    }
}
