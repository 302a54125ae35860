package rs.glasnik.model;

import java.util.Optional;

/** What kind of text a release is; each has a label in every locale. */
public enum ReleaseType {
    PRESS_RELEASE("press-release"),
    STATEMENT("statement"),
    MEDIA_ADVISORY("media-advisory"),
    ANNOUNCEMENT("announcement");

    private final String key;

    ReleaseType(String key) {
        this.key = key;
    }

    /** The name used in release files: {@code press-release}. */
    public String key() {
        return key;
    }

    public static Optional<ReleaseType> ofKey(String key) {
        for (ReleaseType t : values()) {
            if (t.key.equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
