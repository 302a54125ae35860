package rs.glasnik.render.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.glasnik.model.Block;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Pack;
import rs.glasnik.render.Assets;

/**
 * Press packs of three example releases, built by hand (the app that builds packs is tested on its
 * own): the resolved documents come from {@code Glasnik.renderInput}; the covers, embargo marks and
 * indexes are written here. {@code unifil-contingent-rotation} is under embargo.
 *
 * <p>{@code PackExamples.pack(Pack.Layout.PARALLEL, LocaleTag.SR_CYRL, LocaleTag.EN)}
 */
final class PackExamples {
    static final List<String> IDS =
            List.of(
                    "djordjevic-chepurin",
                    "exercise-morava-shield-2026",
                    "unifil-contingent-rotation");

    static final String EMBARGOED = "unifil-contingent-rotation";

    private PackExamples() {}

    /** A pack and the images its documents show. */
    record Example(Pack pack, Assets assets) {}

    static Example pack(Pack.Layout layout, LocaleTag... languages) {
        List<Pack.Entry> entries = new ArrayList<>();
        Map<Path, byte[]> images = new LinkedHashMap<>();
        Optional<byte[]> logo = Optional.empty();
        for (String id : IDS) {
            List<Document> documents = new ArrayList<>();
            List<Optional<String>> embargo = new ArrayList<>();
            for (LocaleTag language : languages) {
                ExampleDocuments.Example example = ExampleDocuments.example(id, language);
                documents.add(example.document());
                example.assets().images().forEach(images::putIfAbsent);
                if (logo.isEmpty()) {
                    logo = example.assets().logo();
                }
                embargo.add(
                        id.equals(EMBARGOED)
                                ? Optional.of(embargoMark(language))
                                : Optional.empty());
            }
            int aligned = Math.min(bodyBlocks(documents.get(0)), bodyBlocks(documents.get(1)));
            entries.add(new Pack.Entry(id, documents, embargo, aligned));
        }
        List<Pack.Cover> covers = new ArrayList<>();
        List<Pack.Index> indexes = new ArrayList<>();
        for (LocaleTag language : languages) {
            covers.add(cover(language));
            indexes.add(index(language));
        }
        String id = layout == Pack.Layout.PARALLEL ? "december-parallel" : "december-sequential";
        return new Example(
                new Pack(
                        id,
                        layout,
                        covers,
                        entries,
                        indexes,
                        rs.glasnik.pack.PackInfo.of(covers, entries)),
                new Assets(images, logo));
    }

    static int bodyBlocks(Document document) {
        int n = 0;
        for (Document.Part part : document.parts()) {
            if (part instanceof Document.Body b) {
                n += b.blocks().size();
            }
        }
        return n;
    }

    private static String embargoMark(LocaleTag language) {
        return switch (language) {
            case SR_CYRL -> "Под ембаргом – датум објављивања: 14. децембар 2026. у 10:00";
            case SR_LATN -> "Pod embargom – datum objavljivanja: 14. decembar 2026. u 10:00";
            case EN -> "Under embargo – release date: 14 December 2026, 10:00";
        };
    }

    private static Pack.Cover cover(LocaleTag language) {
        return switch (language) {
            case SR_CYRL ->
                    new Pack.Cover(
                            "sr-Cyrl-RS",
                            "Министарство одбране Републике Србије",
                            "Пакет за медије: децембар 2026.",
                            "27. новембар 2026.",
                            "3 саопштења",
                            "Садржај",
                            "Индекс особа",
                            Optional.of(
                                    "Једно саопштење је под ембаргом до 14. децембра 2026. у 10:00"),
                            "Страна {page} од {pages}");
            case SR_LATN ->
                    new Pack.Cover(
                            "sr-Latn-RS",
                            "Ministarstvo odbrane Republike Srbije",
                            "Paket za medije: decembar 2026.",
                            "27. novembar 2026.",
                            "3 saopštenja",
                            "Sadržaj",
                            "Indeks osoba",
                            Optional.of(
                                    "Jedno saopštenje je pod embargom do 14. decembra 2026. u 10:00"),
                            "Strana {page} od {pages}");
            case EN ->
                    new Pack.Cover(
                            "en-GB",
                            "Ministry of Defence of the Republic of Serbia",
                            "Press pack: December 2026",
                            "27 November 2026",
                            "3 releases",
                            "Contents",
                            "Index of people",
                            Optional.of(
                                    "One release is under embargo until 10:00, 14 December 2026"),
                            "Page {page} of {pages}");
        };
    }

    private static Pack.Index index(LocaleTag language) {
        List<Pack.IndexEntry> entries =
                switch (language) {
                    case SR_CYRL ->
                            List.of(
                                    person("Видаковић, Александар", "државни секретар", 2),
                                    person("Ђорђевић, Зоран", "министар одбране", 0),
                                    person("Живковић, Дејан", "бригадни генерал", 1),
                                    person("Радић, Никола", "генерал-потпуковник", 1),
                                    person("Станојевић, Милош", "потпуковник", 2),
                                    person("Чепурин, Александар", "амбасадор", 0));
                    case SR_LATN ->
                            List.of(
                                    person("Čepurin, Aleksandar", "ambasador", 0),
                                    person("Đorđević, Zoran", "ministar odbrane", 0),
                                    person("Radić, Nikola", "general-potpukovnik", 1),
                                    person("Stanojević, Miloš", "potpukovnik", 2),
                                    person("Vidaković, Aleksandar", "državni sekretar", 2),
                                    person("Živković, Dejan", "brigadni general", 1));
                    case EN ->
                            List.of(
                                    person("Chepurin, Alexander", "Ambassador", 0),
                                    person("Djordjevic, Zoran", "Minister of Defence", 0),
                                    person("Radic, Nikola", "", 1),
                                    person("Stanojevic, Milos", "Lieutenant Colonel", 2),
                                    person("Vidakovic, Aleksandar", "State Secretary", 2),
                                    // Made up: an entry that names two releases.
                                    person("Zivkovic, Dejan", "Brigadier General", 1, 2));
                };
        return new Pack.Index(
                switch (language) {
                    case SR_CYRL -> "sr-Cyrl-RS";
                    case SR_LATN -> "sr-Latn-RS";
                    case EN -> "en-GB";
                },
                entries);
    }

    private static Pack.IndexEntry person(String name, String role, int... releases) {
        List<String> ids = new ArrayList<>();
        for (int r : releases) {
            ids.add(IDS.get(r));
        }
        return new Pack.IndexEntry(name, role, ids);
    }

    /** Every block of a document's body, for tests that look for text. */
    static List<Block> body(Document document) {
        List<Block> out = new ArrayList<>();
        for (Document.Part part : document.parts()) {
            if (part instanceof Document.Body b) {
                out.addAll(b.blocks());
            }
        }
        return out;
    }
}
