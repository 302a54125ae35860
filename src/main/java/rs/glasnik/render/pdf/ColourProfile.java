package rs.glasnik.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

/** The sRGB colour profile of the PDF/A output intent: the Java runtime's own. */
final class ColourProfile {
    private ColourProfile() {}

    static byte[] srgb() {
        return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
}
