package rs.glasnik.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rs.glasnik.TestFiles;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.store.WorkspaceStore;
import rs.glasnik.translit.SerbianTransliterator;

/** Dates, numbers, lists, plurals and collation per locale, with the exact characters. */
class LocaleFormatsTest {
    static final ZonedDateTime DAY =
            ZonedDateTime.of(2026, 11, 27, 10, 30, 0, 0, ZoneId.of("Europe/Belgrade"));

    static LocaleFormats formats(LocaleTag locale) {
        LocaleTag bundle = locale == LocaleTag.SR_LATN ? LocaleTag.SR_CYRL : locale;
        Map<String, String> labels =
                WorkspaceStore.labels(bundle, java.util.Optional.empty()).value().orElseThrow();
        if (locale == LocaleTag.SR_LATN) {
            Map<String, String> latin = new java.util.HashMap<>();
            labels.forEach((k, v) -> latin.put(k, SerbianTransliterator.builtIn().toLatin(v)));
            labels = latin;
        }
        return LocaleFormats.of(locale, labels);
    }

    static void same(String expected, String actual) {
        assertEquals(TestFiles.visible(expected), TestFiles.visible(actual));
    }

    @Test
    void longDates() {
        same("27. новембар 2026.", formats(LocaleTag.SR_CYRL).longDate(DAY));
        same("27. novembar 2026.", formats(LocaleTag.SR_LATN).longDate(DAY));
        same("27 November 2026", formats(LocaleTag.EN).longDate(DAY));
    }

    @Test
    void numbersPercentsAndMoney() {
        LocaleFormats sr = formats(LocaleTag.SR_CYRL);
        LocaleFormats en = formats(LocaleTag.EN);
        same("1.234,5", sr.number(1234.5));
        same("1,234.5", en.number(1234.5));
        same("26%", sr.percent(0.255));
        same("26%", en.percent(0.255));
        same("1.234,50\u00A0RSD", sr.money(1234.5, "RSD"));
        same("1.234,50\u00A0€", formats(LocaleTag.SR_LATN).money(1234.5, "EUR"));
        same("€1,234.50", en.money(1234.5, "EUR"));
    }

    @Test
    void lists() {
        same("А, Б и В", formats(LocaleTag.SR_CYRL).list(List.of("А", "Б", "В")));
        same("A, B i C", formats(LocaleTag.SR_LATN).list(List.of("A", "B", "C")));
        same("A, B and C", formats(LocaleTag.EN).list(List.of("A", "B", "C")));
    }

    @Test
    void serbianPluralsHaveOneFewAndOther() {
        LocaleFormats sr =
                new LocaleFormatsBuilder()
                        .with("exercises", "{n, plural, one{# вежба} few{# вежбе} other{# вежби}}");
        List<String> got = new ArrayList<>();
        for (int n : new int[] {1, 2, 5, 11, 21, 22, 25}) {
            got.add(sr.label("exercises", Map.of("n", n)));
        }
        assertEquals(
                List.of(
                        "1 вежба",
                        "2 вежбе",
                        "5 вежби",
                        "11 вежби",
                        "21 вежба",
                        "22 вежбе",
                        "25 вежби"),
                got);
    }

    /** Builds formats with extra labels, for plural messages. */
    static final class LocaleFormatsBuilder {
        LocaleFormats with(String key, String pattern) {
            return LocaleFormats.of(LocaleTag.SR_CYRL, Map.of(key, pattern));
        }
    }

    @Test
    void surnamesSortByTheAlphabetOfTheirScript() {
        List<String> cyrillic =
                new ArrayList<>(
                        List.of(
                                "Његош",
                                "Џаја",
                                "Николић",
                                "Ћосић",
                                "Чепурин",
                                "Љубић",
                                "Лукић",
                                "Ђорђевић"));
        cyrillic.sort(formats(LocaleTag.SR_CYRL).collator());
        assertEquals(
                List.of(
                        "Ђорђевић",
                        "Лукић",
                        "Љубић",
                        "Николић",
                        "Његош",
                        "Ћосић",
                        "Чепурин",
                        "Џаја"),
                cyrillic);

        List<String> latin =
                new ArrayList<>(
                        List.of(
                                "Njegoš",
                                "Džaja",
                                "Nikolić",
                                "Ćosić",
                                "Čepurin",
                                "Ljubić",
                                "Lukić",
                                "Đorđević"));
        latin.sort(formats(LocaleTag.SR_LATN).collator());
        assertEquals(
                List.of(
                        "Čepurin",
                        "Ćosić",
                        "Džaja",
                        "Đorđević",
                        "Lukić",
                        "Ljubić",
                        "Nikolić",
                        "Njegoš"),
                latin);
    }

