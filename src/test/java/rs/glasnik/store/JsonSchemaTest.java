package rs.glasnik.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas of the release file and the workspace file ({@code docs/release-format.md}):
 * they are valid draft-07 schemas, the examples conform to them, the copies under {@code
 * examples/schemas/} are identical, and typical mistakes are reported at the offending property.
 */
class JsonSchemaTest {
    private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    private static final String RELEASE = "release.schema.json";
    private static final String WORKSPACE = "workspace.schema.json";

    /** The examples folder, relative to the Maven project's base directory. */
    private static final Path EXAMPLES = Path.of("examples");

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML =
            YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonSchemaFactory FACTORY =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder()
                    .locale(Locale.ROOT)
                    .pathType(PathType.JSON_PATH)
                    .build();

    /** The smallest valid release; the invalid documents below each break one thing in it. */
    private static final String MINIMAL_RELEASE =
            """
            schema: 1
            id: short-statement
            type: statement
            issuer: mod
            date: 2026-11-27
            place: {en: Belgrade, sr-Cyrl: Београд}
            status: draft
            source: en
            variants:
              en: {title: A statement, body: The text.}
            """;

    /** The smallest valid workspace file. */
    private static final String MINIMAL_WORKSPACE =
            """
            schema: 1
            organisations:
              mod:
                name: {en: Ministry of Defence}
                address: {en: Birčaninova 5}
                boilerplate: {en: About the ministry.}
            """;

    /** The example from the specification, word for word. */
    private static final String SPEC_EXAMPLE =
            """
            # yaml-language-server: $schema=../../schemas/release.schema.json
            schema: 1
            id: minister-meets-ambassador
            type: press-release
            issuer: mod
            date: 2026-11-27T12:00
            place:
              en: Belgrade
              sr-Cyrl: Београд
            status: published
            tags: [minister, diplomacy]
            source: sr-Cyrl
            people:
              - key: djordjevic
                name: {en: Zoran Djordjevic, sr-Cyrl: Зоран Ђорђевић}
                role: {en: Minister of Defence, sr-Cyrl: министар одбране}
            contacts:
              - name: {en: Press Office, sr-Cyrl: Служба за односе с јавношћу}
                email: press@example.gov.rs
                phone: "+381 11 300 0000"
            variants:
              sr-Cyrl:
                title: Министар Ђорђевић разговарао са амбасадором
                body: |
                  Министар одбране Зоран Ђорђевић састао се данас…
              en:
                title: Minister Djordjevic talks to the Ambassador
                body: |
                  Defence Minister Zoran Djordjevic met today…
            """;

    /** A release using every field. */
    private static final String FULL_RELEASE =
            """
            schema: 1
            id: cadets-graduate-2026
            type: media-advisory
            issuer: mod
            date: 2026-09-15T10:30:00+02:00
            place: {en: Belgrade, sr-Cyrl: Београд, sr-Latn: Beograd}
            embargo: 2026-09-15T09:30Z
            status: approved
            tags: [cadets, military-academy]
            source: sr-Cyrl-RS
            people:
              - key: djordjevic
                name: {en: Zoran Djordjevic, sr-Cyrl: Зоран Ђорђевић}
            contacts:
              - name: {sr-Cyrl: Јована Јовић}
                role: {sr-Cyrl: портпарол, en: Spokesperson}
                phone: "+381 11 300 0001"
            boilerplate:
              en: The Ministry of Defence is responsible for *defence*.
              sr-Cyrl: Министарство одбране надлежно је за *одбрану*.
            links:
              - url: https://www.example.gov.rs/academy?year=2026#cadets
                label: {en: The Military Academy, sr-Cyrl: Војна академија}
              - url: http://example.org
            notes:
              en-GB: Accreditation closes at **noon**.
            variants:
              sr-Cyrl:
                title: Кадети завршили школовање
                subtitle: Свечаност на Војној академији
                summary: Министар *Ђорђевић* честитао кадетима.
                body: |
                  ## Свечаност

                  ![Министар са кадетима](graduation.png "Фото: МО / Јован Петровић")

                  - прва тачка
                  - друга тачка
              sr-latn:
                title: >
                  Kadeti završili školovanje
                body: Tekst.
              en-US:
                title: Cadets graduate
                body: Text.
            """;

