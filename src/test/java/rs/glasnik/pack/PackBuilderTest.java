package rs.glasnik.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rs.glasnik.locale.LocaleFormats;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Localized;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Person;
import rs.glasnik.model.Release;
import rs.glasnik.model.ReleaseDate;
import rs.glasnik.model.ReleaseStatus;
import rs.glasnik.model.ReleaseType;
import rs.glasnik.model.SourceMap;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.translit.SerbianTransliterator;

/** The pack's index of people: merged by key, surname first, sorted by each language's alphabet. */
class PackBuilderTest {
    static final SerbianTransliterator T = SerbianTransliterator.builtIn();

    static LocaleFormats formats(LocaleTag lang) {
        LocaleTag from = lang == LocaleTag.SR_LATN ? LocaleTag.SR_CYRL : lang;
        Map<String, String> labels =
                new LinkedHashMap<>(WorkspaceStore.labels(from, Optional.empty()).value().get());
        if (lang == LocaleTag.SR_LATN) {
            labels.replaceAll((k, v) -> T.toLatin(v));
        }
        return LocaleFormats.of(lang, labels, "en-GB");
    }

    static Person person(String key, String cyrillic, String english, String role) {
        return new Person(
                key,
                Localized.of(Map.of(LocaleTag.SR_CYRL, cyrillic, LocaleTag.EN, english)),
                role.isEmpty()
                        ? Optional.empty()
                        : Optional.of(
                                Localized.of(Map.of(LocaleTag.SR_CYRL, role, LocaleTag.EN, role))));
    }

