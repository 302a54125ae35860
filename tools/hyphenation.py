#!/usr/bin/env python3
"""Regenerate glasnik's PDF hyphenation patterns and their test corpus.

Reads the LibreOffice/Hyphen pattern files of Debian's hyphen-sr, hyphen-en-gb and
hyphen-en-us packages (``apt-get install hyphen-sr hyphen-en-gb hyphen-en-us``) and rewrites,
deterministically:

  src/main/resources/glasnik/hyphenation/{sr-Cyrl,sr-Latn,en-GB,en-US}.xml
      the same patterns in OpenPDF's XML format (read by HyphenationTree.loadSimplePatterns);
  src/main/resources/glasnik/hyphenation/README.md
      where each file comes from: package, version, source file, copyright and licence;
  src/test/resources/rs/glasnik/render/pdf/typeset/hyphenation-corpus.tsv
      ``language<TAB>word<TAB>hyphenated`` for real words (the Serbian words of
      src/test/resources/rs/glasnik/translit/dictionary-pairs.tsv and of the example releases,
      the English words of the example releases), hyphenated here, independently of OpenPDF,
      by Liang's algorithm over the ORIGINAL .dic patterns and glasnik's word rules.

Run from anywhere: ``python3 tools/hyphenation.py`` (``--check`` only compares the committed
files with what would be written and exits 1 when they differ;
``--hyphenate LANG WORD...`` prints the reference hyphenation of some words). Standard library
only.

The .dic format. Line 1 names the charset. Then optional header lines (LEFTHYPHENMIN,
RIGHTHYPHENMIN, COMPOUNDLEFTHYPHENMIN, COMPOUNDRIGHTHYPHENMIN, NOHYPHEN), '%' comments, and
one Liang pattern a line. Two Hyphen extensions have no equivalent in OpenPDF's patterns:
NEXTLEVEL (a second pattern level for compound words) and non-standard patterns
(``c1k/k=k,1,2``: a spelling change at the break). None of the four files has either; the
script stops with an error if one ever does, rather than guess (dropping the change would put
a plain hyphen where the spelling must change).

The minimums. glasnik's left/right minimums (MINIMUMS below, the same numbers as in
Hyphenation.java) must be at least the .dic's LEFTHYPHENMIN/RIGHTHYPHENMIN; the script checks
that. The COMPOUND* minimums belong to NEXTLEVEL and are not used: an explicit hyphen splits a
word into parts, each hyphenated with the ordinary minimums.

The word rules (the same as Hyphenation.points): a word that contains anything but letters,
apostrophes (' ’) and hyphens (- ‐ ‑) gets no points. Apostrophes and hyphens cut it into
letter runs, each hyphenated on its own, so there is never a point next to one and at least
the minimum number of letters between a hyphen and a point. A run gets no points if it has
fewer than 5 letters, no lower-case letter (abbreviations, capitals), or a letter that does
not occur in the patterns. Otherwise it is lower-cased letter by letter and its points are the
odd inter-letter values of Liang's algorithm, at least LEFT letters from its start and RIGHT
from its end. In sr-Latn, a point between l and j, n and j or d and ž is dropped: the Latin
patterns break those pairs only at a few word starts (digraph_breakers), right for injekcija
(инјекција) and nadživeti (надживети) but wrong for Odžić (Оџић) or odžepariti (оџепарити),
and a Latin word does not say which it is. For the same reason a Latin lj, nj or dž counts
as one letter towards the minimums (no Beča-nj for Бе-чањ).

Two rules on top (docs/hyphenation.md). Serbian breaks after a prefix that ends in a consonant
(src/main/resources/glasnik/hyphenation/sr-prefixes.txt, read here and by Prefixes.java):
the boundary replaces the patterns' breaks in its consonant cluster (бе-збед-но-сти becomes
без-бед-но-сти). en-GB breaks only where the en-US patterns agree (sec-retary, not Secret-ary).
"""

import argparse
import gzip
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HYPHEN_DIR = "/usr/share/hyphen"
OUT_DIR = os.path.join(ROOT, "src/main/resources/glasnik/hyphenation")
CORPUS_OUT = os.path.join(ROOT, "src/test/resources/rs/glasnik/render/pdf/typeset/hyphenation-corpus.tsv")
PAIRS_IN = os.path.join(ROOT, "src/test/resources/rs/glasnik/translit/dictionary-pairs.tsv")
RELEASES = os.path.join(ROOT, "examples/releases")

