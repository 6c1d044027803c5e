"""Calendar arithmetic for the resolvers: ISO weeks, shifting months, clock times and parts of
the day as TIMEX3 suffixes, picking the year of a day or month written without one from the
tense and the anchor, the weekday nearest the anchor, the date meant by a mistyped one, the
days of movable holidays, and the value of the calendar period some units from a date.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Any

from warta.stages.times.numbers import number_value
from warta.stages.times.vocabulary import _data, _months, table, words


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _part_suffix(part: str | None) -> str:
    if not part:
        return ""
    return "T" + _data()["parts"][" ".join(part.lower().split())]


def _clock(groups: dict[str, Any]) -> str | None:
    hh, mm = groups.get("hh") or groups.get("hh2"), groups.get("mm") or groups.get("mm2")
    if groups.get("half"):  # "setengah tujuh": 6:30
        before = number_value(groups["half"])
        hh, mm = (str(int(before) - 1), "30") if before and before == int(before) else (None, None)
    if hh is None:
        return None
    hour, minute = int(hh), int(mm or 0)
    part = (groups.get("part") or "").lower()
    if part in words("clock_parts", "afternoon") and hour < 12 and not (part == "siang" and hour >= 10):
        hour += 12  # "pukul 7 malam" is 19:00
    elif part == "malam" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"T{hour:02d}:{minute:02d}"


def _month_of(groups: dict[str, Any]) -> int | None:
    if groups.get("m"):
        month = int(groups["m"])
        return month if 1 <= month <= 12 else None
    if groups.get("mon"):
        return _months().get(groups["mon"].lower().rstrip("."))
    return None


def _direction(rel: str | None, tense: str | None) -> str | None:
    rel = (rel or "").lower()
    for side in ("past", "future", "this"):
        if rel in words("relative", side):
            return side
    return tense


def _pick_year(anchor: date, month: int, day: int | None, weekday: int | None,
               direction: str | None) -> int:
    """The year for a day/month without one: agreeing with the weekday, on the side the
    tense points to, nearest the anchor."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = date(year, month, day or 1)
        except ValueError:
            continue
        if weekday is not None and day and candidate.weekday() != weekday:
            continue
        options.append(candidate)
    if not options:
        return anchor.year
    if direction == "this" and any(o.year == anchor.year for o in options):
        # "Maret ini": this year's March; "Desember ini" on 1 January, the one just ended
        return anchor.year - (month - anchor.month > 6)
    if day:
        return _nearest_occurrence(anchor, options, direction).year
    def side(option: date) -> int:
        return ((option.year, option.month) > (anchor.year, anchor.month)) - (
            (option.year, option.month) < (anchor.year, anchor.month))

    if direction == "future":
        later = [o for o in options if side(o) >= 0]
        if later:
            return min(later).year
    if direction == "past":
        earlier = [o for o in options if side(o) <= 0]
        if earlier:
            return max(earlier).year
    # No tense: the nearest month; one exactly half a year away counts as past.
    return min(options, key=lambda o: (abs((o.year - anchor.year) * 12 + o.month - anchor.month),
                                       o > anchor)).year


def _nearest_occurrence(anchor: date, options: list[date], direction: str | None) -> date:
    """Of a day's occurrences in several years, the one on the side the tense points to,
    nearest the anchor; without a tense the nearest, a tie counting as past."""
    if direction == "future" and (later := [o for o in options if o >= anchor]):
        return min(later)
    if direction == "past" and (earlier := [o for o in options if o <= anchor]):
        return max(earlier)
    return min(options, key=lambda o: (abs((o - anchor).days), o > anchor))


def _mistyped_date(written: date, weekday: int, anchor: date) -> date | None:
    """The date meant when the written one disagrees with its weekday and lies more than a
    week from the article (a weekday beside a date says the date is recent, so the date is the
    slip): the one date within a week of the article that has that weekday and differs from
    the written one by a single slip, the year ("Kamis (1/1/2014)" in January 2015) or one
    digit of the day ("Rabu (14/12/2014)" for the 24th). None when no single date fits."""
    tens, units = divmod(written.day, 10)
    slips = [(anchor.year, written.day)] + [(written.year, 10 * d + units) for d in range(4)] + [
        (written.year, 10 * tens + d) for d in range(10)]
    options = set()
    for year, number in slips:
        try:
            option = date(year, written.month, number)
        except ValueError:
            continue
        if option.weekday() == weekday and abs((option - anchor).days) <= 7:
            options.add(option)
    return options.pop() if len(options) == 1 else None


def _weekday_date(anchor: date, weekday: int, direction: str | None, strictly: bool = False) -> date:
    """A weekday on the side the tense points to; without a tense the latest such day (news
    mostly reports what happened, "Polisi, Jumat, menginterogasi…"). The article's own
    weekday is that day unless `strictly` ("Selasa lalu", "Selasa depan" move a week)."""
    back = (anchor.weekday() - weekday) % 7 or (7 if strictly else 0)
    if direction == "future":
        ahead = (weekday - anchor.weekday()) % 7 or (7 if strictly else 0)
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


@cache
def _indonesian_holidays(year: int) -> dict[date, list[str]]:
    """The year's Indonesian public holidays by day, names without "(perkiraan)" (estimated)."""
    import holidays  # imported here: only articles that name a movable holiday need it

    calendar = holidays.country_holidays("ID", years=year, language="id")
    return {day: [part.replace("(perkiraan)", "").strip() for part in names.split(";")]
            for day, names in calendar.items()}


def holiday_dates(official_name: str, year: int) -> list[date]:
    """The days in `year` on which the holiday of that official Indonesian name falls."""
    if official_name == "Easter":
        from dateutil.easter import easter

        return [easter(year)]
    return sorted(day for day, names in _indonesian_holidays(year).items() if official_name in names)


def period_of(unit: str) -> str | None:
    """The calendar period a unit word counts in (data/timex.toml [periods]): "pekan" → "week"."""
    return table("periods").get(" ".join(unit.lower().split()))


def _period(anchor: date, unit: str, delta: int) -> str | None:
    """The value of the calendar period `delta` units from the anchor's."""
    key = period_of(unit)
    if key == "day":
        return (anchor + timedelta(days=delta)).isoformat()
    if key in ("week", "weekend"):
        value = _iso_week(anchor + timedelta(weeks=delta))
        return value + "-WE" if key == "weekend" else value
    if key == "month":
        year, month = _shift_month(anchor.year, anchor.month, delta)
        return f"{year}-{month:02d}"
    if key == "year":
        return str(anchor.year + delta)
    if key == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + delta
        return f"{index // 4}-Q{index % 4 + 1}"
    if key == "half":
        index = anchor.year * 2 + (anchor.month - 1) // 6 + delta
        return f"{index // 2}-H{index % 2 + 1}"
    if key == "decade":
        return str(anchor.year // 10 + delta)
    if key == "century":
        return f"{anchor.year // 100 + delta:02d}"
    return None

