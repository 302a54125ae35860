#!/usr/bin/python3
"""Prepare templates/fonts for the PDF renderer: Serbian-form derived fonts, a legacy kern table.

OpenPDF embeds the fonts as Identity-H TrueType, lays out lines itself and applies neither GSUB nor
GPOS; it kerns with ``BaseFont.getKerning``, which reads only the legacy TrueType ``kern`` table,
and its ToUnicode CMap maps each glyph back to the one code point that selected it. For each of

  templates/fonts/NotoSerif-{Regular,Bold,Italic,BoldItalic}.ttf
  templates/fonts/NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf

(as tools/fonts.sh subset them) this script

1. rewrites the file in place, finished for the PDF renderer (below), and
2. writes ``templates/fonts/<Family>Serbian-<Style>.ttf`` (e.g. NotoSerifSerbian-Italic.ttf),
   derived from it and finished the same way.

Serbian forms. In Serbian Cyrillic, italic б г д п т (and, in Noto, upright б) have Serbian
forms. The fonts carry them as OpenType ``locl`` substitutions for script ``cyrl``, language
system ``SRB ``, which OpenPDF cannot apply. The script collects the single substitutions
(lookup type 1, or type 7 extension wrapping type 1) of those ``locl`` lookups, and the derived
font's character map points each affected code point straight at the Serbian glyph. The family
is renamed ("Noto Serif" -> "Noto Serif Serbian", PostScript "NotoSerif-Italic" ->
"NotoSerifSerbian-Italic", in name IDs 1, 3, 4, 6 and 16/21 where present). A style whose font
has no SRB ``locl`` single substitution is still written (renamed, cmap unchanged), so all four
styles of each family exist, and the script says so.

Finishing (every one of the 16 files):

- One glyph per code point. If two code points of the cmap share a glyph, the higher ones get
  their own copy (a composite of the original, same advance, named ``<glyph>.u<HEX>``, kerned as
  the original), so that the PDF's ToUnicode is exact. U+00AD SOFT HYPHEN (the renderer writes an
  inserted line-end hyphen as U+00AD) must map to a glyph of its own with the advance of U+002D;
  if it is missing it is added as such a copy of the hyphen. Where GPOS does not kern the soft
  hyphen's glyph (Noto does not), it kerns as the hyphen it shows.
- A legacy ``kern`` table (version 0, one format 0 subtable, coverage 0x0001, pairs sorted by
  glyph id) flattened from the GPOS ``kern`` feature of the default language systems of DFLT,
  latn and cyrl (and language system SRB, where the font has it, for the Serbian fonts): pair
  adjustment lookups (type 2, formats 1 and 2, also inside type 9 extensions), the first
  glyph's XAdvance. Within a lookup the first subtable that covers a pair wins; the values of
  different lookups add up. Only glyphs reachable from the final cmap count; zero values are
  left out. Other lookup types (e.g. contextual kerning) are reported and skipped. The pairs do
  not fit a 16-bit subtable length (about 12 000 to 19 000 pairs, 72 to 114 KB): the length field
  keeps its low 16 bits (fontTools does that), as Microsoft advises readers to ignore the length
  of the last subtable; OpenPDF and HarfBuzz do, and fontTools reads the count of pairs.

Everything else (outlines, metrics, hinting, GSUB/GPOS, OS/2) is copied unchanged: in the plain
fonts only ``kern`` is added, in the derived ones ``cmap`` and ``name`` are rewritten too (and
glyph tables only if a copy has to be made). The Noto fonts declare no Reserved Font Name, so the
Open Font License lets these modified versions keep the name "Noto Serif"/"Noto Sans"; the
derived families are renamed anyway, so that they are never mistaken for the originals.

The output is deterministic and finishing is idempotent (copies are found again by their names),
so rerunning the script on its own output writes the same bytes: ``head.modified`` keeps the
source's value and tables the script does not touch are copied byte for byte.

Run from anywhere: ``/usr/bin/python3 tools/serbian-fonts.py`` (Debian's python3-fonttools;
``--check`` only compares the committed files with what would be written and exits 1 when they
differ). Rerun after tools/fonts.sh (which runs it).
"""

