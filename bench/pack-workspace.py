#!/usr/bin/env python3
"""Make a workspace of many releases for bench/pack.sh by varying the five example releases.

    python3 bench/pack-workspace.py [--count 100] [--examples examples] [--out target/bench/pack/workspace]

Copies everything in the example workspace but its releases (glasnik.yaml, schemas, assets, and
locales and templates when it has them), then writes COUNT release folders, the examples in turn:
release i (1..COUNT) is example (i - 1) mod 5 with
  - the id <example id>-NNN (NNN = i, three digits);
  - the date day (i - 1) * 365 // COUNT after 2025-11-24, at the example's time of day (10:00 when
    it has none): distinct days over a year, all in the past, so "newest first" is one order;
  - every variant's title followed by its number: " (бр. N)" in sr-Cyrl (Cyrillic only, as the
    title is), " (No. N)" in en; sr-Latn is not written (glasnik derives it, as in the examples);
  - an embargo (where the example has one) at the same distance after the date as in the example,
    so in the past too, and the notes' words for its day rewritten to match;
  - the example's images beside it.
Everything else is the example's text, byte for byte. The YAML is edited line by line (the fields
changed are single plain scalars at known indentation); the script stops if a line it expects is not
there. The same input gives the same output. Python 3 standard library only.
"""

import argparse
import datetime as dt
import re
import shutil
import sys
from pathlib import Path

START = dt.date(2025, 11, 24)
MONTHS_SR = ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа",
             "септембра", "октобра", "новембра", "децембра"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2})?$")


def fail(message):
    sys.exit(f"pack-workspace: {message}")


def sub_once(pattern, replacement, text, what):
    new, n = re.subn(pattern, replacement, text, flags=re.M)
    if n != 1:
        fail(f"{what}: expected one match of {pattern!r}, found {n}")
    return new


def vary(text, example_id, number, count):
    """The release.yaml of release `number` made from the example's text."""
    new_id = f"{example_id}-{number:03d}"
    text = sub_once(r"^id: " + re.escape(example_id) + r"$", f"id: {new_id}", text, example_id)

    m = re.search(r"^date: (\S+)$", text, flags=re.M)
    d = DATE_RE.match(m.group(1)) if m else None
    if not d:
        fail(f"{example_id}: no 'date:' line of the form YYYY-MM-DD[THH:MM]")
    old_day = dt.date.fromisoformat(d.group(1))
    time_of_day = d.group(2) or "T10:00"
    day = START + dt.timedelta(days=(number - 1) * 365 // count)
    text = sub_once(r"^date: \S+$", f"date: {day.isoformat()}{time_of_day}", text, example_id)

    e = re.search(r"^embargo: (\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}.*)$", text, flags=re.M)
    if e:
        old_embargo = dt.date.fromisoformat(e.group(1))
        embargo = day + (old_embargo - old_day)
        text = sub_once(r"^embargo: .*$", f"embargo: {embargo.isoformat()}{e.group(2)}", text,
                        example_id)
        # The notes name the embargo's day in words; keep them true.
        old_en = f"{old_embargo.day} {MONTHS_EN[old_embargo.month - 1]} {old_embargo.year}"
        old_sr = f"{old_embargo.day}. {MONTHS_SR[old_embargo.month - 1]} {old_embargo.year}."
        new_en = f"{embargo.day} {MONTHS_EN[embargo.month - 1]} {embargo.year}"
        new_sr = f"{embargo.day}. {MONTHS_SR[embargo.month - 1]} {embargo.year}."
        for old, new in ((old_en, new_en), (old_sr, new_sr)):
            if old in text:
                text = text.replace(old, new)

    # Variant titles: "    title: ..." under "variants:", keyed by the variant two lines of
    # indentation up ("  en:", "  sr-Cyrl:").
    lines = text.split("\n")
    in_variants, variant, titled = False, None, []
    for k, line in enumerate(lines):
        if re.match(r"^\S", line):
            in_variants = line.startswith("variants:")
            continue
        if not in_variants:
            continue
        v = re.match(r"^  ([A-Za-z-]+):\s*$", line)
        if v:
            variant = v.group(1)
            continue
        t = re.match(r"^    title: (.+)$", line)
        if t:
            value = t.group(1)
            if value[0] in "'\"|>&*!%@`{[" or " #" in value:
                fail(f"{example_id}: variants.{variant}.title is not a plain scalar: {value}")
            if variant == "sr-Cyrl":
                suffix = f" (бр. {number})"
            elif variant == "en":
                suffix = f" (No. {number})"
            else:
                fail(f"{example_id}: a variant this script does not know: {variant}")
            lines[k] = line + suffix
            titled.append(variant)
    if sorted(titled) != ["en", "sr-Cyrl"]:
        fail(f"{example_id}: expected titles in en and sr-Cyrl, found {titled}")
    return new_id, "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--examples", type=Path, default=Path("examples"))
    parser.add_argument("--out", type=Path, default=Path("target/bench/pack/workspace"))
    args = parser.parse_args()
    if not 1 <= args.count <= 999:
        fail("--count: 1 to 999")

    examples = sorted(p for p in (args.examples / "releases").iterdir() if p.is_dir())
    if not examples:
        fail(f"no releases in {args.examples}/releases")
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    for item in sorted(args.examples.iterdir()):
        if item.name == "releases":
            continue
        if item.is_dir():
            shutil.copytree(item, args.out / item.name, copy_function=shutil.copyfile)
        else:
            shutil.copyfile(item, args.out / item.name)

    for number in range(1, args.count + 1):
        example = examples[(number - 1) % len(examples)]
        text = (example / "release.yaml").read_text(encoding="utf-8")
        new_id, new_text = vary(text, example.name, number, args.count)
        folder = args.out / "releases" / new_id
        folder.mkdir(parents=True)
        for item in sorted(example.iterdir()):
            if item.name != "release.yaml":
                shutil.copyfile(item, folder / item.name)
        (folder / "release.yaml").write_text(new_text, encoding="utf-8")
    print(f"wrote {args.count} releases from {len(examples)} examples in {args.out}")


if __name__ == "__main__":
    main()
