package rs.glasnik.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import rs.glasnik.model.Template;
import rs.glasnik.render.pdf.typeset.Face;
import rs.glasnik.render.pdf.typeset.Faces;
import rs.glasnik.render.pdf.typeset.Typeface;

/**
 * The eight faces of a template (body and headings, each regular, bold, italic, bold italic) as
 * OpenPDF fonts: TrueType, embedded and subset, Identity-H with a ToUnicode map. A face is read
 * when first used. For Serbian the families' Serbian variants are used, whose character maps point
 * at the Serbian letterforms.
 *
 * <p>The subset prefix of every font (ABCDEF+NotoSerif-Regular) is derived from {@code seed} and
 * the face, not drawn at random, so that the same document gives the same bytes.
 */
final class PdfFonts implements Faces {
    /**
     * Fonts parsed once per thread and reused by the documents it makes one after another (a pack's
     * hundreds): OpenPDF keeps what a document uses in the document's writer, not in the font, but
     * reading a font is not safe from two threads at once.
     */
    private static final ThreadLocal<Map<byte[], Font>> PARSED =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private final Template.Family body;
    private final Template.Family sans;
    private final String seed;
    private final Map<Face, Font> loaded = new EnumMap<>(Face.class);

    PdfFonts(Template template, String languageTag, String seed) {
        this.body = template.fonts().body().forLanguage(languageTag);
        this.sans = template.fonts().headings().forLanguage(languageTag);
        this.seed = seed;
    }

    @Override
    public Font get(Face face) {
        Font font = loaded.get(face);
        if (font == null) {
            font = load(face);
            loaded.put(face, font);
        }
        return font;
    }

    private Font load(Face face) {
        Template.Family family = face.sans() ? sans : body;
        byte[] bytes =
                face.bold()
                        ? (face.italic() ? family.boldItalic() : family.bold())
                        : (face.italic() ? family.italic() : family.regular());
        String name = family.name().replace(" ", "") + "-" + face.name() + ".ttf";
        try {
            Map<byte[], Font> parsed = PARSED.get();
            Font font = parsed.get(bytes);
            if (font == null) {
                font =
                        new Font(
                                BaseFont.createFont(
                                        name,
                                        BaseFont.IDENTITY_H,
                                        BaseFont.EMBEDDED,
                                        false,
                                        bytes,
                                        null));
                parsed.put(bytes, font);
            }
            // Set for each document: the prefix is drawn when the document is closed.
            font.base().setSecureRandom(new Fixed(seed + "/" + name));
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalArgumentException(
                    "the font " + family.name() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The OpenPDF font of a typeface these fonts gave. */
    static BaseFont base(Typeface typeface) {
        return ((Font) typeface).base();
    }

    /**
     * A font file as OpenPDF reads it, measured for the engine; one per file and thread, so that
     * the engine's runs of one face compare equal.
     */
    record Font(BaseFont base) implements Typeface {
        @Override
        public int width(int codePoint) {
            return base.getWidth(codePoint);
        }

        @Override
        public int kerning(int left, int right) {
            return base.getKerning(left, right);
        }
    }

    /**
     * A "random" source that gives the same numbers for the same name: OpenPDF draws the six
     * letters of a subset prefix from it.
     */
    private static final class Fixed extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] digest;
        private int next;

        Fixed(String name) {
            super(new byte[0]);
            try {
                digest =
                        MessageDigest.getInstance("SHA-256")
                                .digest(name.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public double nextDouble() {
            int b = digest[next++ % digest.length] & 0xff;
            return b / 256.0;
        }
    }
}
