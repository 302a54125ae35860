#!/usr/bin/python3
"""Derive the Serbian-form Noto fonts for the PDF renderer from templates/fonts.

In Serbian Cyrillic, italic б г д п т (and, in Noto, upright б) have Serbian forms. The fonts
carry them as OpenType ``locl`` substitutions for script ``cyrl``, language system ``SRB ``,
but OpenPDF cannot apply ``locl``. So for each of

  templates/fonts/NotoSerif-{Regular,Bold,Italic,BoldItalic}.ttf
  templates/fonts/NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf

this script reads GSUB, collects the single substitutions (lookup type 1, or type 7 extension
wrapping type 1) of the ``locl`` lookups under ``cyrl``/``SRB ``, and writes

  templates/fonts/<Family>Serbian-<Style>.ttf   (e.g. NotoSerifSerbian-Italic.ttf)

whose character map points each affected code point straight at the Serbian glyph. Everything
else (outlines, metrics, hinting, GSUB/GPOS, OS/2) is copied unchanged; only ``cmap`` and
``name`` are rewritten. The family is renamed ("Noto Serif" -> "Noto Serif Serbian",
PostScript "NotoSerif-Italic" -> "NotoSerifSerbian-Italic", in name IDs 1, 3, 4, 6 and 16/21
where present), as the SIL Open Font License asks of modified versions (Noto declares no
Reserved Font Name; the derived family gets its own name anyway, so it is never mistaken for
the original). Extraction of text stays exact: the PDF's ToUnicode maps the Serbian glyph
back to the code point that selected it.

A style whose font has no SRB ``locl`` single substitution is still written (renamed, cmap
unchanged), so all four styles of each family exist, and the script says so.

The output is deterministic: ``head.modified`` keeps the source's value and tables the script
does not touch are copied byte for byte.

Run from anywhere: ``/usr/bin/python3 tools/serbian-fonts.py`` (Debian's python3-fonttools;
``--check`` only compares the committed files with what would be written and exits 1 when they
differ). Rerun after tools/fonts.sh.
"""

import argparse
import io
import sys
import unicodedata
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "templates" / "fonts"
FAMILIES = ("NotoSerif", "NotoSans")
STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
SCRIPT = "cyrl"
LANGSYS = "SRB "
FEATURE = "locl"
SUFFIX = "Serbian"  # appended to the family name (with a space) and the PostScript family


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


def derive(family, style):
    """Builds the derived font; returns (output path, its bytes, report lines)."""
    source = FONTS / f"{family}-{style}.ttf"
    reader = TTFont(source)  # read-only view, for GSUB
    substitutions, notes = srb_locl_substitutions(reader)

    # A second, lazily loaded copy is written: only cmap, name (and post, which cmap needs for
    # glyph names) are decompiled and recompiled; every other table is copied byte for byte.
    font = TTFont(source, recalcTimestamp=False, recalcBBoxes=False)
    glyph_order = set(font.getGlyphOrder())
    missing = sorted(t for t in substitutions.values() if t not in glyph_order)
    if missing:
        raise SystemExit(f"{source.name}: substitute glyphs missing: {missing}")

    remapped = {}  # code point -> (old glyph, new glyph)
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
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

    out = io.BytesIO()
    font.save(out)
    data = out.getvalue()
    check = TTFont(io.BytesIO(data))
    if check["head"].modified != reader["head"].modified:
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
            target, data, lines = derive(family, style)
            print("\n".join(lines))
            if args.check:
                if not target.exists() or target.read_bytes() != data:
                    stale.append(target.name)
            else:
                target.write_bytes(data)
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