# language -> (Debian package, pattern file, the copyright stanza that covers the file)
SOURCES = {
    "sr-Cyrl": ("hyphen-sr", "hyph_sr_RS.dic", "dictionaries/sr/*"),
    "sr-Latn": ("hyphen-sr", "hyph_sr-Latn_RS.dic", "dictionaries/sr/*"),
    "en-GB": ("hyphen-en-gb", "hyph_en_GB.dic", "dictionaries/en/hyph_en_GB.dic"),
    "en-US": ("hyphen-en-us", "hyph_en_US.dic", "*"),
}

# (left, right): letters that must stay before and after a break. Serbian 2/2: Pravopis forbids
# leaving or carrying a single letter, and the patterns say 2/2. English 2/3, as the patterns
# (and TeX's English) say. Keep in step with Hyphenation.java.
MINIMUMS = {"sr-Cyrl": (2, 2), "sr-Latn": (2, 2), "en-GB": (2, 3), "en-US": (2, 3)}

MIN_LETTERS = 5
APOSTROPHES = "'\u2019"
HYPHENS = "-\u2010\u2011"
MARK = "\u00b7"  # the break mark of the corpus: ми·ни·стар
HEADER_KEYS = ("LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN",
               "COMPOUNDRIGHTHYPHENMIN", "NOHYPHEN")

CYR = "абвгдђежзијклљмнњопрстћуфхцчџш"
LAT = ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj",
       "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"]
TO_LAT = dict(zip(CYR, LAT))
DIGRAPHS = {"l": "j", "n": "j", "d": "ž"}


def fail(message):
    sys.exit("hyphenation: " + message)


# ---------------------------------------------------------------- reading the .dic files

class Dic:
    """One Hyphen pattern file: charset, header values and patterns in file order."""

    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            raw = f.read()
        first, _, rest = raw.partition(b"\n")
        self.charset = first.decode("ascii").strip()
        text = rest.decode(self.charset)
        self.header = {}
        self.patterns = []  # as written: ".a2ch4"
        self.values = {}  # letters -> inter-letter values, ".ach" -> [0, 0, 2, 4]
        for number, line in enumerate(text.split("\n"), 2):
            line = line.strip()
            if not line or line.startswith("%") or line.startswith("#"):
                continue
            word = line.split()[0]
            if word in HEADER_KEYS:
                self.header[word] = line.split()[1] if len(line.split()) > 1 else ""
                continue
            if word == "NEXTLEVEL":
                fail("%s:%d: NEXTLEVEL (compound patterns) is not supported" % (path, number))
            if "/" in line or "=" in line:
                fail("%s:%d: non-standard pattern %r is not supported" % (path, number, line))
            letters = re.sub(r"\d", "", line)
            if " " in line or re.search(r"\d\d", line) or "." in letters[1:-1] or not letters:
                fail("%s:%d: not a pattern: %r" % (path, number, line))
            values = [0] * (len(letters) + 1)
            position = 0
            for ch in line:
                if ch.isdigit():
                    values[position] = int(ch)
                else:
                    position += 1
            if letters in self.values:
                fail("%s:%d: duplicate pattern %r" % (path, number, line))
            self.values[letters] = values
            self.patterns.append(line)
        self.longest = max(len(k) for k in self.values)
        self.alphabet = sorted({ch for k in self.values for ch in k if ch != "."})

    def minimum(self, key):
        return int(self.header.get(key, "0") or 0)


def package_version(package):
    return subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package], check=True,
                          capture_output=True, text=True).stdout.strip()


def copyright_stanza(package, files):
    """The Files stanza of /usr/share/doc/<package>/copyright whose Files line names `files`."""
    with open("/usr/share/doc/%s/copyright" % package, encoding="utf-8") as f:
        paragraphs = f.read().split("\n\n")
    for paragraph in paragraphs:
        lines = paragraph.strip("\n").split("\n")
        if lines[0].startswith("Files:") and files in lines[0][len("Files:"):].split():
            return "\n".join(lines)
    fail("no 'Files: %s' in the copyright of %s" % (files, package))


def load():
    dics = {}
    for language, (package, name, _) in SOURCES.items():
        path = os.path.join(HYPHEN_DIR, name)
        if not os.path.exists(path):
            fail("%s is missing: apt-get install %s" % (path, package))
        dic = Dic(path)
        left, right = MINIMUMS[language]
        if left < dic.minimum("LEFTHYPHENMIN") or right < dic.minimum("RIGHTHYPHENMIN"):
            fail("%s: glasnik's minimums %d/%d are below the file's %s/%s" % (
                name, left, right, dic.header.get("LEFTHYPHENMIN"), dic.header.get("RIGHTHYPHENMIN")))
        dics[language] = dic
    return dics


