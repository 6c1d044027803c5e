"""The tagger: candidates found, each resolved by its rule's resolver (``RESOLVERS``) against the
anchor, the later passes applied, and words inside a quotation re-anchored on the day the text
says it was spoken.
"""

from __future__ import annotations

import re
from datetime import date

from warta.stages.times.context import Context
from warta.stages.times.matching import find_candidates
from warta.stages.times.passes import (
    _clock_range_past_midnight,
    _clock_times_take_the_day_after,
    _clock_times_take_the_day_before,
    _ranges_run_forward,
    _with_modifiers,
)
from warta.stages.times.resolve_dates import (
    resolve_calendar,
    resolve_century,
    resolve_decade,
    resolve_holiday,
    resolve_quarter,
    resolve_season,
    resolve_year_range,
)
from warta.stages.times.resolve_relative import (
    resolve_clock,
    resolve_daily,
    resolve_day_of_month,
    resolve_duration,
    resolve_edge,
    resolve_part_of_day,
    resolve_relative_day,
    resolve_relative_unit,
    resolve_set,
    resolve_shift,
    resolve_that_day,
    resolve_unspecified,
    resolve_vague,
    resolve_vague_duration,
)
from warta.stages.times.vocabulary import Candidate, Found, rules

RESOLVERS = {
    "unspecified": resolve_unspecified, "daily": resolve_daily,
    "part_of_day": resolve_part_of_day, "day_of_month": resolve_day_of_month,
    "calendar": resolve_calendar, "year_range": resolve_year_range, "decade": resolve_decade,
    "century": resolve_century, "quarter": resolve_quarter, "season": resolve_season,
    "holiday": resolve_holiday, "edge": resolve_edge, "relative_day": resolve_relative_day,
    "that_day": resolve_that_day, "shift": resolve_shift, "relative_unit": resolve_relative_unit,
    "set": resolve_set, "vague_duration": resolve_vague_duration, "duration": resolve_duration,
    "clock": resolve_clock, "vague": resolve_vague,
}


QUOTE = re.compile(r"[“\"]([^“”\"\n]{2,2000})[”\"]")


def tag(text: str, anchor: date | None) -> list[Found]:
    """TIMEX3 expressions in a text, normalised against the anchor date."""
    candidates = find_candidates(text)
    found = _resolve_all(text, candidates, anchor)
    return _reanchor_quotes(text, candidates, found, anchor)


def _resolve_all(text: str, candidates: list[Candidate], anchor: date | None) -> list[Found]:
    ctx = Context(text, anchor)
    found: list[Found] = []
    for cand in candidates:
        try:
            result = RESOLVERS[rules()[cand.rule].resolve](cand, ctx)
        except (KeyError, ValueError, OverflowError, StopIteration):
            # A value the calendar cannot hold (31 February, a year past 9999) or a word whose
            # case folds otherwise than the pattern's (re.I matches "Senin ſore" to @part, and
            # "ſore" is no key of [parts]): the expression is skipped, the article read on. A
            # word a rule matches and no table holds, the mismatch this could hide, is ruled out
            # before: at load (data_schemas/timex.py) and by tests/test_timex_tables.py.
            result = None
        if result:
            found.extend(result)
    # the passes below look up, by span, the candidate an expression was read from
    by_span = {(c.start, c.end): c for c in candidates}
    found = _ranges_run_forward(text, by_span, found)
    found = _clock_times_take_the_day_before(text, by_span, found)
    found = _clock_range_past_midnight(text, _clock_times_take_the_day_after(text, by_span, found))
    return _with_modifiers(text, by_span, found)


def _reanchor_quotes(text: str, candidates: list[Candidate], found: list[Found],
                     anchor: date | None) -> list[Found]:
    """Words inside a quotation are anchored on the day the text says it was spoken:
    "… esok hari," kata Botes, Selasa (21/10) — esok is the 22nd."""
    for quote in QUOTE.finditer(text):
        spoken = _statement_date(text, quote.end(), found)
        if spoken is None or spoken == anchor:
            continue
        inside = [c for c in candidates if quote.start() <= c.start and c.end <= quote.end()]
        if not inside:
            continue
        redone = {(f.start, f.end): f for f in _resolve_all(text, inside, spoken)}
        found = [redone.get((f.start, f.end), f) for f in found]
    return found


def _statement_date(text: str, after: int, found: list[Found]) -> date | None:
    """The day-precision date in the attribution right after a quotation, if any."""
    tail = text[after:after + 120]
    stop = min((i for i in (tail.find("\n"), tail.find(". ")) if i >= 0), default=len(tail))
    for f in found:
        if after <= f.start < after + stop and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", f.value):
            return date.fromisoformat(f.value[:10])
    return None