import argparse
import io
import logging
import re
import sys
import unicodedata
from pathlib import Path

from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._g_l_y_f import Glyph
from fontTools.ttLib.tables._k_e_r_n import KernTable_format_0

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "templates" / "fonts"
FAMILIES = ("NotoSerif", "NotoSans")
STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
SCRIPT = "cyrl"
LANGSYS = "SRB "
FEATURE = "locl"
SUFFIX = "Serbian"  # appended to the family name (with a space) and the PostScript family
KERN_SCRIPTS = ("DFLT", "latn", "cyrl")  # their default language systems give the kerning
SOFT_HYPHEN = 0x00AD
HYPHEN = 0x002D
COPY_NAME = re.compile(r"(.+)\.u([0-9A-F]{4,6})")  # copy_name(glyph, code point)

# fontTools warns that the kern subtable's 16-bit length overflows; that is expected (docstring).
logging.getLogger("fontTools.ttLib.tables._k_e_r_n").setLevel(logging.ERROR)


def srb_locl_substitutions(font):
    """The glyph -> glyph map that ``locl`` for cyrl/SRB applies, and notes on what was skipped.

    Lookups are applied in lookup-list order (the order a shaper uses), so chained single
    substitutions compose. Only single substitutions can be expressed in a cmap; any other
    lookup type is reported and skipped.
    """
    notes = []
    if "GSUB" not in font:
        return {}, ["no GSUB table"]
    gsub = font["GSUB"].table
    if gsub.ScriptList is None or gsub.FeatureList is None or gsub.LookupList is None:
        return {}, ["empty GSUB"]
    script = next((r.Script for r in gsub.ScriptList.ScriptRecord if r.ScriptTag == SCRIPT), None)
    if script is None:
        return {}, [f"no script {SCRIPT!r} in GSUB"]
    langsys = next(
        (r.LangSys for r in script.LangSysRecord if r.LangSysTag == LANGSYS), None
    )
    if langsys is None:
        return {}, [f"no language system {LANGSYS!r} under {SCRIPT!r}"]
    feature_indices = list(langsys.FeatureIndex)
    if langsys.ReqFeatureIndex != 0xFFFF:
        feature_indices.append(langsys.ReqFeatureIndex)
    lookup_indices = set()
    for index in feature_indices:
        record = gsub.FeatureList.FeatureRecord[index]
        if record.FeatureTag == FEATURE:
            lookup_indices.update(record.Feature.LookupListIndex)
    if not lookup_indices:
        return {}, [f"no {FEATURE!r} feature under {SCRIPT!r}/{LANGSYS!r}"]
    if getattr(gsub, "FeatureVariations", None) is not None:
        notes.append("GSUB has FeatureVariations (ignored)")

    mapping = {}  # original glyph -> current substitute
    for index in sorted(lookup_indices):
        lookup = gsub.LookupList.Lookup[index]
        step = {}
        for subtable in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 7:  # extension: the real subtable is wrapped
                kind = subtable.ExtensionLookupType
                subtable = subtable.ExtSubTable
            if kind != 1:
                notes.append(f"lookup {index}: type {kind} skipped (not a single substitution)")
                continue
            for source, target in subtable.mapping.items():
                # Within one lookup the first subtable that covers a glyph wins.
                step.setdefault(source, target)
        # Compose with what the earlier lookups did: each glyph goes on from where it is now.
        for source in set(mapping) | set(step):
            current = mapping.get(source, source)
            mapping[source] = step.get(current, current)
    return {s: t for s, t in mapping.items() if s != t}, notes


def rename(font, new_family, new_ps_family):
    """Renames the family in every platform's name records; returns the new PostScript name."""
    name = font["name"]
    old_family = name.getDebugName(16) or name.getDebugName(1)
    old_ps = name.getDebugName(6)
    if not old_family or not old_ps or "-" not in old_ps:
        raise SystemExit(f"unexpected names: family {old_family!r}, PostScript {old_ps!r}")
    old_ps_family, style = old_ps.split("-", 1)
    new_ps = f"{new_ps_family}-{style}"
    for record in name.names:
        text = record.toUnicode()
        if record.nameID in (1, 16, 21) and text.startswith(old_family):
            new = new_family + text[len(old_family):]
        elif record.nameID in (4, 18) and text.startswith(old_family):
            new = new_family + text[len(old_family):]
        elif record.nameID == 6 and text == old_ps:
            new = new_ps
        elif record.nameID == 3 and old_ps in text:
            new = text.replace(old_ps, new_ps)
        elif record.nameID == 20 and text.startswith(old_ps_family):
            new = new_ps_family + text[len(old_ps_family):]
        else:
            continue
        record.string = new
    return old_family, old_ps, new_ps


