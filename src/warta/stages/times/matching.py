"""Finding time expressions: every rule's matches over the text, paragraph by paragraph and only
where a paragraph holds a rule's trigger words, reduced to the longest non-overlapping ones;
matches inside a place name ("Pasar Minggu", "Jalan 17 Agustus") or weekday, month and holiday
names written without a capital are left out.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from warta.stages.spans import Occupied
from warta.stages.times.vocabulary import DIGIT, TOKEN, Candidate, Rule, _data, rules


def find_candidates(text: str) -> list[Candidate]:
    """Every rule's matches, then the longest non-overlapping ones (earlier rules win ties).

    Rules run paragraph by paragraph, and only where a paragraph holds one of their trigger
    words: most rules have nothing to find in most paragraphs, and skipping them is what
    makes the tagger fast."""
    found: list[Candidate] = []
    offset = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            tokens = set(TOKEN.findall(paragraph.lower()))
            tokens |= {t[:-3] for t in tokens if t.endswith("nya")}  # harinya, tahunnya
            digits = DIGIT.search(paragraph) is not None
            for index, rule in enumerate(rules()):
                if rule.applies(tokens, paragraph, digits):
                    found.extend(_matches(rule, index, paragraph, offset, text))
        offset += len(paragraph) + 1
    found.sort(key=lambda c: (-(c.end - c.start), c.rule, c.start))
    chosen: list[Candidate] = []
    taken = Occupied(len(text))
    for cand in found:
        if not taken.free(cand.start, cand.end):
            continue
        chosen.append(cand)
        taken.take(cand.start, cand.end)
    return sorted(chosen, key=lambda c: c.start)


def _matches(rule: Rule, index: int, paragraph: str, offset: int, text: str) -> list[Candidate]:
    out = []
    for match in rule.pattern.finditer(paragraph):
        if match.end() == match.start():
            continue
        # "y__old" is the group "y" under a second name (see data/timex.toml)
        named = {k: k.partition("__")[0] for k, v in match.groupdict().items() if v}
        groups = {name: match.group(k) for k, name in named.items()}
        if rule.case_sensitive_first and not _capitalised(groups):
            continue
        first = paragraph[match.start()]
        if (first.isupper() or first.isdigit()) and _inside_a_name(text, offset + match.start()):
            continue
        spans = {name: (offset + match.start(k), offset + match.end(k)) for k, name in named.items()}
        out.append(Candidate(offset + match.start(), offset + match.end(), index, groups, spans))
    return out


def _inside_a_name(text: str, start: int) -> bool:
    """A capitalised weekday or month or a date opening the match is part of a place name
    ("Pasar Minggu", "Jalan 17 Agustus"); "pasar sore hari ini" is the market's afternoon
    session."""
    before = text[max(0, start - 20):start].split()
    while before and before[-1].isdigit():  # the month of "Jalan 17 Agustus"
        before.pop()
    return bool(before) and before[-1].lower() in _not_after()


@cache
def _not_after() -> frozenset[str]:
    return frozenset(_data()["names"]["not_after"])


def _capitalised(groups: dict[str, Any]) -> bool:
    """Weekday, month and holiday names count only when written with a capital (a holiday's
    last word: "hari raya Natal")."""
    for key in ("wd", "mon"):
        if key in groups:
            return groups[key][:1].isupper()
    if "holiday" in groups:
        name = groups["holiday"]
        # "malam tahun baru" (New Year's Eve) is a date however it is written, and so is a
        # holiday with its year ("tahun baru 2015")
        return name.split()[-1][:1].isupper() or name.lower().startswith("malam") or bool(groups.get("y"))
    return True
