"""Numbers as Indonesian writes them: "1.200" (a full stop between thousands), "1,2" (a comma
before decimals), "1,2 juta", "tiga", "dua puluh lima", "seratus", and vague quantities
("belasan", "puluhan ribu") with their range. Shared by the counts and amounts stages; the
words are data (data/counts.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from warta.resources import load

# words, numbers with their separators, and single marks; offsets kept
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]")
DIGIT = re.compile(r"\d")


class Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str


@dataclass
class Number:
    start: int  # token indexes: [start, end)
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    vague: bool = False


@dataclass(frozen=True)
class Words:
    units: dict[str, float]
    small: dict[str, float]
    large: dict[str, float]
    vague: dict[str, tuple[float, float]]


@cache
def words() -> Words:
    n = load("counts")["numbers"]
    return Words({k: float(v) for k, v in n["units"].items()}, {k: float(v) for k, v in n["small"].items()},
                 {k: float(v) for k, v in n["large"].items()},
                 {k: (float(v[0]), float(v[1])) for k, v in n["vague"].items()})


@lru_cache(maxsize=256)  # the counts and themes stages read the same sentences
def tokens(text: str, offset: int = 0) -> list[Tok]:
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): lower each token alone
        return [Tok(m.start() + offset, m.end() + offset, m.group(), m.group().lower()) for m in TOKEN.finditer(text)]
    return [Tok(a + offset, b + offset, text[a:b], low[a:b]) for a, b in (m.span() for m in TOKEN.finditer(low))]


def parse_digits(text: str) -> float | None:
    """An Indonesian numeral: "." between groups of three digits, "," before decimals. A single
    "." before one or two digits is read as a decimal point (English style, "2.5"); anything else
    ("17.00.05") is no number."""
    if "," in text:
        whole, _, decimals = text.rpartition(",")
        if "," in whole or not decimals.isdigit():
            return None
    else:
        whole, decimals = text, ""
    groups = whole.split(".")
    if len(groups) > 1:
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            whole = "".join(groups)
        elif len(groups) == 2 and not decimals and len(groups[1]) <= 2:
            whole, decimals = groups
        else:
            return None
    if not whole.isdigit():
        return None
    return float(f"{whole}.{decimals}") if decimals else float(whole)


def number_at(toks: list[Tok], i: int) -> Number | None:
    """The number starting at token i, with a scale word after it ("1,2 juta"), or None."""
    w = words()
    t = toks[i].low
    if t[0].isdigit():
        value = parse_digits(t)
        if value is None:
            return None
        end = i + 1
        if end < len(toks) and toks[end].low in w.large and toks[end].start - toks[i].end <= 1:
            value *= w.large[toks[end].low]
            end += 1
        return Number(i, end, value)
    if t in w.vague:
        low, high = w.vague[t]
        end = i + 1
        if end < len(toks) and toks[end].low in w.large:
            low, high = low * w.large[toks[end].low], high * w.large[toks[end].low]
            end += 1
        return Number(i, end, low, low, high, True)
    if t in w.units or t in w.large and t.startswith("se"):
        return _spelled(toks, i)
    return None


def _spelled(toks: list[Tok], i: int) -> Number | None:
    """A number in words: "dua puluh lima", "tiga ratus ribu", "sebelas", "seribu"."""
    w = words()
    total = current = 0.0
    j = i
    while j < len(toks):
        t = toks[j].low
        if t in w.units and (j == i or toks[j - 1].low not in w.units):
            current += w.units[t]
        elif t == "belas" and j > i and current < 10:
            current += 10
        elif t in w.small and t != "belas" and j > i and current:
            current *= w.small[t]
        elif t in w.large and (j == i and t.startswith("se") or j > i):
            total += (current or 1.0) * w.large[t]
            current = 0.0
        else:
            break
        j += 1
    if j == i:
        return None
    return Number(i, j, total + current)
