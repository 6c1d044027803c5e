"""Resolvers for expressions counted from the anchor or from the day the story is at: relative
units and days ("pekan lalu", "kemarin", "hari itu"), the edges of periods ("akhir tahun"),
shifts ("tiga hari kemudian"), durations, sets ("setiap Kamis"), clock times, vague
references and parts of the day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from warta.stages.times.calendar_math import _clock, _part_suffix, _period, period_of
from warta.stages.times.context import Context, _found, _in_a_title, _sentence_initial
from warta.stages.times.numbers import _duration_value, number_value
from warta.stages.times.resolve_dates import resolve_calendar
from warta.stages.times.vocabulary import Candidate, Found, _data, _weekdays, table, words


def resolve_relative_unit(c: Candidate, ctx: Context) -> list[Found] | None:
    rel = " ".join(c.groups["rel"].lower().split())
    base = ctx.base(rel, c.start, c.groups["unit"])
    if base is None:
        return None
    value = _period(base, c.groups["unit"], table("relative", "delta").get(rel, 0))
    return _found(c, ctx, "DATE", value) if value else None


def resolve_edge(c: Candidate, ctx: Context) -> list[Found] | None:
    g = c.groups
    if g.get("mon"):  # "pertengahan Mei lalu": the month, on the side "lalu" points to
        return resolve_calendar(c, ctx)
    if g.get("y2"):
        return _found(c, ctx, "DATE", g["y2"])
    if ctx.anchor is None:
        return None
    rel = " ".join((g.get("rel") or "ini").lower().split())
    unit = g["unit"].lower()
    value = _period(ctx.anchor, "akhir pekan" if period_of(unit) == "week" and g["edge"].lower() == "akhir"
                    else unit, table("relative", "delta").get(rel, 0))
    return _found(c, ctx, "DATE", value) if value else None


def resolve_relative_day(c: Candidate, ctx: Context) -> list[Found] | None:
    if _in_a_title(c, ctx):
        return None
    rel = " ".join(c.groups["rel"].lower().split())
    part = c.groups.get("part")
    if rel == "tadi" and not part:
        return None
    if rel in words("days", "story"):
        base = ctx.last_date(c.start)
        offset = 0
    else:
        # "tadi malam", like "semalam", is last night
        days = table("days", "from_anchor")
        base, offset = ctx.anchor, days.get(f"{rel} {(part or '').lower()}", days.get(rel, 0))
    if base is None:
        return None
    if rel == "semalam" and not part:
        part = "malam"
    day = base + timedelta(days=offset)
    if _frames_what_follows(c, ctx):
        ctx.add_date(c.start, day)
    suffix = _part_suffix(part)
    return _found(c, ctx, "TIME" if suffix else "DATE", day.isoformat() + suffix)


def _frames_what_follows(c: Candidate, ctx: Context) -> bool:
    """A day opening its sentence and set off by a comma ("Kemarin, Presiden tiba…") is the
    day the story moves to: later clock times and "malam harinya" fall on it. In mid-sentence
    ("setelah kemarin terpangkas") it dates one clause only."""
    preposition = FRAME_PREPOSITION.search(ctx.text[:c.start])
    start = preposition.start() if preposition else c.start
    return _sentence_initial(ctx.text, start) and ctx.text[c.end:c.end + 1] == ","


FRAME_PREPOSITION = re.compile(r"\b(?:pada|sejak)\s+$", re.I)


def resolve_that_day(c: Candidate, ctx: Context) -> list[Found] | None:
    base = ctx.last_date(c.start)
    if base is None:
        return None
    day = base + timedelta(days=table("days", "from_story")[" ".join(c.groups["rel"].lower().split())])
    return _found(c, ctx, "DATE", day.isoformat())


def resolve_duration(c: Candidate, ctx: Context) -> list[Found] | None:
    unit = c.groups["unit"]
    amount = number_value(c.groups["n"]) if c.groups.get("n") else 1
    if amount is None:
        return None
    if c.groups.get("mult"):  # "2 x 24 jam"
        amount *= int(c.groups["mult"])
    return _found(c, ctx, "DURATION", _duration_value(amount, unit))


def resolve_vague_duration(c: Candidate, ctx: Context) -> list[Found]:
    rel = " ".join((c.groups.get("rel") or "").lower().split())
    if rel in words("relative", "backward"):
        return _found(c, ctx, "DATE", "PAST_REF")
    if rel in words("relative", "onward") and c.groups.get("n") is None:
        return _found(c, ctx, "DATE", "FUTURE_REF")
    unit, n = c.groups["unit"].lower(), (c.groups.get("n") or "").lower()
    if n in table("many_years") and unit == "tahun":
        return _found(c, ctx, "DURATION", table("many_years")[n])
    return _found(c, ctx, "DURATION", _duration_value("X", unit))


def resolve_shift(c: Candidate, ctx: Context) -> list[Found] | None:
    rel = " ".join(c.groups["rel"].lower().split())
    backward = rel in words("relative", "backward")
    n = c.groups["n"].lower()
    if n == "beberapa":
        return _found(c, ctx, "DATE", "PAST_REF" if backward else "FUTURE_REF")
    amount = number_value(n)
    unit = c.groups["unit"].lower()
    if amount is not None and amount != int(amount) and unit == "tahun":
        amount, unit = amount * 12, "bulan"  # "satu setengah tahun lalu": 18 months back
    base = ctx.base(rel, c.start, unit)
    if amount is None or base is None or amount != int(amount):
        return None
    delta = int(amount) * (-1 if backward else 1)
    if unit in ("hari", "malam"):
        day = base + timedelta(days=delta)
        ctx.add_date(c.start, day)
        return _found(c, ctx, "DATE", day.isoformat())
    if unit in words("clock_units", "units"):  # "dua jam lalu": the day itself
        return _found(c, ctx, "DATE", base.isoformat())
    value = _period(base, unit, delta)
    return _found(c, ctx, "DATE", value) if value else None


def resolve_set(c: Candidate, ctx: Context) -> list[Found] | None:
    unit = c.groups.get("unit") or c.groups["wd"]  # "setiap hari Kamis"
    if (c.groups.get("edge") or "").lower() == "akhir" and period_of(unit) == "week":
        return _found(c, ctx, "SET", "XXXX-WXX-WE")  # every weekend
    weekday = _weekdays().get(unit.lower())
    if weekday is not None and (unit[:1].isupper() or "wd" in c.groups):
        at = _clock(c.groups) or _part_suffix(c.groups.get("part"))  # "setiap Kamis pukul 11.00"
        return _found(c, ctx, "SET", f"XXXX-WXX-{weekday + 1}{at}")
    if weekday is not None and unit.lower() not in _data()["units"]:
        return None  # a weekday, but for "minggu", which is a week as well
    if "kali " in ctx.text[c.start:c.end].lower():  # "dua kali seminggu", "sekali setahun"
        return _found(c, ctx, "SET", _duration_value(1, unit))
    amount = number_value(c.groups["n"]) if c.groups.get("n") else 1
    if amount is None:
        return None
    return _found(c, ctx, "SET", _duration_value(amount, unit) + _part_suffix(c.groups.get("part")))


def resolve_clock(c: Candidate, ctx: Context) -> list[Found] | None:
    rel = " ".join((c.groups.get("rel") or "").lower().split())
    night = rel in words("days", "night") and not c.groups.get("part")  # "pukul 9 tadi malam": 21:00
    clock = _clock({**c.groups, "part": "malam"} if night else c.groups)
    if clock is None:
        return None
    if rel and ctx.anchor:  # "pukul 14.00 WIB kemarin"
        day: date | None = ctx.anchor + timedelta(days=table("days", "from_anchor")[rel])
        ctx.add_date(c.start, day)
    else:
        day = ctx.last_date(c.start)  # a clock time belongs to the day the story is at
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return _found(c, ctx, "TIME", prefix + clock)


def resolve_vague(c: Candidate, ctx: Context) -> list[Found] | None:
    word = " ".join(c.groups["vague"].lower().split())
    before = ctx.text[max(0, c.start - 10):c.start].lower()
    if word in ("dulu", "dahulu") and re.search(r"\b(lebih|terlebih)\s*$", before):
        return None  # "terlebih dahulu" means "first", not "in the past"
    return _found(c, ctx, "DATE", _data()["vague"][word])


def resolve_part_of_day(c: Candidate, ctx: Context) -> list[Found] | None:
    if _in_a_title(c, ctx):
        return None
    rel = (c.groups.get("rel") or "").lower()
    day = ctx.anchor if rel == "ini" else ctx.last_date(c.start)
    if day is not None and rel in words("relative", "past"):  # "malam hari sebelumnya"
        day -= timedelta(days=1)
    if day is None:
        return None
    part = " ".join((c.groups.get("part") or c.groups["part2"]).lower().split())
    return _found(c, ctx, "TIME", day.isoformat() + _part_suffix(part))


def resolve_day_of_month(c: Candidate, ctx: Context) -> list[Found] | None:
    base, number = ctx.anchor, int(c.groups["d"])
    if base is None or not 1 <= number <= 31:
        return None
    try:
        day = base.replace(day=number)
    except ValueError:
        return None
    ctx.add_date(c.start, day)
    return _found(c, ctx, "DATE", day.isoformat())


def resolve_unspecified(c: Candidate, ctx: Context) -> list[Found]:
    return _found(c, ctx, "DURATION", "PXX")


def resolve_daily(c: Candidate, ctx: Context) -> list[Found]:
    return _found(c, ctx, "SET", "P1D")
