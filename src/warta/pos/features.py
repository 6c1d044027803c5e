"""Attributes of a token for the POS classifier: its word (lower case), prefixes, suffixes and
shape, its neighbours' words two either side, and where it stands in the sentence.

Case: POSP is lower-cased and BaPOS is cased, and warta reads cased news. Every attribute of
a word is of its lower-case form, and the attributes of capitals (shape, a capital first
letter, all capitals) are given only when the sentence is cased, that is, has a capital
anywhere: so the lower-cased corpus teaches words, affixes and contexts, the cased one teaches
those and what capitals mean, and a tagger reads both kinds of text the way it was taught.

A token's attributes are parts, each a function of one word (its own, or a neighbour's at one
distance) or of the position, so the tagger (pos/model.py) scores each part once per word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from warta.ner.features import shape

DISTANCES = (-2, -1, 1, 2)
PADDING = {d: (f"{d}:pad",) for d in DISTANCES}
CAPITAL = re.compile(r"[A-Z]")  # ASCII: the corpora's and the news's capitals


def cased(words: Sequence[str]) -> bool:
    """Whether a sentence is written in both cases (a lower-cased corpus's is not)."""
    return any(CAPITAL.search(word) for word in words)


@lru_cache(maxsize=20_000)
def own_attributes(word: str, with_case: bool) -> tuple[str, ...]:
    """What the word gives its own token."""
    low = word.lower()
    out = ["bias", f"w:{low}", f"p2:{low[:2]}", f"p3:{low[:3]}",
           f"s1:{low[-1:]}", f"s2:{low[-2:]}", f"s3:{low[-3:]}", f"s4:{low[-4:]}"]
    if "-" in word[1:]:
        head, _, tail = low.partition("-")
        out.append("redup" if head == tail else "hyphen")  # "monyet-monyet" is a plural noun
    if any(c.isdigit() for c in word):
        out.append("digit")
    if with_case:
        out.append(f"shape:{shape(word)}")
        if word[:1].isupper():
            out.append("title")
        if len(word) > 1 and word.isupper():
            out.append("upper")
    return tuple(out)


@lru_cache(maxsize=80_000)  # a word at four distances
def neighbour_attributes(word: str, distance: int, with_case: bool) -> tuple[str, ...]:
    """What the word gives the token `distance` words away (its neighbour's point of view:
    "-1:w:di" is "the word before me is di")."""
    low = word.lower()
    prefix = f"{distance}:"
    if abs(distance) > 1:
        return (f"{prefix}w:{low}",)
    out = [f"{prefix}w:{low}", f"{prefix}s2:{low[-2:]}"]
    if with_case and word[:1].isupper():
        out.append(f"{prefix}title")
    return tuple(out)


def edge_attributes(word: str, index: int, length: int, with_case: bool) -> tuple[str, ...]:
    """The sentence's first and last token: a capital at the start says little of a name."""
    out: tuple[str, ...] = ()
    if index == 0:
        out = ("first", "first:title") if with_case and word[:1].isupper() else ("first",)
    if index == length - 1:
        out += ("last",)
    return out


def sentence_attributes(words: Sequence[str]) -> list[list[str]]:
    """Attributes of each token of a sentence, for training."""
    with_case = cased(words)
    n = len(words)
    out = []
    for i, word in enumerate(words):
        attributes = [*own_attributes(word, with_case), *edge_attributes(word, i, n, with_case)]
        for d in DISTANCES:
            j = i + d
            attributes += neighbour_attributes(words[j], d, with_case) if 0 <= j < n else PADDING[d]
        out.append(attributes)
    return out
