#!/usr/bin/env bash
# DOCX and PDF rendering against the pipeline a press office uses today, whole process, in one run:
#   `./glasnik render ID --workspace examples -o DIR`: one cold process writing the release in its
#   three locales (sr-Cyrl, sr-Latn, en), each as DOCX and PDF; against Debian's pandoc converting
#   the same reader-visible text (`./glasnik show ID --lang L`, made once beforehand and not timed)
#   to DOCX, one pandoc run per locale, then LibreOffice converting the three DOCX to PDF in one
#   `soffice --headless --convert-to pdf` run (one run for all three files is the fast way: each
#   soffice start costs most of a second). Min and median wall time and peak RSS of each, REPS runs
#   each, interleaved, after one warm-up run each; the ratio of the medians.
#
#   bench/pdf.sh                      # about half a minute on 2 cores
#   REPS=5 bench/pdf.sh               # fewer runs
#   RELEASE=djordjevic-chepurin bench/pdf.sh
#
# Installs what it lacks with apt-get (pandoc, libreoffice-writer-nogui, time). Writes only under
# target/bench/pdf/ (LibreOffice's user profile too, made by the warm-up run, as a user who has
# opened LibreOffice before has one). glasnik's class-data-sharing archive is made once per build by
# the launcher, as every user gets it. Results vary with the machine: close other work first.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
reps="${REPS:-9}"
release="${RELEASE:-military-academy-graduation-2026}"
langs=(sr-Cyrl sr-Latn en)
out="target/bench/pdf"
mkdir -p "$out"

. "$here/bench/common.sh"

# --- (a) tools and build ------------------------------------------------------------------
bench_install pandoc=pandoc soffice=libreoffice-writer-nogui time=time
bench_machine
bench_build "building glasnik"

# --- (b) the same text for pandoc ---------------------------------------------------------
# The launcher records its class-data-sharing archive on its first run after a build: these
# `show` runs also make sure that is done before anything is timed.
for lang in "${langs[@]}"; do
  ./glasnik show "$release" --lang "$lang" --workspace examples >"$out/$release.$lang.md"
done
say "input: release $release, the text of \`glasnik show --lang L\` for pandoc"
for lang in "${langs[@]}"; do
  f="$out/$release.$lang.md"
  printf '%-8s %6d bytes %5d words %4d lines\n' "$lang" "$(stat -c %s "$f")" "$(wc -w <"$f")" "$(wc -l <"$f")"
done

# --- (c) whole process --------------------------------------------------------------------
names=(glasnik pipeline)
profile="file://$here/$out/libreoffice-profile"
run() { # NAME: one measurement, 3 DOCX and 3 PDF in $out/NAME/; appends "NAME start end rss"
  local start end rss=0 lang f
  rm -rf "${out:?}/$1"
  mkdir -p "$out/$1"
  case "$1" in
    glasnik)
      start=$EPOCHREALTIME
      /usr/bin/time -f %M -o "$out/rss.txt" \
        ./glasnik render "$release" --workspace examples -o "$out/glasnik" >/dev/null
      end=$EPOCHREALTIME
      rss=$(tail -1 "$out/rss.txt")
      ;;
    pipeline)
      start=$EPOCHREALTIME
      for lang in "${langs[@]}"; do
        /usr/bin/time -f %M -o "$out/rss.$lang.txt" \
          pandoc -f markdown -t docx -o "$out/pipeline/$release.$lang.docx" "$out/$release.$lang.md"
      done
      # One soffice for the three files; its own profile, so that no running LibreOffice takes
      # the job over and nothing outside $out is written.
      /usr/bin/time -f %M -o "$out/rss.soffice.txt" \
        soffice -env:UserInstallation="$profile" --headless --convert-to pdf \
        --outdir "$out/pipeline" "$out/pipeline/$release".{sr-Cyrl,sr-Latn,en}.docx >/dev/null 2>&1
      end=$EPOCHREALTIME
      for f in "$out"/rss.{sr-Cyrl,sr-Latn,en,soffice}.txt; do
        rss=$(( $(tail -1 "$f") > rss ? $(tail -1 "$f") : rss ))
      done
      ;;
  esac
  for lang in "${langs[@]}"; do
    for f in "$out/$1/$release.$lang".{docx,pdf}; do
      [ -s "$f" ] || { echo "bench: $1 did not write $f" >&2; exit 1; }
    done
  done
  echo "$1 $start $end $rss" >>"$out/times.txt"
}

say "whole process: $reps runs each, interleaved, after one warm-up run each"
: >"$out/times.txt"
for name in "${names[@]}"; do run "$name"; done
for name in "${names[@]}"; do
  for lang in "${langs[@]}"; do
    printf '%-9s %-8s DOCX %7d bytes, PDF %7d bytes, %d pages\n' "$name" "$lang" \
      "$(stat -c %s "$out/$name/$release.$lang.docx")" "$(stat -c %s "$out/$name/$release.$lang.pdf")" \
      "$(pdfinfo "$out/$name/$release.$lang.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }' || echo 0)"
  done
done
# Words in, and words in each PDF as pdftotext reads it back: the same text on both sides.
if command -v pdftotext >/dev/null; then
  for lang in "${langs[@]}"; do
    printf 'words %-8s input %5d, pipeline PDF %5d, glasnik PDF %5d\n' "$lang" \
      "$(wc -w <"$out/$release.$lang.md")" \
      "$(pdftotext "$out/pipeline/$release.$lang.pdf" - | wc -w)" \
      "$(pdftotext "$out/glasnik/$release.$lang.pdf" - | wc -w)"
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
start=$EPOCHREALTIME
for ((r = 1; r <= reps; r++)); do ./glasnik --version >/dev/null; done
end=$EPOCHREALTIME
awk -v s="$start" -v e="$end" -v n="$reps" \
  'BEGIN { printf "glasnik start-up alone (--version): mean %.3f s\n", (e - s) / n }'
echo
awk -v reps="$reps" '
  { t[$1] = t[$1] " " ($3 - $2); if ($4 > rss[$1]) rss[$1] = $4 }
  END {
    split("glasnik pipeline", order, " ")
    for (k = 1; k <= 2; k++) {
      name = order[k]; n = split(substr(t[name], 2), v, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
      mn[name] = v[1]; md[name] = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    printf "%-38s %8s %8s %9s\n", "3 DOCX + 3 PDF, " reps " runs", "min s", "median s", "peak RSS"
    printf "%-38s %8.3f %8.3f %6.0f MB\n", "glasnik render (1 process)", mn["glasnik"], md["glasnik"], rss["glasnik"] / 1024
    printf "%-38s %8.3f %8.3f %6.0f MB\n", "pandoc (3 processes) + soffice (1)", mn["pipeline"], md["pipeline"], rss["pipeline"] / 1024
    printf "\npipeline / glasnik, wall time: median %.2fx, min %.2fx (above 1: glasnik is faster)\n", md["pipeline"] / md["glasnik"], mn["pipeline"] / mn["glasnik"]
  }' "$out/times.txt" | tee "$out/process.txt"
