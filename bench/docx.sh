#!/usr/bin/env bash
# DOCX rendering benchmarks, whole process and in-process, in one run:
#   1. `./glasnik render ID --workspace examples -o DIR`: one cold process writing the release
#      in its three locales (sr-Cyrl, sr-Latn, en), against Debian's pandoc converting the same
#      reader-visible text (`./glasnik show ID --lang L`) to DOCX, one pandoc run per locale, the
#      three runs timed together as one measurement: min and median wall time and peak RSS of
#      each, REPS runs each, interleaved;
#   2. the JMH benchmark DocxBenchmark: DocxRenderer.render of one document in a warm process.
#
#   bench/docx.sh                     # everything, about a minute on 2 cores
#   REPS=5 bench/docx.sh              # fewer runs
#   JMH=no bench/docx.sh              # whole process only
#   RELEASE=djordjevic-chepurin bench/docx.sh
#
# Installs what it lacks with apt-get (pandoc, time). Writes only under target/bench/docx/.
# Results vary with the machine: close other work before running it.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
reps="${REPS:-9}"
release="${RELEASE:-military-academy-graduation-2026}"
langs=(sr-Cyrl sr-Latn en)
jmh_opts="${JMH_OPTS:--f 1 -wi 3 -i 5 -w 1s -r 1s}"
out="target/bench/docx"
mkdir -p "$out"

. "$here/bench/common.sh"

# --- (a) tools and build ------------------------------------------------------------------
bench_install pandoc=pandoc time=time
bench_machine
bench_build "building glasnik and the benchmarks"
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$out/classpath" >>"$out/build.log" 2>&1
# A copy, so that a build started meanwhile in this work tree cannot pull classes from under JMH;
# taken again (after a build) when such a build was halfway through and JMH's list is missing.
for attempt in 1 2 3; do
  rm -rf "$out/classes" "$out/test-classes"
  cp -r target/classes target/test-classes "$out/"
  grep -qs DocxBenchmark "$out/test-classes/META-INF/BenchmarkList" && break
  [ "$attempt" -lt 3 ] || { echo "bench: no DocxBenchmark in JMH's BenchmarkList" >&2; exit 1; }
  sleep 5
  mvn -B -q -Dstyle.color=never -DskipTests test-compile >>"$out/build.log" 2>&1
done
cp="$out/test-classes:$out/classes:$(cat "$out/classpath")"

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
names=(glasnik pandoc)
run() { # NAME: one measurement, three DOCX files in $out/NAME/; appends "NAME start end rss"
  local start end rss=0 lang
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
    pandoc)
      start=$EPOCHREALTIME
      for lang in "${langs[@]}"; do
        /usr/bin/time -f %M -o "$out/rss.$lang.txt" \
          pandoc -f markdown -t docx -o "$out/pandoc/$release.$lang.docx" "$out/$release.$lang.md"
      done
      end=$EPOCHREALTIME
      for lang in "${langs[@]}"; do
        rss=$(( $(tail -1 "$out/rss.$lang.txt") > rss ? $(tail -1 "$out/rss.$lang.txt") : rss ))
      done
      ;;
  esac
  echo "$1 $start $end $rss" >>"$out/times.txt"
}

say "whole process: $reps runs each, interleaved, after one warm-up run each"
: >"$out/times.txt"
for name in "${names[@]}"; do run "$name"; done
for name in "${names[@]}"; do
  printf '%-8s' "$name"
  for lang in "${langs[@]}"; do
    printf ' %s %6d bytes' "$lang" "$(stat -c %s "$out/$name/$release.$lang.docx")"
  done
  echo
done
# Words in, and words in each DOCX as pandoc reads it back: the same text on both sides.
for lang in "${langs[@]}"; do
  printf 'words %-8s input %5d, pandoc DOCX %5d, glasnik DOCX %5d\n' "$lang" \
    "$(wc -w <"$out/$release.$lang.md")" \
    "$(pandoc -f docx -t plain "$out/pandoc/$release.$lang.docx" | wc -w)" \
    "$(pandoc -f docx -t plain "$out/glasnik/$release.$lang.docx" | wc -w)"
done
: >"$out/times.txt"
jar_before=$(stat -c %Y target/glasnik.jar)
for ((r = 1; r <= reps; r++)); do
  for name in "${names[@]}"; do run "$name"; done
done
if [ "$(stat -c %Y target/glasnik.jar)" != "$jar_before" ]; then
  echo "warning: ./glasnik rebuilt itself during the runs (sources changed): its times include a build" >&2
fi
start=$EPOCHREALTIME
for ((r = 1; r <= reps; r++)); do ./glasnik --version >/dev/null; done
end=$EPOCHREALTIME
awk -v s="$start" -v e="$end" -v n="$reps" \
  'BEGIN { printf "glasnik start-up alone (--version): mean %.3f s\n", (e - s) / n }'
echo
awk -v reps="$reps" '
  { t[$1] = t[$1] " " ($3 - $2); if ($4 > rss[$1]) rss[$1] = $4 }
  END {
    split("glasnik pandoc", order, " ")
    for (k = 1; k <= 2; k++) {
      name = order[k]; n = split(substr(t[name], 2), v, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
      mn[name] = v[1]; md[name] = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    printf "%-26s %8s %8s %9s\n", "3 DOCX, " reps " runs", "min s", "median s", "peak RSS"
    printf "%-26s %8.3f %8.3f %6.0f MB\n", "glasnik render (1 process)", mn["glasnik"], md["glasnik"], rss["glasnik"] / 1024
    printf "%-26s %8.3f %8.3f %6.0f MB\n", "pandoc (3 processes)", mn["pandoc"], md["pandoc"], rss["pandoc"] / 1024
    printf "\nglasnik / pandoc, wall time: median %.2fx, min %.2fx (above 1: glasnik is slower)\n", md["glasnik"] / md["pandoc"], mn["glasnik"] / mn["pandoc"]
  }' "$out/times.txt" | tee "$out/process.txt"

# --- (d) in-process: JMH ------------------------------------------------------------------
[ "${JMH:-yes}" = "no" ] && exit 0
say "JMH: DocxBenchmark $jmh_opts (release $release)"
# shellcheck disable=SC2086
java -cp "$cp" org.openjdk.jmh.Main DocxBenchmark $jmh_opts \
  -jvmArgsAppend "-Dglasnik.bench.release=$release" -rf csv -rff "$out/jmh.csv" | tee "$out/jmh.txt" | sed -n '/^Benchmark /,$p'
echo
awk -F, '
  FNR > 1 { gsub(/"/, ""); lang[++n] = $8; score[n] = $5; error[n] = $6; sum += $5 }
  END {
    for (k = 1; k <= n; k++) printf "warm, one document, %-8s %7.2f ms ± %.2f\n", lang[k], score[k], error[k]
    printf "warm, mean of the %d locales:  %7.2f ms per document\n", n, sum / n
  }' "$out/jmh.csv" | tee "$out/jmh-summary.txt"
