package rs.glasnik.model;

import java.util.Optional;

/** Where a release is in its life: draft, approved, published. */
public enum ReleaseStatus {
    DRAFT("draft"),
    APPROVED("approved"),
    PUBLISHED("published");

    private final String key;

    ReleaseStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ReleaseStatus> ofKey(String key) {
        for (ReleaseStatus s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
