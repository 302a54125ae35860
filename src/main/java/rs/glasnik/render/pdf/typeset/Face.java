package rs.glasnik.render.pdf.typeset;

/** A face of the template: body or headings (sans), each regular, bold, italic, bold italic. */
public enum Face {
    BODY(false, false, false),
    BODY_BOLD(false, true, false),
    BODY_ITALIC(false, false, true),
    BODY_BOLD_ITALIC(false, true, true),
    SANS(true, false, false),
    SANS_BOLD(true, true, false),
    SANS_ITALIC(true, false, true),
    SANS_BOLD_ITALIC(true, true, true);

    private final boolean sans;
    private final boolean bold;
    private final boolean italic;

    Face(boolean sans, boolean bold, boolean italic) {
        this.sans = sans;
        this.bold = bold;
        this.italic = italic;
    }

    /** Whether it is of the headings' family. */
    public boolean sans() {
        return sans;
    }

    public boolean bold() {
        return bold;
    }

    public boolean italic() {
        return italic;
    }

    /** This face with bold and italic as given. */
    public Face with(boolean bold, boolean italic) {
        for (Face f : values()) {
            if (f.sans == sans && f.bold == bold && f.italic == italic) {
                return f;
            }
        }
        throw new IllegalStateException();
    }
}
