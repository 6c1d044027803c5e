"""Candidate Indonesian event triggers for every CAMEO code, for curating data/events_codebook.toml.

``warta build events`` reads PETRARCH2's English verb dictionary (CAMEO.2.0.txt: verb groups,
each verb and each pattern with a CAMEO code), the FreeDict English→Indonesian dictionary
(dictd) and the Indonesian thesaurus (MyThes, ISO-8859-1), and writes one TSV row per English
verb or pattern of a code: its Indonesian translations, their thesaurus neighbours and the
roots (warta.morphology.root_of) of both, plus a row per code with the roots that several of its
verbs and patterns reach. Codes without any English verb get an empty row, so every code of
CAMEO.eventcodes.txt is listed. The output is sorted and so the same on every run.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from warta.morphology import root_of

OUTPUT = Path(__file__).with_name("events_candidates.tsv")
PETRARCH = "data/ontology/petrarch2/CAMEO.2.0.txt"
EVENT_CODES = "data/ontology/CAMEO.eventcodes.txt"
FREEDICT = "data/lexicon/freedict-eng-ind/freedict-eng-ind"
THESAURUS = "data/lexicon/thesaurus-id/th_id_ID_v2.dat"
COLUMNS = ("cameo", "description", "kind", "english", "pattern", "indonesian", "object", "neighbours", "roots")
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
CODE = re.compile(r"\[([^\]]*)\]")
MAX_NEIGHBOURS = 12


@dataclass
class Entry:
    """An English verb or pattern with the CAMEO code it gives."""

    kind: str  # "verb" or "pattern"
    english: str  # the verb, lower case ("look over")
    pattern: str = ""  # the pattern as written, "* AID", "* (TO BORDER)"


@dataclass
class Summary:
    codes: int
    with_candidates: int
    rows: int
    candidates: int  # distinct Indonesian words (translations and neighbours)
    roots: int
    path: Path
    missing: list[str] = field(default_factory=list)  # codes without any English verb


def read_codes(path: Path) -> dict[str, str]:
    """CAMEO code → description (GDELT's CAMEO.eventcodes.txt)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if "\t" in line:
            code, description = line.split("\t", 1)
            out[code.strip()] = description.strip()
    return out


def _code(text: str) -> str | None:
    """The event code of "[042:043]" (the source's, else the target's), "[080!]", "[---]"."""
    match = CODE.search(text)
    if not match:
        return None
    for part in match.group(1).split(":"):
        part = part.strip().rstrip("!")
        if part.isdigit():
            return part
    return None


def _verb_name(text: str) -> str:
    """"+LOOK_OVER" → "look over"; "HURRY {HURRIES …}" → "hurry"."""
    head = text.split("{")[0].split("[")[0].strip().lstrip("+")
    return head.replace("_", " ").strip().lower()


def read_verbs(path: Path) -> dict[str, list[Entry]]:
    """CAMEO code → the English verbs and patterns of PETRARCH2's verb dictionary that give it.

    A group opens with "---  NAME   [code]  ---"; its verbs follow one a line (a verb may carry
    its own code), then its patterns ("- * AID  [070]  # RUSH": the verb in the comment is the
    one the pattern was written for)."""
    out: dict[str, list[Entry]] = defaultdict(list)
    group_code: str | None = None
    group = ""
    in_verbs = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("---"):
            name = raw.strip("- \t")
            group = _verb_name(name)
            group_code = _code(name)
            continue
        text, _, comment = raw.partition("#")
        if raw.startswith("-"):
            code = _code(text)
            if code:
                pattern = CODE.sub("", text).strip("- \t")
                verb = _verb_name(comment.split()[0]) if comment.split() else group
                out[code].append(Entry("pattern", verb, " ".join(pattern.split())))
            continue
        if raw.startswith("&"):
            continue
        verb = _verb_name(text)
        code = _code(text) or group_code
        if verb and code:
            out[code].append(Entry("verb", verb))
    return out


def _b64(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + B64.index(char)
    return value


def read_freedict(stem: Path) -> dict[str, dict[str, list[str]]]:
    """English headword → part of speech → Indonesian translations (dictd .index and .dict)."""
    data = stem.with_suffix(".dict").read_bytes()
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for line in stem.with_suffix(".index").read_text(encoding="utf-8").splitlines():
        word, offset, length = line.split("\t")
        if word.startswith("00database"):
            continue
        start = _b64(offset)
        lines = data[start:start + _b64(length)].decode("utf-8").splitlines()
        if not lines:
            continue
        pos = re.search(r"<([^>]*)>", lines[0])
        kind = pos.group(1) if pos else ""
        translations = [lines[1]] if len(lines) > 1 and not re.match(r"\d+\. ", lines[1]) else []
        translations += [m.group(1) for ln in lines[1:] if (m := re.match(r"\d+\. (.*)", ln))]
        for text in translations:
            for item in text.split(","):
                item = re.sub(r"\s+\d+\.$", "", item).strip()
                if item and item not in out[word.lower()][kind]:
                    out[word.lower()][kind].append(item)
    return out


def read_thesaurus(path: Path) -> dict[str, set[str]]:
    """Word → its synonyms in the MyThes thesaurus (antonyms left out)."""
    out: dict[str, set[str]] = defaultdict(set)
    lines = path.read_text(encoding="iso-8859-1").splitlines()[1:]
    i = 0
    while i < len(lines):
        head, _, count = lines[i].partition("|")
        senses = int(count) if count.isdigit() else 0
        for sense in lines[i + 1:i + 1 + senses]:
            pos, *words = sense.split("|")
            if pos != "[ant]":
                out[head].update(w for w in words if w)
        i += 1 + senses
    return out


def _translations(english: str, dictionary: dict[str, dict[str, list[str]]], pos: str | None) -> list[str]:
    entry = dictionary.get(english, {})
    if pos and entry.get(pos):
        return list(entry[pos])
    return [t for kind in sorted(entry) for t in entry[kind]]


def _pattern_words(pattern: str) -> list[str]:
    """The English content words of a pattern ("* {ARMS SHIPMENT} (TO)" → arms, shipment, to)."""
    words = re.sub(r"&\w+|[*$+%^{}()\[\]]", " ", pattern).lower().split()
    return [w.strip("_") for w in words if w.strip("_").isalpha() and len(w) > 1]


def _roots(words: list[str]) -> list[str]:
    found = set()
    for phrase in words:
        for word in phrase.lower().split():
            if len(word) >= 3 and (root := root_of(word)):
                found.add(root)
    return sorted(found)


def build(shared: Path, out: Path = OUTPUT) -> Summary:
    """Write the candidate list for every CAMEO code; ``shared`` is the ../shared folder."""
    codes = read_codes(shared / EVENT_CODES)
    verbs = read_verbs(shared / PETRARCH)
    dictionary = read_freedict(shared / FREEDICT)
    thesaurus = read_thesaurus(shared / THESAURUS)
    rows: list[tuple[str, ...]] = []
    words: set[str] = set()
    all_roots: set[str] = set()
    missing = []
    for code in sorted(codes):
        description = codes[code]
        entries = sorted({(e.kind, e.english, e.pattern) for e in verbs.get(code, [])})
        if not entries:
            missing.append(code)
            rows.append((code, description, "none", "", "", "", "", "", ""))
            continue
        shared_roots: Counter[str] = Counter()
        own_rows = {english for kind, english, _ in entries if kind == "verb"}
        for kind, english, pattern in entries:
            indonesian = _translations(english, dictionary, "v")
            objects = sorted({t for w in _pattern_words(pattern) for t in _translations(w, dictionary, None)[:3]})
            neighbours = []
            if kind == "verb" or english not in own_rows:  # a verb's neighbours once per code
                neighbours = sorted({n for t in indonesian for key in (t, root_of(t) or t)
                                     for n in thesaurus.get(key, ())} - set(indonesian))[:MAX_NEIGHBOURS]
            roots = _roots(indonesian + neighbours)
            shared_roots.update(set(roots))
            words.update(indonesian, neighbours)
            all_roots.update(roots)
            rows.append((code, description, kind, english, pattern, "; ".join(indonesian), "; ".join(objects),
                         "; ".join(neighbours), " ".join(roots)))
        common = sorted((r for r, n in shared_roots.items() if n >= 2), key=lambda r: (-shared_roots[r], r))
        rows.append((code, description, "shared", "", "", "", "", "",
                     " ".join(f"{r}:{shared_roots[r]}" for r in common)))
    out.write_text("\t".join(COLUMNS) + "\n" + "".join("\t".join(_clean(c) for c in row) + "\n" for row in rows),
                   encoding="utf-8")
    candidates = sum(1 for row in rows if row[2] in ("verb", "pattern"))
    return Summary(len(codes), len(codes) - len(missing), candidates, len(words), len(all_roots), out, missing)


def _clean(cell: str) -> str:
    return " ".join(cell.replace("\t", " ").split())
