"""A party named with the organ that speaks or votes for it ("Fraksi Partai Gerindra", "DPP PKB",
"DPC PDIP"): the press and annotators name the organ by the party's name with it, and treat it as
the party (ANNOTATION.md: one entity however written), so the organ's word joins the party's
mention and the written form becomes one of the party's names."""

from __future__ import annotations

from functools import cache

from warta.resources import load
from warta.stages.entity_groups import Candidate

ORGAN_REACH = 12  # characters looked back for an organ's word ("Fraksi ", "DPP ")


@cache
def party_organs() -> frozenset[str]:
    """data/ner.toml [party_organs]: the organs' words, as written."""
    return frozenset(load("ner")["party_organs"]["words"])


def with_party_organs(body: str, candidates: list[Candidate]) -> None:
    """Party mentions (sector PTY) right after an organ's word take it in, keeping the party's
    canonical name; other candidates overlapping the organ's word are left as they are."""
    taken = [(c.start, c.end) for c in candidates]
    for cand in candidates:
        if cand.type != "ORG" or cand.sector != "PTY" or body[cand.start - 1:cand.start] != " ":
            continue
        # the word right before the party's name, one space before it (a short look back: no copy
        # of the body before each mention)
        prefix = body[max(0, cand.start - ORGAN_REACH):cand.start - 1]
        word = prefix.rsplit(None, 1)[-1] if prefix and not prefix[-1].isspace() else ""
        start = cand.start - 1 - len(word)
        if word not in party_organs() or (start and not body[start - 1].isspace()) \
                or any(s <= start < e for s, e in taken):
            continue
        cand.canonical, cand.also = cand.canonical or cand.text, (*cand.also, cand.text)
        cand.start, cand.text = start, body[start:cand.end]