def digraph_breakers(dic):
    """The Latin patterns that can break lj, nj or dž, as written.

    A break needs an odd value, and a position takes the highest value of all patterns that
    match there. The patterns l2j, n2j and d2ž put 2 between every such pair, so only an odd
    value of 3 or more can break one: from a pattern with the pair inside, one that starts with
    the j/ž, or one that ends with the l/n/d."""
    for first, second in DIGRAPHS.items():
        if dic.values.get(first + second, [0, 0, 0])[1] < 2:
            fail("sr-Latn: no %s2%s pattern; the analysis below assumes one" % (first, second))
    found = []
    for pattern in dic.patterns:
        letters = re.sub(r"\d", "", pattern)
        values = dic.values[letters]
        for i, v in enumerate(values):
            if v < 3 or v % 2 == 0:
                continue
            before = letters[i - 1] if i > 0 else None
            after = letters[i] if i < len(letters) else None
            if (before in DIGRAPHS and after in (None, DIGRAPHS[before])) or (
                    before is None and after in DIGRAPHS.values()):
                found.append(pattern)
                break
    return found


# ---------------------------------------------------------------- Liang's algorithm and the rules

def lower(ch):
    """Java's Character.toLowerCase(char): a one-to-one, locale-free mapping."""
    low = ch.lower()
    return low if len(low) == 1 else ch


def liang(dic, word):
    """Inter-letter values of a lower-case word; index i is the value before word[i]."""
    padded = "." + word + "."
    values = [0] * (len(padded) + 1)
    for start in range(len(padded)):
        for end in range(start + 1, min(len(padded), start + dic.longest) + 1):
            pattern = dic.values.get(padded[start:end])
            if pattern:
                for k, v in enumerate(pattern):
                    if v > values[start + k]:
                        values[start + k] = v
    return values[1:len(word) + 1]


PREFIXES_IN = os.path.join(OUT_DIR, "sr-prefixes.txt")
# The consonants that may follow a prefix of each class (sr-prefixes.txt explains them).
FOLLOWERS = {
    "voiced": ("бвгдђжзјлљмнњрџ", "bvgdđžzjlmnr"),
    "voiced-sš": ("бвгдђжзјлљмнњрџсш", "bvgdđžzjlmnrsš"),
    "voiceless": ("пкфхцч", "pkfhcč"),
}
VOWELS = "аеиоуaeiou"
# For each language whose patterns need another's agreement: that language.
AGREEING = {"en-GB": "en-US"}


