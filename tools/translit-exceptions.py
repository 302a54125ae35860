#!/usr/bin/env python3
"""Regenerate glasnik's Serbian digraph exception stems and the dictionary test corpus.

Reads the Serbian Hunspell dictionaries of Debian's hunspell-sr package
(``apt-get install hunspell-sr``), expands every entry to its word forms with the affix
rules, and rewrites, deterministically:

  src/main/resources/rs/glasnik/translit/digraph-exceptions.txt
      stems in which Latin lj, nj or dž are two letters (``in|jekc`` -> инјекција);
  src/test/resources/rs/glasnik/translit/dictionary-pairs.tsv
      ``latin<TAB>cyrillic`` pairs: every dictionary form with нј/лј/дж, and deterministic
      samples of forms with љ/њ/џ and of other forms.

Run from anywhere: ``python3 tools/translit-exceptions.py`` (``--check`` only compares the
files with what would be written and exits 1 when they differ). Standard library only.

How the stems are chosen. In the Cyrillic dictionary, a form with нј, лј or дж is a form whose
Latin spelling has n+j, l+j or d+ž as two letters; every other Latin nj/lj/dž is љ/њ/џ
(Cyrillic-to-Latin is unambiguous). For each such split, the candidate stems are the Latin
substrings around it with at least MIN_LEFT letters before and MIN_RIGHT letters after the
split and MIN_LETTERS letters in all; a candidate is kept only if every dictionary form that
contains it (case-insensitively, anywhere) has exactly the stem's splits there in its
Cyrillic spelling. A greedy cover then picks the stems covering most splits (shorter first, then
more letters before the split, on a tie) and drops the redundant ones. Finally the whole dictionary is transliterated
Latin->Cyrillic with the stems, the way glasnik applies them, and every form must come back
unchanged except the few splits that no substring stem can express without breaking a
genuine word (listed in the outputs).
"""

import argparse
import gzip
import os
import re
import subprocess
import sys
import time
from collections import defaultdict

PACKAGE = "hunspell-sr"
HUNSPELL_DIR = "/usr/share/hunspell"
CYR_DIC, CYR_AFF = "sr_RS.dic", "sr_RS.aff"
LAT_DIC, LAT_AFF = "sr_Latn_RS.dic", "sr_Latn_RS.aff"
COPYRIGHT = "/usr/share/doc/hunspell-sr/copyright"
CHANGELOG = "/usr/share/doc/hunspell-sr/changelog.Debian.gz"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STEMS_OUT = os.path.join(ROOT, "src/main/resources/rs/glasnik/translit/digraph-exceptions.txt")
PAIRS_OUT = os.path.join(ROOT, "src/test/resources/rs/glasnik/translit/dictionary-pairs.tsv")

MIN_LEFT = 2  # letters before the split (the n, l or d and at least one more)
MIN_RIGHT = 2  # letters after the split (the j or ž and at least one more)
MIN_LETTERS = 6  # letters in a stem
SAMPLE_SIZE = 3000  # about this many forms in each of the two samples of the test corpus

# Forms of the dictionary that contradict Serbian orthography: it lists both конјугација and
# коњугација, конјунктив and коњунктив. Latin con-jugatio, con-junctiva: the n and j meet at
# the boundary of the prefix kon-, where there is no jotation, and Serbian orthography writes
# конјугација, конјугирати, конјунктив, конјунктивитис (the same dictionary has these too).
# Forms containing these Cyrillic strings are left out of the check and of the test corpus.
ORTHOGRAPHY_OVERRIDES = {
    "коњуг": "konjug- is конјуг- (con-jugatio; prefix boundary, no jotation)",
    "коњунк": "konjunk- is конјунк- (con-junctiva/con-junctio; prefix boundary, no jotation)",
}

# Stems not derived from the dictionary. Each is still checked against every dictionary form.
SUPPLEMENT = {
    "mlad|žen": "Mladženović = Младженовић: the surname is not in hunspell-sr; "
    "taken from the project's transliteration brief",
}

# Rules tied to the start (^) or the whole (^...$) of a word, for the split forms that no
# substring stem can cover without breaking a genuine word (кањон, Кромањонац, менаџер).
# Each is checked against every dictionary form: it must match only split forms.
ANCHORED = {
    "^an|jon": "анјон, анјона, ... (anion); a plain stem would split кањон",
    "^nad|že$": "надже; a plain stem would split менаџер",
}

CYR = "абвгдђежзијклљмнњопрстћуфхцчџш"
LAT = ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj",
       "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"]
