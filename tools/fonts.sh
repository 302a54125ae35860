#!/usr/bin/env bash
# Makes templates/fonts/: Noto Serif and Noto Sans (regular, bold, italic, bold italic) from
# Debian's fonts-noto-core, subset with fonttools to what Serbian and English press text use
# (Latin with its extensions, Cyrillic, accents, punctuation, currency), every OpenType layout
# feature kept (the Serbian locl forms among them). Rerun after a font update; the output is
# committed.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
out="$here/templates/fonts"
src=/usr/share/fonts/truetype/noto
missing=()
[ -f "$src/NotoSerif-Regular.ttf" ] || missing+=(fonts-noto-core)
/usr/bin/python3 -c "import fontTools" 2>/dev/null || missing+=(python3-fonttools)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get install -y -q "${missing[@]}" >/dev/null
fi
mkdir -p "$out"
unicodes="U+0020-007E,U+00A0-024F,U+0300-036F,U+0400-04FF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2212"
for family in NotoSerif NotoSans; do
  for style in Regular Bold Italic BoldItalic; do
    /usr/bin/python3 -m fontTools.subset "$src/$family-$style.ttf" --unicodes="$unicodes" --layout-features='*' \
      --glyph-names --name-IDs='*' --name-languages='*' --notdef-outline \
      --output-file="$out/$family-$style.ttf"
  done
done
# The licence, as Debian ships it with the fonts.
{
  echo "Copyright 2010-2020 Google Inc. and Google LLC (Noto fonts)"
  echo
  echo "This Font Software is licensed under the SIL Open Font License, Version 1.1."
  echo
  echo "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007"
  echo
  awk '/^ PREAMBLE$/ { on = 1 } on && /^[A-Za-z]/ { exit } on { sub(/^ /, ""); sub(/^\.$/, ""); print }' \
    /usr/share/doc/fonts-noto-core/copyright
} > "$out/OFL.txt"
version="$(dpkg-query -W -f='${Version}' fonts-noto-core)"
cat > "$out/SOURCE.md" <<MD
# Fonts

Noto Serif and Noto Sans, regular, bold, italic and bold italic, copyright 2010-2020 Google
Inc. and Google LLC, licensed under the SIL Open Font License 1.1 (\`OFL.txt\`).

Source: Debian package fonts-noto-core $version, /usr/share/fonts/truetype/noto/.
Modified: subset by \`tools/fonts.sh\` (fonttools pyftsubset) to the characters Serbian and
English press text uses ($unicodes), keeping every OpenType layout feature.

For the PDF renderer: \`tools/serbian-fonts.py\` (Debian's python3-fonttools; \`tools/fonts.sh\` runs it)
finishes the subset files above in place and derives the Serbian ones below from them. OpenPDF
applies neither GSUB nor GPOS and kerns only with the legacy \`kern\` table, and its ToUnicode maps
each glyph back to one code point, so every one of the 16 files gets:
- a \`kern\` table (one format 0 subtable) flattened from the GPOS \`kern\` feature (pair
  adjustments of the default language systems of DFLT, latn and cyrl, and SRB for the Serbian
  fonts), restricted to the glyphs the character map reaches; about 12 000 (Sans) to 19 000
  (Serif) pairs, 73 to 114 KB, more than a 16-bit subtable length can say: the length field keeps
  its low 16 bits, and readers (OpenPDF, HarfBuzz, fontTools) go by the count of pairs;
- one glyph per code point (none were shared in this Noto release; a shared glyph would get a
  composite copy named \`<glyph>.u<HEX>\`), and U+00AD SOFT HYPHEN on a glyph of its own with the
  hyphen's advance, kerned as the hyphen (Noto Sans kerns U+002D in GPOS, but not U+00AD).
Outlines, metrics, hinting, GSUB/GPOS and OS/2 are unchanged.

Derived: \`NotoSerifSerbian-*.ttf\` and \`NotoSansSerbian-*.ttf\` (families "Noto Serif Serbian" and
"Noto Sans Serbian", PostScript names \`NotoSerifSerbian-Italic\` etc.): their character map points
the code points that the fonts' \`locl\` feature for Cyrillic, language SRB, substitutes straight at
the Serbian glyphs (б in every style; б г д п т, and ѓ, in italic and bold italic), which OpenPDF
could not otherwise show; their \`kern\` table follows that map. Besides \`kern\`, only \`cmap\` and
\`name\` (and the file checksum in \`head\`) differ from the files above.

Licence of the modified versions: every file here is a Modified Version in the sense of the Open
Font License (subset, \`kern\` added; the Serbian ones remapped). The licence requires that they
stay under the OFL with the copyright notice and licence (\`OFL.txt\`), are not sold by themselves,
and do not use a Reserved Font Name. The Noto copyright notice declares no Reserved Font Name, so
the subset files may keep the names "Noto Serif" and "Noto Sans"; the Serbian-form families are
renamed all the same (name IDs 1, 3, 4 and 6, and 16/21 where present), since their letters
differ from the originals' and should never be mistaken for them.
MD
ls -la "$out"
# The Serbian derived families (cmap pointed at the Serbian locl forms) for the PDF renderer.
/usr/bin/python3 "$here/tools/serbian-fonts.py"
