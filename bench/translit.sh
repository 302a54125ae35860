#!/usr/bin/env bash
# Transliteration benchmarks, whole process and in-process, in one run:
#   1. `./glasnik translit --to latin` (with GLASNIK_JAVA_OPTS=-Xmx64m) against ICU's `uconv`
#      and a plain C table loop (bench/c/table.c), on a 50 MB Cyrillic file made from the
#      example releases: min and median wall time and peak RSS of each, REPS runs each;
#   2. the JMH benchmark TransliterationBenchmark (glasnik against ICU4J), with MB/s.
#
#   bench/translit.sh                 # everything, about 1.5 minutes on 2 cores
#   REPS=3 MB=20 bench/translit.sh    # fewer runs, smaller file
#   JMH=no bench/translit.sh          # whole process only
#
# Installs what it lacks with apt-get (icu-devtools for uconv, gcc, time). Writes only under
# target/bench/. Results vary with the machine: close other work before running it.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
reps="${REPS:-7}"
mb="${MB:-50}"
jmh_opts="${JMH_OPTS:--f 1 -wi 3 -i 5 -w 1s -r 1s}"
out="target/bench"
mkdir -p "$out"

say() { printf '\n== %s\n' "$*"; }

say "machine and sources"
echo "cores: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory: $(free -g | awk '/^Mem:/ { print $2 }') GiB; $(java -version 2>&1 | head -1)"
if git rev-parse --git-dir >/dev/null 2>&1; then
  dirty=""
  [ -z "$(git status --porcelain -- src/main pom.xml)" ] || dirty=" with uncommitted changes in src/main or pom.xml"
  echo "glasnik: commit $(git rev-parse --short HEAD)$dirty"
fi

# --- (a) tools and builds ---------------------------------------------------------------
missing=()
command -v uconv >/dev/null || missing+=(icu-devtools)
command -v gcc >/dev/null || missing+=(gcc libc6-dev)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

say "building glasnik, the benchmarks and the C loop"
if ! mvn -B -Dstyle.color=never -DskipTests package >"$out/build.log" 2>&1; then
  grep -E 'ERROR|BUILD' "$out/build.log" | head -20 >&2
  echo "bench: the build failed; the whole log is in $out/build.log" >&2
  exit 1
fi
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$out/classpath" >>"$out/build.log" 2>&1
# A copy, so that a build started meanwhile in this work tree cannot pull classes from under JMH.
rm -rf "$out/classes" "$out/test-classes"
cp -r target/classes target/test-classes "$out/"
cp="$out/test-classes:$out/classes:$(cat "$out/classpath")"
gcc -O2 -Wall -Wextra -o "$out/table" bench/c/table.c

# --- (b) the test file --------------------------------------------------------------------
java -cp "$cp" rs.glasnik.bench.PressCorpus --text >"$out/corpus.txt"
big="$out/big.txt"
target_bytes=$((mb * 1000 * 1000))
corpus_bytes=$(stat -c %s "$out/corpus.txt")
copies=$(((target_bytes + corpus_bytes - 1) / corpus_bytes))
text="$(cat "$out/corpus.txt")"
for ((k = 0; k < copies; k++)); do printf '%s\n' "$text"; done >"$big"
big_bytes=$(stat -c %s "$big")
say "test file: $big, $big_bytes bytes ($copies copies of the ${corpus_bytes}-byte corpus), $(wc -l <"$big") lines"

# --- (c) whole process --------------------------------------------------------------------
names=(glasnik uconv c-loop)
command_of() { # NAME: sets cmd to the command that converts stdin to stdout
  case "$1" in
    glasnik) cmd=(env GLASNIK_JAVA_OPTS=-Xmx64m ./glasnik translit --to latin) ;;
    uconv) cmd=(uconv -f utf-8 -t utf-8 -x 'Serbian-Latin/BGN; NFC') ;;
    c-loop) cmd=("$out/table") ;;
  esac
}

say "same text, lines that differ from glasnik's output (of $(wc -l <"$out/corpus.txt"))"
for name in "${names[@]}"; do
  command_of "$name"
  "${cmd[@]}" <"$out/corpus.txt" >"$out/corpus.$name.txt"
done
for name in uconv c-loop; do
  printf '%-8s %s\n' "$name" "$(diff "$out/corpus.glasnik.txt" "$out/corpus.$name.txt" | grep -c '^<' || true)"
done

