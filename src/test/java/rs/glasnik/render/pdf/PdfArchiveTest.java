package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Pack;
import rs.glasnik.render.Assets;

/**
 * Every example in every locale, rendered with the archive profile, is PDF/A-1b as veraPDF sees it;
 * a failure lists the rules broken, each with veraPDF's description and how often.
 */
class PdfArchiveTest {
    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rs.glasnik.render.pdf.PdfExamples#examplesAndLocales")
    void archiveProfileIsPdfA1b(String id, LocaleTag lang) throws Exception {
        byte[] pdf = PdfExamples.render(id, lang, PdfProfile.ARCHIVE);
        ValidationResult result = validate(pdf);
        assertTrue(result.isCompliant(), () -> id + " " + lang + ":\n" + failures(result));
    }

    /**
     * The screen profile breaks the rules the archive profile keeps (RGB without an output intent,
     * the emblem's soft mask, no PDF/A identification): veraPDF is really checking.
     */
    @Test
    void screenProfileIsNotPdfA() throws Exception {
        ValidationResult result =
                validate(
                        PdfExamples.render(
                                PdfExamples.ids().get(0), LocaleTag.EN, PdfProfile.SCREEN));
        assertFalse(result.isCompliant());
        assertEquals(
                Set.of("6.2.3.3-1", "6.4-2", "6.7.11-1"),
                result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> id(a.getRuleId()))
                        .filter(Set.of("6.2.3.3-1", "6.4-2", "6.7.11-1")::contains)
                        .collect(Collectors.toSet()),
                () -> failures(result));
    }

    @Test
    void anArchivePackIsPdfA1bToo() throws Exception {
        Map<Path, byte[]> images = new HashMap<>();
        Pack pack =
                PackPdfTest.pack(
                        Pack.Layout.PARALLEL, List.of(LocaleTag.SR_CYRL, LocaleTag.EN), images);
        byte[] logo = images.get(Path.of("logo"));
        byte[] pdf =
                PackPdfRenderer.render(
                        pack,
                        new PdfJob(
                                PdfExamples.input(PackPdfTest.IDS.get(0), LocaleTag.EN).template(),
                                new Assets(images, Optional.ofNullable(logo)),
                                Instant.parse("2026-11-27T00:00:00Z"),
                                PdfProfile.ARCHIVE,
                                "glasnik test"));
        ValidationResult result = validate(pdf);
        assertTrue(result.isCompliant(), () -> "the pack:\n" + failures(result));
    }

    static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                PDFAValidator validator =
                        Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            return validator.validate(parser);
        }
    }

    private static String id(RuleId rule) {
        return rule.getClause() + "-" + rule.getTestNumber();
    }

    /** One line per broken rule: its id, how often it failed, veraPDF's description. */
    static String failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .collect(
                        Collectors.groupingBy(
                                TestAssertion::getRuleId, LinkedHashMap::new, Collectors.toList()))
                .entrySet()
                .stream()
                .map(
                        e -> {
                            RuleId rule = e.getKey();
                            Rule described = result.getValidationProfile().getRuleByRuleId(rule);
                            String description =
                                    described == null ? "" : described.getDescription();
                            TestAssertion first = e.getValue().get(0);
                            return id(rule)
                                    + " ("
                                    + e.getValue().size()
                                    + "x): "
                                    + description
                                    + " [e.g. "
                                    + (first.getLocation() == null
                                            ? "?"
                                            : first.getLocation().getContext())
                                    + (first.getMessage().equals(description)
                                            ? ""
                                            : ": " + first.getMessage())
                                    + "]";
                        })
                .collect(Collectors.joining("\n"));
    }
}
