"""The model of data/timex.toml: the time tagger's word lists, TIMEX3 values and rules."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field, model_validator

from warta.data_schemas.base import Number, Table, TimeMLMod, Word, Words, matching, one_of, require_known

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
# the calendar periods stages/times/calendar_math.py counts in (_period)
Period = Annotated[str, AfterValidator(one_of("day", "week", "weekend", "month", "quarter", "half", "year", "decade",
                                              "century"))]
VagueSpan = Annotated[str, AfterValidator(matching(r"PX(?:DE|CE|ML)", "PXDE, PXCE or PXML"))]


class ClockUnits(Table):
    """[clock_units]: the units a duration of which is a clock duration (PT…)."""

    units: Words


class Tense(Table):
    """[tense]: words before an expression that say it lies ahead or behind."""

    future: Words
    past: Words
    run_up: Words


class Relative(Table):
    """[relative]: what a relative word after a unit, a month, a weekday or a day says."""

    past: Words
    future: Words
    this: Words
    strict: Words
    backward: Words
    onward: Words
    story: Words
    delta: dict[Word, int]


class Days(Table):
    """[days]: days named by a word, from the article's date or from the story's day."""

    story: Words
    night: Words
    from_anchor: dict[Word, int]
    from_story: dict[Word, int]


class ClockParts(Table):
    """[clock_parts]: parts of day that put a clock hour before 12 after noon."""

    afternoon: Words


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
    tense: Tense
    relative: Relative
    periods: dict[Word, Period]
    days: Days
    clock_parts: ClockParts
    many_years: dict[Word, VagueSpan]
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
        self._listed_words_have_values()
        for part in self.clock_parts.afternoon:
            require_known(part, self.parts, ("clock_parts", "afternoon"))
        for word in self.days.night:
            require_known(word, self.days.from_anchor, ("days", "night"))
        return self

    def _listed_words_have_values(self) -> None:
        """A word a rule matches from a @list and a resolver then looks up in a table (a part
        of day's TIMEX3 suffix, a season's, an edge's mod, a unit's letter) must be in that
        table: the tagger skips an expression whose lookup fails, so a word missing there would
        be matched and dropped without a word."""
        for listed, table in (("part", self.parts), ("season", self.seasons), ("edge", self.mods.edge),
                              ("unit", self.units)):
            for word in self.words.get(listed, []):
                require_known(word, table, ("words", listed))
        for word in self.words.get("se_unit", []):  # "sehari", "seharian": "se" + unit (+ "an")
            bare = word.removeprefix("se")
            if not ({word, bare, bare.removesuffix("an")} & set(self.units)):
                require_known(word, self.units, ("words", "se_unit"))