def unicode_cmaps(font):
    return [table for table in font["cmap"].tables if table.isUnicode()]


def copy_name(glyph, code_point):
    return f"{glyph}.u{code_point:04X}"


def add_copy(font, original, code_point):
    """Appends a glyph that looks like ``original`` (a composite of it, same advance); its name.

    Appending keeps every existing glyph id, so GSUB, GPOS and GDEF stay valid byte for byte.
    """
    name = copy_name(original, code_point)
    glyf = font["glyf"]
    if name not in glyf:
        source = glyf[original]
        if source.numberOfContours == 0:
            glyph = Glyph()  # empty, like a space
        else:
            pen = TTGlyphPen(glyf)
            pen.addComponent(original, (1, 0, 0, 1, 0, 0))
            glyph = pen.glyph()
            glyph.components[0].flags |= 0x0200  # USE_MY_METRICS: hinted advance as the original
            glyph.recalcBounds(glyf)  # the font is saved with recalcBBoxes=False
        glyf[name] = glyph  # appends to the glyph order
        font.setGlyphOrder(glyf.glyphOrder)
        font["hmtx"].metrics[name] = font["hmtx"].metrics[original]
        font["maxp"]  # loaded, so that numGlyphs is recompiled
        font["post"]  # loaded, so that the new name is written
    return name


def one_glyph_per_code_point(font):
    """Gives every code point its own glyph and U+00AD a hyphen of its own.

    Returns {copy glyph: original glyph} (kerned as the original; found again by name on a
    rerun) and report lines.
    """
    lines = []
    cmaps = unicode_cmaps(font)
    best = font.getBestCmap()
    order = font.getGlyphOrder()
    # Copies made by an earlier run: "<original>.u<HEX>", mapped from that code point.
    copies = {}
    for name in order:
        match = COPY_NAME.fullmatch(name)
        if match and match[1] in font.getReverseGlyphMap() and best.get(int(match[2], 16)) == name:
            copies[name] = match[1]

    def remap(code_point, glyph):
        for table in cmaps:
            table.cmap[code_point] = glyph

    users = {}
    for code_point, glyph in sorted(best.items()):
        users.setdefault(glyph, []).append(code_point)
    for table in cmaps:  # every Unicode subtable, not only the best one
        for code_point, glyph in sorted(table.cmap.items()):
            if code_point not in users.get(glyph, []):
                users.setdefault(glyph, []).append(code_point)
    for glyph, code_points in sorted(users.items(), key=lambda item: min(item[1])):
        code_points = sorted(code_points)
        for code_point in code_points[1:]:
            copy = add_copy(font, glyph, code_point)
            remap(code_point, copy)
            copies[copy] = glyph
            lines.append(f"  U+{code_point:04X} shared {glyph} with U+{code_points[0]:04X}: now {copy}")

    hyphen = best.get(HYPHEN)
    if hyphen is None:
        raise SystemExit("no glyph for U+002D HYPHEN-MINUS")
    soft = font.getBestCmap().get(SOFT_HYPHEN)
    hmtx = font["hmtx"].metrics
    if soft is None or soft == hyphen or hmtx[soft][0] != hmtx[hyphen][0]:
        copy = add_copy(font, hyphen, SOFT_HYPHEN)
        remap(SOFT_HYPHEN, copy)
        copies[copy] = hyphen
        lines.append(f"  U+00AD soft hyphen was {soft}: now {copy}, a copy of {hyphen}")
    return copies, lines