TO_LAT = dict(zip(CYR, LAT))
TO_CYR = {lat: cyr for cyr, lat in TO_LAT.items()}
SPLITS = {"нј": "n|j", "лј": "l|j", "дж": "d|ž"}
PAIRS = ("lj", "nj", "dž")
PURE = re.compile("^[" + CYR + CYR.upper() + "'-]+$")


def fail(message):
    sys.exit("translit-exceptions: " + message)


# ---------------------------------------------------------------- reading the dictionaries

def load_affixes(path):
    """SFX/PFX rules of a Hunspell .aff with FLAG num and no conditions (as hunspell-sr has)."""
    suffixes, prefixes, cross = defaultdict(list), defaultdict(list), {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.split()
            if len(p) < 4 or p[0] not in ("SFX", "PFX"):
                continue
            if p[1] not in cross and p[2] in ("Y", "N") and p[3].isdigit() and len(p) == 4:
                cross[p[1]] = p[2] == "Y"
                continue
            if len(p) > 4 and p[4] != ".":
                fail("%s: affix conditions are not supported: %s" % (path, line.strip()))
            if "/" in p[3]:
                fail("%s: continuation flags are not supported: %s" % (path, line.strip()))
            strip = "" if p[2] == "0" else p[2]
            add = "" if p[3] == "0" else p[3]
            (suffixes if p[0] == "SFX" else prefixes)[p[1]].append((strip, add))
    return suffixes, prefixes, cross


def expand(dic_path, aff_path):
    """Every word form of a .dic: roots, suffixed, prefixed and cross-product forms.

    A root whose name ends in '_' (hunspell-sr's way of telling homographs apart) is not a word
    itself; neither is any form that keeps the '_'."""
    suffixes, prefixes, cross = load_affixes(aff_path)
    forms = set()
    with open(dic_path, encoding="utf-8") as f:
        next(f)  # the entry count
        for line in f:
            line = line.strip()
            if not line:
                continue
            root, _, flag_text = line.partition("/")
            flags = flag_text.split(",") if flag_text else []
            new = [root]
            crossable = [root]
            for flag in flags:
                for strip, add in suffixes.get(flag, ()):
                    if root.endswith(strip):
                        form = root[: len(root) - len(strip)] + add
                        new.append(form)
                        if cross.get(flag):
                            crossable.append(form)
            for flag in flags:
                for strip, add in prefixes.get(flag, ()):
                    for base in crossable if cross.get(flag) else [root]:
                        if base.startswith(strip):
                            new.append(add + base[len(strip):])
            forms.update(x for x in new if "_" not in x)
    return forms


def to_latin(word):
    """Cyrillic to Latin, keeping case (Љубав -> Ljubav, ЉУБАВ -> LJUBAV)."""
    all_caps = word.isupper() and sum(ch.isalpha() for ch in word) > 1
    out = []
    for ch in word:
        low = ch.lower()
        lat = TO_LAT.get(low)
        if lat is None:
            out.append(ch)
        elif ch == low:
            out.append(lat)
        else:
            out.append(lat.upper() if all_caps else lat[0].upper() + lat[1:])
    return "".join(out)


def marked(lower_cyr):
    """Lower-case Latin with '|' where Cyrillic has нј, лј or дж: инјекција -> in|jekcija."""
    out = []
    for i, ch in enumerate(lower_cyr):
        out.append(TO_LAT.get(ch, ch))
        if lower_cyr[i:i + 2] in SPLITS:
            out.append("|")
    return "".join(out)


def letters(s):
    return len(s.replace("|", ""))


# ---------------------------------------------------------------- choosing the stems

class Checker:
    """Whether a marked stem is right in every dictionary form that contains it."""

    def __init__(self, marked_words):
        self.marked = "\n" + "\n".join(marked_words) + "\n"
        self.plain = self.marked.replace("|", "")
        self.cache = {}

    @staticmethod
    def _count(haystack, needle):
        if any(needle[:k] == needle[-k:] for k in range(1, len(needle))):
            return len(re.findall("(?=%s)" % re.escape(needle), haystack))
        return haystack.count(needle)

    def ok(self, stem):
        if stem not in self.cache:
            plain = stem.replace("|", "")
            # every plain occurrence must be an occurrence of the marked stem (no other split,
            # none missing, in the stem's span)
            self.cache[stem] = self._count(self.plain, plain) == self._count(self.marked, stem)
        return self.cache[stem]

    def false_splits(self, stem, words):
        plain = stem.replace("|", "")
        return [w for w in words if plain in w.replace("|", "") and
                self._count(w.replace("|", ""), plain) != self._count(w, stem)]


def choose_stems(split_words, checker):
    occurrences = [(w, i) for w in split_words for i, ch in enumerate(w) if ch == "|"]
    candidates = set()
    uncoverable = []
    for w, i in occurrences:
        found = False
        for a in range(i - 1, -1, -1):
            if w[a] == "|" or letters(w[a:i]) < MIN_LEFT:
                continue
            for b in range(i + 2, len(w) + 1):
                stem = w[a:b]
                if stem.endswith("|") or letters(w[i + 1:b]) < MIN_RIGHT:
                    continue
                if letters(stem) < MIN_LETTERS:
                    continue
                if checker.ok(stem):
                    candidates.add(stem)
                    found = True
                    break  # a longer stem from the same start covers less
        if not found:
            uncoverable.append((w, i))
    cover = {}
    for stem in sorted(candidates):
        covered = set()
        for n, (w, i) in enumerate(occurrences):
            j = w.find(stem)
            while j != -1:
                if j < i < j + len(stem):
                    covered.add(n)
                j = w.find(stem, j + 1)
        cover[stem] = covered
    todo = set().union(*cover.values()) if cover else set()
    chosen = []
    while todo:
        # most splits covered; then the shortest; then the most letters before the split,
        # where Serbian puts the prefix (pod|žup rather than od|župa)
        best = min(cover, key=lambda s: (-len(cover[s] & todo), letters(s),
                                         -letters(s[:s.index("|")]), s))
        chosen.append(best)
        todo -= cover[best]
    for stem in sorted(chosen, key=lambda s: (len(cover[s]), s)):
        rest = [cover[o] for o in chosen if o != stem]
        if rest and cover[stem] <= set().union(*rest):
            chosen.remove(stem)
    return sorted(chosen), uncoverable


# ---------------------------------------------------------------- checking as glasnik does

def build_index(stems):
    index = defaultdict(list)
    for stem in stems:
        plain = stem.replace("|", "")
        offset = 0
        for i, ch in enumerate(stem):
            if ch == "|":
                index[plain[i - offset - 1:i - offset + 1]].append((plain, i - offset))
                offset += 1
    return index


def latin_to_cyrillic(lower_latin, index):
    """Lower-case Serbian Latin to Cyrillic: lj/nj/dž are one letter unless a stem splits them."""
    out = []
    i = 0
    while i < len(lower_latin):
        pair = lower_latin[i:i + 2]
        if pair in PAIRS and not any(
                i + 1 - k >= 0 and lower_latin.startswith(p, i + 1 - k) for p, k in index[pair]):
            out.append(TO_CYR[pair])
            i += 2
        else:
            out.append(TO_CYR.get(lower_latin[i], lower_latin[i]))
            i += 1
    return "".join(out)


# ---------------------------------------------------------------- source facts

def package_version():
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", PACKAGE], check=True,
                              capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        fail("%s is not installed: apt-get install -y %s" % (PACKAGE, PACKAGE))


def source_date():
    """SOURCE_DATE_EPOCH if set, else the date of the package's latest Debian changelog entry."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return time.strftime("%Y-%m-%d", time.gmtime(int(os.environ["SOURCE_DATE_EPOCH"])))
    with gzip.open(CHANGELOG, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith(" -- "):
                stamp = line.split(">", 1)[1].strip()
                return time.strftime("%Y-%m-%d", time.strptime(stamp[:25], "%a, %d %b %Y %H:%M:%S"))
    fail("no date in " + CHANGELOG)


def serbian_licence():
    """The licence and copyright holders of dictionaries/sr/* in the package's copyright file."""
    with open(COPYRIGHT, encoding="utf-8") as f:
        for block in f.read().split("\n\n"):
            if not block.startswith("Files: dictionaries/sr/"):
                continue
            holders, licence, field = [], None, None
            for line in block.split("\n"):
                if line.startswith("Copyright:"):
                    field = "c"
                    holders.append(line.split(":", 1)[1].strip())
                elif line.startswith("License:"):
                    field = "l"
                    licence = line.split(":", 1)[1].strip()
                elif line.startswith(" ") and field == "c":
                    holders.append(line.strip())
                else:
                    field = None
            return licence, holders
    fail("no dictionaries/sr/* stanza in " + COPYRIGHT)


# ---------------------------------------------------------------- main

def generate():
    for name in (CYR_DIC, CYR_AFF, LAT_DIC, LAT_AFF):
        if not os.path.exists(os.path.join(HUNSPELL_DIR, name)):
            fail("%s/%s is missing: apt-get install -y %s" % (HUNSPELL_DIR, name, PACKAGE))
    version = package_version()
    date = source_date()
    licence, holders = serbian_licence()

    cyr_forms = expand(os.path.join(HUNSPELL_DIR, CYR_DIC), os.path.join(HUNSPELL_DIR, CYR_AFF))
    lat_forms = expand(os.path.join(HUNSPELL_DIR, LAT_DIC), os.path.join(HUNSPELL_DIR, LAT_AFF))
    if {to_latin(w) for w in cyr_forms} != lat_forms:
        fail("the Latin dictionary is not the transliteration of the Cyrillic one any more; "
             "review the method before regenerating")

    # Every form with a Cyrillic letter takes part in the check (a few forms carry a Latin
    # homoglyph 'o' by a dictionary slip, e.g. Ђорђевцoм); only pure ones go to the corpus.
    cyrillic = sorted(w for w in cyr_forms if any(ch.lower() in TO_LAT for ch in w))
    pure = [w for w in cyrillic if PURE.match(w)]
    overridden = [w for w in cyrillic if any(o in w.lower() for o in ORTHOGRAPHY_OVERRIDES)]
    overridden_set = set(overridden)
    checked = sorted({marked(w.lower()) for w in cyrillic if w not in overridden_set})
    split_words = sorted({m for m in checked if "|" in m})

    checker = Checker(checked)
    stems, uncoverable = choose_stems(split_words, checker)
    for stem, why in SUPPLEMENT.items():
        if not checker.ok(stem):
            fail("supplement stem %s would split a genuine digraph in: %s"
                 % (stem, checker.false_splits(stem, checked)[:10]))
        stems.append(stem)
    stems = sorted(set(stems))

    # Transliterate the whole dictionary back with the stems, as glasnik does: no genuine
    # digraph may be split, and the only splits missed must be the uncoverable ones.
    index = build_index(stems)
    wrong = set()
    for m in checked:
        plain = m.replace("|", "")
        if any(p in plain for p in PAIRS) and latin_to_cyrillic(plain, index) != from_marked(m):
            wrong.add(m)
    false_splits = sorted(m for m in wrong if "|" not in m)
    if false_splits:
        fail("stems split genuine digraphs in: %s" % false_splits[:20])
    if wrong != {w for w, _ in uncoverable}:
        fail("unexpected misses: %s" % sorted(wrong ^ {w for w, _ in uncoverable})[:20])

    # The anchored rules must cover exactly the misses and touch no genuine digraph.
    def anchored_match(rule, plain):
        core = rule.strip("^$").replace("|", "")
        if rule.startswith("^") and rule.endswith("$"):
            return plain == core
        return plain.startswith(core)
    covered = set()
    for m in checked:
        plain = m.replace("|", "")
        for rule in ANCHORED:
            if anchored_match(rule, plain):
                if rule.strip("^$") not in m:
                    fail("anchored rule %s would split a genuine digraph in %s" % (rule, m))
                covered.add(m)
    if not wrong <= covered:
        fail("misses not covered by the anchored rules: %s" % sorted(wrong - covered)[:20])

    split_pure = [w for w in pure if w not in overridden_set
                  and any(s in w.lower() for s in SPLITS)]
    split_set = set(split_pure)
    digraph_pure = [w for w in pure if w not in overridden_set and w not in split_set
                    and any(ch in "љњџ" for ch in w.lower())]
    digraph_set = set(digraph_pure)
    other_pure = [w for w in pure if w not in overridden_set and w not in split_set
                  and w not in digraph_set]
    missed_words = [w for w in split_pure if marked(w.lower()) in wrong]

    def sample(words):
        step = max(1, -(-len(words) // SAMPLE_SIZE))
        return words[::step], step

    digraph_sample, digraph_step = sample(digraph_pure)
    other_sample, other_step = sample(other_pure)

    source = [
        "Source: Debian package %s %s (Serbian Hunspell dictionaries from LibreOffice's"
        % (PACKAGE, version),
        "  dictionaries/sr), files %s/%s and %s, package date %s."
        % (HUNSPELL_DIR, CYR_DIC, LAT_DIC, date),
        "Copyright: %s." % "; ".join(holders),
        "Licence of the source (and of this derived file): %s, at your option" % licence,
        "  (see /usr/share/doc/%s/copyright). This file is distributed under MPL-1.1." % PACKAGE,
        "Generated by tools/translit-exceptions.py; do not edit by hand, rerun the script.",
    ]

    stems_text = ["# Serbian Latin stems in which lj, nj or dž are two letters, not one.",
                  "# One stem a line, lower case, matched case-insensitively anywhere in a word;",
                  "# '|' marks where the two letters part: in|jekc gives инјекција, not ињекција."]
    stems_text += ["# " + line for line in source]
    stems_text += [
        "# Derived: every dictionary word form was expanded from the affix rules; the forms whose",
        "#   Cyrillic has нј, лј or дж are the splits. Each stem is a substring around a split",
        "#   (at least %d letters, %d before and %d after the split) such that every form of the"
        % (MIN_LETTERS, MIN_LEFT, MIN_RIGHT),
        "#   dictionary (%d) containing it has exactly those splits there; a greedy cover keeps"
        % len(cyrillic),
        "#   few stems, and the whole dictionary is transliterated back with them as a check.",
        "# Orthography over the dictionary: its forms with %s (%d forms) contradict"
        % (", ".join(sorted(ORTHOGRAPHY_OVERRIDES)), len(overridden)),
        "#   Serbian orthography (konjugacija is конјугација, konjunktiv конјунктив: kon- is a",
        "#   prefix, no jotation at its boundary) and are ignored.",
        "# %d stems cover %d of the dictionary's %d split forms; %d forms need a whole-word rule"
        % (len(stems), len(split_words) - len(wrong), len(split_words), len(wrong)),
        "#   (no substring stem fits without breaking a genuine word): %s."
        % ", ".join(missed_words),
    ]
    for stem, why in sorted(SUPPLEMENT.items()):
        stems_text.append("# Not from the dictionary: %s (%s)." % (stem, why))
    stems_text += stems
    stems_text.append("# Tied to the start (^) or the whole (^...$) of a word, for the forms above that")
    stems_text.append("#   no stem can cover; checked against the whole dictionary like the stems.")
    for rule, why in sorted(ANCHORED.items()):
        stems_text.append("# %s: %s" % (rule, why))
        stems_text.append(rule)

    pairs = ["# Serbian Latin<TAB>Cyrillic word pairs for testing Latin-to-Cyrillic transliteration."]
    pairs += ["# " + line for line in source]
    pairs += [
        "# Section 1: every dictionary form with нј, лј or дж (%d): lj/nj/dž are two letters."
        % len(split_pure),
        "#   Not expressible as substring stems (a stem would break a genuine word): %s."
        % ", ".join(missed_words),
        "# Section 2: every %dth form (in code point order) with љ, њ or џ, which are one letter"
        % digraph_step,
        "#   (%d of %d)." % (len(digraph_sample), len(digraph_pure)),
        "# Section 3: every %dth other form (%d of %d)." % (other_step, len(other_sample),
                                                         len(other_pure)),
        "# Left out: the dictionary's forms with %s, which contradict Serbian orthography."
        % ", ".join(sorted(ORTHOGRAPHY_OVERRIDES)),
    ]
    for title, words in (("# Section 1", split_pure), ("# Section 2", digraph_sample),
                         ("# Section 3", other_sample)):
        pairs.append(title)
        pairs += ["%s\t%s" % (to_latin(w), w) for w in words]

    report = {
        "version": version, "stems": len(stems), "split forms": len(split_words),
        "split forms right": len(split_words) - len(wrong), "missed": missed_words,
        "overridden forms": len(overridden), "pairs": len(pairs),
    }
    return "\n".join(stems_text) + "\n", "\n".join(pairs) + "\n", report


def from_marked(m):
    """The Cyrillic of a marked lower-case Latin form (in|jekcija -> инјекција)."""
    out = []
    i = 0
    while i < len(m):
        if m[i] == "|":
            i += 1
            continue
        pair = m[i:i + 2]
        if pair in PAIRS:
            out.append(TO_CYR[pair])
            i += 2
        else:
            out.append(TO_CYR.get(m[i], m[i]))
            i += 1
    return "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the files in the tree; exit 1 if they differ")
    args = parser.parse_args()
    stems_text, pairs_text, report = generate()
    outputs = ((STEMS_OUT, stems_text), (PAIRS_OUT, pairs_text))
    if args.check:
        stale = []
        for path, text in outputs:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        stale.append(path)
            except FileNotFoundError:
                stale.append(path)
        if stale:
            print("out of date: " + ", ".join(os.path.relpath(p, ROOT) for p in stale))
            sys.exit(1)
        print("up to date")
        return
    for path, text in outputs:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("wrote " + os.path.relpath(path, ROOT))
    for key, value in report.items():
        print("%s: %s" % (key, value))


if __name__ == "__main__":
    main()
