package rs.glasnik.pack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rs.glasnik.model.LocaleTag;
import rs.glasnik.model.Pack;
import rs.glasnik.model.Release;

/**
 * The pack zip's {@code manifest.json}: what the pack is (id, title per language, languages,
 * layout, time), its releases (id, date, title per language, embargo) and every other file of the
 * zip with its size and SHA-256.
 *
 * <p>{@code Manifest.json(pack, langs, releases, created, now, zip.files(), "glasnik 0.1.0")}
 */
public final class Manifest {
    private Manifest() {}

    /**
     * @param releases the pack's releases, in pack order (as {@code pack.entries()})
     * @param now the moment at which embargoes were judged
     */
    public static String json(
            Pack pack,
            List<LocaleTag> langs,
            List<Release> releases,
            Instant created,
            Instant now,
            List<PackZip.File> files,
            String generator) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("pack", pack.id());
        Map<String, Object> title = new LinkedHashMap<>();
        for (int i = 0; i < langs.size(); i++) {
            title.put(langs.get(i).tag(), pack.covers().get(i).title());
        }
        root.put("title", title);
        root.put("languages", langs.stream().map(LocaleTag::tag).toList());
        root.put("layout", pack.layout() == Pack.Layout.PARALLEL ? "parallel" : "sequential");
        root.put("created", created.toString());
        root.put("generator", generator);
        List<Object> list = new ArrayList<>();
        for (int k = 0; k < releases.size(); k++) {
            Release release = releases.get(k);
            Pack.Entry entry = pack.entries().get(k);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", release.id());
            r.put("date", release.date().iso());
            Map<String, Object> titles = new LinkedHashMap<>();
            for (int i = 0; i < langs.size(); i++) {
                titles.put(langs.get(i).tag(), entry.documents().get(i).info().title());
            }
            r.put("title", titles);
            r.put(
                    "embargo",
                    release.embargo().map(e -> e.toOffsetDateTime().toString()).orElse(null));
            r.put("embargoed", PackBuilder.underEmbargo(release, now));
            list.add(r);
        }
        root.put("releases", list);
        List<Object> entries = new ArrayList<>();
        for (PackZip.File file : files) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", file.path());
            f.put("size", file.size());
            f.put("sha256", file.sha256());
            entries.add(f);
        }
        root.put("files", entries);
        return Json.write(root);
    }
}
