"""Resolvers for calendar expressions: full and partial dates with weekdays and clock times, year
ranges, decades, centuries, quarters and halves, seasons, and fixed and movable holidays, each
turning a candidate's named groups into TIMEX3 types and values against the anchor.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from warta.stages.times.calendar_math import (
    _clock,
    _direction,
    _mistyped_date,
    _month_of,
    _nearest_occurrence,
    _part_suffix,
    _period,
    _pick_year,
    _weekday_date,
    holiday_dates,
    period_of,
)
from warta.stages.times.context import Context, _found, _sentence_initial
from warta.stages.times.numbers import roman_value
from warta.stages.times.vocabulary import Candidate, Found, _data, _months, _run_up_words, _weekdays, table, words


def resolve_calendar(c: Candidate, ctx: Context) -> list[Found] | None:
    g = dict(c.groups)
    if "d2" in g:
        g["d"], g["m"] = g.pop("d2"), g.pop("m2")
    month, anchor = _month_of(g), ctx.anchor
    weekday = _weekdays().get(g["wd"].lower()) if g.get("wd") else None
    direction = _direction(g.get("rel"), ctx.tense(c.start, c.end))
    part = g.get("part") or g.get("prepart")
    suffix = _clock(g) or _part_suffix(part)
    year = int(g["y"]) if g.get("y") else _relative_year(g.get("yrel"), c.start, ctx)
    if year is not None and year < 100:
        year += 2000
    day_number = int(g["d"]) if g.get("d") else None
    if day_number is not None and month:
        if year is None:
            if anchor is None:
                return _found(c, ctx, "DATE", f"XXXX-{month:02d}-{day_number:02d}")
            year = _pick_year(anchor, month, day_number, weekday, direction)
        try:
            day = date(year, month, day_number)
        except ValueError:
            return None
        if weekday is not None and day.weekday() != weekday and anchor and abs((day - anchor).days) > 7:
            day = _mistyped_date(day, weekday, anchor) or day
        ctx.add_date(c.start, day)
        if weekday == day.weekday() and anchor and abs((day - anchor).days) <= 7:
            ctx.dated_weekdays[weekday] = day
        return _found(c, ctx, "TIME" if suffix else "DATE", day.isoformat() + suffix)
    if weekday is not None:
        if anchor is None:
            return _found(c, ctx, "DATE", f"XXXX-WXX-{weekday + 1}")
        rel = (g.get("rel") or "").lower()
        delta = table("relative", "delta")
        # "Minggu lalu" opening a sentence is last week: the weekday that is a unit as well
        if (g["wd"].lower() in _data()["units"] and rel in delta and not g.get("prepart")
                and _sentence_initial(ctx.text, c.start)):
            return _found(c, ctx, "DATE", _period(anchor, "pekan", delta[rel]))
        if g.get("wrel"):  # "Jumat pekan lalu": the Friday of last week
            week_delta = delta[g["wrel"].lower().split()[-1]]
            day = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=week_delta, days=weekday)
        elif weekday in ctx.dated_weekdays and not rel:
            day = ctx.dated_weekdays[weekday]
        else:
            day = _weekday_date(anchor, weekday, direction, strictly=rel in words("relative", "strict"))
        if (g.get("prepart") or "").lower() == "malam":
            day -= timedelta(days=1)  # "malam Minggu" is Saturday night
        ctx.add_date(c.start, day)
        return _found(c, ctx, "TIME" if suffix else "DATE", day.isoformat() + suffix)
    if month:
        year = year or _year_of_range(ctx.text, c.end)
        if year is None:
            if anchor is None:
                return _found(c, ctx, "DATE", f"XXXX-{month:02d}")
            year = _pick_year(anchor, month, None, None, direction)
        ctx.add_period(c.start, date(year, month, 1), 2)
        return _found(c, ctx, "DATE", f"{year}-{month:02d}")
    if year is not None:
        ctx.add_period(c.start, date(year, 1, 1), 1)
        return _found(c, ctx, "DATE", str(year))
    return None


def _relative_year(rel: str | None, start: int, ctx: Context) -> int | None:
    """The year of "Maret tahun lalu" (the anchor's, moved) or "Maret tahun itu" (the story's)."""
    if not rel:
        return None
    rel = rel.lower()
    base = ctx.base(rel, start, "tahun")
    return None if base is None else base.year + table("relative", "delta").get(rel, 0)


RANGE_END = re.compile(r"\s*(?:-|–|hingga|sampai|dan|s/d)\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(\d{4})\b")


def _year_of_range(text: str, end: int) -> int | None:
    """The year closing a range that starts with a bare month: "Juni-Juli 2014"."""
    match = RANGE_END.match(text, end)
    if match and _months().get(text[end:match.start(1)].strip(" -–").split()[-1].lower().rstrip(".")):
        return int(match.group(1))
    return None


def resolve_year_range(c: Candidate, ctx: Context) -> list[Found]:
    text = ctx.text[c.start:c.end]
    first, second = c.groups["y"], c.groups["y2"]
    first_end, split = text.find(first) + len(first), text.rfind(second)
    return [Found(c.start, c.start + first_end, text[:first_end], "DATE", first),
            Found(c.start + split, c.end, second, "DATE", second)]


def resolve_decade(c: Candidate, ctx: Context) -> list[Found] | None:
    """"1990-an" is 199; "tahun 90-an" is the latest such decade at or before the anchor."""
    if "y" in c.groups:
        return _found(c, ctx, "DATE", c.groups["y"])
    digit = int(c.groups["d"]) if "d" in c.groups else int(_data()["numbers"][c.groups["dw"].lower()])
    now = (ctx.anchor or date.today()).year
    return _found(c, ctx, "DATE", f"20{digit}" if 2000 + digit * 10 <= now else f"19{digit}")


def resolve_century(c: Candidate, ctx: Context) -> list[Found] | None:
    number = roman_value(c.groups["n"])
    return _found(c, ctx, "DATE", f"{number - 1:02d}") if number else None


def _year_for(c: Candidate, ctx: Context) -> int | None:
    g = c.groups
    if g.get("y"):
        return int(g["y"])
    if ctx.anchor is None:
        return None
    # the rules that call this take "ini", "lalu" or "depan" after a season, a quarter or a holiday
    return ctx.anchor.year + table("relative", "delta").get((g.get("rel") or "").lower(), 0)


def resolve_quarter(c: Candidate, ctx: Context) -> list[Found] | None:
    q = c.groups["q"].lower()
    number = _data()["numbers"].get(q) or roman_value(q)
    year = _year_for(c, ctx)
    if not number:
        return None
    letter = "H" if period_of(c.groups["unit"]) == "half" else "Q"
    return _found(c, ctx, "DATE", f"{year if year else 'XXXX'}-{letter}{number}")


def resolve_season(c: Candidate, ctx: Context) -> list[Found]:
    season = _data()["seasons"][c.groups["season"].lower()]
    year = _year_for(c, ctx)
    return _found(c, ctx, "DATE", f"{year if year else 'XXXX'}-{season}")


def resolve_holiday(c: Candidate, ctx: Context) -> list[Found] | None:
    name = " ".join(c.groups["holiday"].lower().split())
    if name in _data()["movable_holidays"]:
        return _movable_holiday(c, ctx, _data()["movable_holidays"][name])
    month_day = _data()["holidays"][name]
    month, day = int(month_day[:2]), int(month_day[3:5])
    year = _year_for(c, ctx)
    if year and not (c.groups.get("y") or c.groups.get("rel")) and ctx.anchor:
        year = _pick_year(ctx.anchor, month, day, None, ctx.tense(c.start, c.end, _run_up_words()))
    elif year and c.groups.get("y") and name in _data()["eves_of_the_next_year"]["names"]:
        year -= 1
    kind = "TIME" if "T" in month_day else "DATE"
    return _found(c, ctx, kind, f"{year if year else 'XXXX'}-{month_day}")


def _movable_holiday(c: Candidate, ctx: Context, official_name: str) -> list[Found] | None:
    """A holiday of the lunar or church calendar: its day in the year written, or the
    occurrence nearest the anchor on the side the tense points to."""
    if c.groups.get("y") or c.groups.get("rel") or ctx.anchor is None:
        year = _year_for(c, ctx)
        if year is None:
            return None
        days = holiday_dates(official_name, year)
        # a year the calendar does not cover still names the year
        return _found(c, ctx, "DATE", days[0].isoformat() if days else str(year))
    years = (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
    options = [day for year in years for day in holiday_dates(official_name, year)]
    if not options:
        return None
    direction = ctx.tense(c.start, c.end, _run_up_words())
    return _found(c, ctx, "DATE", _nearest_occurrence(ctx.anchor, options, direction).isoformat())