def kern_lookups(gpos, language_systems):
    """Indices of the lookups of feature ``kern`` in the default language systems of
    KERN_SCRIPTS and in the given language systems (where the font has them)."""
    indices = set()
    for record in gpos.ScriptList.ScriptRecord:
        if record.ScriptTag not in KERN_SCRIPTS:
            continue
        systems = [record.Script.DefaultLangSys] + [
            r.LangSys for r in record.Script.LangSysRecord if r.LangSysTag in language_systems
        ]
        for system in systems:
            if system is None:
                continue
            features = list(system.FeatureIndex)
            if system.ReqFeatureIndex != 0xFFFF:
                features.append(system.ReqFeatureIndex)
            for index in features:
                feature = gpos.FeatureList.FeatureRecord[index]
                if feature.FeatureTag == "kern":
                    indices.update(feature.Feature.LookupListIndex)
    return sorted(indices)


def x_advance(value):
    return (getattr(value, "XAdvance", 0) or 0) if value is not None else 0


def gpos_kerning(font, reachable, language_systems):
    """The pair kerning {(left, right): first glyph's XAdvance} that GPOS ``kern`` applies between
    the reachable glyphs, without zeros; and notes on what was skipped."""
    notes = []
    if "GPOS" not in font:
        return {}, ["no GPOS table"]
    gpos = font["GPOS"].table
    if gpos.ScriptList is None or gpos.FeatureList is None or gpos.LookupList is None:
        return {}, ["empty GPOS"]
    if getattr(gpos, "FeatureVariations", None) is not None:
        notes.append("GPOS has FeatureVariations (ignored)")
    ordered = sorted(reachable, key=font.getGlyphID)
    total = {}
    for index in kern_lookups(gpos, language_systems):
        lookup = gpos.LookupList.Lookup[index]
        step = {}  # within a lookup the first subtable that covers a pair wins
        for subtable in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 9:  # extension: the real subtable is wrapped
                kind = subtable.ExtensionLookupType
                subtable = subtable.ExtSubTable
            if kind != 2:
                notes.append(f"lookup {index}: type {kind} skipped (not a pair adjustment)")
                continue
            if subtable.ValueFormat1 & ~0x0004 or subtable.ValueFormat2:
                notes.append(f"lookup {index}: only the first glyph's XAdvance is used")
            if subtable.Format == 1:
                for left, pair_set in zip(subtable.Coverage.glyphs, subtable.PairSet):
                    if left not in reachable:
                        continue
                    for record in pair_set.PairValueRecord:
                        if record.SecondGlyph in reachable:
                            step.setdefault((left, record.SecondGlyph), x_advance(record.Value1))
            elif subtable.Format == 2:
                # A format 2 subtable covers every second glyph (class 0 when unlisted).
                classes1 = subtable.ClassDef1.classDefs
                classes2 = subtable.ClassDef2.classDefs
                for left in subtable.Coverage.glyphs:
                    if left not in reachable:
                        continue
                    row = subtable.Class1Record[classes1.get(left, 0)].Class2Record
                    for right in ordered:
                        step.setdefault((left, right), x_advance(row[classes2.get(right, 0)].Value1))
        for pair, value in step.items():
            total[pair] = total.get(pair, 0) + value
    return {pair: value for pair, value in total.items() if value}, notes


def finish(font, language_systems):
    """Makes ``font`` ready for OpenPDF: one glyph per code point, soft hyphen, legacy kern."""
    copies, lines = one_glyph_per_code_point(font)
    reachable = set(font.getBestCmap().values())
    originals = reachable - set(copies)
    pairs, notes = gpos_kerning(font, originals, language_systems)
    # A copy kerns as its original, on either side.
    like = {glyph: [glyph] for glyph in originals}
    for copy, original in copies.items():
        like.setdefault(original, [original]).append(copy)
    # The renderer writes an inserted line-end hyphen as U+00AD: where GPOS does not kern the soft
    # hyphen's own glyph, it kerns as the hyphen it shows.
    best = font.getBestCmap()
    soft, hyphen = best[SOFT_HYPHEN], best[HYPHEN]
    if soft not in copies and not any(soft in pair for pair in pairs):
        like[hyphen].append(soft)
        lines.append(f"  U+00AD {soft} kerns as {hyphen}")
    kerning = {}
    for (left, right), value in pairs.items():
        for a in like[left]:
            for b in like[right]:
                kerning[(a, b)] = value
    subtable = KernTable_format_0()
    subtable.version = 0
    subtable.format = 0
    subtable.coverage = 1
    subtable.apple = False
    subtable.kernTable = kerning
    kern = newTable("kern")
    kern.version = 0
    kern.kernTables = [subtable]
    font["kern"] = kern
    size = 4 + 14 + 6 * len(kerning)
    lines.append(f"  kern: {len(kerning)} pairs, {size} bytes")
    if len(kerning) > 0xFFFF:
        raise SystemExit(f"{len(kerning)} kerning pairs do not fit a format 0 subtable")
    lines.extend(f"  note: {note}" for note in sorted(set(notes)))
    return lines


