#!/usr/bin/env bash
# The refactoring guard (issue 12): renders every example release (3 languages x DOCX and PDF
# x 3 PDF profiles) and the example packs (parallel, sequential, three languages) under
# SOURCE_DATE_EPOCH and a fixed --now, and lists the SHA-256 of every file and of every member
# of every zip.
#   bench/guard/guard.sh record   writes bench/guard/manifest.sha256
#   bench/guard/guard.sh check    renders again and prints the lines that differ (exit 1 if any)
set -euo pipefail
cd "$(dirname "$0")/../.."
mode="${1:-check}"
export SOURCE_DATE_EPOCH=1767225600
now="2026-03-05T12:00"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
langs="en,sr-Cyrl,sr-Latn"
./glasnik render --workspace examples --lang "$langs" --format docx -o "$out/docx" >/dev/null
for profile in screen archive print; do
  ./glasnik render --workspace examples --lang "$langs" --format pdf --pdf-profile "$profile" \
    -o "$out/pdf-$profile" >/dev/null
done
./glasnik pack --workspace examples --langs sr-Cyrl,en --now "$now" -o "$out/pack-parallel" >/dev/null
./glasnik pack --workspace examples --langs sr-Cyrl,en --layout sequential --now "$now" \
  -o "$out/pack-sequential" >/dev/null
./glasnik pack --workspace examples --langs sr-Cyrl,en,sr-Latn --now "$now" -o "$out/pack-three" >/dev/null
python3 - "$out" > "$out/manifest" <<'PY'
import hashlib, os, sys, zipfile
root = sys.argv[1]
for d, _, files in sorted(os.walk(root)):
    for f in sorted(files):
        p = os.path.join(d, f)
        rel = os.path.relpath(p, root)
        if rel == "manifest":
            continue
        data = open(p, "rb").read()
        print(hashlib.sha256(data).hexdigest(), rel)
        if f.endswith(".zip"):
            with zipfile.ZipFile(p) as z:
                for n in z.namelist():
                    print(hashlib.sha256(z.read(n)).hexdigest(), rel + "!" + n)
PY
if [ "$mode" = record ]; then
  cp "$out/manifest" bench/guard/manifest.sha256
  echo "recorded $(wc -l < bench/guard/manifest.sha256) files in bench/guard/manifest.sha256"
else
  if diff <(sort -k2 bench/guard/manifest.sha256) <(sort -k2 "$out/manifest") >&2; then
    echo "guard: all $(wc -l < "$out/manifest") files byte-identical"
  else
    echo "guard: the files above differ (< recorded, > now)" >&2
    exit 1
  fi
fi
