#!/usr/bin/env bash
# A press pack of 100 releases against the pipeline a press office uses today, whole process, in
# one run:
#   `./glasnik pack --workspace W --langs sr-Cyrl,sr-Latn,en -o DIR`: one cold process writing the
#   pack PDF and DOCX and the zip with all 100 releases in the three locales as DOCX and PDF (600
#   files; the zip is checked to hold them, the pack's files and manifest.json); against the same
#   reader-visible text (`./glasnik show ID --lang L`, made once beforehand for the 300 pairs and not
#   timed) converted to DOCX by Debian's pandoc, one pandoc run per file (300 runs), then to PDF by
#   LibreOffice, `soffice --headless --convert-to pdf` with 100 DOCX a run (3 runs). Batches are the
#   fast way: one soffice run for one file takes about 1.1 s here, against 0.05 s a file in a batch,
#   so one run per file would add about 5 minutes to every run (SOFFICE_BATCH=1 measures that way).
#   They are not larger because one soffice run given all 300 files here (LibreOffice 7.4.7) stopped
#   after 247 of them, exit status 0. The pipeline runs one process at a time, as a shell loop does;
#   glasnik uses all cores. Min and median wall time and peak RSS of each (for the pipeline the
#   largest of its processes; and how its time splits between pandoc and soffice), REPS runs each,
#   interleaved, after one warm-up run each; the ratio of the medians against the target of issue 7
#   (glasnik in at most a fifth of the pipeline's time).
#   Then one more pack with GLASNIK_JAVA_OPTS=-Xmx512m: does the pack of 100 fit in 512 MB of heap?
#
#   bench/pack.sh                     # about 7 minutes on 2 cores
#   REPS=1 bench/pack.sh              # fewer runs
#   COUNT=20 bench/pack.sh            # a smaller workspace
#   SOFFICE_BATCH=1 bench/pack.sh     # one soffice run per DOCX (about 5 minutes more a run)
#
# The workspace, target/bench/pack/workspace, is made by bench/pack-workspace.py from examples/:
# COUNT releases (default 100), the five examples in turn with new ids (<example>-NNN), distinct
# dates over the past year, numbered titles and embargoes in the past; `glasnik check` must pass it.
# Installs what it lacks with apt-get (pandoc, libreoffice-writer-nogui, time). Writes only under
# target/bench/pack/ (LibreOffice's user profile too, made by the warm-up run, as a user who has
# opened LibreOffice before has one). glasnik's class-data-sharing archive is made once per build by
# the launcher, as every user gets it. Results vary with the machine: close other work first.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
reps="${REPS:-3}"
count="${COUNT:-100}"
batch="${SOFFICE_BATCH:-100}"
langs=(sr-Cyrl sr-Latn en)
out="target/bench/pack"
ws="$out/workspace"
mkdir -p "$out"
[[ "$batch" =~ ^[1-9][0-9]*$ ]] || { echo "bench: SOFFICE_BATCH is a number of files, not '$batch'" >&2; exit 2; }

. "$here/bench/common.sh"

# --- (a) tools and build ------------------------------------------------------------------
bench_install pandoc=pandoc soffice=libreoffice-writer-nogui time=time
bench_machine
bench_build "building glasnik"

# --- (b) the workspace and the same text for pandoc ---------------------------------------
say "workspace: $count releases made from examples/"
python3 bench/pack-workspace.py --count "$count" --examples examples --out "$ws"
# The launcher records its class-data-sharing archive on its first run after a build: this
# check also makes sure that is done before anything is timed.
if ! ./glasnik check --workspace "$ws" >"$out/check.txt" 2>&1; then
  grep -v '^ok ' "$out/check.txt" | head -20 >&2
  echo "bench: glasnik check refused the generated workspace; all of it is in $out/check.txt" >&2
  exit 1