    static Release release(String id, String day, List<Person> people) {
        return new Release(
                id,
                ReleaseType.PRESS_RELEASE,
                "mod",
                new ReleaseDate(
                        java.time.LocalDate.parse(day).atStartOfDay(ZoneId.of("Europe/Belgrade")),
                        false),
                Localized.of(Map.of(LocaleTag.EN, "Belgrade")),
                Optional.empty(),
                ReleaseStatus.PUBLISHED,
                List.of(),
                LocaleTag.SR_CYRL,
                people,
                List.of(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Map.of(),
                new SourceMap(Path.of(id + ".yaml"), Map.of()));
    }

    /** Names whose order a plain code-point sort gets wrong in both scripts. */
    static final List<PackBuilder.Item> ITEMS =
            List.of(
                    new PackBuilder.Item(
                            release(
                                    "first",
                                    "2026-11-27",
                                    List.of(
                                            person(
                                                    "hamza",
                                                    "Хамза Џаферовић",
                                                    "Hamza Dzaferovic",
                                                    ""),
                                            person(
                                                    "nikola",
                                                    "Никола Његовановић",
                                                    "Nikola Njegovanovic",
                                                    ""),
                                            person(
                                                    "radovan",
                                                    "Радован Новаковић",
                                                    "Radovan Novakovic",
                                                    ""),
                                            person(
                                                    "djuro",
                                                    "Ђуро Љубисављевић",
                                                    "Djuro Ljubisavljevic",
                                                    ""),
                                            person("lovro", "Илија Ловрић", "Ilija Lovric", ""))),
                            List.of()),
                    new PackBuilder.Item(
                            release(
                                    "second",
                                    "2026-12-01",
                                    List.of(
                                            person("camil", "Ћамил Чолић", "Camil Colic", ""),
                                            person("cedomir", "Чедомир Ћосић", "Cedomir Cosic", ""),
                                            person("djordje", "Ђорђе Дуњић", "Djordje Dunjic", ""),
                                            person(
                                                    "dragan",
                                                    "Драган Ђорђевић",
                                                    "Dragan Djordjevic",
                                                    ""),
                                            person(
                                                    "lovro",
                                                    "Илија Ловрић",
                                                    "Ilija Lovric",
                                                    "пилот"))),
                            List.of()));

    static List<String> names(LocaleTag lang) {
        Pack.Index index = PackBuilder.index(formats(lang), ITEMS, T);
        List<String> names = new ArrayList<>();
        index.entries().forEach(e -> names.add(e.name()));
        return names;
    }

    @Test
    void cyrillicIndexFollowsTheAzbuka() {
        // а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш
        assertEquals(
                List.of(
                        "Дуњић, Ђорђе",
                        "Ђорђевић, Драган",
                        "Ловрић, Илија",
                        "Љубисављевић, Ђуро",
                        "Новаковић, Радован",
                        "Његовановић, Никола",
                        "Ћосић, Чедомир",
                        "Чолић, Ћамил",
                        "Џаферовић, Хамза"),
                names(LocaleTag.SR_CYRL));
    }

    @Test
    void latinIndexIsDerivedAndFollowsTheAbeceda() {
        // a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž
        assertEquals(
                List.of(
                        "Čolić, Ćamil",
                        "Ćosić, Čedomir",
                        "Dunjić, Đorđe",
                        "Džaferović, Hamza",
                        "Đorđević, Dragan",
                        "Lovrić, Ilija",
                        "Ljubisavljević, Đuro",
                        "Novaković, Radovan",
                        "Njegovanović, Nikola"),
                names(LocaleTag.SR_LATN));
    }

    @Test
    void englishIndexIsInEnglishOrder() {
        assertEquals(
                List.of(
                        "Colic, Camil",
                        "Cosic, Cedomir",
                        "Djordjevic, Dragan",
                        "Dunjic, Djordje",
                        "Dzaferovic, Hamza",
                        "Ljubisavljevic, Djuro",
                        "Lovric, Ilija",
                        "Njegovanovic, Nikola",
                        "Novakovic, Radovan"),
                names(LocaleTag.EN));
    }

    @Test
    void aPersonInTwoReleasesIsOneEntryWithTheFirstRoleGiven() {
        Pack.Index index = PackBuilder.index(formats(LocaleTag.SR_LATN), ITEMS, T);
        Pack.IndexEntry lovro =
                index.entries().stream()
                        .filter(e -> e.name().equals("Lovrić, Ilija"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("pilot", lovro.role());
        assertEquals(List.of("first", "second"), lovro.releases());
        assertEquals("sr-Latn-RS", index.language());
    }

    @Test
    void packIdsAreSlugsOfTheTitleOrTheDate() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 10);
        assertEquals("press-pack-2026-12-10", PackNames.id(Optional.empty(), day, T));
        assertEquals("dan-vojske-srbije", PackNames.id(Optional.of("Дан Војске Србије"), day, T));
        assertEquals(
                "djordjevic-i-cepurin-2026",
                PackNames.id(Optional.of("  Đorđević i Čepurin: 2026! "), day, T));
        assertEquals("press-pack-2026-12-10", PackNames.id(Optional.of("漢字 …"), day, T));
    }

    @Test
    void thePacksDateIsTheNewestReleasesDate() {
        assertEquals(
                ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneId.of("Europe/Belgrade")),
                PackBuilder.date(ITEMS.stream().map(PackBuilder.Item::release).toList()));
    }

