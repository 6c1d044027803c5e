"""Amounts: money normalised to a number and an ISO 4217 code ("Rp 1,1 triliun" → 1.1e12 IDR,
"US$175 miliar" → 1.75e11 USD, "Rp 19 M" → 1.9e10 IDR), percentages, and physical quantities
with their unit ("50 ton", "2x50 megawatt", "30 juta barel per hari"). Indonesian numerals: "."
between thousands, "," before decimals. What money is (kerugian negara, anggaran, suap …) comes
from the nearest cue before it in its sentence. Words and marks are data (data/amounts.toml).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from warta.model import Amount, Document
from warta.resources import load
from warta.stages.numbers import DIGIT, parse_digits

NUM = r"\d+(?:[.,]\d+)*"


@dataclass(frozen=True)
class Patterns:
    amount: re.Pattern[str]
    before: dict[str, str]
    after: dict[str, str]
    scales: dict[str, float]
    units: dict[str, str]
    objects: re.Pattern[str]
    object_labels: dict[str, str]


def _alternatives(words, flags: str = "") -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def patterns() -> Patterns:
    data = load("amounts")
    before, after = data["currency"]["before"], data["currency"]["after"]
    scales, units = data["scales"], data["units"]
    words_scale = _alternatives(k for k in scales if k.islower())
    letter_scale = _alternatives(k for k in scales if k.isupper())
    rp = {k for k in before if k.lower().startswith("rp")}
    marks = "|".join([r"(?i:rp\.?)", _alternatives(k for k in before if k not in rp)])
    scale = rf"(?:\s?(?P<{{0}}>(?i:{words_scale})|{letter_scale}))?(?![^\W\d_])"
    money_before = rf"(?<![\w$])(?P<mark>{marks})\s?(?P<n1>{NUM}){scale.format('s1')}"
    money_after = (rf"(?<![\w.,])(?P<n2>{NUM}){scale.format('s2')}\s(?P<word>(?i:{_alternatives(after)}))"
                   rf"(?![^\W\d_])")
    percent = rf"(?<![\w.,])(?P<n3>{NUM})\s?(?P<pct>%|(?i:persen)(?![^\W\d_]))"
    quantity = (rf"(?<![\w.,])(?:(?P<times>\d+)\s?[x×]\s?)?(?P<n4>{NUM})(?:\s(?P<s4>(?i:{words_scale})))?"
                rf"\s?(?P<unit>(?i:{_alternatives(units)}))(?![^\W\d_])")
    amount = re.compile("|".join([money_before, money_after, percent, quantity]))
    labels = {k.lower(): v for k, v in data["objects"].items()}
    objects = re.compile(rf"(?<![^\W\d_])(?:{_alternatives(labels)})(?![^\W\d_])", re.IGNORECASE)
    return Patterns(amount, before, {k.lower(): v for k, v in after.items()}, scales,
                    {k.lower(): v for k, v in units.items()}, objects, labels)


def _scale(p: Patterns, word: str | None) -> float:
    if not word:
        return 1.0
    return p.scales.get(word, p.scales.get(word.lower(), 1.0))


def find_amounts(text: str) -> list[tuple[int, int, str, float, str | None, str | None]]:
    """(start, end, kind, value, currency, unit) of each amount in the text."""
    p = patterns()
    out = []
    for m in p.amount.finditer(text):
        g = m.groupdict()
        if g["n1"] is not None:
            value = parse_digits(g["n1"])
            mark = g["mark"]
            currency = "IDR" if mark.lower().startswith("rp") else p.before.get(mark)
            if value is None or currency is None:
                continue
            out.append((m.start(), m.end(), "money", value * _scale(p, g["s1"]), currency, None))
        elif g["n2"] is not None:
            value = parse_digits(g["n2"])
            if value is None:
                continue
            currency = p.after[re.sub(r"\s+", " ", g["word"].lower())]
            out.append((m.start(), m.end(), "money", value * _scale(p, g["s2"]), currency, None))
        elif g["n3"] is not None:
            value = parse_digits(g["n3"])
            if value is not None:
                out.append((m.start(), m.end(), "percent", value, None, "%"))
        else:
            value = parse_digits(g["n4"])
            if value is None:
                continue
            value *= _scale(p, g["s4"]) * (int(g["times"]) if g["times"] else 1)
            out.append((m.start(), m.end(), "quantity", value, None, p.units[re.sub(r"\s+", " ", g["unit"].lower())]))
    return out


def _money_object(text: str, start: int, floor: int) -> str | None:
    """The nearest cue of what money is, in the words before it (not past the amount before)."""
    p = patterns()
    window = text[max(floor, start - 90):start]
    found = None
    for m in p.objects.finditer(window):
        found = m
    return p.object_labels[found.group().lower()] if found else None


def _measured(text: str, end: int) -> str | None:
    """What a quantity measures: up to two words after it ("50 ton cabai merah")."""
    words = []
    stops = _measured_stops()
    for word in re.findall(r"[^\W\d_]+", text[end:end + 40])[:2]:
        if word.lower() in stops:
            break
        words.append(word.lower())
    return " ".join(words) or None


@cache
def _measured_stops() -> frozenset[str]:
    return frozenset(load("amounts")["measured"]["stops"])


class Amounts:
    name = "amounts"
    reads = ("sentences",)
    writes = ("amounts",)

    def __call__(self, doc: Document) -> Document:
        starts = [s.start for s in doc.sentences]
        out: list[Amount] = []
        for index, sentence in enumerate(doc.sentences):
            if not DIGIT.search(sentence.text):
                continue
            floor = 0
            for start, end, kind, value, currency, unit in find_amounts(sentence.text):
                if kind == "quantity":
                    obj = _measured(sentence.text, end)
                else:
                    obj = _money_object(sentence.text, start, floor)
                floor = end
                at = sentence.start + start
                out.append(Amount(start=at, end=sentence.start + end, text=doc.body[at:sentence.start + end],
                                   kind=kind, value=value, currency=currency, unit=unit, object=obj,
                                   sentence=bisect.bisect_right(starts, at) - 1 if starts else index))
        doc.amounts = out
        return doc
