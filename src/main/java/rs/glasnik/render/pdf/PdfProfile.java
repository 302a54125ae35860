package rs.glasnik.render.pdf;

import java.util.Locale;
import java.util.Optional;

/**
 * What a PDF is made for.
 *
 * <ul>
 *   <li>{@link #SCREEN}: the page size of the template, for reading and sending.
 *   <li>{@link #ARCHIVE}: PDF/A-1b, with an sRGB output intent and no transparency.
 *   <li>{@link #PRINT}: 3 mm bleed around the trimmed page, TrimBox and BleedBox, crop marks.
 * </ul>
 */
public enum PdfProfile {
    SCREEN,
    ARCHIVE,
    PRINT;

    /** The profile's name as the command line writes it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The profile named {@code id} (screen, archive, print), if there is one. */
    public static Optional<PdfProfile> of(String id) {
        for (PdfProfile p : values()) {
            if (p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