fi
tail -1 "$out/check.txt"
mapfile -t ids < <(find "$ws/releases" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | LC_ALL=C sort)
[ "${#ids[@]}" -eq "$count" ] || { echo "bench: $count releases expected in $ws" >&2; exit 1; }

if ./glasnik pack --help 2>/dev/null | grep "Usage: glasnik pack" >/dev/null; then
  names=(glasnik pipeline)
else
  names=(pipeline)
  echo "warning: this glasnik has no pack command: measuring the pipeline alone" >&2
fi

rm -rf "$out/text"
mkdir -p "$out/text"
for id in "${ids[@]}"; do for lang in "${langs[@]}"; do echo "$id $lang"; done; done \
  | xargs -P "$(nproc)" -n 2 sh -c './glasnik show "$3" --lang "$4" --workspace "$1" >"$2/$3.$4.md"' \
    _ "$ws" "$out/text"  # xargs adds the id and the locale as $3 and $4
say "input: the text of \`glasnik show ID --lang L\` for the $((count * ${#langs[@]})) (release, locale) pairs, for pandoc"
for lang in "${langs[@]}"; do
  printf '%-8s %4d files %9d bytes %7d words\n' "$lang" "$count" \
    "$(cat "$out/text/"*".$lang.md" | wc -c)" "$(cat "$out/text/"*".$lang.md" | wc -w)"
done

# --- (c) whole process --------------------------------------------------------------------
profile="file://$here/$out/libreoffice-profile"
check_pack() { # DIR: the pack's PDF, DOCX and zip, the zip holding every release file
  python3 - "$1" "$count" "${langs[*]}" "${ids[@]}" <<'EOF'
import pathlib, sys, zipfile
folder, count, langs, ids = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3].split(), sys.argv[4:]
def one(pattern):
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        sys.exit(f"bench: one {pattern} expected in {folder}, found {len(found)}")
    if found[0].stat().st_size == 0:
        sys.exit(f"bench: {found[0]} is empty")
    return found[0]
pdf, docx, zipped = one("*.pdf"), one("*.docx"), one("*.zip")
names = [n for n in zipfile.ZipFile(zipped).namelist() if not n.endswith("/")]
base = [n.rsplit("/", 1)[-1] for n in names]
wanted = {f"{i}.{l}.{e}" for i in ids for l in langs for e in ("docx", "pdf")}
release_files = [b for b in base if b in wanted]
if sorted(release_files) != sorted(wanted):
    missing = sorted(wanted - set(release_files))[:5]
    sys.exit(f"bench: {zipped} holds {len(release_files)} of the {len(wanted)} release files "
             f"(missing e.g. {missing}) or some twice")
for needed in (pdf.name, docx.name, "manifest.json"):
    if needed not in base:
        sys.exit(f"bench: {zipped} does not hold {needed}")
