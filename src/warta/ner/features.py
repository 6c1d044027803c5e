"""Token features for the CRF: the word and its shape, affixes, root, gazetteer matches,
title and organisation words, and the same for its neighbours."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from warta.gazetteer import gazetteer
from warta.morphology import root_of, roots
from warta.resources import load

Features = dict[str, float | str | bool]


@cache
def organisation_words() -> frozenset[str]:
    """Words that often open or close an organisation's name (data/ner.toml)."""
    return frozenset(load("ner")["organisation_words"]["words"])


def shape(word: str) -> str:
    s = re.sub("[A-Z]", "X", word)
    s = re.sub("[a-z]", "x", s)
    s = re.sub("[0-9]", "d", s)
    return re.sub(r"(.)\1+", r"\1\1", s)


@lru_cache(maxsize=100_000)
def _word_features(word: str, low: str) -> Features:
    """Features of the word alone; cached, since news repeats its words (read-only)."""
    f: Features = {
        "w": low, "shape": shape(word), "title": word[:1].isupper(), "upper": word.isupper(),
        "digit": any(c.isdigit() for c in word), "len": min(len(word), 8),
        "p1": low[:1], "p2": low[:2], "p3": low[:3], "p4": low[:4],
        "s1": low[-1:], "s2": low[-2:], "s3": low[-3:], "s4": low[-4:],
    }
    if low.isalpha():
        root = root_of(low)
        f["root"] = root is not None
        f["inroots"] = low in roots()
        if root is not None and root != low:
            f["affixed"] = True
    g = gazetteer()
    if low in g.first_names:
        f["pfirst"] = True
    if low in g.last_names:
        f["plast"] = True
    if low in organisation_words():
        f["orgword"] = True
    return f


def _gazetteer_tags(words: Sequence[str], spans: Sequence[tuple[int, int, str]] | None = None) -> list[list[str]]:
    tags: list[list[str]] = [[] for _ in words]
    for start, end, kind in (gazetteer().spans(words) if spans is None else spans):
        tags[start].append("B-" + kind)
        for i in range(start + 1, end):
            tags[i].append("I-" + kind)
    return tags


# Features go to CRFsuite as lists of attribute names, each of weight 1.0: the attributes
# python-crfsuite makes of {key: value} dicts ("w": "abc" → "w:abc"; True → "key"; False adds
# nothing), with a whole-number weight n (the word's length) given as n copies of its name, which
# CRFsuite sums like one attribute of weight n. Lists cross into CRFsuite faster than dicts, and
# each word's attributes, and those it gives its neighbours at each distance, are made once per
# word and cached, so a sentence costs list concatenations only. Attribute names never repeat
# across the parts of a token, so the lists hold what the dicts did.

def _attributes(prefix: str, features: Features) -> list[str]:
    out: list[str] = []
    for key, value in features.items():
        if isinstance(value, str):
            out.append(f"{prefix}{key}:{value}")
        elif value is True:
            out.append(prefix + key)
        elif value is not False:
            if value != int(value):
                raise ValueError(f"feature {key!r} has a weight that is not a whole number: {value}")
            out.extend([prefix + key] * int(value))
    return out


NEIGHBOUR_KEYS = ("title", "s3", "root", "pfirst", "plast", "orgword", "upper")
PADDING = {d: [f"{d}:pad"] for d in (-3, -2, -1, 1, 2, 3)}


@lru_cache(maxsize=50_000)
def _own_attributes(word: str, low: str) -> list[str]:
    return ["bias", *_attributes("", _word_features(word, low))]


@lru_cache(maxsize=120_000)  # a word at six distances; bounded, for long ingests
def _neighbour_attributes(word: str, low: str, distance: int) -> list[str]:
    features: Features = {"w": low}
    if abs(distance) <= 2:
        own = _word_features(word, low)
        features.update({key: own[key] for key in NEIGHBOUR_KEYS if key in own})
    return _attributes(f"{distance}:", features)


def sentence_features(words: Sequence[str], spans: Sequence[tuple[int, int, str]] | None = None
                      ) -> list[list[str]]:
    """Attributes of each token; `spans` are the sentence's gazetteer matches when the caller
    has them already."""
    low = [w.lower() for w in words]
    gaz = _gazetteer_tags(words, spans)
    out: list[list[str]] = []
    n = len(words)
    for i in range(n):
        f = _own_attributes(words[i], low[i]) + ["gz:" + tag for tag in gaz[i]]
        for d in (-3, -2, -1, 1, 2, 3):
            j = i + d
            if not 0 <= j < n:
                f += PADDING[d]
                continue
            f += _neighbour_attributes(words[j], low[j], d)
            if -2 <= d <= 2 and gaz[j]:
                f += [f"{d}:gz:{tag}" for tag in gaz[j]]
        if i > 0:
            f.append(f"-1:w|w:{low[i - 1]}|{low[i]}")
        if i + 1 < n:
            f.append(f"w|+1:w:{low[i]}|{low[i + 1]}")
        out.append(f)
    return out
