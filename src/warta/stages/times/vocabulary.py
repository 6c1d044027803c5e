"""The data the time tagger runs on: the candidate, found-expression and rule records, and the
word lists, tables, rules, tense cues, month and weekday names loaded from ``data/timex.toml``
and ``data/dates.toml``. Each rule's pattern is compiled here, its ``@list`` macros expanded into
alternations, with the trigger words and characters that decide which paragraphs it runs on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from warta.resources import load


@dataclass
class Candidate:
    start: int
    end: int
    rule: int
    groups: dict[str, Any]
    spans: dict[str, tuple[int, int]]


@dataclass
class Found:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: str
    case_sensitive_first: bool
    words: frozenset[str]  # the rule runs on a paragraph holding one of these words
    marks: tuple[str, ...]  # ... or one of these characters ("0-9": any digit)
    # the marks split once (every rule is asked about every paragraph; most have no marks)
    _any_digit: bool = field(init=False, repr=False)
    _characters: tuple[str, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._any_digit = "0-9" in self.marks
        self._characters = tuple(mark for mark in self.marks if mark != "0-9")

    def applies(self, tokens: set[str], paragraph: str, digits: bool) -> bool:
        """Whether the paragraph (its words `tokens`; `digits` if it holds any) may match."""
        if not self.words.isdisjoint(tokens) or digits and self._any_digit:
            return True
        return bool(self._characters) and any(mark in paragraph for mark in self._characters)


# ---- the data ----------------------------------------------------------------------------------

@cache
def _data() -> dict[str, Any]:
    return load("timex")


def _alternation(words: list[str]) -> str:
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def _named_lists(data: dict[str, Any]) -> dict[str, list[str]]:
    """The word lists a rule may name with @: [words], plus the names of vague references
    and holidays, which are tables."""
    lists = dict(data["words"])
    lists["vague"] = list(data["vague"])
    lists["holiday"] = [*data["holidays"], *data["movable_holidays"]]
    return lists


@cache
def rules() -> list[Rule]:
    data = _data()
    lists = _named_lists(data)
    macros = {name: _alternation(words) for name, words in lists.items()}
    macro = re.compile(r"@(\w+)")
    compiled = []
    for rule in data["rule"]:
        source = macro.sub(lambda m: macros[m.group(1)], rule["pattern"])
        words, marks = _needs(rule["needs"], lists)
        compiled.append(Rule(rule["name"], re.compile(r"(?<!\w)" + source + r"(?!\w)", re.I),
                             rule["resolve"], rule.get("case_sensitive_first", False), words, marks))
    return compiled


def _needs(needs: list[str], lists: dict[str, list[str]]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A rule's trigger words (first words of list entries) and trigger characters."""
    words: set[str] = set()
    marks: list[str] = []
    for need in needs:
        if need.startswith("@"):
            entries = lists[need[1:]]
            words.update(TOKEN.findall(entry.lower())[0] for entry in entries)
        elif need.isalpha():
            words.add(need)
        else:
            marks.append(need)
    return frozenset(words), tuple(marks)


@cache
def _tense_cues() -> tuple[re.Pattern[str], frozenset[str]]:
    tense = _data()["tense"]
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, tense["future"] + tense["past"])) + r")\b", re.I)
    return pattern, frozenset(tense["future"])


@cache
def _run_up_words() -> frozenset[str]:
    return frozenset(_data()["tense"]["run_up"])


@cache
def words(*path: str) -> frozenset[str]:
    """A word list of data/timex.toml by its key path, as a set: words("relative", "past")."""
    return frozenset(table(*path))


@cache
def table(*path: str) -> Any:
    """A table of data/timex.toml by its key path: table("relative", "delta")."""
    node: Any = _data()
    for key in path:
        node = node[key]
    return node


@cache
def _months() -> dict[str, int]:
    months = load("dates")["months"]
    return {name: number for name, number in months.items()}


@cache
def _weekdays() -> dict[str, int]:
    return dict(load("dates")["weekdays"])


TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
DIGIT = re.compile(r"\d")