others = sorted(set(base) - wanted)
print(f"{zipped.name}: {len(names)} entries, {len(release_files)} release files and {', '.join(others)}")
EOF
}
run() { # NAME: one measurement in $out/NAME/; appends "NAME start end rss mid" (mid: pandoc done)
  local start end mid rss=0 id lang f i docx
  rm -rf "${out:?}/$1"
  mkdir -p "$out/$1"
  case "$1" in
    glasnik)
      start=$EPOCHREALTIME
      /usr/bin/time -f %M -o "$out/rss.txt" \
        ./glasnik pack --workspace "$ws" --langs sr-Cyrl,sr-Latn,en -o "$out/glasnik" >/dev/null
      end=$EPOCHREALTIME
      mid=$end
      rss=$(tail -1 "$out/rss.txt")
      check_pack "$out/glasnik" >"$out/glasnik.check.txt"
      ;;
    pipeline)
      : >"$out/rss.pipeline.txt"
      start=$EPOCHREALTIME
      for id in "${ids[@]}"; do
        for lang in "${langs[@]}"; do
          /usr/bin/time -a -f %M -o "$out/rss.pipeline.txt" \
            pandoc -f markdown -t docx -o "$out/pipeline/$id.$lang.docx" "$out/text/$id.$lang.md"
        done
      done
      mid=$EPOCHREALTIME
      # $batch files a soffice run; its own profile, so that no running LibreOffice takes the job
      # over and nothing outside $out is written.
      docx=("$out/pipeline/"*.docx)
      for ((i = 0; i < ${#docx[@]}; i += batch)); do
        /usr/bin/time -a -f %M -o "$out/rss.pipeline.txt" \
          soffice -env:UserInstallation="$profile" --headless --convert-to pdf \
          --outdir "$out/pipeline" "${docx[@]:i:batch}" >/dev/null 2>&1
      done
      end=$EPOCHREALTIME
      rss=$(awk '$1 ~ /^[0-9]+$/ && $1 > m { m = $1 } END { print m + 0 }' "$out/rss.pipeline.txt")
      for id in "${ids[@]}"; do
        for lang in "${langs[@]}"; do
          for f in "$out/pipeline/$id.$lang".{docx,pdf}; do
            [ -s "$f" ] || { echo "bench: pipeline did not write $f" >&2; exit 1; }
          done
        done
      done
      ;;
  esac
  echo "$1 $start $end $rss $mid" >>"$out/times.txt"
  awk -v n="$1" -v s="$start" -v e="$end" -v m="$mid" \
    'BEGIN { printf "%s %.1f s%s\n", n, e - s, m < e ? sprintf(" (pandoc %.1f s, soffice %.1f s)", m - s, e - m) : "" }' >&2
}

say "whole process: $reps runs each, interleaved, after one warm-up run each"
: >"$out/times.txt"
for name in "${names[@]}"; do run "$name"; done
if [ "${names[0]}" = glasnik ]; then
  cat "$out/glasnik.check.txt"
  for f in "$out/glasnik/"*.{pdf,docx,zip}; do
    printf 'glasnik  %-44s %10d bytes%s\n' "${f##*/}" "$(stat -c %s "$f")" \
      "$(case "$f" in *.pdf) pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { printf ", %d pages", $2 }' ;; esac)"
  done
fi
printf 'pipeline %d DOCX %10d bytes, %d PDF %10d bytes\n' \
  "$(ls "$out/pipeline/"*.docx | wc -l)" "$(cat "$out/pipeline/"*.docx | wc -c)" \
  "$(ls "$out/pipeline/"*.pdf | wc -l)" "$(cat "$out/pipeline/"*.pdf | wc -c)"
# Words in, and words in one release's PDFs as pdftotext reads them back: the same text on both
# sides (glasnik's also hold the letterhead's and the figure's text).
if command -v pdftotext >/dev/null && [ "${names[0]}" = glasnik ]; then
  rm -rf "$out/unzipped"
  mkdir -p "$out/unzipped"
  for lang in "${langs[@]}"; do
    f=$(unzip -Z1 "$out/glasnik/"*.zip | grep -E "(^|/)${ids[0]}\.$lang\.pdf$")
    unzip -q -o -j "$out/glasnik/"*.zip "$f" -d "$out/unzipped"
    printf 'words %s %-8s input %5d, pipeline PDF %5d, glasnik PDF %5d\n' "${ids[0]}" "$lang" \
      "$(wc -w <"$out/text/${ids[0]}.$lang.md")" \
      "$(pdftotext "$out/pipeline/${ids[0]}.$lang.pdf" - | wc -w)" \
      "$(pdftotext "$out/unzipped/${ids[0]}.$lang.pdf" - | wc -w)"
  done
fi
: >"$out/times.txt"
jar_before=$(stat -c %Y target/glasnik.jar)
for ((r = 1; r <= reps; r++)); do
  for name in "${names[@]}"; do run "$name"; done
done
if [ "$(stat -c %Y target/glasnik.jar)" != "$jar_before" ]; then
  echo "warning: ./glasnik rebuilt itself during the runs (sources changed): its times include a build" >&2
fi
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- (d) the pack in 512 MB of heap -------------------------------------------------------
heap="not run (no pack command)"
if [ "${names[0]}" = glasnik ]; then
  say "one pack with GLASNIK_JAVA_OPTS=-Xmx512m"
  rm -rf "${out:?}/glasnik-512m" "$out/gc.512m.log"
  mkdir -p "$out/glasnik-512m"
  start=$EPOCHREALTIME
  if GLASNIK_JAVA_OPTS="-Xmx512m -Xlog:gc:file=$out/gc.512m.log" /usr/bin/time -f %M -o "$out/rss.512m.txt" \
    ./glasnik pack --workspace "$ws" --langs sr-Cyrl,sr-Latn,en -o "$out/glasnik-512m" >/dev/null \
    2>"$out/glasnik-512m.err" && check_pack "$out/glasnik-512m"; then
    end=$EPOCHREALTIME
    heap=$(awk -v s="$start" -v e="$end" -v rss="$(tail -1 "$out/rss.512m.txt")" '
      match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/) {
        split(substr($0, RSTART, RLENGTH), p, /M->|M\(|M\)/); gcs++; if (p[2] + 0 > live) live = p[2] + 0
      }
      END { printf "passed: %.1f s, peak RSS %.0f MB, %d collections, heap after a collection at most %d MB", e - s, rss / 1024, gcs, live }' \
      "$out/gc.512m.log")
  else
    heap="FAILED (exit status or files: see $out/glasnik-512m.err)"
    tail -5 "$out/glasnik-512m.err" >&2 || true
  fi
  echo "-Xmx512m: $heap"
fi

start=$EPOCHREALTIME
for ((r = 1; r <= reps; r++)); do ./glasnik --version >/dev/null; done
end=$EPOCHREALTIME
awk -v s="$start" -v e="$end" -v n="$reps" \
  'BEGIN { printf "glasnik start-up alone (--version): mean %.3f s\n", (e - s) / n }'
echo
awk -v reps="$reps" -v count="$count" -v batch="$batch" -v heap="$heap" '
  function median(list,   v, n, i, j, x) {
    n = split(substr(list, 2), v, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
    return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  { t[$1] = t[$1] " " ($3 - $2); if ($4 > rss[$1]) rss[$1] = $4 }
  $1 == "pipeline" { p1 = p1 " " ($5 - $2); p2 = p2 " " ($3 - $5) }
  END {
    files = count * 6
    label["glasnik"] = "glasnik pack (1 process)"
    label["pipeline"] = "pandoc (" count * 3 ") + soffice (" int((count * 3 + batch - 1) / batch) ")"
    printf "%-38s %8s %8s %9s\n", files " files + pack, " reps " runs", "min s", "median s", "peak RSS"
    split("glasnik pipeline", order, " ")
    for (k = 1; k <= 2; k++) {
      name = order[k]
      if (!(name in t)) continue
      n = split(substr(t[name], 2), v, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
      mn[name] = v[1]; md[name] = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
      printf "%-38s %8.3f %8.3f %6.0f MB\n", label[name], mn[name], md[name], rss[name] / 1024
    }
    if ("pipeline" in t)
      printf "%-38s %8s %8.3f\n%-38s %8s %8.3f\n", "  of which pandoc", "", median(p1), "  of which soffice", "", median(p2)
    if (("glasnik" in t) && ("pipeline" in t)) {
      ratio = md["pipeline"] / md["glasnik"]
      printf "\npipeline / glasnik, wall time: median %.2fx, min %.2fx (above 1: glasnik is faster)\n", ratio, mn["pipeline"] / mn["glasnik"]
      printf "target of issue 7, glasnik in at most a fifth of the pipeline'"'"'s time (5x): %s\n", (ratio >= 5 ? "met" : "NOT met")
      printf "the pack with -Xmx512m: %s\n", heap
    }
  }' "$out/times.txt" | tee "$out/process.txt"
