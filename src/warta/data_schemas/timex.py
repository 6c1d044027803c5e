"""The model of data/timex.toml: the time tagger's word lists, TIMEX3 values and rules."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field, model_validator

from warta.data_schemas.base import Number, Table, TimeMLMod, UtcOffset, Word, Words, matching, one_of, require_known

# the resolvers a rule may name: stages/times/tagger.py RESOLVERS (the tests keep the two equal)
RESOLVERS = ("unspecified", "daily", "part_of_day", "day_of_month", "calendar", "year_range", "decade",
             "century", "quarter", "season", "holiday", "edge", "relative_day", "that_day", "shift",
             "relative_unit", "set", "vague_duration", "duration", "clock", "vague")
Resolver = Annotated[str, AfterValidator(one_of(*RESOLVERS))]
# TIMEX3 values: a unit letter after an optional multiplier (windu "8Y"), a part of day or a clock
# time after "T", a season, a reference to now, a month and day with an optional part of day
UnitCode = Annotated[str, AfterValidator(matching(r"\d*(?:Y|M|W|D|H|S|DE|CE|ML)", "a TIMEX3 unit such as D or 8Y"))]
PartOfDay = Annotated[str, AfterValidator(matching(r"MO|AF|EV|NI|DT|\d{2}:\d{2}", "a TIMEX3 part of day or HH:MM"))]
Season = Annotated[str, AfterValidator(one_of("SP", "SU", "FA", "WI"))]
Reference = Annotated[str, AfterValidator(one_of("PAST_REF", "PRESENT_REF", "FUTURE_REF"))]
MonthDay = Annotated[str, AfterValidator(matching(r"(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:MO|AF|EV|NI))?",
                                                  "MM-DD, with an optional TIMEX3 part of day"))]
MACRO = re.compile(r"@(\w+)")


class ClockUnits(Table):
    """[clock_units]: the units a duration of which is a clock duration (PT…)."""

    units: Words


class Tense(Table):
    """[tense]: words before an expression that say it lies ahead or behind."""

    future: Words
    past: Words
    run_up: Words


class Mods(Table):
    """[mods]: TimeML mods for the word before an expression and for the edge of a period."""

    before: dict[Word, TimeMLMod]
    edge: dict[Word, TimeMLMod]


class Eves(Table):
    """[eves_of_the_next_year]."""

    names: Words


class Names(Table):
    """[names]: words after which a date word is part of a name."""

    not_after: Words


class Rule(Table):
    """A [[rule]]: a pattern, the words a paragraph must hold for it to run, and its resolver."""

    name: Word
    needs: Words = Field(min_length=1)
    pattern: Word
    resolve: Resolver
    case_sensitive_first: bool = False


class TimexFile(Table):
    """data/timex.toml."""

    words: dict[Word, Words]
    numbers: dict[Word, Number]
    units: dict[Word, UnitCode]
    clock_units: ClockUnits
    parts: dict[Word, PartOfDay]
    seasons: dict[Word, Season]
    zones: dict[Word, UtcOffset] = {}  # read by no code: the tagger keeps no time zone
    tense: Tense
    mods: Mods
    vague: dict[Word, Reference]
    holidays: dict[Word, MonthDay]
    eves_of_the_next_year: Eves
    movable_holidays: dict[Word, Word]  # → a holiday's name in the `holidays` package, or "Easter"
    names: Names
    rule: list[Rule]

    @model_validator(mode="after")
    def _names_resolve(self) -> TimexFile:
        """Each @list a rule names exists (stages/times/vocabulary.py looks it up by index when
        the rules are first compiled), clock units are units and eves are holidays."""
        lists = {*self.words, "vague", "holiday"}
        for index, rule in enumerate(self.rule):
            for need in rule.needs:
                if need.startswith("@"):
                    require_known(need[1:], lists, ("rule", index, "needs"))
            for name in MACRO.findall(rule.pattern):
                require_known(name, lists, ("rule", index, "pattern"))
        for unit in self.clock_units.units:
            require_known(unit, self.units, ("clock_units", "units"))
        for name in self.eves_of_the_next_year.names:
            require_known(name, self.holidays, ("eves_of_the_next_year", "names"))
        return self
