package rs.glasnik.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
                                        t(
                                                lang,
                                                "Embargoed until 10:00 (Belgrade time) on 14\u00A0December\u00A02026",
                                                "Под ембаргом до 14.\u00A0децембра\u00A02026. у\u00A010.00",
                                                "Pod embargom do 14.\u00A0decembra\u00A02026. u\u00A010.00"))
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
            covers.add(
                    new Pack.Cover(
                            tag,
                            entries.get(0).documents().get(langs.indexOf(lang)).info().author(),
                            t(lang, "Press pack", "Материјал за медије", "Materijal za medije"),
                            t(lang, "14 December 2026", "14. децембар 2026.", "14. decembar 2026."),
                            t(lang, "3 releases", "3 саопштења", "3 saopštenja"),
                            t(lang, "Contents", "Садржај", "Sadržaj"),
                            t(lang, "Index of people", "Регистар имена", "Registar imena"),
                            Optional.of(
                                    t(
                                            lang,
                                            "Contains embargoed material",
                                            "Садржи материјал под ембаргом",
                                            "Sadrži materijal pod embargom")),
                            t(
                                    lang,
                                    "Page {page} of {pages}",
                                    "Страна {page} од {pages}",
                                    "Strana {page} od {pages}")));
            indexes.add(
                    new Pack.Index(
                            tag,
                            List.of(
                                    new Pack.IndexEntry(
                                            t(
                                                    lang,
                                                    "Zoran Djordjevic",
                                                    "Зоран Ђорђевић",
                                                    "Zoran Đorđević"),
                                            t(
                                                    lang,
                                                    "Minister of Defence",
                                                    "министар одбране",
                                                    "ministar odbrane"),
                                            List.of(IDS.get(0))),
                                    new Pack.IndexEntry(
                                            t(lang, "Nikola Radic", "Никола Радић", "Nikola Radić"),
                                            t(
                                                    lang,
                                                    "Commander of the Serbian Army",
                                                    "командант Копнене војске",
                                                    "komandant Kopnene vojske"),
                                            List.of(IDS.get(1), IDS.get(2))))));
        }
        return new Pack(
                "press-pack",
                layout,
                covers,
                entries,
                indexes,
                rs.glasnik.pack.PackInfo.of(covers, entries));
    }

    /** The words of a language: English, Cyrillic or Latin. */
    private static String t(LocaleTag lang, String en, String cyrillic, String latin) {
        return switch (lang) {
            case EN -> en;
            case SR_CYRL -> cyrillic;
            case SR_LATN -> latin;
        };
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
                new PdfJob(
                        PdfTextTest.input(IDS.get(0), LocaleTag.EN).template(),
                        new Assets(images, Optional.ofNullable(logo)),
                        Instant.parse("2026-11-27T00:00:00Z"),
                        PdfProfile.SCREEN,
                        "glasnik test"));
    }

    @Test
    void parallelPack() throws Exception {
        Map<Path, byte[]> images = new HashMap<>();
        Pack pack = pack(Pack.Layout.PARALLEL, List.of(LocaleTag.SR_CYRL, LocaleTag.EN), images);
        byte[] pdf = render(pack, images);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "pack-parallel.pdf"), pdf);
        assertArrayEquals(pdf, render(pack, images), "the same bytes twice");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            checkPack(doc, pack);
            List<String> pages = PdfTextTest.pages(doc);
            // Side by side: the first page of a release holds both titles.
            int first = pageOfTitle(pages, "Министар Ђорђевић");
            assertTrue(
                    PdfTextTest.normalise(pages.get(first)).contains("Minister Djordjevic"),
                    pages.get(first));
            golden("pack-parallel", doc);
        }
    }

    @Test
    void sequentialPack() throws Exception {
        Map<Path, byte[]> images = new HashMap<>();
        Pack pack = pack(Pack.Layout.SEQUENTIAL, List.of(LocaleTag.SR_LATN, LocaleTag.EN), images);
        byte[] pdf = render(pack, images);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "pack-sequential.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            checkPack(doc, pack);
            List<String> pages = PdfTextTest.pages(doc);
            int latin = pageOfTitle(pages, "Ministar Đorđević razgovarao");
            int english = pageOfTitle(pages, "Minister Djordjevic talks");
            assertTrue(english > latin, "English after the Latin");
            assertFalse(pages.get(latin).contains("Minister Djordjevic talks"));
            golden("pack-sequential", doc);
        }
    }

    /**
     * What every pack shows: the cover in each language, contents whose page numbers are the pages
     * where the releases begin, bookmarks per release with each language under it and the index,
     * the embargo mark on the pages of the embargoed release, page n of N.
     */
    private static void checkPack(PDDocument doc, Pack pack) throws Exception {
        List<String> pages = PdfTextTest.pages(doc);
        for (Pack.Cover c : pack.covers()) {
            assertTrue(pages.get(0).contains(c.title()), pages.get(0));
            assertTrue(pages.get(0).contains(c.embargoNotice().orElseThrow()), pages.get(0));
        }
        String contents = pages.get(1);
        for (Pack.Entry e : pack.entries()) {
            String title = e.documents().get(0).info().title();
            int page = pageOfTitle(pages, title) + 1;
            String line =
                    Arrays.stream(contents.split("\n"))
                            .filter(l -> l.startsWith(title.substring(0, 20)))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new AssertionError(
                                                    title + " not in the contents: " + contents));
            assertTrue(line.endsWith(" " + page), line + " should end with page " + page);
        }
        List<String> outline = new ArrayList<>();
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            List<String> children = new ArrayList<>();
            item.children().forEach(c -> children.add(c.getTitle()));
            outline.add(item.getTitle() + " " + children);
        }
        List<String> expected = new ArrayList<>();
        expected.add(
                pack.covers().get(0).contentsHeading()
                        + " / "
                        + pack.covers().get(1).contentsHeading()
                        + " []");
        for (Pack.Entry e : pack.entries()) {
            List<String> titles = e.documents().stream().map(d -> d.info().title()).toList();
            expected.add(titles.get(0) + " " + titles);
        }
        assertEquals(expected, outline.subList(0, expected.size()));
        assertTrue(
                outline.get(expected.size()).startsWith(pack.covers().get(0).indexHeading()),
                outline.toString());
        String mark = pack.entries().get(2).embargo().get(0).orElseThrow();
        int embargoed = pageOfTitle(pages, pack.entries().get(2).documents().get(0).info().title());
        assertTrue(pages.get(embargoed).contains(mark), "the embargo mark on its pages");
        assertFalse(pages.get(embargoed - 1).contains(mark), "and not on others");
        String last = pages.get(pages.size() - 1);
        assertTrue(
                last.endsWith(
                        pack.covers()
                                .get(0)
                                .pageLabel()
                                .replace("{page}", "" + pages.size())
                                .replace("{pages}", "" + pages.size())),
                last);
    }

    /** The page (from 0) on which a release's title first appears after the contents. */
    private static int pageOfTitle(List<String> pages, String title) {
        String start = title.substring(0, 12);
        for (int n = 2; n < pages.size(); n++) {
            if (PdfTextTest.normalise(PdfTextTest.join(pages.get(n))).contains(start)) {
                return n;
            }
        }
        throw new AssertionError("no page with " + title);
    }

    private static void golden(String name, PDDocument doc) throws Exception {
        StringBuilder out = new StringBuilder();
        List<String> pages = PdfTextTest.pages(doc);
        for (int n = 0; n < pages.size(); n++) {
            out.append("=== page ").append(n + 1).append(" ===\n");
            out.append(pages.get(n).replace("\u00AD", "<shy>").replace("\u00A0", "⍽")).append('\n');
        }
        Path file = Path.of("src", "test", "resources", "golden", "pack", name + ".pdf.txt");
        boolean update = Boolean.parseBoolean(System.getProperty("glasnik.golden.update", "false"));
        String actual = out.toString();
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(actual)) {
            return;
        }
        if (update || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!update) {
                fail("golden written, review it: " + file);
            }
            return;
        }
        assertEquals(
                Files.readString(file, StandardCharsets.UTF_8),
                actual,
                "the pack differs from " + file);
    }
}
