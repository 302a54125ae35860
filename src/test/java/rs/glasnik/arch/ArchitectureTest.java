package rs.glasnik.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of DESIGN.md and STYLE.md, enforced: dependencies point down the list only,
 * each third-party library is used by one package, and nothing below the CLI reads the default
 * locale, the clock or prints to standard output.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("rs.glasnik");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("cli")
                .definedBy("rs.glasnik.cli..")
                .layer("app")
                .definedBy("rs.glasnik.app..")
                .layer("pack")
                .definedBy("rs.glasnik.pack..")
                .layer("render.docx")
                .definedBy("rs.glasnik.render.docx..")
                .layer("render.pdf")
                .definedBy("rs.glasnik.render.pdf..")
                .layer("render.text")
                .definedBy("rs.glasnik.render.text..")
                .layer("render")
                .definedBy("rs.glasnik.render")
                .layer("resolve")
                .definedBy("rs.glasnik.resolve..")
                .layer("check")
                .definedBy("rs.glasnik.check..")
                .layer("locale")
                .definedBy("rs.glasnik.locale..")
                .layer("translit.docx")
                .definedBy("rs.glasnik.translit.docx..")
                .layer("translit")
                .definedBy("rs.glasnik.translit")
                .layer("store")
                .definedBy("rs.glasnik.store..")
                .layer("model")
                .definedBy("rs.glasnik.model..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("app")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("pack")
                .mayOnlyBeAccessedByLayers("cli", "app")
                .whereLayer("render.docx")
                .mayOnlyBeAccessedByLayers("cli", "app", "pack")
                .whereLayer("render.pdf")
                .mayOnlyBeAccessedByLayers("cli", "app", "pack")
                .whereLayer("render.text")
                .mayOnlyBeAccessedByLayers("cli", "app", "pack")
                .whereLayer("render")
                .mayOnlyBeAccessedByLayers(
                        "cli", "app", "pack", "render.docx", "render.pdf", "render.text")
                .whereLayer("resolve")
                .mayOnlyBeAccessedByLayers("cli", "app", "pack")
                .whereLayer("check")
                .mayOnlyBeAccessedByLayers("cli", "app")
                .whereLayer("locale")
                .mayOnlyBeAccessedByLayers(
                        "cli",
                        "app",
                        "pack",
                        "render.docx",
                        "render.pdf",
                        "render.text",
                        "resolve",
                        "check")
                .whereLayer("translit.docx")
                .mayOnlyBeAccessedByLayers("app")
                .whereLayer("translit")
                .mayOnlyBeAccessedByLayers(
                        "cli", "app", "pack", "resolve", "check", "translit.docx")
                .whereLayer("store")
                .mayOnlyBeAccessedByLayers("cli", "app")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void modelAndTranslitUseTheJdkOnly() {
        noClasses()
                .that()
                .resideInAnyPackage("rs.glasnik.model..", "rs.glasnik.translit")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "rs.glasnik.model..", "rs.glasnik.translit")
                .check(classes);
    }

    @Test
    void eachLibraryBelongsToOnePackage() {
        only("com.ibm.icu..", "rs.glasnik.locale..");
        only("picocli..", "rs.glasnik.cli..");
        only("org.snakeyaml..", "rs.glasnik.store..");
        only("org.commonmark..", "rs.glasnik.store..");
        only("org.apache.poi..", "rs.glasnik.render.docx..", "rs.glasnik.translit.docx..");
        only("com.lowagie..", "rs.glasnik.render.pdf..");
        only("com.fasterxml.jackson..", "rs.glasnik.cli..", "rs.glasnik.pack..");
    }

    @Test
    void thePdfEngineKnowsNoPdfLibraryAndNotItsWriter() {
        noClasses()
                .that()
                .resideInAPackage("rs.glasnik.render.pdf.typeset..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.lowagie..", "java.awt..")
                .because("the typesetting engine draws and measures through its own interfaces")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("rs.glasnik.render.pdf.typeset..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("rs.glasnik.render.pdf")
                .because("the OpenPDF writer uses the engine, not the other way round")
                .check(classes);
    }

    /**
     * The format registry, the render context and the template's helpers in {@code render} know the
     * model only: the formats plug in from below through the registry, never by name.
     */
    @Test
    void theFormatRegistryUsesOnlyTheModel() {
        noClasses()
                .that()
                .resideInAPackage("rs.glasnik.render")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "rs.glasnik.model..", "rs.glasnik.render")
                .check(classes);
    }

    /**
     * Nothing above the renderers names a format's classes: the use cases, the pack and the command
     * line reach DOCX and PDF through {@code render.Formats} only. (The transliteration of Word
     * files is not a format: it lives in {@code translit.docx}.)
     */
    @Test
    void theFormatsAreReachedThroughTheRegistry() {
        noClasses()
                .that()
                .resideInAnyPackage("rs.glasnik.app..", "rs.glasnik.pack..", "rs.glasnik.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("rs.glasnik.render.docx..", "rs.glasnik.render.pdf..")
                .check(classes);
    }

    private static void only(String library, String... owners) {
        noClasses()
                .that()
                .resideOutsideOfPackages(owners)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(library)
                .allowEmptyShould(true)
                .because(library + " is used only in " + String.join(", ", owners))
                .check(classes);
    }

    @Test
    void nothingBelowTheCliReadsTheDefaultLocaleTheClockOrPrints() {
        noClasses()
                .that()
                .resideOutsideOfPackage("rs.glasnik.cli..")
                .should()
                .callMethod(java.util.Locale.class, "getDefault")
                .orShould()
                .callMethod(java.util.Locale.class, "getDefault", java.util.Locale.Category.class)
                .orShould()
                .callMethod(String.class, "toLowerCase")
                .orShould()
                .callMethod(String.class, "toUpperCase")
                .orShould()
                .callMethod(String.class, "format", String.class, Object[].class)
                .orShould()
                .callMethod(String.class, "formatted", Object[].class)
                .orShould()
                .callMethod(String.class, "getBytes")
                .orShould()
                .callConstructor(String.class, byte[].class)
                .orShould()
                .callConstructor(java.io.InputStreamReader.class, java.io.InputStream.class)
                .orShould()
                .callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now", java.time.ZoneId.class)
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .orShould()
                .callMethod(java.time.OffsetDateTime.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(java.nio.charset.Charset.class, "defaultCharset")
                .orShould()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void onlyMainExits() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("rs.glasnik.cli.Main")
                .should()
                .callMethod(System.class, "exit", int.class)
                .check(classes);
    }
}