def save(font):
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def finish_plain(family, style):
    """The plain font, finished; returns (path, its bytes, report lines)."""
    source = FONTS / f"{family}-{style}.ttf"
    font = TTFont(source, recalcTimestamp=False, recalcBBoxes=False)
    modified = font["head"].modified
    lines = [f"{source.name}"] + finish(font, ())
    data = save(font)
    if TTFont(io.BytesIO(data))["head"].modified != modified:
        raise SystemExit(f"{source.name}: head.modified changed")
    return source, data, lines


def derive(family, style, plain):
    """Builds the derived font from the finished plain font's bytes; returns (output path, its
    bytes, report lines)."""
    source = FONTS / f"{family}-{style}.ttf"
    reader = TTFont(io.BytesIO(plain))  # read-only view, for GSUB
    substitutions, notes = srb_locl_substitutions(reader)

    # A second, lazily loaded copy is written: only the tables changed are decompiled and
    # recompiled; every other table is copied byte for byte.
    font = TTFont(io.BytesIO(plain), recalcTimestamp=False, recalcBBoxes=False)
    glyph_order = set(font.getGlyphOrder())
    missing = sorted(t for t in substitutions.values() if t not in glyph_order)
    if missing:
        raise SystemExit(f"{source.name}: substitute glyphs missing: {missing}")

    remapped = {}  # code point -> (old glyph, new glyph)
    for table in unicode_cmaps(font):
        for code_point, glyph in sorted(table.cmap.items()):
            if glyph in substitutions:
                table.cmap[code_point] = substitutions[glyph]
                remapped[code_point] = (glyph, substitutions[glyph])

    old_family, old_ps, new_ps = rename(
        font, f"{reader['name'].getDebugName(16) or reader['name'].getDebugName(1)} {SUFFIX}",
        f"{family}{SUFFIX}",
    )
    target = FONTS / f"{new_ps}.ttf"
    if target.name != f"{family}{SUFFIX}-{style}.ttf":
        raise SystemExit(f"{source.name}: PostScript name {old_ps!r} does not match the file name")

    finished = finish(font, (LANGSYS,))
    data = save(font)
    if TTFont(io.BytesIO(data))["head"].modified != reader["head"].modified:
        raise SystemExit(f"{source.name}: head.modified changed")

    lines = [f"{source.name} -> {target.name} (family {old_family!r} -> {old_family + ' ' + SUFFIX!r})"]
    if remapped:
        for code_point, (old, new) in sorted(remapped.items()):
            char = chr(code_point)
            lines.append(
                f"  U+{code_point:04X} {char} {unicodedata.name(char, '?').lower()}: {old} -> {new}"
            )
        lines.append("  remapped: " + " ".join(chr(cp) for cp in sorted(remapped)))
    else:
        lines.append(f"  no {SCRIPT}/{LANGSYS.strip()} {FEATURE} single substitution: renamed copy only")
    lines.extend(f"  note: {note}" for note in notes)
    lines.extend(finished)
    return target, data, lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="only compare with the committed files; exit 1 on a difference"
    )
    args = parser.parse_args()
    stale = []
    for family in FAMILIES:
        for style in STYLES:
            source, plain, lines = finish_plain(family, style)
            print("\n".join(lines))
            target, data, lines = derive(family, style, plain)
            print("\n".join(lines))
            for path, content in ((source, plain), (target, data)):
                if args.check:
                    if not path.exists() or path.read_bytes() != content:
                        stale.append(path.name)
                else:
                    path.write_bytes(content)
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