    /** A workspace file using every field. */
    private static final String FULL_WORKSPACE =
            """
            schema: 1
            organisations:
              mod:
                name: {en: Ministry of Defence, sr-Cyrl: Министарство одбране}
                short-name: {en: MoD, sr-Cyrl: МО}
                address:
                  en: |
                    Birčaninova 5
                    11000 Belgrade
                  sr-Cyrl: |
                    Бирчанинова 5
                    11000 Београд
                website: https://www.example.gov.rs/
                email: info@example.gov.rs
                phone: "+381 11 300 0000"
                boilerplate:
                  en: The Ministry of Defence is responsible for *defence*.
                  sr-Cyrl: Министарство одбране надлежно је за *одбрану*.
                contacts:
                  - name: {en: Press Office, sr-Cyrl: Служба за односе с јавношћу}
                    email: press@example.gov.rs
                logo: {en: logos/mod-en.svg, sr-Cyrl: logos/mod-sr.svg}
              military-academy-2:
                name: {sr-Cyrl: Војна академија}
                address: {sr-Cyrl: Павла Јуришића Штурма 33}
                boilerplate: {sr-Cyrl: О академији.}
                logo: logos/academy.png
            locales: [sr-Cyrl, sr-Latn-RS, en-GB]
            template: press-release
            """;

    // ------------------------------------------------------------------------------------------
    // The schemas themselves

