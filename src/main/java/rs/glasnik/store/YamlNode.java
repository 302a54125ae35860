package rs.glasnik.store;

import java.util.List;

/** A YAML node with its position, read from the safe subset glasnik accepts. */
sealed interface YamlNode {
    /** 1-based line of the node's first character. */
    int line();

    /** 1-based column of the node's first character. */
    int column();

    /** How a person calls this kind of node in an error message. */
    String kind();

    /**
     * A scalar. {@code plain} says it was written without quotes; {@code block} that it was written
     * as a literal or folded block ({@code |} or {@code >}).
     */
    record Scalar(String value, boolean plain, boolean block, int line, int column)
            implements YamlNode {
        boolean isNull() {
            return plain
                    && (value.isEmpty()
                            || value.equals("~")
                            || value.equals("null")
                            || value.equals("Null")
                            || value.equals("NULL"));
        }

        @Override
        public String kind() {
            if (isNull()) {
                return "nothing";
            }
            if (plain && value.matches("[-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?")) {
                return "a number";
            }
            if (plain && value.matches("true|True|TRUE|false|False|FALSE")) {
                return "true/false";
            }
            return "text";
        }
    }

    /** A mapping, its entries in file order. */
    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
        @Override
        public String kind() {
            return "a map";
        }
    }

    /** One key and value of a mapping. */
    record Entry(Scalar key, YamlNode value) {}

    /** A sequence. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }
}
