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


SHAPE_OF = str.maketrans({**{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
                          **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"},
                          **{c: "d" for c in "0123456789"}})
RUNS = re.compile(r"(.)\1+")


def shape(word: str) -> str:
    """ASCII capitals as X, small letters as x, digits as d, runs cut to two: "Jong-un" → "Xxx-xx"."""
    return RUNS.sub(r"\1\1", word.translate(SHAPE_OF))


# The tagger asks for a word's attributes once (it keeps their scores), so these caches serve
# training, which meets each word many times; small bounds keep a long ingest's memory flat.
@lru_cache(maxsize=20_000)
def _word_features(word: str, low: str) -> Features:
    """Features of the word alone (read-only)."""
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


def span_tags(count: int, spans: Sequence[tuple[int, int, str]]) -> list[list[str]]:
    """BIO tags of `count` tokens from (start, end, kind) spans; a token may hold several."""
    tags: list[list[str]] = [[] for _ in range(count)]
    for start, end, kind in spans:
        tags[start].append("B-" + kind)
        for i in range(start + 1, end):
            tags[i].append("I-" + kind)
    return tags


# Features are lists of attribute names, each of weight 1.0: the attributes python-crfsuite
# makes of {key: value} dicts ("w": "abc" → "w:abc"; True → "key"; False adds nothing), with a
# whole-number weight n (the word's length) given as n copies of its name, which CRFsuite sums
# like one attribute of weight n. Each word's attributes, and those it gives its neighbours at
# each distance, are made once per word and cached. Attribute names never repeat across the
# parts of a token, so the lists hold what the dicts did.

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
DISTANCES = (-3, -2, -1, 1, 2, 3)
GAZETTEER_DISTANCES = (-2, -1, 1, 2)
PADDING = {d: (f"{d}:pad",) for d in DISTANCES}

# A token's attributes are the sum of parts, each a function of one thing: its own word, a
# neighbour's word at a distance (or padding past the sentence's edge), the gazetteer tags
# around it, and the word pairs it makes. The trainer gets the parts joined
# (sentence_features); the tagger (ner/linear.py) scores each part once per word and adds.


# The cached parts are tuples of strings, which the garbage collector stops tracking once it
# has seen them; lists it would walk again at every full collection.

@lru_cache(maxsize=20_000)
def own_attributes(word: str) -> tuple[str, ...]:
    return ("bias", *_attributes("", _word_features(word, word.lower())))


@lru_cache(maxsize=20_000)
def _neighbour_base(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a word gives a neighbour near it (up to two words away) and far from it, before
    the distance is put in front: made once for all six distances."""
    low = word.lower()
    own = _word_features(word, low)
    near = _attributes("", {"w": low, **{key: own[key] for key in NEIGHBOUR_KEYS if key in own}})
    return tuple(near), (f"w:{low}",)


@lru_cache(maxsize=30_000)  # a word at six distances (bounded: a long ingest's peak memory)
def neighbour_attributes(word: str, distance: int) -> tuple[str, ...]:
    near, far = _neighbour_base(word)
    prefix = f"{distance}:"
    return tuple(prefix + attribute for attribute in (near if abs(distance) <= 2 else far))


def gazetteer_attributes(tags: Sequence[Sequence[str]], i: int, prefix: str = "gz") -> list[str]:
    """The span tags of token i and of its neighbours up to two words away: gazetteer matches
    ("gz"), or names the training sentences tagged ("dz", ner/dictionary.py)."""
    out = [f"{prefix}:{tag}" for tag in tags[i]]
    for d in GAZETTEER_DISTANCES:
        j = i + d
        if 0 <= j < len(tags) and tags[j]:
            out += [f"{d}:{prefix}:{tag}" for tag in tags[j]]
    return out


def pair_attributes(low: Sequence[str], i: int) -> list[str]:
    """The word pairs token i makes with the words before and after it."""
    out = []
    if i > 0:
        out.append(pair_before(low[i - 1], low[i]))
    if i + 1 < len(low):
        out.append(pair_after(low[i], low[i + 1]))
    return out


def pair_before(before: str, word: str) -> str:
    """The attribute a token gets from the word before it and itself."""
    return f"-1:w|w:{before}|{word}"


def pair_after(word: str, after: str) -> str:
    """The attribute a token gets from itself and the word after it."""
    return f"w|+1:w:{word}|{after}"


def gazetteer_tags(words: Sequence[str], spans: Sequence[tuple[int, int, str]] | None = None) -> list[list[str]]:
    """BIO gazetteer tags of each token; `spans` are the sentence's gazetteer matches when the
    caller has them already."""
    return span_tags(len(words), gazetteer().spans(words) if spans is None else spans)


def sentence_features(words: Sequence[str], spans: Sequence[tuple[int, int, str]] | None = None,
                      known: Sequence[tuple[int, int, str]] = ()) -> list[list[str]]:
    """Attributes of each token, for training; `known` are the sentence's matches in the
    dictionary of names (ner/dictionary.py)."""
    low = [w.lower() for w in words]
    gaz = gazetteer_tags(words, spans)
    names = span_tags(len(words), known)
    out: list[list[str]] = []
    n = len(words)
    for i in range(n):
        f = [*own_attributes(words[i]), *gazetteer_attributes(gaz, i)]
        if known:
            f += gazetteer_attributes(names, i, "dz")
        for d in DISTANCES:
            j = i + d
            f += neighbour_attributes(words[j], d) if 0 <= j < n else PADDING[d]
        out.append(f + pair_attributes(low, i))
    return out
