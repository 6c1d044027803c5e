"""The words the time rules match and the tables the resolvers look them up in agree.

A resolver looks a matched word up by key (a part of day's TIMEX3 suffix, a season's, an
edge's mod, a relative day's offset, a weekday's or a month's number), and the tagger skips an
expression whose lookup fails rather than fail the article. So a word added to a rule's pattern
but to no table would be matched and dropped without a word: here every word a rule's group can
match (the group's alternatives, expanded from the compiled pattern) is checked against the
table its resolver reads. The weekday and month names are data/dates.toml's, the calendar
vocabulary the publication dates are read with too."""

from __future__ import annotations

import re
from re import _constants as sre  # the parsed form of a pattern: the only way to list its alternatives
from re import _parser
from typing import Any

import pytest

from warta.resources import load
from warta.stages.times.vocabulary import Rule, rules

MOST = 20000  # alternatives of a group beyond which it is not a word list


def _sequence(items: Any) -> set[str] | None:
    """The strings a parsed sequence matches, or None when they are not a short finite list
    (digits, any letter)."""
    out = {""}
    for op, arg in items:
        part = _node(op, arg)
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > MOST:
            return None
    return out


def _node(op: Any, arg: Any) -> set[str] | None:
    if op is sre.LITERAL:
        return {chr(arg)}
    if op is sre.IN:
        if arg == [(sre.CATEGORY, sre.CATEGORY_SPACE)]:  # \s: one space
            return {" "}
        return {chr(value) for kind, value in arg} if all(kind is sre.LITERAL for kind, _ in arg) else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = arg
        inner = _sequence(sub)
        if inner == {" "} and low >= 1:  # \s+
            return {" "}
        return {""} | inner if inner is not None and (low, high) == (0, 1) else None
    if op is sre.SUBPATTERN:
        return _sequence(arg[3])
    if op is sre.BRANCH:
        branches = [_sequence(sub) for sub in arg[1]]
        return None if any(b is None for b in branches) else set().union(*branches)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # \b, lookarounds: nothing consumed
        return {""}
    return None


def _group(items: Any, number: int) -> Any:
    """The parsed body of group `number`."""
    for op, arg in items:
        if op is sre.SUBPATTERN and arg[0] == number:
            return arg[3]
        if op is sre.SUBPATTERN:
            children = [arg[3]]
        elif op is sre.BRANCH:
            children = arg[1]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            children = [arg[2]]
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            children = [arg[1]]
        else:
            continue
        for child in children:
            found = _group(child, number)
            if found is not None:
                return found
    return None


def matched_words(rule: Rule) -> dict[str, set[str]]:
    """Each group of a rule (by the name its resolver sees: "part__after" is "part") with the
    words it can match, lower case, spaces single; groups matching no short word list left out."""
    tree = list(_parser.parse(rule.pattern.pattern, rule.pattern.flags))
    out: dict[str, set[str]] = {}
    for name, number in rule.pattern.groupindex.items():
        body = _group(tree, number)
        found = _sequence(body) if body is not None else None
        if found is not None:
            out.setdefault(name.split("__")[0], set()).update(" ".join(w.lower().split()) for w in found)
    return out


def _unit_known(word: str, units: dict[str, str]) -> bool:
    bare = word.removeprefix("se")  # "sehari", "seharian" (stages/times/numbers.py _unit_code)
    return bool({word, bare, bare.removesuffix("an")} & set(units))


def lookups() -> list[tuple[str, str, str, set[str]]]:
    """(rule, group, table, the words of the group missing from the table its resolver reads)."""
    timex, dates = load("timex"), load("dates")
    out = []
    for rule in rules():
        for group, words in matched_words(rule).items():
            if group in ("part", "part2"):
                table, missing = "[parts]", words - set(timex["parts"])
            elif group == "season":
                table, missing = "[seasons]", words - set(timex["seasons"])
            elif group == "edge":
                table, missing = "[mods.edge]", words - set(timex["mods"]["edge"])
            elif group == "wd":
                table, missing = "dates.toml [weekdays]", words - set(dates["weekdays"])
            elif group == "mon":
                table, missing = "dates.toml [months]", {w for w in words if w.rstrip(".") not in dates["months"]}
            elif group == "holiday":
                table, missing = "[holidays]", words - set(timex["holidays"]) - set(timex["movable_holidays"])
            elif group == "vague" and rule.resolve == "vague":
                table, missing = "[vague]", words - set(timex["vague"])
            elif group == "dw":
                table, missing = "[numbers]", words - set(timex["numbers"])
            elif group == "wrel":
                delta = timex["relative"]["delta"]  # "pekan lalu": the week's delta is its last word's
                table, missing = "[relative.delta]", {w for w in words if w.split()[-1] not in delta}
            elif group == "rel" and rule.resolve == "clock":
                table, missing = "[days.from_anchor]", words - set(timex["days"]["from_anchor"])
            elif group == "rel" and rule.resolve == "that_day":
                table, missing = "[days.from_story]", words - set(timex["days"]["from_story"])
            elif group == "unit" and rule.resolve in ("duration", "set", "vague_duration"):
                table = "[units]"  # a weekday after "setiap" is read as a weekday first
                missing = {w for w in words if not _unit_known(w, timex["units"]) and w not in dates["weekdays"]}
            else:
                continue
            out.append((rule.name, group, table, missing))
    return out


def test_the_groups_looked_up_are_found():
    checked = lookups()
    # every kind of lookup is reached, so a renamed group cannot make this test check nothing
    assert {group for _, group, _, _ in checked} >= {"part", "season", "edge", "wd", "mon", "holiday", "vague", "dw",
                                                     "wrel", "rel", "unit"}


@pytest.mark.parametrize(("rule", "group", "table", "missing"), lookups(),
                         ids=lambda value: value if isinstance(value, str) else "")
def test_every_word_a_rule_matches_is_in_the_table_its_resolver_reads(rule: str, group: str, table: str,
                                                                      missing: set[str]):
    assert not missing, f"rule {rule!r}, group {group}: {sorted(missing)} not in {table}"


def test_the_rules_weekday_and_month_words_are_the_calendar_vocabulary_of_the_dates():
    """The @weekday, @month and @month_abbr lists say which words the rules match; their numbers
    are data/dates.toml's, which the publication dates read too: one vocabulary."""
    words, dates = load("timex")["words"], load("dates")
    assert set(words["weekday"]) <= set(dates["weekdays"])
    assert set(words["month"]) | set(words["month_abbr"]) <= set(dates["months"])


def test_the_enumeration_reads_alternatives_optional_words_and_spaces():
    rule = Rule("probe", re.compile(r"(?P<rel>(?:yang\s+)?lalu|tadi\s+malam)\b(?P<d>\d+)?"),
                "clock", False, frozenset(), ())
    assert matched_words(rule) == {"rel": {"lalu", "yang lalu", "tadi malam"}}