say "whole process on $big: $reps runs each, interleaved, after one warm-up run each"
for name in "${names[@]}"; do
  command_of "$name"
  "${cmd[@]}" <"$big" >"$out/out.$name.txt"
done
: >"$out/times.txt"
jar_before=$(stat -c %Y target/glasnik.jar)
for ((r = 1; r <= reps; r++)); do
  for name in "${names[@]}"; do
    command_of "$name"
    start=$EPOCHREALTIME
    /usr/bin/time -f %M -o "$out/rss.txt" "${cmd[@]}" <"$big" >"$out/out.$name.txt"
    end=$EPOCHREALTIME
    echo "$name $start $end $(cat "$out/rss.txt")" >>"$out/times.txt"
  done
done
for name in "${names[@]}"; do
  printf '%-8s output %s bytes\n' "$name" "$(stat -c %s "$out/out.$name.txt")"
done
if [ "$(stat -c %Y target/glasnik.jar)" != "$jar_before" ]; then
  echo "warning: ./glasnik rebuilt itself during the runs (sources changed): its times include a build" >&2
fi
command_of glasnik
for ((r = 1; r <= reps; r++)); do
  start=$EPOCHREALTIME
  "${cmd[@]}" </dev/null >/dev/null
  end=$EPOCHREALTIME
  echo "$start $end"
done | awk '{ print $2 - $1 }' | sort -n | awk '{ v[NR] = $1 } END {
  printf "glasnik  start-up alone (empty input): median %.3f s\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
echo
# min and median wall time, MB/s at the median, max RSS, ratios to glasnik
awk -v bytes="$big_bytes" '
  { t[$1] = t[$1] " " ($3 - $2); if ($4 > rss[$1]) rss[$1] = $4 }
  END {
    split("glasnik uconv c-loop", order, " ")
    for (k = 1; k <= 3; k++) {
      name = order[k]; n = split(substr(t[name], 2), v, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
      mn[name] = v[1]; md[name] = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    printf "%-8s %8s %8s %8s %9s %14s\n", "", "min s", "median s", "MB/s", "peak RSS", "median vs glasnik"
    for (k = 1; k <= 3; k++) {
      name = order[k]
      printf "%-8s %8.3f %8.3f %8.1f %6.0f MB %13.2fx\n", name, mn[name], md[name], bytes / 1e6 / md[name], rss[name] / 1024, md[name] / md["glasnik"]
    }
    printf "\nuconv / glasnik (median): %.1fx   glasnik / C loop (median): %.1fx\n", md["uconv"] / md["glasnik"], md["glasnik"] / md["c-loop"]
  }' "$out/times.txt" | tee "$out/process.txt"

# --- (d) in-process: JMH ------------------------------------------------------------------
[ "${JMH:-yes}" = "no" ] && exit 0
say "JMH: TransliterationBenchmark $jmh_opts"
# shellcheck disable=SC2086
java -cp "$cp" org.openjdk.jmh.Main TransliterationBenchmark $jmh_opts \
  -rf csv -rff "$out/jmh.csv" | tee "$out/jmh.txt" | sed -n '/^Benchmark /,$p'
java -cp "$cp" rs.glasnik.bench.PressCorpus --sizes >"$out/sizes.txt"
echo
awk -F, '
  FNR == NR { size[$1] = $2; next }
  FNR > 1 {
    gsub(/"/, ""); name = $1; sub(/.*\./, "", name); score[name] = $5
  }
  END {
    printf "corpus: %d paragraphs, %d bytes Cyrillic, %d bytes Latin (UTF-8)\n", size["paragraphs"], size["cyrillic"], size["latin"]
    printf "%-14s %12s %8s\n", "", "ops/s", "MB/s"
    split("toLatin icuToLatin toCyrillic icuToCyrillic", order, " ")
    for (k = 1; k <= 4; k++) {
      name = order[k]; bytes = name ~ /Latin$/ ? size["cyrillic"] : size["latin"]
      printf "%-14s %12.1f %8.1f\n", name, score[name], score[name] * bytes / 1e6
    }
    printf "\ntoLatin / ICU: %.2fx   toCyrillic / ICU Latin-Cyrillic: %.2fx\n", score["toLatin"] / score["icuToLatin"], score["toCyrillic"] / score["icuToCyrillic"]
  }' FS=' ' "$out/sizes.txt" FS=, "$out/jmh.csv" | tee "$out/jmh-summary.txt"
