"""People named with their age in brackets ("Seorang warga Desa Noman, Suryani (45), mengaku
…"): the press gives an age only to a person, so a name it follows is a person's even where
the model and the name lists do not know it (a single given name, a rare one). Written by hand:
a pattern over the body, guarded by data (ner.toml [numbered_words]) and by the entities
already found (a tally "PDIP (18), Golkar (12)" names known bodies)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from warta.stages.word_lists import name_words, numbered_words, ordinary_words, weekdays

# one to four capitalised words (not all capitals: initials are stages/initials.py's), then an
# age of one or two digits in brackets, maybe with "tahun"
# (the first capital first, what may not stand before it looked behind for: a search then skips
# from capital to capital, where a pattern opening with a look-behind is tried at every position)
AGED_NAME = re.compile(r"([A-Z](?<![\w-][A-Z])[a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,3})\s*\((\d{1,2})(?:\s+tahun)?\)")
NUMBER_AFTER = re.compile(r"\s*\(\d{1,3}\)")  # a tally's number after a body or a place
TALLY_REACH = 40  # characters either side in which another bracketed number makes a tally


@lru_cache(maxsize=8)  # read twice per body: before the name checks (retyping) and after (adding)
def _aged_names(body: str) -> tuple[tuple[int, int], ...]:
    """Where each name an age in brackets follows stands, past the words that describe it ("Bocah
    Kevano (7)", "Jenazah Atun (60)", "Adapun Warsini (45)"): not a word numbered in brackets
    ("Ayat (1)"), a day, nor a description then a common word ("Rumah Adat (12)")."""
    found = []
    for match in AGED_NAME.finditer(body):
        start, end = match.span(1)
        words = match.group(1).split()
        if any(w in numbered_words() or w in weekdays() for w in words):
            continue
        k = 0
        while k < len(words) - 1 and _plain(words[k]):
            k += 1
        if k and _plain(words[k]):
            continue
        found.append((body.index(words[k], start), end))
    return tuple(found)


def aged_people(body: str, candidates: list, make: Callable[[str, str, int, int], object], add: bool = True) -> list:
    """The candidates, with a person for each name an age in brackets follows (`_aged_names`) that
    no candidate covers yet, nor an item of a tally whose neighbour is a body or a place already
    found ("PDIP (18), Golkar (12)"). A body or place no list knows that an age follows is that
    person ("Artem Sokolov (31)"); with `add` false only those are retyped (before the name checks,
    so the name's words alone are the person's too), no person is added."""
    out = list(candidates)
    for start, end in _aged_names(body):
        for cand in out:
            if (cand.start, cand.end) == (start, end) and cand.type in ("ORG", "PLACE") and not cand.place \
                    and not cand.canonical:
                cand.type, cand.sector, cand.country = "PERSON", None, None  # the model read the name as a body
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
               and NUMBER_AFTER.match(body, c.end, c.end + 8) for c in candidates)
