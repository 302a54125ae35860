package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Template;

/**
 * The print profile, read back with PDFBox: on every page the TrimBox is the template's page, the
 * BleedBox 3 mm larger on each side, and the MediaBox holds the bleed and room for crop marks.
 */
class PdfPrintTest {
    static final String ID = "djordjevic-chepurin";

    static final float PT_PER_MM = 72f / 25.4f;

    /** A hundredth of a millimetre: OpenPDF writes boxes to two decimal places of a point. */
    static final float TOLERANCE = 0.03f;

    @ParameterizedTest
    @EnumSource(LocaleTag.class)
    void trimBleedAndMediaBoxes(LocaleTag lang) throws Exception {
        Template.Page size = PdfExamples.input(ID, lang).template().page();
        assertEquals(210, size.width(), "the example template is A4");
        assertEquals(297, size.height(), "the example template is A4");
        byte[] bytes = PdfExamples.render(ID, lang, PdfProfile.PRINT);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() > 0);
            int n = 0;
            for (PDPage page : pdf.getPages()) {
                n++;
                String where = lang + " page " + n + ": ";
                PDRectangle trim = explicit(page, "TrimBox");
                PDRectangle bleed = explicit(page, "BleedBox");
                PDRectangle media = page.getMediaBox();
                assertEquals(size.width(), trim.getWidth() / PT_PER_MM, TOLERANCE, where + "trim");
                assertEquals(
                        size.height(), trim.getHeight() / PT_PER_MM, TOLERANCE, where + "trim");
                float b = (float) (PdfFile.BLEED_MM * PT_PER_MM);
                assertEquals(trim.getLowerLeftX() - b, bleed.getLowerLeftX(), 0.1, where + "bleed");
                assertEquals(trim.getLowerLeftY() - b, bleed.getLowerLeftY(), 0.1, where + "bleed");
                assertEquals(trim.getUpperRightX() + b, bleed.getUpperRightX(), 0.1, where);
                assertEquals(trim.getUpperRightY() + b, bleed.getUpperRightY(), 0.1, where);
                assertTrue(
                        media.getLowerLeftX() <= bleed.getLowerLeftX()
                                && media.getLowerLeftY() <= bleed.getLowerLeftY()
                                && media.getUpperRightX() >= bleed.getUpperRightX()
                                && media.getUpperRightY() >= bleed.getUpperRightY(),
                        where + "the MediaBox " + media + " holds the BleedBox " + bleed);
                assertTrue(
                        media.getWidth() > bleed.getWidth()
                                && media.getHeight() > bleed.getHeight(),
                        where + "room outside the bleed for crop marks");
            }
        }
    }

    /** The box as written on the page, not PDFBox's fallback to the CropBox. */
    private static PDRectangle explicit(PDPage page, String box) {
        assertNotNull(
                page.getCOSObject().getDictionaryObject(box), box + " is written on every page");
        return box.equals("TrimBox") ? page.getTrimBox() : page.getBleedBox();
    }
}
