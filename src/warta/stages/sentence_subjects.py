"""The people who open a sentence: a person named with only a title, punctuation or a sentence
opener before them ("Sementara itu, Menko PM Muhaimin Iskandar menekankan …"). A pronoun that
opens a later sentence ("Ia menyampaikan …", "Dia menuding …") goes on telling of them, not of
whoever the sentence before named last ("Musk berselisih dengan Trump …"). Read by the events
stage (whom "dia" stands for) and the quotes stage (who "Ia menegaskan …" is).

The openers are data (agents.toml [pronouns] openers)."""

from __future__ import annotations

import bisect
from functools import cache

from warta.model import Document, Entity
from warta.resources import load


@cache
def _openers() -> frozenset[str]:
    return frozenset(load("agents")["pronouns"]["openers"])


def opening_people(doc: Document) -> list[tuple[int, int, Entity]]:
    """(start, end, entity) of each sentence's first person where that person opens it, in order."""
    openers = _openers()
    firsts: dict[int, tuple[int, int, Entity]] = {}
    starts = [s.start for s in doc.sentences]
    for entity in doc.entities:
        if entity.type != "PERSON":
            continue
        for m in entity.mentions:
            at = bisect.bisect_right(starts, m.start) - 1
            if at >= 0 and (at not in firsts or m.start < firsts[at][0]):
                firsts[at] = (m.start, m.end, entity)
    return sorted(first for at, first in firsts.items()
                  if all(w[:1].isupper() or not w[:1].isalpha() or w.strip(",;:").lower() in openers
                         for w in doc.body[doc.sentences[at].start:first[0]].split()))


def opens_sentence(words_before: list[str]) -> bool:
    """Whether a word after these (lower-cased) words of its sentence opens it."""
    openers = _openers()
    return all(w in openers or not w[:1].isalpha() for w in words_before)
