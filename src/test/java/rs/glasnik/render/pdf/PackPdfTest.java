package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import rs.glasnik.app.Glasnik;
import rs.glasnik.model.Document;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Pack;
import rs.glasnik.render.Assets;

/**
 * The pack PDF of three example releases, built by hand from resolved documents: cover, contents
 * with the right page numbers, the releases side by side or one language after the other, bookmarks
 * per release and language, the index, the embargo mark, the same bytes twice.
 */
class PackPdfTest {
    static final List<String> IDS =
            List.of(
                    "djordjevic-chepurin",
                    "exercise-morava-shield-2026",
                    "unifil-contingent-rotation");

    /** A pack of the three releases in {@code langs}, with covers and an index made here. */
    static Pack pack(Pack.Layout layout, List<LocaleTag> langs, Map<Path, byte[]> images) {
        List<Pack.Entry> entries = new ArrayList<>();
        Optional<byte[]> logo = Optional.empty();
        for (String id : IDS) {
            List<Document> documents = new ArrayList<>();
            List<Optional<String>> embargo = new ArrayList<>();
            for (LocaleTag lang : langs) {
                Glasnik.RenderInput input = PdfTextTest.input(id, lang);
                documents.add(input.document());
                images.putAll(input.assets().images());
                logo = input.assets().logo();
                embargo.add(
                        id.startsWith("unifil")
                                ? Optional.of(
                                        lang == LocaleTag.EN
                                                ? "Embargoed – release date: 14 December 2026"
                                                : "Под ембаргом – датум објављивања: 14. децембар 2026.")
                                : Optional.empty());
            }
            int aligned = Math.min(blocks(documents.get(0)), blocks(documents.get(1)));
            entries.add(new Pack.Entry(id, documents, embargo, aligned));
        }
        if (logo.isPresent()) {
            images.put(Path.of("logo"), logo.get());
        }
        List<Pack.Cover> covers = new ArrayList<>();
        List<Pack.Index> indexes = new ArrayList<>();
        for (LocaleTag lang : langs) {
            String tag = entries.get(0).documents().get(langs.indexOf(lang)).info().language();
            boolean en = lang == LocaleTag.EN;
            covers.add(
                    new Pack.Cover(
                            tag,
                            entries.get(0).documents().get(langs.indexOf(lang)).info().author(),
                            en ? "Press pack" : "Материјал за медије",
                            en ? "14 December 2026" : "14. децембар 2026.",
                            en ? "3 releases" : "3 саопштења",
                            en ? "Contents" : "Садржај",
                            en ? "Index of people" : "Регистар имена",
                            Optional.of(
                                    en
                                            ? "Contains embargoed material"
                                            : "Садржи материјал под ембаргом"),
                            en ? "Page {page} of {pages}" : "Страна {page} од {pages}"));
            indexes.add(
                    new Pack.Index(
                            tag,
                            List.of(
                                    new Pack.IndexEntry(
                                            en ? "Zoran Djordjevic" : "Зоран Ђорђевић",
                                            en ? "Minister of Defence" : "министар одбране",
                                            List.of(IDS.get(0))),
                                    new Pack.IndexEntry(
                                            en ? "Nikola Radic" : "Никола Радић",
                                            en
                                                    ? "Commander of the Serbian Army"
                                                    : "командант Копнене војске",
                                            List.of(IDS.get(1), IDS.get(2))))));
        }
        return new Pack("press-pack", layout, covers, entries, indexes);
    }

    private static int blocks(Document d) {
        for (Document.Part p : d.parts()) {
            if (p instanceof Document.Body b) {
                return b.blocks().size();
            }
        }
        return 0;
    }

    static byte[] render(Pack pack, Map<Path, byte[]> images) throws Exception {
        byte[] logo = images.get(Path.of("logo"));
        return PackPdfRenderer.render(
                pack,
                PdfTextTest.input(IDS.get(0), LocaleTag.EN).template(),
                new Assets(images, Optional.ofNullable(logo)),
                Instant.parse("2026-11-27T00:00:00Z"),
                PdfProfile.SCREEN,
                "glasnik test");
    }

    @Test
    void parallelPackHasCoverContentsReleasesAndIndex() throws Exception {
        Map<Path, byte[]> images = new HashMap<>();
        Pack pack = pack(Pack.Layout.PARALLEL, List.of(LocaleTag.SR_CYRL, LocaleTag.EN), images);
        byte[] pdf = render(pack, images);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "pack-parallel.pdf"), pdf);
        assertEquals(pdf.length, render(pack, images).length);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = PdfTextTest.pages(doc);
            assertTrue(pages.get(0).contains("Материјал за медије"), pages.get(0));
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertEquals(5, outline.size(), outline.toString());
        }
    }

    @Test
    void sequentialPack() throws Exception {
        Map<Path, byte[]> images = new HashMap<>();
        Pack pack = pack(Pack.Layout.SEQUENTIAL, List.of(LocaleTag.SR_LATN, LocaleTag.EN), images);
        byte[] pdf = render(pack, images);
        Files.write(Path.of("target", "pack-sequential.pdf"), pdf);
    }
}