def read_prefixes():
    """{script index (0 Cyrillic, 1 Latin): ([(prefix, followers)], [exception])}, longest first."""
    out = {0: ([], []), 1: ([], [])}
    with open(PREFIXES_IN, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("! "):
                fields = line[2:].split("\t")
                for script in (0, 1):
                    out[script][1].append(fields[script])
                continue
            fields = line.split("\t")
            if fields[2] not in FOLLOWERS:
                fail("%s: unknown class in %r" % (PREFIXES_IN, line))
            for script in (0, 1):
                out[script][0].append((fields[script], FOLLOWERS[fields[2]][script]))
    for script in (0, 1):
        out[script][0].sort(key=lambda p: -len(p[0]))
    return out


PREFIXES = read_prefixes()


def vowel_at(low, i):
    """Whether low[i] is a vowel, or an r with no vowel beside it (врх, срп-ски)."""
    if low[i] in VOWELS:
        return True
    return (low[i] in "рr" and (i == 0 or low[i - 1] not in VOWELS)
            and (i + 1 == len(low) or low[i + 1] not in VOWELS))


def prefix_boundary(low, latin):
    """Where the prefix of a lower-case Serbian word ends (the offset after it), or None."""
    prefixes, exceptions = PREFIXES[1 if latin else 0]
    if any(low.startswith(e) for e in exceptions):
        return None
    starts = [0]
    lead = ("naj", "ne") if latin else ("нај", "не")
    for l in lead:
        if low.startswith(l):
            starts = [len(l), 0]
            break
    for start in starts:
        for prefix, followers in prefixes:
            if not low.startswith(prefix, start):
                continue
            b = start + len(prefix)
            found = None
            if b + 2 <= len(low) and low[b] in followers:
                split_dz = latin and low[b - 1] == "d" and low[b] == "ž"
                if (not vowel_at(low, b) and not split_dz
                        and any(vowel_at(low, i) for i in range(b + 1, len(low)))):
                    found = b
            if found is not None:
                return found
            break
    return None


def with_boundary(low, breaks, b):
    """The breaks with the prefix boundary instead of those around its consonant cluster."""
    first = b - 1
    while first > 0 and not vowel_at(low, first - 1):
        first -= 1
    last = b
    while last < len(low) and not vowel_at(low, last):
        last += 1
    return sorted([i for i in breaks if i < first or i > last] + [b])


def points(language, dics, word):
    """glasnik's break points of a word: offsets where a line may break with a hyphen."""
    dic = dics[language]
    for ch in word:
        if ord(ch) > 0xFFFF:
            return []
        if not (ch.isalpha() or ch in APOSTROPHES or ch in HYPHENS):
            return []
    left, right = MINIMUMS[language]
    latin = language == "sr-Latn"
    found = []
    for run in re.finditer("[^" + re.escape(APOSTROPHES + HYPHENS) + "]+", word):
        text = run.group()
        if not any(ch.islower() for ch in text):
            continue
        low = "".join(lower(ch) for ch in text)
        # letters before each offset; in Latin, lj, nj and dž are one letter (Бечањ: no Beča-nj)
        before = [0]
        for i in range(len(low)):
            before.append(before[-1] + (0 if latin and i > 0 and completes_digraph(low, i) else 1))
        letters = before[-1]
        if letters < MIN_LETTERS or any(ch not in dic.alphabet for ch in low):
            continue
        values = liang(dic, low)
        # The patterns' breaks within the minimums (counted in chars, as Liang's algorithm does).
        breaks = [i for i in range(1, len(low)) if values[i] % 2 and left <= i <= len(low) - right]
        if language in AGREEING:
            other = liang(dics[AGREEING[language]], low)
            breaks = [i for i in breaks if other[i] % 2]
        if language.startswith("sr-"):
            b = prefix_boundary(low, latin)
            if b is not None:
                breaks = with_boundary(low, breaks, b)
        for i in breaks:
            if (before[i] >= left and letters - before[i] >= right
                    and not (latin and completes_digraph(low, i))):
                found.append(run.start() + i)
    return found


def completes_digraph(low, i):
    """Whether low[i] is the j of lj/nj or the ž of dž (so a break before it would split one)."""
    return DIGRAPHS.get(low[i - 1]) == low[i]


def marked(word, breaks):
    out = []
    for i, ch in enumerate(word):
        if i in breaks:
            out.append(MARK)
        out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- writing the XML and README

def xml(language, dic, version):
    package, name, _ = SOURCES[language]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- %s hyphenation patterns for glasnik's PDF renderer. Generated by tools/hyphenation.py"
        % language,
        "     from %s/%s (%s) of Debian's %s %s; do not edit by hand."
        % (HYPHEN_DIR, name, dic.charset, package, version),
        "     Copyright and licence: README.md in this folder. -->",
        "<hyphenation-info>",
        '<hyphen-char value="-"/>',
        "<classes>",
    ]
    lines.extend(dic.alphabet)
    lines.append("</classes>")
    lines.append("<patterns>")
    for pattern in dic.patterns:
        if any(ch in pattern for ch in "<>&"):
            fail("%s: pattern %r needs XML escaping" % (name, pattern))
        lines.append(pattern)
    lines.append("</patterns>")
    lines.append("</hyphenation-info>")
    return "\n".join(lines) + "\n"


