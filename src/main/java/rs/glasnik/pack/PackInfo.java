package rs.glasnik.pack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import rs.glasnik.model.Pack;

/**
 * A pack's document properties ({@link Pack.Info}), computed once here and written as they are by
 * every format: the same title, subject and keywords in the DOCX and in the PDF.
 *
 * <p>{@code Pack.Info info = PackInfo.of(covers, entries)}
 */
public final class PackInfo {
    /** The keyword a pack carries while any of its releases is under embargo. */
    public static final String EMBARGO_KEYWORD = "embargo";

    private PackInfo() {}

    /**
     * Title: the pack's titles joined by " / "; author: the organisation; subject: the number of
     * releases and the date, and the embargo notice when there is one; description: the embargo
     * notices of every language; keywords: "embargo" when any release is under embargo, then those
     * of the releases (in the first language), each once.
     */
    public static Pack.Info of(List<Pack.Cover> covers, List<Pack.Entry> entries) {
        Pack.Cover first = covers.get(0);
        String title =
                String.join(" / ", covers.stream().map(Pack.Cover::title).distinct().toList());
        String subject = first.releases() + " · " + first.date();
        if (first.embargoNotice().isPresent()) {
            subject += " · " + first.embargoNotice().get();
        }
        List<String> notices = new ArrayList<>();
        covers.forEach(c -> c.embargoNotice().ifPresent(notices::add));
        Optional<String> description =
                notices.isEmpty() ? Optional.empty() : Optional.of(String.join(" / ", notices));
        boolean embargoed =
                entries.stream().anyMatch(e -> e.embargo().stream().anyMatch(Optional::isPresent));
        Set<String> keywords = new LinkedHashSet<>();
        if (embargoed) {
            keywords.add(EMBARGO_KEYWORD);
        }
        for (Pack.Entry entry : entries) {
            keywords.addAll(entry.documents().get(0).info().keywords());
        }
        return new Pack.Info(
                title,
                first.organisation(),
                subject,
                description,
                List.copyOf(keywords),
                first.language());
    }
}
