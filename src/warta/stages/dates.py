"""Publication dates: normalising a record's date, or inferring one from the article's text.

Metadata dates come in many shapes ("2023-11-09T10:00:00+07:00", "10/22/2025 8:51",
"Kamis, 9 November 2023 14:00 WIB"). ISO and numeric forms are read here directly, because
they are most records and dateparser is slow to import and to run; anything else goes to
dateparser. When a record has no date, the likeliest one is taken from the text: a date in the
dateline, then dates the text attributes a report to ("dilansir dari X, Kamis, 9 November
2023"), then the latest full date in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from warta.model import Document
from warta.resources import load
from warta.stages.spans import Occupied

DATE_ORDERS = ("DMY", "MDY", "YMD")


@dataclass
class FoundDate:
    start: int
    end: int
    text: str
    value: date
    time: str | None = None
    zone: str | None = None

    def iso(self) -> str:
        if not self.time:
            return self.value.isoformat()
        return f"{self.value.isoformat()}T{self.time}{self.zone or ''}"


@cache
def _calendar() -> dict:
    data = load("dates")
    months = "|".join(sorted(map(re.escape, data["months"]), key=len, reverse=True))
    weekdays = "|".join(sorted(map(re.escape, data["weekdays"]), key=len, reverse=True))
    zones = "|".join(map(re.escape, data["zones"]))
    clock = (rf"(?:\s*[,|-]?\s*(?:pukul\s+)?(?P<hh>\d{{1,2}})[:.](?P<mm>\d{{2}})(?:[:.](?P<ss>\d{{2}}))?"
             rf"\s*(?P<zone>{zones})?)?")
    weekday = rf"(?:(?P<wd>{weekdays})\s*,?\s*)?"
    textual = rf"\b{weekday}(?P<d>\d{{1,2}})\s+(?P<mon>{months})\.?\s+(?P<y>\d{{4}})\b{clock}"
    english = rf"\b(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b{clock}"
    numeric = rf"\b{weekday}\(?(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>\d{{4}})\)?{clock}"
    cues = sorted(data["attribution"]["cues"], key=len, reverse=True)
    return {
        "months": data["months"],
        "zones": data["zones"],
        "patterns": [re.compile(p, re.I) for p in (textual, english, numeric)],
        "cue": re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b", re.I),
    }


def find_dates(text: str) -> list[FoundDate]:
    """Full calendar dates (day, month and year) in a text, in order, without overlaps."""
    cal = _calendar()
    found: list[FoundDate] = []
    taken = Occupied(len(text))
    for pattern in cal["patterns"]:
        for match in pattern.finditer(text):
            if not taken.free(match.start(), match.end()):
                continue
            parsed = _from_match(match, cal)
            if parsed:
                found.append(parsed)
                taken.take(parsed.start, parsed.end)
    return sorted(found, key=lambda f: f.start)


def _from_match(match: re.Match[str], cal: dict) -> FoundDate | None:
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else cal["months"][groups["mon"].lower()]
    try:
        value = date(int(groups["y"]), month, int(groups["d"]))
    except ValueError:
        return None
    clock = zone = None
    if groups.get("hh") and int(groups["hh"]) < 24 and int(groups["mm"]) < 60:
        clock = f"{int(groups['hh']):02d}:{groups['mm']}:{groups.get('ss') or '00'}"
        zone = cal["zones"].get((groups.get("zone") or "").lower())
    return FoundDate(match.start(), match.end(), match.group(0), value, clock, zone)


# ---- metadata dates --------------------------------------------------------------------------

NUMERIC = re.compile(
    r"^\s*(?P<a>\d{1,4})[/.-](?P<b>\d{1,2})[/.-](?P<c>\d{2,4})"
    r"(?:[ T,]+(?P<hh>\d{1,2})[:.](?P<mm>\d{2})(?:[:.](?P<ss>\d{2}))?)?\s*(?P<zone>[A-Za-z]{2,4})?\s*$")


def normalize_date(value: str, date_order: str | None = None) -> str | None:
    """An ISO 8601 date or date-time for a metadata date, or None when it cannot be read."""
    text = " ".join(str(value).split())
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed.date().isoformat() if len(text) <= 10 else parsed.isoformat()
    except ValueError:
        pass
    numeric = NUMERIC.match(text)
    if numeric:
        return _numeric_date(numeric, date_order)
    found = find_dates(text)
    if found:
        return found[0].iso()
    return _dateparser(text, date_order)


def _numeric_date(match: re.Match[str], date_order: str | None) -> str | None:
    a, b, c = match.group("a"), int(match.group("b")), match.group("c")
    if len(a) == 4:
        year, month, day = int(a), b, int(c)
    else:
        first, year = int(a), int(c) + (2000 if len(c) == 2 else 0)
        order = date_order or ("MDY" if b > 12 else "DMY")
        if order == "MDY" and first > 12 >= b:  # the order given cannot be right for this date
            order = "DMY"
        month, day = (first, b) if order == "MDY" else (b, first)
    try:
        day_value = date(year, month, day)
    except ValueError:
        return None
    if not match.group("hh"):
        return day_value.isoformat()
    zone = _calendar()["zones"].get((match.group("zone") or "").lower(), "")
    clock = f"{int(match.group('hh')):02d}:{match.group('mm')}:{match.group('ss') or '00'}"
    return f"{day_value.isoformat()}T{clock}{zone}"


def _dateparser(text: str, date_order: str | None) -> str | None:
    import dateparser

    settings = {"DATE_ORDER": date_order or "DMY", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = dateparser.parse(text, languages=["id", "en"], settings=settings)
    if parsed is None:
        return None
    return parsed.isoformat() if (parsed.hour or parsed.minute) else parsed.date().isoformat()


# ---- the stage -------------------------------------------------------------------------------

class PublicationDate:
    """Normalises ``article.published``; infers it from the text when the record has none."""

    name = "published"
    reads = ("body", "article.dateline")
    writes = ("article.published",)

    def __init__(self, date_order: str | None = None) -> None:
        if date_order and date_order.upper() not in DATE_ORDERS:
            raise ValueError(f"date order {date_order!r} is not one of {', '.join(DATE_ORDERS)}")
        self.date_order = date_order.upper() if date_order else None

    def __call__(self, doc: Document) -> Document:
        article = doc.article
        if article.published:
            normalized = normalize_date(article.published, self.date_order)
            if normalized:
                article.published = normalized
                return doc
            doc.warnings.append(f"could not read the date {article.published!r}; inferred instead")
            article.published, article.published_basis = None, "none"
        inferred = infer_date(doc)
        if inferred:
            article.published, article.published_basis = inferred
        return doc


def attribution_cue() -> re.Pattern[str]:
    """Words that attribute what precedes a date to a source or speaker (dilansir, kata, …)."""
    return _calendar()["cue"]


def infer_date(doc: Document) -> tuple[str, str] | None:
    """(date, basis) from the article's own text, or None."""
    written = doc.article.dateline_text or doc.article.dateline
    if written:
        found = find_dates(written)
        if found:
            return found[0].value.isoformat(), f"inferred: dateline {written!r}"
    found = find_dates(doc.body)
    if not found:
        return None
    cue = attribution_cue()
    attributed = [f for f in found if cue.search(clause_before(doc.body, f.start))]
    if attributed:
        best = max(attributed, key=lambda f: f.value)
        context = clause_before(doc.body, best.start).strip() + " " + best.text
        return best.value.isoformat(), f"inferred: attribution {context.strip()!r}"
    latest = max(found, key=lambda f: f.value)
    return latest.value.isoformat(), f"inferred: latest date in the text {latest.text!r}"


def clause_before(text: str, start: int, width: int = 70) -> str:
    """The words just before a position, back to the start of the sentence or clause."""
    window = text[max(0, start - width):start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind('"'), window.rfind("”"))
    return window[cut + 1:] if cut >= 0 else window
