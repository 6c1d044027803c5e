"""A body's regional branch written with its short form in brackets between the name and the
region ("Wahana Lingkungan Hidup Indonesia (Walhi) Kalimantan Tengah menuding …", "Gerakan
Rakyat Anti Korupsi (Gerak) Singkawang ke …"): the press names the branch by the body's name and
the region, and annotators name it whole. The body grammar (stages/institutions.py) reads this for
the bodies whose heads it knows; this reads it for any body the model found, where the region
ends the name (a word in lower case follows)."""

from __future__ import annotations

import re

from warta.stages.entity_groups import Candidate

SHORT_FORM = re.compile(r"\s\(([A-Z][A-Za-z0-9-]{1,15})\)\s")
REGION_KINDS = frozenset({"province", "regency", "city"})


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
    return [c for c in candidates if id(c) not in dropped]


def _region_at_home(region: Candidate | None) -> bool:
    place = region.place if region else None
    return place is not None and place.country == "IDN" and place.kind in REGION_KINDS
