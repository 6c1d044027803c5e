"""Numbers as Indonesian writes them: "1.200" (a full stop between thousands), "1,2" (a comma
before decimals), "1,2 juta", "tiga", "dua puluh lima", "seratus", and vague quantities
("belasan", "puluhan ribu") with their range. Shared by the counts and amounts stages; the
words are data (data/counts.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from warta.model import Document
from warta.resources import load

# words, numbers with their separators, and single marks; offsets kept
# ASCII digits only: "³" or "٣" are digits to str.isdigit but no numeral of the press, and float()
# refuses some of them (a fuzzed input crashed the counts stage on "³")
TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]")
DIGIT = re.compile(r"[0-9]")


@dataclass(slots=True)
class Tokens:
    """A sentence's tokens as four parallel tuples (made far faster than an object per token; kept
    for the document's stages, tuples of strings and numbers cost the garbage collector nothing)."""

    start: tuple[int, ...]
    end: tuple[int, ...]
    text: tuple[str, ...]
    low: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.low)


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
def tokens(text: str, offset: int = 0) -> Tokens:
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): lower each token alone
        spans = [m.span() for m in TOKEN.finditer(text)]
        words = tuple([text[a:b] for a, b in spans])
        return Tokens(tuple([a + offset for a, _ in spans]), tuple([b + offset for _, b in spans]), words,
                      tuple([w.lower() for w in words]))
    spans = [m.span() for m in TOKEN.finditer(low)]
    return Tokens(tuple([a + offset for a, _ in spans]), tuple([b + offset for _, b in spans]),
                  tuple([text[a:b] for a, b in spans]), tuple([low[a:b] for a, b in spans]))


def document_tokens(doc: Document) -> list[Tokens]:
    """Every sentence's tokens(), made once per document: the counts and themes stages read the
    same sentences, and the cache above keeps only the last few of them."""
    return doc.memo("numbers", lambda: [tokens(s.text, s.start) for s in doc.sentences])


def _ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def parse_digits(text: str) -> float | None:
    """An Indonesian numeral: "." between groups of three digits, "," before decimals. A single
    "." before one or two digits is read as a decimal point (English style, "2.5"); anything else
    ("17.00.05") is no number."""
    if "," in text:
        whole, _, decimals = text.rpartition(",")
        if "," in whole or not _ascii_digits(decimals):
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
    if not _ascii_digits(whole):
        return None
    return float(f"{whole}.{decimals}") if decimals else float(whole)


def number_at(toks: Tokens, i: int) -> Number | None:
    """The number starting at token i, with a scale word after it ("1,2 juta"), or None."""
    w = words()
    t = toks.low[i]
    if _ascii_digits(t[0][:1]):
        value = parse_digits(t)
        if value is None:
            return None
        end = i + 1
        if end < len(toks) and toks.low[end] in w.large and toks.start[end] - toks.end[i] <= 1:
            value *= w.large[toks.low[end]]
            end += 1
        return Number(i, end, value)
    if t in w.vague:
        low, high = w.vague[t]
        end = i + 1
        if end < len(toks) and toks.low[end] in w.large:
            low, high = low * w.large[toks.low[end]], high * w.large[toks.low[end]]
            end += 1
        return Number(i, end, low, low, high, True)
    if t in w.units or t in w.large and t.startswith("se"):
        return _spelled(toks, i)
    return None


def _spelled(toks: Tokens, i: int) -> Number | None:
    """A number in words: "dua puluh lima", "tiga ratus ribu", "sebelas", "seribu"."""
    w = words()
    total = current = 0.0
    j = i
    while j < len(toks):
        t = toks.low[j]
        if t in w.units and (j == i or toks.low[j - 1] not in w.units):
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
