"""The store's queries over the GKG layers: counts summed over time or place, an entity's tone
over time, and the article themes a search filters on.

Counts are summed per incident, not per telling. One incident told in several articles (a
flood's dead in the first report and in the follow-ups) would be counted once per article, so
the tellings are grouped first: **same count type, same place (or none) and same day (the
article's publication day) are one incident, and its number is the largest of its tellings** —
the follow-up that found four dead, not 3 + 4. A count without a place is an incident of its
own beside the placed ones of its day; two incidents of one type in one place on one day are
taken for one (undercounting them rather than double-counting the common case); counts of
articles without a publication date have no day and fall outside any --since/--until.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from typing import Any

from warta.resources import load
from warta.store_schema import NotInStore, StoreError

COUNT_PERIODS = {"day": "day", "month": "substr(day, 1, 7)"}
TONE_PERIODS = {"day": 10, "month": 7, "year": 4}
# YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits (\d would take any script's); the API states the same
# pattern in its document, so a value it lets through is one the query takes
DATE_PATTERN = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
DATE = re.compile(DATE_PATTERN)


@cache
def count_types() -> tuple[str, ...]:
    """The GKG count types the counts stage gives (data/counts.toml), in its order."""
    return tuple(dict.fromkeys(cue["type"] for cue in load("counts")["cue"]))


@cache
def theme_names() -> tuple[str, ...]:
    """The GKG theme names the themes stage gives (data/themes.toml)."""
    return tuple(load("themes")["theme"])


def theme_name(theme: str, known: bool = False) -> str:
    """The theme's GKG name, any case ("corruption" → CORRUPTION). With `known` (the command
    line), a name the stage never gives is refused with the names it does; the API lets it
    match nothing, as its document allows any name of letters and underscores."""
    name = theme.strip().upper()
    if known and name not in theme_names():
        raise StoreError(f"unknown theme {theme.strip()!r}; one of {', '.join(theme_names())}")
    return name


def _date(value: str | None, name: str) -> str | None:
    """A --since/--until value checked: YYYY-MM-DD, YYYY-MM or YYYY. Compared as text, so
    "2025-02-30" is simply the end of February."""
    if value is None or value == "":
        return None
    if not DATE.fullmatch(value):
        raise StoreError(f"{name} {value[:40]!r} is not a date: give YYYY-MM-DD, YYYY-MM or YYYY")
    return value


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 3)


def count_totals(con: sqlite3.Connection, kind: str | None = None, since: str | None = None,
                 until: str | None = None, by: str = "day") -> list[dict[str, Any]]:
    """Counts of a type (or of every type) summed per day, month or place, each incident once
    (see the module): rows of type, the period or place, number, incidents and articles."""
    if by not in (*COUNT_PERIODS, "place"):
        raise StoreError(f"by {by!r} is not one of day, month, place")
    where, args = ["1 = 1"], []
    if kind:
        if kind.strip().upper() not in count_types():
            raise StoreError(f"unknown count type {kind.strip()[:40]!r}; one of {', '.join(count_types())}")
        where.append("type = ?")
        args.append(kind.strip().upper())
    # since after until is an empty span, not an error: nothing was told in it
    since, until = _date(since, "since"), _date(until, "until")
    if since:
        where.append("day >= ?")
        args.append(since)
    if until:
        where.append("day <= ?")
        args.append(until + "~")  # "2025-10" takes in the whole month
    key = "place" if by == "place" else by
    # the place's name folded as SQLite folds it, in both queries, so their groups line up
    group = "lower(coalesce(place, ''))" if by == "place" else COUNT_PERIODS[by]
    label = "min(place)" if by == "place" else group
    try:
        totals = con.execute(
            f"WITH incidents AS (SELECT type, day, lower(coalesce(place, '')) place_key, min(place) place, "
            f"max(number) number FROM counts WHERE {' AND '.join(where)} GROUP BY type, day, place_key) "
            f"SELECT type, {group} grp, {label} label, sum(number) number, count(*) incidents FROM incidents "
            f"GROUP BY type, grp", args).fetchall()
        # an article telling two incidents of a period is one article of it
        articles = {(r[0], r[1]): r[2] for r in con.execute(
            f"SELECT type, {group} grp, count(DISTINCT article) FROM counts WHERE {' AND '.join(where)} "
            f"GROUP BY type, grp", args)}
    except sqlite3.OperationalError as err:
        raise _old_store(err) from None
    rows = [{"type": r["type"], key: r["label"], "number": _number(r["number"]), "incidents": r["incidents"],
             "articles": articles.get((r["type"], r["grp"]), 0)} for r in totals]
    if by == "place":
        return sorted(rows, key=lambda r: (-r["number"], r["type"], r["place"] or ""))
    return sorted(rows, key=lambda r: (r[key] is None, r[key] or "", r["type"]))


def tone_over_time(con: sqlite3.Connection, name: str, by: str = "month") -> dict[str, Any]:
    """The mean tone of the articles mentioning an entity, per day, month or year (undated
    articles last, as a period of None)."""
    from warta.store import find_entities

    if by not in TONE_PERIODS:
        raise StoreError(f"by {by!r} is not one of {', '.join(TONE_PERIODS)}")
    found = find_entities(con, name)
    if not found:
        raise NotInStore(f"no entity named {name!r} in the store")
    ids = [r["id"] for r in found]
    # each article once, though two of the entities found (one name, two types) are in it
    try:
        periods = con.execute(
            f"SELECT substr(day, 1, ?) period, round(avg(tone), 4) tone, count(*) articles FROM article_tone "
            f"WHERE article IN (SELECT article FROM article_entities WHERE entity IN ({','.join('?' * len(ids))})) "
            f"GROUP BY period ORDER BY period IS NULL, period",
            [TONE_PERIODS[by], *ids]).fetchall()
    except sqlite3.OperationalError as err:
        raise _old_store(err) from None
    first = found[0]
    return {"name": first["name"], "type": first["type"], "country": first["country"] or None, "by": by,
            "periods": [dict(r) for r in periods]}


def themes(con: sqlite3.Connection) -> list[dict[str, Any]]:
    """The article themes of the store with their article counts, most frequent first."""
    try:
        rows = con.execute("SELECT theme, count(*) articles FROM article_themes GROUP BY theme "
                           "ORDER BY articles DESC, theme").fetchall()
    except sqlite3.OperationalError as err:
        raise _old_store(err) from None
    return [dict(r) for r in rows]


def _old_store(err: sqlite3.OperationalError) -> StoreError:
    """A store of schema 3 or older opened read-only lacks the tables: say how to upgrade it."""
    if "no such" in str(err):
        return StoreError(f"the store predates counts, themes and tone ({err}); run `warta ingest` on it once "
                          f"(any input) to upgrade it")
    raise err