    @ParameterizedTest
    @ValueSource(strings = {RELEASE, WORKSPACE})
    void schemaIsAValidDraft07Schema(String name) {
        JsonNode schema = readJson(resource(name), name);

        assertEquals(DRAFT_07, schema.path("$schema").asText(), name + ": $schema");
        assertFalse(schema.has("$id"), name + ": no $id");
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(DRAFT_07), CONFIG);
        assertEquals(Set.of(), messages(metaSchema.validate(schema)), name);
        // Builds every validator, so that a $ref to a missing definition fails here.
        FACTORY.getSchema(schema, CONFIG).initializeValidators();
    }

    @ParameterizedTest
    @ValueSource(strings = {RELEASE, WORKSPACE})
    void everyPropertyHasATitleAndADescription(String name) {
        List<String> missing = new ArrayList<>();
        findUndocumented(readJson(resource(name), name), "#", missing);

        assertEquals(List.of(), missing, name + ": properties without a title or description");
    }

    @ParameterizedTest
    @ValueSource(strings = {RELEASE, WORKSPACE})
    void schemaFileIsTidy(String name) {
        String text = new String(resource(name), StandardCharsets.UTF_8);

        assertFalse(text.startsWith("\uFEFF"), name + ": no byte-order mark");
        assertFalse(text.contains("\r"), name + ": LF line ends");
        assertFalse(text.contains("\t"), name + ": no tabs");
        assertTrue(text.endsWith("}\n"), name + ": ends with one line feed");
        for (String line : text.split("\n", -1)) {
            int indent = line.length() - line.stripLeading().length();
            assertEquals(0, indent % 2, name + ": 2-space indentation: " + line);
        }
    }

    @Test
    void definitionsSharedByBothSchemasAreTheSame() {
        JsonNode release = readJson(resource(RELEASE), RELEASE).path("definitions");
        JsonNode workspace = readJson(resource(WORKSPACE), WORKSPACE).path("definitions");

        int shared = 0;
        for (Map.Entry<String, JsonNode> entry : release.properties()) {
            String definition = entry.getKey();
            if (workspace.has(definition)) {
                shared++;
                assertEquals(entry.getValue(), workspace.get(definition), definition);
            }
        }
        assertTrue(shared >= 4, "localizedText, localizedMarkdown, contact, ... are shared");
    }

    @ParameterizedTest
    @ValueSource(strings = {RELEASE, WORKSPACE})
    void exampleSchemaIsACopyOfTheResource(String name) throws IOException {
        Path copy = EXAMPLES.resolve("schemas").resolve(name);

        assertTrue(Files.isRegularFile(copy), copy + " should exist");
        assertArrayEquals(
                resource(name), Files.readAllBytes(copy), copy + " differs from the resource");
    }

    // ------------------------------------------------------------------------------------------
    // The examples

    @Test
    void workspaceExampleConforms() {
        Path file = EXAMPLES.resolve("glasnik.yaml");

        assertTrue(Files.isRegularFile(file), file + " should exist");
        assertPointsAtSchema(file, WORKSPACE);
        assertConforms(WORKSPACE, readYaml(file), file.toString());
    }

    @Test
    void releaseExamplesConform() throws IOException {
        Path releases = EXAMPLES.resolve("releases");
        assertTrue(Files.isDirectory(releases), releases + " should exist: the release examples");
        List<Path> files;
        try (Stream<Path> folders = Files.list(releases)) {
            files =
                    folders.filter(Files::isDirectory)
                            .map(folder -> folder.resolve("release.yaml"))
                            .sorted()
                            .collect(Collectors.toList());
        }

        assertFalse(files.isEmpty(), releases + " should hold at least one <id>/release.yaml");
        for (Path file : files) {
            assertTrue(
                    Files.isRegularFile(file), file + " should exist: releases/<id>/release.yaml");
            assertPointsAtSchema(file, RELEASE);
            JsonNode release = readYaml(file);
            assertConforms(RELEASE, release, file.toString());
            assertEquals(
                    file.getParent().getFileName().toString(),
                    release.path("id").asText(),
                    file + ": the id is the folder name");
        }
    }

    // ------------------------------------------------------------------------------------------
    // Valid documents written here

    static Stream<Arguments> validReleases() {
        return Stream.of(
                Arguments.of(Named.of("minimal release", MINIMAL_RELEASE)),
                Arguments.of(Named.of("example in the specification", SPEC_EXAMPLE)),
                Arguments.of(Named.of("release with every field", FULL_RELEASE)));
    }

    @ParameterizedTest
    @MethodSource("validReleases")
    void validReleaseConforms(String yaml) {
        assertConforms(RELEASE, readYaml(yaml), yaml);
    }

    static Stream<Arguments> validWorkspaces() {
        return Stream.of(
                Arguments.of(Named.of("minimal workspace", MINIMAL_WORKSPACE)),
                Arguments.of(Named.of("workspace with every field", FULL_WORKSPACE)));
    }

    @ParameterizedTest
    @MethodSource("validWorkspaces")
    void validWorkspaceConforms(String yaml) {
        assertConforms(WORKSPACE, readYaml(yaml), yaml);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "en",
                "sr-Cyrl",
                "sr-Latn",
                "sr-Cyrl-RS",
                "sr-Latn-RS",
                "en-GB",
                "en-US",
                "sr-latn",
                "SR-CYRL",
                "EN"
            })
    void localeTagIsAccepted(String tag) {
        String yaml = edit(MINIMAL_RELEASE, "source: en", "source: " + tag);
        yaml = edit(yaml, "place: {en: Belgrade, sr-Cyrl: Београд}", "place: {" + tag + ": X}");
        yaml = edit(yaml, "  en: {title", "  " + tag + ": {title");

        assertConforms(RELEASE, readYaml(yaml), tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sr", "sr-RS", "sr-Cyrl-Serbia", "de", "en-Latn", "en-", "cyrl"})
    void localeTagIsRefused(String tag) {
        String place = "place: {en: Belgrade, sr-Cyrl: Београд}";

        assertRejected(RELEASE, edit(MINIMAL_RELEASE, "source: en", "source: " + tag), "$.source");
        assertRejected(
                RELEASE,
                edit(MINIMAL_RELEASE, place, "place: {" + tag + ": X}"),
                "$.place",
                "'" + tag + "'");
        assertRejected(
                RELEASE,
                edit(MINIMAL_RELEASE, "  en: {title", "  " + tag + ": {title"),
                "$.variants",
                "'" + tag + "'");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-27",
                "2026-11-27T10:30",
                "2026-11-27T10:30:15",
                "2026-11-27T10:30+01:00",
                "2026-11-27T09:30Z",
                "2026-11-27T23:59:59-05:00"
            })
    void dateIsAccepted(String date) {
        assertConforms(
                RELEASE, readYaml(edit(MINIMAL_RELEASE, "2026-11-27", date)), "date " + date);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "27.11.2026",
                "2026-13-01",
                "2026-11-32",
                "2026-11-27 10:30",
                "2026-11-27T10",
                "2026-11-27T24:00",
                "2026-11-27T10:30+0100",
                "2026-11-27T10:30Z+01:00",
                "26-11-27"
            })
    void dateIsRefused(String date) {
        assertRejected(RELEASE, edit(MINIMAL_RELEASE, "2026-11-27", "'" + date + "'"), "$.date");
    }

    // ------------------------------------------------------------------------------------------
    // Invalid documents written here

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                invalid(
                        "unknown field",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        summary: A field that belongs in a variant.
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$",
                        "'summary'"),
                invalid(
                        "unknown field in a variant",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        variants:
                          en: {title: A statement, sumary: Misspelt., body: The text.}
                        """,
                        "$.variants.en",
                        "'sumary'"),
                invalid(
                        "wrong type",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: press
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$.type",
                        "press-release"),
                invalid(
                        "wrong status",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: final
                        source: en
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$.status",
                        "approved"),
                invalid(
                        "bad slug",
                        RELEASE,
                        """
                        schema: 1
                        id: Minister_Meets--Ambassador
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$.id",
                        "pattern"),
                invalid(
                        "slug longer than 80 characters",
                        RELEASE,
                        edit(MINIMAL_RELEASE, "short-statement", "a".repeat(81)),
                        "$.id",
                        "80"),
                invalid(
                        "bad tag",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        tags: [minister, Diplomacy]
                        source: en
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$.tags[1]",
                        "pattern"),
                invalid(
                        "locale key sr in a localized text",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade, sr: Beograd}
                        status: draft
                        source: en
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$.place",
                        "'sr'"),
                invalid(
                        "locale key sr in the variants",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        variants:
                          en: {title: A statement, body: The text.}
                          sr: {title: Saopštenje, body: Tekst.}
                        """,
                        "$.variants",
                        "'sr'"),
                invalid(
                        "bad date",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 27.11.2026
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$.date",
                        "pattern"),
                invalid(
                        "embargo without a time",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        embargo: 2026-11-27
                        status: draft
                        source: en
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$.embargo",
                        "pattern"),
                invalid(
                        "missing title",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        variants:
                          en: {body: The text.}
                        """,
                        "$.variants.en",
                        "'title'"),
                invalid(
                        "title of two lines",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        variants:
                          en:
                            title: |
                              A statement
                              in two lines
                            body: The text.
                        """,
                        "$.variants.en.title",
                        "pattern"),
                invalid(
                        "missing variants",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        """,
                        "$",
                        "'variants'"),
                invalid(
                        "schema 2",
                        RELEASE,
                        """
                        schema: 2
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$.schema",
                        "1"),
                invalid(
                        "schema as a string",
                        RELEASE,
                        edit(MINIMAL_RELEASE, "schema: 1", "schema: '1'"),
                        "$.schema",
                        "integer"),
                invalid(
                        "contact without email and phone",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        contacts:
                          - name: {en: Press Office}
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$.contacts[0]",
                        "'email'",
                        "'phone'"),
                invalid(
                        "bad e-mail address",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        contacts:
                          - name: {en: Press Office}
                            email: press at example.gov.rs
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$.contacts[0].email",
                        "pattern"),
                invalid(
                        "link that is not http or https",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        links:
                          - url: ftp://example.gov.rs/file
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$.links[0].url",
                        "pattern"),
                invalid(
                        "person without a name",
                        RELEASE,
                        """
                        schema: 1
                        id: short-statement
                        type: statement
                        issuer: mod
                        date: 2026-11-27
                        place: {en: Belgrade}
                        status: draft
                        source: en
                        people:
                          - key: djordjevic
                            role: {en: Minister of Defence}
                        variants:
                          en: {title: A statement, body: The text.}
                        """,
                        "$.people[0]",
                        "'name'"),
                invalid(
                        "workspace without organisations",
                        WORKSPACE,
                        """
                        schema: 1
                        locales: [en]
                        """,
                        "$",
                        "'organisations'"),
                invalid(
                        "workspace with no organisation",
                        WORKSPACE,
                        """
                        schema: 1
                        organisations: {}
                        """,
                        "$.organisations",
                        "1"),
                invalid(
                        "organisation key that is not a slug",
                        WORKSPACE,
                        """
                        schema: 1
                        organisations:
                          MoD:
                            name: {en: Ministry of Defence}
                            address: {en: Birčaninova 5}
                            boilerplate: {en: About the ministry.}
                        """,
                        "$.organisations",
                        "'MoD'"),
                invalid(
                        "organisation without boilerplate",
                        WORKSPACE,
                        """
                        schema: 1
                        organisations:
                          mod:
                            name: {en: Ministry of Defence}
                            address: {en: Birčaninova 5}
                        """,
                        "$.organisations.mod",
                        "'boilerplate'"),
                invalid(
                        "unknown workspace field",
                        WORKSPACE,
                        """
                        schema: 1
                        organisations:
                          mod:
                            name: {en: Ministry of Defence}
                            address: {en: Birčaninova 5}
                            boilerplate: {en: About the ministry.}
                        locale: [en]
                        """,
                        "$",
                        "'locale'"),
                invalid(
                        "workspace locale sr",
                        WORKSPACE,
                        """
                        schema: 1
                        organisations:
                          mod:
                            name: {en: Ministry of Defence}
                            address: {en: Birčaninova 5}
                            boilerplate: {en: About the ministry.}
                        locales: [sr, en]
                        """,
                        "$.locales[0]",
                        "pattern"),
                invalid(
                        "workspace schema 2",
                        WORKSPACE,
                        """
                        schema: 2
                        organisations:
                          mod:
                            name: {en: Ministry of Defence}
                            address: {en: Birčaninova 5}
                            boilerplate: {en: About the ministry.}
                        """,
                        "$.schema",
                        "1"));
    }

    private static Arguments invalid(
            String what, String schema, String yaml, String location, String... words) {
        return Arguments.of(what, schema, yaml, location, List.of(words));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void invalidDocumentIsRejected(
            String what, String schema, String yaml, String location, List<String> words) {
        assertRejected(schema, yaml, location, words.toArray(new String[0]));
    }

    // ------------------------------------------------------------------------------------------
    // Helpers

    /**
     * Asserts that validation fails with messages about {@code location} (the property's path, e.g.
     * {@code $.variants.en}), and that each of {@code words} is in one of them.
     */
    private static void assertRejected(
            String schemaName, String yaml, String location, String... words) {
        Set<String> messages = messages(schema(schemaName).validate(readYaml(yaml)));
        List<String> here = new ArrayList<>();
        for (String message : messages) {
            if (message.startsWith(location + ": ")) {
                here.add(message);
            }
        }

        String context = ", got " + messages + " for:\n" + yaml;
        assertFalse(here.isEmpty(), "a message about " + location + context);
        for (String word : words) {
            assertTrue(
                    here.stream().anyMatch(message -> message.contains(word)),
                    "a message about " + location + " naming " + word + context);
        }
    }

    private static void assertConforms(String schemaName, JsonNode document, String what) {
        assertEquals(Set.of(), messages(schema(schemaName).validate(document)), what);
    }

    /** Both files start with the comment that points editors at the schema in examples/schemas. */
    private static void assertPointsAtSchema(Path file, String schemaName) {
        String text = new String(readBytes(file), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        String prefix = "# yaml-language-server: $schema=";

        assertTrue(firstLine.startsWith(prefix), file + " starts with " + prefix);
        Path target = file.getParent().resolve(firstLine.substring(prefix.length()).strip());
        assertEquals(
                EXAMPLES.resolve("schemas").resolve(schemaName).toAbsolutePath().normalize(),
                target.toAbsolutePath().normalize(),
                file + ": the schema it points at");
    }

    private static void findUndocumented(JsonNode schema, String path, List<String> missing) {
        if (schema.isArray()) {
            for (int i = 0; i < schema.size(); i++) {
                findUndocumented(schema.get(i), path + "/" + i, missing);
            }
            return;
        }
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String key = field.getKey();
            if (key.equals("enum") || key.equals("const") || key.equals("default")) {
                continue;
            }
            if (key.equals("properties") || key.equals("definitions")) {
                for (Map.Entry<String, JsonNode> property : field.getValue().properties()) {
                    JsonNode value = property.getValue();
                    String where = path + "/" + key + "/" + property.getKey();
                    if (!value.path("title").isTextual()
                            || value.path("description").asText().isBlank()) {
                        missing.add(where);
                    }
                    findUndocumented(value, where, missing);
                }
            } else {
                findUndocumented(field.getValue(), path + "/" + key, missing);
            }
        }
    }

    /** Replaces the one occurrence of {@code target}, which must be there. */
    private static String edit(String yaml, String target, String replacement) {
        int at = yaml.indexOf(target);
        assertTrue(at >= 0 && yaml.indexOf(target, at + 1) < 0, "one " + target + " in:\n" + yaml);
        return yaml.substring(0, at) + replacement + yaml.substring(at + target.length());
    }

    private static JsonSchema schema(String name) {
        return FACTORY.getSchema(readJson(resource(name), name), CONFIG);
    }

    private static Set<String> messages(Set<ValidationMessage> errors) {
        Set<String> messages = new TreeSet<>();
        for (ValidationMessage error : errors) {
            messages.add(error.getMessage());
        }
        return messages;
    }

    private static byte[] resource(String name) {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(name)) {
            if (in == null) {
                fail("no class-path resource rs/glasnik/store/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(byte[] json, String what) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(what + " is not JSON", e);
        }
    }

    private static JsonNode readYaml(Path file) {
        return readYaml(readBytes(file), file.toString());
    }

    private static JsonNode readYaml(String yaml) {
        return readYaml(yaml.getBytes(StandardCharsets.UTF_8), yaml);
    }

    private static JsonNode readYaml(byte[] yaml, String what) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new AssertionError(what + " is not YAML", e);
        }
    }
}
