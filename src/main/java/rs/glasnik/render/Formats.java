package rs.glasnik.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The one list of output formats, in the order they are made and listed (DOCX, then PDF). A format
 * registers with one line in {@code META-INF/services/rs.glasnik.render.Format}; the command line,
 * the facade and the pack read the list from here and name no format themselves.
 *
 * <p>{@code Formats.all().stream().map(Format::id).toList()} gives {@code [docx, pdf]}
 */
public final class Formats {
    private static final List<Format> ALL = load();

    private Formats() {}

    /** Every registered format, in registration order. */
    public static List<Format> all() {
        return ALL;
    }

    /** The formats' ids in registration order: {@code docx, pdf}. */
    public static List<String> ids() {
        return ALL.stream().map(Format::id).toList();
    }

    /** The format with this id, if one is registered. */
    public static Optional<Format> byId(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Every profile of every format, in registration order: {@code screen, archive, print}. */
    public static List<String> profiles() {
        return ALL.stream().flatMap(f -> f.profiles().stream()).distinct().toList();
    }

    /** The formats a pack's own files come in: those for reading first, then those for editing. */
    public static List<Format> forPacks() {
        List<Format> out = new ArrayList<>(ALL.stream().filter(f -> !f.editable()).toList());
        out.addAll(ALL.stream().filter(Format::editable).toList());
        return List.copyOf(out);
    }

    private static List<Format> load() {
        List<Format> formats = new ArrayList<>();
        for (Format format : ServiceLoader.load(Format.class, Formats.class.getClassLoader())) {
            if (formats.stream().anyMatch(f -> f.id().equals(format.id()))) {
                throw new IllegalStateException("two formats are registered as " + format.id());
            }
            formats.add(format);
        }
        if (formats.isEmpty()) {
            throw new IllegalStateException(
                    "no output format is registered in META-INF/services/"
                            + Format.class.getName());
        }
        return List.copyOf(formats);
    }
}
