package rs.glasnik.render.docx;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * The core and extended properties of a DOCX package ({@code docProps/core.xml}, {@code
 * docProps/app.xml}): what the format is told about a document, a release or a pack; keywords are
 * left out when there are none, the description when it is empty.
 *
 * <p>{@code new CoreProperties(title, subject, author, Optional.empty(), keywords,
 * "sr-Cyrl-RS").writeTo(doc.getProperties(), created);}
 */
record CoreProperties(
        String title,
        String subject,
        String creator,
        Optional<String> description,
        List<String> keywords,
        String language) {
    CoreProperties {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(description, "description");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(language, "language");
    }

    /** Writes the properties; {@code created} is the creation and modification time. */
    void writeTo(POIXMLProperties properties, Instant created) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty(subject);
        core.setCreator(creator);
        description.ifPresent(core::setDescription);
        if (!keywords.isEmpty()) {
            core.setKeywords(String.join(", ", keywords));
        }
        core.getUnderlyingProperties().setLanguageProperty(language);
        Date time = Date.from(created.truncatedTo(ChronoUnit.SECONDS));
        core.setCreated(Optional.of(time));
        core.setModified(Optional.of(time));
        properties.getExtendedProperties().setApplication("glasnik");
    }
}
