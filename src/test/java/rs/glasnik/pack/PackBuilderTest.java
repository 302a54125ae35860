package rs.glasnik.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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

/** The pack's index of people: merged by key, sorted by each language's alphabet. */
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
                                            person("dzemal", "Џемал Хаџић", "Dzemal Hadzic", ""),
                                            person("njegos", "Његош Николић", "Njegos Nikolic", ""),
                                            person("novak", "Новак Радић", "Novak Radic", ""),
                                            person("ljubisa", "Љубиша Ђурић", "Ljubisa Djuric", ""),
                                            person("lovro", "Ловро Илић", "Lovro Ilic", ""))),
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
                                            person("lovro", "Ловро Илић", "Lovro Ilic", "пилот"))),
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
                        "Драган Ђорђевић",
                        "Ђорђе Дуњић",
                        "Ловро Илић",
                        "Љубиша Ђурић",
                        "Новак Радић",
                        "Његош Николић",
                        "Ћамил Чолић",
                        "Чедомир Ћосић",
                        "Џемал Хаџић"),
                names(LocaleTag.SR_CYRL));
    }

    @Test
    void latinIndexIsDerivedAndFollowsTheAbeceda() {
        // a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž
        assertEquals(
                List.of(
                        "Čedomir Ćosić",
                        "Ćamil Čolić",
                        "Dragan Đorđević",
                        "Džemal Hadžić",
                        "Đorđe Dunjić",
                        "Lovro Ilić",
                        "Ljubiša Đurić",
                        "Novak Radić",
                        "Njegoš Nikolić"),
                names(LocaleTag.SR_LATN));
    }

    @Test
    void englishIndexIsInEnglishOrder() {
        assertEquals(
                List.of(
                        "Camil Colic",
                        "Cedomir Cosic",
                        "Djordje Dunjic",
                        "Dragan Djordjevic",
                        "Dzemal Hadzic",
                        "Ljubisa Djuric",
                        "Lovro Ilic",
                        "Njegos Nikolic",
                        "Novak Radic"),
                names(LocaleTag.EN));
    }

    @Test
    void aPersonInTwoReleasesIsOneEntryWithTheFirstRoleGiven() {
        Pack.Index index = PackBuilder.index(formats(LocaleTag.SR_LATN), ITEMS, T);
        Pack.IndexEntry lovro =
                index.entries().stream()
                        .filter(e -> e.name().equals("Lovro Ilić"))
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
}
