"""People named with their age in brackets ("Seorang warga Desa Noman, Suryani (45), mengaku
…"): the press gives an age only to a person, so a name it follows is a person's even where
the model and the name lists do not know it (a single given name, a rare one). Written by hand:
a pattern over the body, guarded by data (ner.toml [numbered_words]) and by the entities
already found (a tally "PDIP (18), Golkar (12)" names known bodies)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from warta.resources import load
from warta.stages.word_lists import name_words, ordinary_words, weekdays

# one to four capitalised words (not all capitals: initials are stages/initials.py's), then an
# age of one or two digits in brackets, maybe with "tahun"
AGED_NAME = re.compile(r"(?<![\w-])((?:[A-Z][a-z][\w'-]*\s+){0,3}[A-Z][a-z][\w'-]*)\s*\((\d{1,2})(?:\s+tahun)?\)")
TALLY_REACH = 40  # characters either side in which another bracketed number makes a tally


@cache
def _numbered_words() -> frozenset[str]:
    return frozenset(load("ner")["numbered_words"]["words"])


def aged_people(body: str, candidates: list, make: Callable[[str, str, int, int], object], add: bool = True) -> list:
    """The candidates, with a person for each name an age in brackets follows that no candidate
    covers yet, past the words that describe them ("Bocah Kevano (7)"): not a word numbered in
    brackets ("Ayat (1)"), a day, nor an item of a tally whose neighbour is a body or a place
    already found ("PDIP (18), Golkar (12)"). A body or place no list knows that an age follows is
    that person ("Artem Sokolov (31)"); with `add` false only those are retyped (before the name
    checks, so the name's words alone are the person's too), no person is added."""
    out = list(candidates)
    for match in AGED_NAME.finditer(body):
        start, end = match.span(1)
        words = match.group(1).split()
        if any(w in _numbered_words() or w in weekdays() for w in words):
            continue
        # the words of the name past what describes it ("Bocah Kevano (7)", "Jenazah Atun (60)",
        # "Adapun Warsini (45)"); a description then a common word is no name ("Rumah Adat (12)")
        k = 0
        while k < len(words) - 1 and _plain(words[k]):
            k += 1
        if k and _plain(words[k]):
            continue
        start = body.index(words[k], start)
        same = [c for c in out if (c.start, c.end) == (start, end) and c.type in ("ORG", "PLACE") and not c.place
                and not c.canonical]
        for cand in same:
            cand.type, cand.sector, cand.country = "PERSON", None, None  # "Artem Sokolov (31)" the model read as a body
        if not add or any(c.start < end and start < c.end for c in out):
            continue  # the model, a list or a rule has read the words already
        if _in_tally(body, start, end, out):
            continue
        out.append(make(body[start:end], "PERSON", start, end))
    return out


def _plain(word: str) -> bool:
    """An ordinary word no name list knows as a name ("bocah", "jenazah", "adapun")."""
    low = word.lower()
    return low in ordinary_words() and low not in name_words()


def _in_tally(body: str, start: int, end: int, candidates: list) -> bool:
    """Whether a body or a place found nearby also has a number in brackets after it: a tally."""
    lo, hi = max(0, start - TALLY_REACH), end + TALLY_REACH
    return any(c.type in ("ORG", "PLACE") and lo <= c.start and c.end <= hi
               and re.match(r"\s*\(\d{1,3}\)", body[c.end:c.end + 8]) for c in candidates)