def readme(dics, versions):
    out = [
        "# Hyphenation patterns",
        "",
        "Liang patterns for the PDF renderer (`rs.glasnik.render.pdf.Hyphenation`), converted from",
        "the LibreOffice/Hyphen `.dic` files of Debian packages into the XML that OpenPDF's",
        "`HyphenationTree.loadSimplePatterns` reads (`<classes>`: one letter a line;",
        "`<patterns>`: one pattern a line, unchanged; no `<exceptions>`, the sources have none).",
        "Generated by `tools/hyphenation.py`; do not edit by hand: install the packages and rerun",
        "it. See `docs/hyphenation.md`.",
        "",
        "| file | Debian package | source file (charset) | patterns | .dic minimums | glasnik's |",
        "|---|---|---|---|---|---|",
    ]
    for language, (package, name, _) in SOURCES.items():
        dic = dics[language]
        out.append("| `%s.xml` | %s %s | `%s/%s` (%s) | %d | %s/%s | %d/%d |" % (
            language, package, versions[package], HYPHEN_DIR, name, dic.charset,
            len(dic.patterns), dic.header.get("LEFTHYPHENMIN", "-"),
            dic.header.get("RIGHTHYPHENMIN", "-"), *MINIMUMS[language]))
    breakers = digraph_breakers(dics["sr-Latn"])
    out += [
        "",
        "`sr-Latn.xml` has %d patterns that break Latin lj, nj or dž at the start of a word:" % len(
            breakers),
        " ".join("`%s`" % p for p in breakers) + ".",
        "They are right where the pair is two Serbian letters (injekcija = инјекција, nadživeti =",
        "надживети) and wrong where it is one (Odžić = Оџић, odžepariti = оџепарити), so",
        "`Hyphenation` drops every break inside a Latin lj, nj or dž.",
    ]
    out += [
        "",
        "The converted files are a change of format only: the same patterns, in UTF-8. They",
        "keep the copyright and the licence of their source, as Debian states them in",
        "`/usr/share/doc/<package>/copyright` (copied below; the full licence texts are there",
        "and in `/usr/share/common-licenses/`).",
    ]
    for language, (package, name, files) in SOURCES.items():
        out += ["", "## `%s.xml`" % language, "",
                "From `%s` in Debian's %s %s. Debian's copyright file says:" % (
                    name, package, versions[package]), "", "```"]
        out.append(copyright_stanza(package, files))
        out.append("```")
        if language == "en-US":
            out += [
                "",
                "hyphen-en-us is built from the Hyphen library's source, and Debian's copyright",
                "file for it has only the stanza above, which covers that whole source. The",
                "copyright file of the LibreOffice dictionaries (for example in hyphen-en-gb) says",
                "of its own copy of `hyph_en_US.dic`:",
                "",
                "```",
                copyright_stanza("hyphen-en-gb", "dictionaries/en/hyph_en_US.dic"),
                "```",
            ]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- the test corpus

def tokens(text):
    """Whitespace-separated tokens without surrounding punctuation, if they contain a letter."""
    for raw in text.split():
        start, end = 0, len(raw)
        while start < end and not raw[start].isalnum():
            start += 1
        while end > start and not raw[end - 1].isalnum():
            end -= 1
        token = raw[start:end]
        if any(ch.isalpha() for ch in token) and "\t" not in token and MARK not in token:
            yield token


def to_latin(word):
    caps = sum(ch.isupper() for ch in word) > 1 and not any(ch.islower() for ch in word)
    out = []
    for ch in word:
        lat = TO_LAT.get(ch.lower())
        if lat is None:
            out.append(ch)
        elif ch.isupper():
            out.append(lat.upper() if caps else lat[0].upper() + lat[1:])
        else:
            out.append(lat)
    return "".join(out)


def release_words():
    """(Cyrillic tokens, English tokens) of the example releases.

    A YAML key `en:` opens English text that runs while lines are indented deeper than the key;
    Cyrillic tokens are taken from anywhere."""
    cyrillic, english = [], []
    for name in sorted(os.listdir(RELEASES)):
        path = os.path.join(RELEASES, name, "release.yaml")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            scope = None  # indentation of the open `en:` key
            for line in f:
                stripped = line.strip()
                if not stripped or stripped.startswith("#"):
                    continue
                indent = len(line) - len(line.lstrip(" "))
                if scope is not None and indent <= scope:
                    scope = None
                match = re.match(r"(\s*)(?:- )?(en|sr-Cyrl|sr-Latn):\s*(.*)$", line)
                text = stripped
                if match:
                    text = match.group(3)
                    if match.group(2) == "en":
                        if scope is None:
                            scope = len(match.group(1))
                    elif scope is not None and len(match.group(1)) <= scope:
                        scope = None
                for token in tokens(text):
                    if re.search("[\u0400-\u04ff]", token):
                        cyrillic.append(token)
                    elif scope is not None and (match is None or match.group(2) == "en"):
                        english.append(token)
    return cyrillic, english