    static rs.glasnik.model.Document document(LocaleTag lang, String id, int paragraphs) {
        List<rs.glasnik.model.Block> body = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            body.add(
                    new rs.glasnik.model.Block.Paragraph(
                            List.of(new rs.glasnik.model.Inline.Text("p" + i))));
        }
        return new rs.glasnik.model.Document(
                lang,
                new rs.glasnik.model.Document.Info(
                        id,
                        id,
                        "MoD",
                        id,
                        List.of(),
                        ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneId.of("Europe/Belgrade")),
                        lang.regionalTag(),
                        List.of()),
                List.of(new rs.glasnik.model.Document.Body(body)),
                "Page {page}");
    }

    static rs.glasnik.model.Organisation organisation() {
        return new rs.glasnik.model.Organisation(
                "mod",
                Localized.of(
                        Map.of(
                                LocaleTag.SR_CYRL,
                                "Министарство одбране",
                                LocaleTag.EN,
                                "Ministry of Defence")),
                Optional.empty(),
                Localized.of(Map.of(LocaleTag.EN, "Belgrade")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Localized.of(Map.of()),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void coversMarksAndAlignmentFromTheReleases() {
        Release open = release("open", "2026-11-27", List.of());
        Release base = release("embargoed", "2026-12-01", List.of());
        Release embargoed =
                new Release(
                        base.id(),
                        base.type(),
                        base.issuer(),
                        base.date(),
                        base.place(),
                        Optional.of(
                                ZonedDateTime.of(
                                        2026, 12, 14, 10, 0, 0, 0, ZoneId.of("Europe/Belgrade"))),
                        base.status(),
                        base.tags(),
                        base.source(),
                        base.people(),
                        base.contacts(),
                        base.boilerplate(),
                        base.links(),
                        base.notes(),
                        base.variants(),
                        base.sourceMap());
        List<LocaleTag> langs = List.of(LocaleTag.SR_LATN, LocaleTag.EN);
        List<PackBuilder.Item> items =
                List.of(
                        new PackBuilder.Item(
                                open,
                                List.of(
                                        document(LocaleTag.SR_LATN, "open", 7),
                                        document(LocaleTag.EN, "open", 8))),
                        new PackBuilder.Item(
                                embargoed,
                                List.of(
                                        document(LocaleTag.SR_LATN, "embargoed", 3),
                                        document(LocaleTag.EN, "embargoed", 3))));
        List<PackBuilder.Language> languages =
                langs.stream()
                        .map(l -> new PackBuilder.Language(formats(l), organisation()))
                        .toList();
        Pack pack =
                PackBuilder.build(
                        "p",
                        Pack.Layout.PARALLEL,
                        languages,
                        items,
                        Optional.of("Дан Војске"),
                        Instant.parse("2026-12-01T00:00:00Z"),
                        T);
        Pack.Cover latin = pack.covers().get(0);
        assertEquals("sr-Latn-RS", latin.language());
        assertEquals("Ministarstvo odbrane", latin.organisation());
        assertEquals("Dan Vojske", latin.title());
        assertEquals("1.⍽decembar⍽2026.", rs.glasnik.TestFiles.visible(latin.date()));
        assertEquals("2 saopštenja", latin.releases());
        assertEquals("Sadržaj", latin.contentsHeading());
        assertEquals(
                "Pod embargom: 1⍽saopštenje, do 14.⍽decembra⍽2026. u⍽10.00",
                rs.glasnik.TestFiles.visible(latin.embargoNotice().orElseThrow()));
        Pack.Cover english = pack.covers().get(1);
        assertEquals("Дан Војске", english.title());
        assertEquals(
                "Under embargo: 1⍽release, until 10:00 (Belgrade time) on 14⍽December⍽2026",
                rs.glasnik.TestFiles.visible(english.embargoNotice().orElseThrow()));
        assertEquals("Page {page} of {pages}", english.pageLabel());

        assertEquals(List.of(Optional.empty(), Optional.empty()), pack.entries().get(0).embargo());
        assertEquals(
                "Embargoed until 10:00 (Belgrade time) on 14⍽December⍽2026",
                rs.glasnik.TestFiles.visible(pack.entries().get(1).embargo().get(1).orElseThrow()));
        assertEquals(7, pack.entries().get(0).aligned());
        assertEquals(3, pack.entries().get(1).aligned());
        assertEquals(
                Optional.of(
                        "open: sr-Latn has 7 paragraphs, en has 8; the first 7 are set side by"
                                + " side"),
                PackBuilder.misalignment(items.get(0)));
        assertEquals(Optional.empty(), PackBuilder.misalignment(items.get(1)));

        // After the embargo, no marks and no notice.
        Pack later =
                PackBuilder.build(
                        "p",
                        Pack.Layout.SEQUENTIAL,
                        languages,
                        items,
                        Optional.empty(),
                        Instant.parse("2026-12-14T09:00:00Z"),
                        T);
        assertEquals(Optional.empty(), later.covers().get(1).embargoNotice());
        assertEquals(Optional.empty(), later.entries().get(1).embargo().get(1));
        assertEquals("Materijal za medije", later.covers().get(0).title());
        assertEquals("Press pack", later.covers().get(1).title());
    }
}
