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

/**
 * The eight faces of a template (body and headings, each regular, bold, italic, bold italic) as
 * OpenPDF fonts: TrueType, embedded and subset, Identity-H with a ToUnicode map. A face is read
 * when first used. For Serbian the families' Serbian variants are used, whose character maps point
 * at the Serbian letterforms.
 *
 * <p>The subset prefix of every font (ABCDEF+NotoSerif-Regular) is derived from {@code seed} and
 * the face, not drawn at random, so that the same document gives the same bytes.
 */
final class PdfFonts {
    /** A face of the template. */
    enum Face {
        BODY(false, false, false),
        BODY_BOLD(false, true, false),
        BODY_ITALIC(false, false, true),
        BODY_BOLD_ITALIC(false, true, true),
        SANS(true, false, false),
        SANS_BOLD(true, true, false),
        SANS_ITALIC(true, false, true),
        SANS_BOLD_ITALIC(true, true, true);

        final boolean sans;
        final boolean bold;
        final boolean italic;

        Face(boolean sans, boolean bold, boolean italic) {
            this.sans = sans;
            this.bold = bold;
            this.italic = italic;
        }

        /** This face with bold and italic as given. */
        Face with(boolean bold, boolean italic) {
            for (Face f : values()) {
                if (f.sans == sans && f.bold == bold && f.italic == italic) {
                    return f;
                }
            }
            throw new IllegalStateException();
        }
    }

    /**
     * Fonts parsed once per thread and reused by the documents it makes one after another (a pack's
     * hundreds): OpenPDF keeps what a document uses in the document's writer, not in the font, but
     * reading a font is not safe from two threads at once.
     */
    private static final ThreadLocal<Map<byte[], BaseFont>> PARSED =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private final Template.Family body;
    private final Template.Family sans;
    private final String seed;
    private final Map<Face, BaseFont> loaded = new EnumMap<>(Face.class);

    PdfFonts(Template template, String languageTag, String seed) {
        this.body = template.fonts().body().forLanguage(languageTag);
        this.sans = template.fonts().headings().forLanguage(languageTag);
        this.seed = seed;
    }

    BaseFont get(Face face) {
        BaseFont font = loaded.get(face);
        if (font == null) {
            font = load(face);
            loaded.put(face, font);
        }
        return font;
    }

    private BaseFont load(Face face) {
        Template.Family family = face.sans ? sans : body;
        byte[] bytes =
                face.bold
                        ? (face.italic ? family.boldItalic() : family.bold())
                        : (face.italic ? family.italic() : family.regular());
        String name = family.name().replace(" ", "") + "-" + face.name() + ".ttf";
        try {
            Map<byte[], BaseFont> parsed = PARSED.get();
            BaseFont font = parsed.get(bytes);
            if (font == null) {
                font =
                        BaseFont.createFont(
                                name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
                parsed.put(bytes, font);
            }
            // Set for each document: the prefix is drawn when the document is closed.
            font.setSecureRandom(new Fixed(seed + "/" + name));
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalArgumentException(
                    "the font " + family.name() + " cannot be read: " + e.getMessage(), e);
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