def dictionary_pairs():
    pairs = []
    with open(PAIRS_IN, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            latin, cyrillic = line.rstrip("\n").split("\t")
            pairs.append((latin, cyrillic))
    return pairs


def cyrillic_on_latin(cyrillic, latin, breaks):
    """The Cyrillic break offsets moved onto the Latin spelling (љ -> lj is two chars)."""
    offsets, position = [], 0
    for ch in cyrillic:
        offsets.append(position)
        lat = TO_LAT.get(ch.lower())
        position += len(lat) if lat else 1
    if position != len(latin):
        return None
    return [offsets[b] for b in breaks]


def corpus(dics):
    pairs = dictionary_pairs()
    cyrillic, english = release_words()
    words = {
        "sr-Cyrl": [c for _, c in pairs] + cyrillic,
        "sr-Latn": [l for l, _ in pairs] + [to_latin(w) for w in cyrillic],
        "en-GB": english,
        "en-US": english,
    }
    lines = [
        "# Hyphenation test corpus: language<TAB>word<TAB>the word with a " + MARK + " at each break.",
        "# Generated by tools/hyphenation.py (Liang's algorithm over the original Debian .dic",
        "#   patterns, independent of OpenPDF, and glasnik's word rules); do not edit by hand.",
        "# Words: Serbian from src/test/resources/rs/glasnik/translit/dictionary-pairs.tsv and the",
        "#   example releases (sr-Latn of the releases transliterated from their Cyrillic); English",
        "#   from the English text of the example releases, for both en-GB and en-US.",
    ]
    counts = {}
    for language, dic in dics.items():
        unique = sorted(set(words[language]))
        counts[language] = (len(unique), 0)
        broken = 0
        for word in unique:
            breaks = points(language, dics, word)
            broken += bool(breaks)
            lines.append("%s\t%s\t%s" % (language, word, marked(word, set(breaks))))
        counts[language] = (len(unique), broken)
    return "\n".join(lines) + "\n", counts, agreement(dics, pairs)


def agreement(dics, pairs):
    """How often the Cyrillic and the Latin patterns break a dictionary pair differently.

    Counted apart for the pairs whose Cyrillic has нј, лј or дж (two letters that Latin writes
    like the one letter њ, љ, џ, so Latin never breaks between them) and the others."""
    counts = {True: [0, 0, []], False: [0, 0, []]}  # has нј/лј/дж -> compared, differ, examples
    for latin, cyrillic in pairs:
        mapped = cyrillic_on_latin(cyrillic, latin, points("sr-Cyrl", dics, cyrillic))
        if mapped is None:
            fail("dictionary pair %s %s: the Latin is not the Cyrillic transliterated" % (
                latin, cyrillic))
        entry = counts[any(pair in cyrillic.lower() for pair in ("нј", "лј", "дж"))]
        entry[0] += 1
        own = points("sr-Latn", dics, latin)
        if mapped != own:
            entry[1] += 1
            entry[2].append("%s %s (from Cyrillic: %s)" % (
                marked(cyrillic, set(points("sr-Cyrl", dics, cyrillic))),
                marked(latin, set(own)), marked(latin, set(mapped))))
    return counts


# ---------------------------------------------------------------- main

def generate():
    dics = load()
    versions = {p: package_version(p) for p, _, _ in SOURCES.values()}
    outputs = [(os.path.join(OUT_DIR, language + ".xml"), xml(language, dics[language],
                                                            versions[SOURCES[language][0]]))
               for language in SOURCES]
    outputs.append((os.path.join(OUT_DIR, "README.md"), readme(dics, versions)))
    corpus_text, counts, agree = corpus(dics)
    outputs.append((CORPUS_OUT, corpus_text))
    report = ["%s: %d words, %d with breaks" % (lang, *counts[lang]) for lang in counts]
    for split, label in ((False, "without нј/лј/дж"), (True, "with нј/лј/дж")):
        compared, differ, examples = agree[split]
        report.append("Cyrillic and Latin disagree on %d of %d dictionary pairs %s (%.2f%%), e.g.:"
                      % (differ, compared, label, 100.0 * differ / max(compared, 1)))
        report.extend("  " + e for e in examples[:12])
    return outputs, report


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the files in the tree; exit 1 if they differ")
    parser.add_argument("--hyphenate", nargs="+", metavar=("LANG", "WORD"),
                        help="print the reference hyphenation of words (LANG: %s)" % ", ".join(SOURCES))
    args = parser.parse_args()
    if args.hyphenate:
        language, *words = args.hyphenate
        if language not in SOURCES:
            fail("unknown language %r" % language)
        dics = load()
        for word in words:
            print(marked(word, set(points(language, dics, unicodedata.normalize("NFC", word)))))
        return
    outputs, report = generate()
    if args.check:
        stale = []
        for path, text in outputs:
            try:
                with open(path, encoding="utf-8", newline="") as f:
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
    print("\n".join(report))


if __name__ == "__main__":
    main()
