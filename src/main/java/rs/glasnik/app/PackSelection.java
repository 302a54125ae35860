package rs.glasnik.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rs.glasnik.model.Problem;
import rs.glasnik.model.Release;
import rs.glasnik.model.ReleaseDate;
import rs.glasnik.model.ReleaseStatus;
import rs.glasnik.pack.PackBuilder;
import rs.glasnik.pack.Selection;
import rs.glasnik.store.WorkspaceStore.Loaded;
import rs.glasnik.store.WorkspaceStore.LoadedWorkspace;

/** Which releases a pack holds, and whether a pack for the public may hold them now. */
final class PackSelection {
    private static final ZoneId BELGRADE = ReleaseDate.DEFAULT_ZONE;

    private PackSelection() {}

    /** The named releases in their order, or those the tag and dates select, newest first. */
    static List<Release> select(LoadedWorkspace ws, Requests.Pack request, Path root)
            throws Failure {
        if (!request.ids().isEmpty()) {
            if (request.tag().isPresent()
                    || request.from().isPresent()
                    || request.to().isPresent()) {
                throw Failure.usage(
                        "name the releases, or select them with --tag, --from and --to; not both");
            }
            List<Release> named = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String target : request.ids()) {
                Release release = WorkspaceAccess.release(ws, WorkspaceAccess.idOf(target, root));
                if (seen.add(release.id())) {
                    named.add(release);
                }
            }
            return named;
        }
        List<Problem> broken = new ArrayList<>();
        List<Release> all = new ArrayList<>();
        for (Loaded<Release> loaded : ws.releases()) {
            broken.addAll(loaded.problems().stream().filter(Problem::isError).toList());
            loaded.value().ifPresent(all::add);
        }
        if (!broken.isEmpty()) {
            throw new Failure(
                    "some releases have errors; mend them first, or name the ones to pack", broken);
        }
        try {
            return Selection.select(all, request.tag(), request.from(), request.to());
        } catch (Selection.EmptyException e) {
            throw new Failure(e.getMessage());
        }
    }

    /** A pack for the public may hold nothing under embargo: one line naming the first. */
    static void refuseEmbargoed(Requests.Pack request, List<Release> releases) throws Failure {
        if (!request.forPublic()) {
            return;
        }
        if (request.now().isAfter(request.clock())) {
            throw new Failure(
                    "--now "
                            + request.now().atZone(BELGRADE).toLocalDateTime()
                            + " (Belgrade time) is later than the clock; --now previews a pack's"
                            + " embargo marks, and a --public pack is judged at the real time:"
                            + " leave --now out");
        }
        List<Release> drafts =
                releases.stream().filter(r -> r.status() == ReleaseStatus.DRAFT).toList();
        if (!drafts.isEmpty()) {
            Release draft = drafts.get(0);
            rs.glasnik.model.SourceMap.Position at = draft.sourceMap().at("status");
            throw new Failure(
                    draft.sourceMap().file()
                            + ":"
                            + at.line()
                            + ":"
                            + at.column()
                            + ": release '"
                            + draft.id()
                            + "' is a draft"
                            + (drafts.size() > 1
                                    ? ", and " + (drafts.size() - 1) + " more selected releases are"
                                    : "")
                            + "; a --public pack holds only approved and published releases:"
                            + " set 'status: approved' when it is, or leave it out");
        }
        List<Release> embargoed =
                releases.stream().filter(r -> PackBuilder.underEmbargo(r, request.now())).toList();
        if (embargoed.isEmpty()) {
            return;
        }
        Release release = embargoed.get(0);
        ZonedDateTime until = release.embargo().orElseThrow().withZoneSameInstant(BELGRADE);
        throw new Failure(
                "release '"
                        + release.id()
                        + "' is under embargo until "
                        + until.toLocalDateTime()
                        + " (Belgrade time)"
                        + (embargoed.size() > 1
                                ? ", and " + (embargoed.size() - 1) + " more selected releases are"
                                : "")
                        + "; a --public pack waits until then, or leaves it out");
    }
}
