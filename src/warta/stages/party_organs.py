"""A party named with the organ that speaks or votes for it ("Fraksi Partai Gerindra", "DPP PKB",
"DPC PDIP"): the press and annotators name the organ by the party's name with it, and treat it as
the party (ANNOTATION.md: one entity however written), so the organ's word joins the party's
mention and the written form becomes one of the party's names."""

from __future__ import annotations

from functools import cache

from warta.resources import load
from warta.stages.entity_groups import Candidate


@cache
def party_organs() -> frozenset[str]:
    """data/ner.toml [party_organs]: the organs' words, as written."""
    return frozenset(load("ner")["party_organs"]["words"])


def with_party_organs(body: str, candidates: list[Candidate]) -> None:
    """Party mentions (sector PTY) right after an organ's word take it in, keeping the party's
    canonical name; other candidates overlapping the organ's word are left as they are."""
    taken = {(c.start, c.end) for c in candidates}
    for cand in candidates:
        if cand.type != "ORG" or cand.sector != "PTY":
            continue
        before = body[:cand.start].rstrip(" ")
        word = before.rsplit(None, 1)[-1] if before.split() else ""
        start = len(before) - len(word)
        if word not in party_organs() or len(before) + 1 != cand.start or any(s <= start < e for s, e in taken):
            continue
        cand.canonical, cand.also = cand.canonical or cand.text, (*cand.also, cand.text)
        cand.start, cand.text = start, body[start:cand.end]
