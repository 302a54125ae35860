package rs.glasnik.render.pdf;

import rs.glasnik.model.LocaleTag;
import rs.glasnik.render.pdf.typeset.Faces;

/** The fonts of an example's template as the engine measures them, for the engine's own tests. */
public final class TestFaces {
    private TestFaces() {}

    /** The faces of example {@code id}'s template, for {@code languageTag}. */
    public static Faces forExample(String id, LocaleTag locale, String languageTag) {
        return new PdfFonts(PdfTextTest.input(id, locale).template(), languageTag, "test");
    }
}
