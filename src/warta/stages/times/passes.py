"""The passes run over the resolved expressions of a text: ranges that run forward ("Sabtu-Minggu",
"Januari-Oktober"), clock times that take the day written before or after them, clock ranges
past midnight, and TimeML's ``mod`` from an edge word or a modifier before the expression
("sekitar pukul 07.24", "akhir 2014").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from warta.stages.times.calendar_math import _month_of
from warta.stages.times.vocabulary import Candidate, Found, _data, _weekdays, rules, words

Spans = dict[tuple[int, int], Candidate]


def _kind(by_span: Spans, f: Found) -> str | None:
    """The resolver of the rule an expression was read by."""
    c = by_span.get((f.start, f.end))
    return rules()[c.rule].resolve if c else None


@cache
def _modifier_before() -> re.Pattern[str]:
    words = sorted(_data()["mods"]["before"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?P<mod>" + "|".join(re.escape(w) for w in words) + r")\s+$", re.I)


def _with_modifiers(text: str, by_span: Spans, found: list[Found]) -> list[Found]:
    """TimeML's mod: "sekitar pukul 07.24" (APPROX, the word joins the extent), "akhir 2014" (END)."""
    mods = _data()["mods"]
    out = []
    for f in found:
        if f.type == "SET":
            out.append(f)
            continue
        c = by_span.get((f.start, f.end))
        edge = c.groups.get("edge") if c else None
        if edge and not f.value.endswith("WE"):  # "akhir pekan" is the weekend, not an edge
            f = replace(f, mod=mods["edge"][edge.lower()])
        word = _modifier_before().search(text, max(0, f.start - 25), f.start)
        if word:
            f = replace(f, start=word.start(), text=text[word.start():f.end],
                        mod=mods["before"][" ".join(word["mod"].lower().split())])
        out.append(f)
    return out


CLOCK_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})")
UNTIL = re.compile(r"\s*(?:-|–|hingga|sampai|s/d|s\.d\.)\s*(?:dengan\s+)?(?:pukul\s+)?", re.I)


def _clock_range_past_midnight(text: str, found: list[Found]) -> list[Found]:
    """In "pukul 22.00 hingga 02.00" the end is on the next day: a range's end earlier
    in the day than its start, both on one day, moves a day on."""
    for i, (start, end) in enumerate(zip(found, found[1:], strict=False)):
        first, second = CLOCK_VALUE.fullmatch(start.value), CLOCK_VALUE.fullmatch(end.value)
        if (first and second and first.group(1) == second.group(1)
                and second.group(2, 3) < first.group(2, 3)
                and UNTIL.fullmatch(text[start.end:end.start])):
            next_day = date.fromisoformat(second.group(1)) + timedelta(days=1)
            found[i + 1] = replace(end, value=f"{next_day.isoformat()}T{second.group(2)}:{second.group(3)}")
    return found


def _ranges_run_forward(text: str, by_span: Spans, found: list[Found]) -> list[Found]:
    """In "Sabtu-Minggu" or "Senin hingga Rabu" the second day is the first one's next such
    weekday; in "Januari-Oktober" the first month is the last one before the second. Each alone
    would have been read on its own side of the article's date."""
    for i, (first, second) in enumerate(zip(found, found[1:], strict=False)):
        a, b = by_span.get((first.start, first.end)), by_span.get((second.start, second.end))
        one, two = a.groups if a else None, b.groups if b else None
        if not (one and two and set(one) == set(two) and UNTIL.fullmatch(text[first.end:second.start])):
            continue
        if set(one) == {"wd"} and DATE_VALUE.fullmatch(first.value):
            gap = (_weekdays()[two["wd"].lower()] - _weekdays()[one["wd"].lower()]) % 7
            day = date.fromisoformat(first.value) + timedelta(days=gap)
            found[i + 1] = replace(second, value=day.isoformat())
        elif set(one) == {"mon"} and MONTH_VALUE.fullmatch(second.value):
            year, month, last = int(second.value[:4]), _month_of(one), _month_of(two)
            if month and last:
                found[i] = replace(first, value=f"{year - (month > last)}-{month:02d}")
    return found


DATE_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
MONTH_VALUE = re.compile(r"\d{4}-\d{2}")
DAY_THEN_CLOCK = re.compile(r"[\s,]*(?:sekitar|kira-kira|pada)?\s*")
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T[A-Z]{2})?")


def _clock_times_take_the_day_before(text: str, by_span: Spans, found: list[Found]) -> list[Found]:
    """A clock time right after a day belongs to that day: "besok sekitar pukul 10.00 WIB",
    "Rabu malam sekitar pukul 20.30" (resolved alone, it took the day the story was last at,
    which "besok" does not move)."""
    for i, (day, clock) in enumerate(zip(found, found[1:], strict=False)):
        if (_kind(by_span, clock) == "clock" and CLOCK_VALUE.fullmatch(clock.value)
                and DAY_VALUE.fullmatch(day.value) and DAY_THEN_CLOCK.fullmatch(text[day.end:clock.start])):
            found[i + 1] = replace(clock, value=day.value[:10] + clock.value[10:])
    return found


def _clock_times_take_the_day_after(text: str, by_span: Spans, found: list[Found]) -> list[Found]:
    """A clock time written before its day belongs to that day: "pukul 07.55 WIB, Jumat
    (5/12/2014)" (resolved on its own, it took the day the story was at before it). A day
    counted from the story and followed by the date it names is that date: "Sehari sebelumnya,
    Senin (29/12/2014),". (A day counted from the article's date, "hari ini", keeps its own.)"""
    for i, (first, day) in enumerate(zip(found, found[1:], strict=False)):
        if not (re.fullmatch(r"[\s,]{0,3}", text[first.end:day.start])
                and DATE_VALUE.fullmatch(day.value) and _kind(by_span, day) == "calendar"):
            continue
        c = by_span.get((first.start, first.end))
        kind = rules()[c.rule].resolve if c else None
        if kind == "clock" and "T" in first.value:
            found[i] = replace(first, value=day.value + first.value[first.value.index("T"):])
        elif c and DATE_VALUE.fullmatch(first.value) and (
                kind == "that_day" or (c.groups.get("rel") or "").lower() in words("relative", "story")):
            found[i] = replace(first, value=day.value)
    return found
