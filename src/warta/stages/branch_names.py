"""A body's regional branch written with its short form in brackets between the name and the
region ("Wahana Lingkungan Hidup Indonesia (Walhi) Kalimantan Tengah menuding …", "Gerakan
Rakyat Anti Korupsi (Gerak) Singkawang ke …"): the press names the branch by the body's name and
the region, and annotators name it whole. The body grammar (stages/institutions.py) reads this for
the bodies whose heads it knows; this reads it for any body the model found, where the region
ends the name (a word in lower case follows); and a body's office named by a branch word and its
region ("Ombudsman RI Perwakilan Sumatera Barat", data: ner.toml [branch_words]), whole."""

from __future__ import annotations

import re
from functools import cache

from warta.gazetteer import Place, gazetteer
from warta.stages.entity_groups import Candidate
from warta.stages.word_lists import branch_words

SHORT_FORM = re.compile(r"\s\(([A-Z][A-Za-z0-9-]{1,15})\)\s")
REGION_KINDS = frozenset({"province", "regency", "city"})
COMPANY_FORM = re.compile(r" \((?:Persero|Perseroda)\)(?: Tbk)?")


def with_regional_branches(body: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each body that a short form and a region at home follow taken on over
    them, and the region's own candidate there dropped."""
    starts = {c.start: c for c in candidates if c.type == "PLACE"}
    dropped: set[int] = set()
    for cand in candidates:
        if cand.type != "ORG":
            continue
        bracket = SHORT_FORM.match(body, cand.end)
        region = starts.get(bracket.end()) if bracket else None
        if not _region_at_home(region) or not re.match(r" [a-z]", body[region.end:region.end + 2]):
            continue
        cand.end, cand.text, cand.canonical = region.end, body[cand.start:region.end], None
        dropped.add(id(region))
    for cand in candidates:
        if cand.type == "ORG" and id(cand) not in dropped:
            dropped |= _office_of_branch(body, cand, candidates)
    return [c for c in candidates if id(c) not in dropped]


def _office_of_branch(body: str, cand: Candidate, candidates: list[Candidate]) -> set[int]:
    """Take on a branch word and a region at home after the body ("… Perwakilan Sumatera Barat"),
    with the candidates read inside them; the ids of those candidates, dropped."""
    skip = COMPANY_FORM.match(body, cand.end)  # "PT PLN (Persero) Unit Induk Wilayah …"
    start = skip.end() if skip else cand.end
    rest = body[start:start + 60]
    word = next((w for w in _longest_first() if rest.startswith(f" {w} ")), None)
    if word is None:
        return set()
    at = start + len(word) + 2
    region = re.match(r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}", body[at:at + 40])
    if region is None:
        return set()
    words = region.group().split()
    # the longest run of its capitalised words that names a province, regency or city at home
    end = next((at + len(" ".join(words[:n])) for n in range(len(words), 0, -1)
                if _region_at_home_named(" ".join(words[:n]))), None)
    if end is None:
        return set()
    inside = {id(c) for c in candidates if c is not cand and cand.end <= c.start < end}
    cand.end, cand.text, cand.canonical = end, body[cand.start:end], None
    return inside


@cache
def _longest_first() -> tuple[str, ...]:
    return tuple(sorted(branch_words(), key=len, reverse=True))


def _region_at_home_named(name: str) -> bool:
    return _home_region(gazetteer().place(name, prefer="IDN"))


def _region_at_home(region: Candidate | None) -> bool:
    return _home_region(region.place if region else None)


def _home_region(place: Place | None) -> bool:
    """A province, regency or city at home."""
    return place is not None and place.country == "IDN" and place.kind in REGION_KINDS