    @Test
    void labelsAreFormattedWithTheirArguments() {
        same(
                "Страна 2 од 5",
                formats(LocaleTag.SR_CYRL).label("page", Map.of("page", 2, "pages", 5)));
        same(
                "Strana 2 od 5",
                formats(LocaleTag.SR_LATN).label("page", Map.of("page", 2, "pages", 5)));
        same("Page 2 of 5", formats(LocaleTag.EN).label("page", Map.of("page", 2, "pages", 5)));
    }

    static final ZonedDateTime EMBARGO =
            ZonedDateTime.of(2026, 12, 14, 10, 0, 0, 0, ZoneId.of("Europe/Belgrade"));

    @Test
    void datesAfterAPrepositionAreInTheGenitive() {
        String[] cyrillic =
                "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра"
                        .concat(" децембра")
                        .split(" ");
        String[] latin =
                "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra"
                        .concat(" decembra")
                        .split(" ");
        for (int m = 1; m <= 12; m++) {
            ZonedDateTime day = DAY.withMonth(m).withDayOfMonth(3);
            same(
                    "3. " + cyrillic[m - 1] + " 2026.",
                    formats(LocaleTag.SR_CYRL).longDateGenitive(day));
            same("3. " + latin[m - 1] + " 2026.", formats(LocaleTag.SR_LATN).longDateGenitive(day));
        }
        // the nominative stays where no preposition comes before: the dateline, the cover
        same("14. децембар 2026.", formats(LocaleTag.SR_CYRL).longDate(EMBARGO));
        same("14 December 2026", formats(LocaleTag.EN).longDateGenitive(EMBARGO));
    }

    @Test
    void serbianTimeHasAFullStop() {
        same("10.00", formats(LocaleTag.SR_CYRL).time(EMBARGO));
        same("9.05", formats(LocaleTag.SR_LATN).time(EMBARGO.withHour(9).withMinute(5)));
        same("10:00", formats(LocaleTag.EN).time(EMBARGO));
        // the moment is told in its own zone, not the machine's
        same(
                "9.00",
                formats(LocaleTag.SR_CYRL).time(EMBARGO.withZoneSameInstant(ZoneId.of("UTC"))));
    }

    @Test
    void embargoLabelsReadAsIssue13Says() {
        Map<LocaleTag, String> release =
                Map.of(
                        LocaleTag.SR_CYRL, "Под ембаргом до 14. децембра 2026. у 10.00",
                        LocaleTag.SR_LATN, "Pod embargom do 14. decembra 2026. u 10.00",
                        LocaleTag.EN, "Embargoed until 10:00 (Belgrade time) on 14 December 2026");
        Map<LocaleTag, String> one =
                Map.of(
                        LocaleTag.SR_CYRL,
                                "Под ембаргом: 1 саопштење, до 14. децембра 2026. у 10.00",
                        LocaleTag.SR_LATN,
                                "Pod embargom: 1 saopštenje, do 14. decembra 2026. u 10.00",
                        LocaleTag.EN,
                                "Under embargo: 1 release, until 10:00 (Belgrade time) on 14"
                                        + " December 2026");
        Map<LocaleTag, String> three =
                Map.of(
                        LocaleTag.SR_CYRL,
                                "Под ембаргом: 3 саопштења; последњи ембарго истиче 14. децембра"
                                        + " 2026. у 10.00",
                        LocaleTag.SR_LATN,
                                "Pod embargom: 3 saopštenja; poslednji embargo ističe 14. decembra"
                                        + " 2026. u 10.00",
                        LocaleTag.EN,
                                "Under embargo: 3 releases; the last embargo ends at 10:00"
                                        + " (Belgrade time) on 14 December 2026");
        Map<LocaleTag, String> immediate =
                Map.of(
                        LocaleTag.SR_CYRL, "За објављивање одмах",
                        LocaleTag.SR_LATN, "Za objavljivanje odmah",
                        LocaleTag.EN, "For immediate release");
        for (LocaleTag lang : List.of(LocaleTag.SR_CYRL, LocaleTag.SR_LATN, LocaleTag.EN)) {
            LocaleFormats f = formats(lang);
            Map<String, Object> moment = f.moment(EMBARGO);
            same(release.get(lang), f.label("release.embargo", moment));
            same(release.get(lang), f.label("pack.embargoed", moment));
            Map<String, Object> n = new java.util.HashMap<>(moment);
            n.put("n", 1);
            same(one.get(lang), f.label("pack.embargo-notice", n));
            n.put("n", 3);
            same(three.get(lang), f.label("pack.embargo-notice", n));
            same(immediate.get(lang), f.label("release.immediate"));
        }
        // the typography pass keeps the date and the hour on one line
        same(
                "Под ембаргом до 14.\u00A0децембра\u00A02026. у\u00A010.00",
                formats(LocaleTag.SR_CYRL)
                        .typography()
                        .apply(
                                formats(LocaleTag.SR_CYRL)
                                        .label(
                                                "release.embargo",
                                                formats(LocaleTag.SR_CYRL).moment(EMBARGO))));
    }
}
