"""Time expressions: found and normalised to TimeML TIMEX3 values against an anchor date.

The words and the rules that find expressions are data (``data/timex.toml``); this module is
the engine. Each rule is a regular expression whose named groups hand the parts of a match to a
resolver, which turns them into a TIMEX3 type and value against the anchor — the article's
publication date, or for words inside a quotation, the date the text says it was spoken.

dateparser reads single dates well but not running text: it finds no "dua hari lalu", "pekan
lalu", "lusa" or "awal Oktober", takes "minggu" only as Sunday, and at ~1 ms a call it is far
below the 100,000 words/s this stage needs; hence rules over the whole text here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from warta.model import Document, TimeExpr
from warta.resources import load
from warta.stages.dates import attribution_cue, clause_before
from warta.stages.spans import Occupied

ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


@dataclass
class Candidate:
    start: int
    end: int
    rule: int
    groups: dict[str, Any]
    spans: dict[str, tuple[int, int]]


@dataclass
class Found:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: str
    case_sensitive_first: bool
    words: frozenset[str]  # the rule runs on a paragraph holding one of these words
    marks: tuple[str, ...]  # ... or one of these characters ("0-9": any digit)

    def applies(self, tokens: set[str], paragraph: str, digits: bool) -> bool:
        """Whether the paragraph (its words `tokens`; `digits` if it holds any) may match."""
        if not self.words.isdisjoint(tokens):
            return True
        return any(digits if mark == "0-9" else mark in paragraph for mark in self.marks)


# ---- the data ----------------------------------------------------------------------------------

@cache
def _data() -> dict[str, Any]:
    return load("timex")


def _alternation(words: list[str]) -> str:
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def _named_lists(data: dict[str, Any]) -> dict[str, list[str]]:
    """The word lists a rule may name with @: [words], plus the names of vague references
    and holidays, which are tables."""
    lists = dict(data["words"])
    lists["vague"] = list(data["vague"])
    lists["holiday"] = [*data["holidays"], *data["movable_holidays"]]
    return lists


@cache
def rules() -> list[Rule]:
    data = _data()
    lists = _named_lists(data)
    macros = {name: _alternation(words) for name, words in lists.items()}
    macro = re.compile(r"@(\w+)")
    compiled = []
    for rule in data["rule"]:
        source = macro.sub(lambda m: macros[m.group(1)], rule["pattern"])
        words, marks = _needs(rule["needs"], lists)
        compiled.append(Rule(rule["name"], re.compile(r"(?<!\w)" + source + r"(?!\w)", re.I),
                             rule["resolve"], rule.get("case_sensitive_first", False), words, marks))
    return compiled


def _needs(needs: list[str], lists: dict[str, list[str]]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A rule's trigger words (first words of list entries) and trigger characters."""
    words: set[str] = set()
    marks: list[str] = []
    for need in needs:
        if need.startswith("@"):
            entries = lists[need[1:]]
            words.update(TOKEN.findall(entry.lower())[0] for entry in entries)
        elif need.isalpha():
            words.add(need)
        else:
            marks.append(need)
    return frozenset(words), tuple(marks)


@cache
def _tense_cues() -> tuple[re.Pattern[str], frozenset[str]]:
    tense = _data()["tense"]
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, tense["future"] + tense["past"])) + r")\b", re.I)
    return pattern, frozenset(tense["future"])


@cache
def _run_up_words() -> frozenset[str]:
    return frozenset(_data()["tense"]["run_up"])


@cache
def _months() -> dict[str, int]:
    months = load("dates")["months"]
    return {name: number for name, number in months.items()}


@cache
def _weekdays() -> dict[str, int]:
    return dict(load("dates")["weekdays"])


# ---- finding -----------------------------------------------------------------------------------

TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
DIGIT = re.compile(r"\d")


def find_candidates(text: str) -> list[Candidate]:
    """Every rule's matches, then the longest non-overlapping ones (earlier rules win ties).

    Rules run paragraph by paragraph, and only where a paragraph holds one of their trigger
    words: most rules have nothing to find in most paragraphs, and skipping them is what
    makes the tagger fast."""
    found: list[Candidate] = []
    offset = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            tokens = set(TOKEN.findall(paragraph.lower()))
            tokens |= {t[:-3] for t in tokens if t.endswith("nya")}  # harinya, tahunnya
            digits = DIGIT.search(paragraph) is not None
            for index, rule in enumerate(rules()):
                if rule.applies(tokens, paragraph, digits):
                    found.extend(_matches(rule, index, paragraph, offset, text))
        offset += len(paragraph) + 1
    found.sort(key=lambda c: (-(c.end - c.start), c.rule, c.start))
    chosen: list[Candidate] = []
    taken = Occupied(len(text))
    for cand in found:
        if not taken.free(cand.start, cand.end):
            continue
        chosen.append(cand)
        taken.take(cand.start, cand.end)
    return sorted(chosen, key=lambda c: c.start)


def _matches(rule: Rule, index: int, paragraph: str, offset: int, text: str) -> list[Candidate]:
    out = []
    for match in rule.pattern.finditer(paragraph):
        if match.end() == match.start():
            continue
        # "y__old" is the group "y" under a second name (see data/timex.toml)
        named = {k: k.partition("__")[0] for k, v in match.groupdict().items() if v}
        groups = {name: match.group(k) for k, name in named.items()}
        if rule.case_sensitive_first and not _capitalised(groups):
            continue
        first = paragraph[match.start()]
        if (first.isupper() or first.isdigit()) and _inside_a_name(text, offset + match.start()):
            continue
        spans = {name: (offset + match.start(k), offset + match.end(k)) for k, name in named.items()}
        out.append(Candidate(offset + match.start(), offset + match.end(), index, groups, spans))
    return out


def _inside_a_name(text: str, start: int) -> bool:
    """A capitalised weekday or month or a date opening the match is part of a place name
    ("Pasar Minggu", "Jalan 17 Agustus"); "pasar sore hari ini" is the market's afternoon
    session."""
    before = text[max(0, start - 20):start].split()
    while before and before[-1].isdigit():  # the month of "Jalan 17 Agustus"
        before.pop()
    return bool(before) and before[-1].lower() in _not_after()


@cache
def _not_after() -> frozenset[str]:
    return frozenset(_data()["names"]["not_after"])


def _capitalised(groups: dict[str, Any]) -> bool:
    """Weekday, month and holiday names count only when written with a capital (a holiday's
    last word: "hari raya Natal")."""
    for key in ("wd", "mon"):
        if key in groups:
            return groups[key][:1].isupper()
    if "holiday" in groups:
        name = groups["holiday"]
        # "malam tahun baru" (New Year's Eve) is a date however it is written, and so is a
        # holiday with its year ("tahun baru 2015")
        return name.split()[-1][:1].isupper() or name.lower().startswith("malam") or bool(groups.get("y"))
    return True


# ---- resolving ---------------------------------------------------------------------------------

class Context:
    """What a resolver may look at: the text, the anchor date and the dates already found."""

    def __init__(self, text: str, anchor: date | None) -> None:
        self.text = text
        self.anchor = anchor
        # Weekdays the story has dated in full near its anchor ("Kamis (27/11/2014)"): a later
        # bare "Kamis" means the same day, whichever side of the anchor it falls.
        self.dated_weekdays: dict[int, date] = {}
        # The calendar dates the story is at, by offset, with their precision (1 year, 2 month,
        # 3 day): "setahun sebelumnya" after "Pada 2012" counts back from 2012, not the anchor.
        self.periods: list[tuple[int, date, int]] = []

    def add_date(self, start: int, day: date) -> None:
        """Remember a date the story is at; the date a statement was made ("…," kata Ali,
        Senin (29/12/2014)) is not one, so later clock times and "hari itu" skip it."""
        if not attribution_cue().search(clause_before(self.text, start, 60)):
            self.periods.append((start, day, 3))

    def add_period(self, start: int, first_day: date, precision: int) -> None:
        self.periods.append((start, first_day, precision))

    def last_period(self, before: int, unit: str) -> date | None:
        """The latest date named before `before` precise enough to count `unit`s from."""
        key = UNIT_KEYS.get(unit.lower())
        need = 1 if key in ("year", "decade", "century") else 2 if key in ("month", "quarter", "half") else 3
        for start, day, precision in reversed(self.periods):
            if start < before and precision >= need:
                return day
        return self.anchor

    def base(self, rel: str, before: int, unit: str) -> date | None:
        """What a relative expression counts from: the period the story last named for
        "tahun itu", "setahun sebelumnya", "tiga hari kemudian"; else the anchor."""
        return self.last_period(before, unit) if rel in STORY_RELATIVE else self.anchor

    def last_date(self, before: int) -> date | None:
        """The latest day the story named at or before `before`, else the anchor."""
        for start, day, precision in reversed(self.periods):
            if start <= before and precision == 3:
                return day
        return self.anchor

    def tense(self, start: int, end: int, ignore: frozenset[str] = frozenset()) -> str | None:
        """'future' or 'past' from the cue word nearest before the expression in its sentence
        (the words in `ignore` left out)."""
        pattern, future = _tense_cues()
        left = max(0, start - 45)
        window = self.text[left:start]
        cut = max(window.rfind(". "), window.rfind("\n"))
        window = window[cut + 1:] if cut >= 0 else window
        cues = [cue for cue in pattern.findall(window) if cue.lower() not in ignore]
        if not cues:
            return None
        return "future" if cues[-1].lower() in future else "past"


def number_value(text: str) -> float | None:
    """Digits or Indonesian number words ("dua puluh tiga") as a number."""
    text = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):  # "5.000": Indonesian thousands
        return float(text.replace(".", ""))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    if text in ("se", "satu"):
        return 1
    if text == "setengah":
        return 0.5
    numbers = _data()["numbers"]
    value = part = 0
    for token in text.split():
        if token == "seratus":
            value += 100
        elif token == "seribu":
            value += 1000
        elif token in numbers:
            part += numbers[token]
        elif token == "belas":
            part += 10
        elif token == "puluh":
            value, part = value + part * 10, 0
        elif token == "ratus":
            value, part = value + part * 100, 0
        elif token == "ribu":
            value, part = (value + part) * 1000, 0
        else:
            return None
    total = value + part
    return total or None


def roman_value(text: str) -> int | None:
    text = text.lower()
    if text.isdigit():
        return int(text)
    if not all(c in ROMAN for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = ROMAN[c]
        total += -v if i + 1 < len(text) and ROMAN[text[i + 1]] > v else v
    return total


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


AFTERNOON_PARTS = ("siang", "sore", "petang", "malam", "senja")


def _clock(groups: dict[str, Any]) -> str | None:
    hh, mm = groups.get("hh") or groups.get("hh2"), groups.get("mm") or groups.get("mm2")
    if groups.get("half"):  # "setengah tujuh": 6:30
        before = number_value(groups["half"])
        hh, mm = (str(int(before) - 1), "30") if before and before == int(before) else (None, None)
    if hh is None:
        return None
    hour, minute = int(hh), int(mm or 0)
    part = (groups.get("part") or "").lower()
    if part in AFTERNOON_PARTS and hour < 12 and not (part == "siang" and hour >= 10):
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
    if rel in ("lalu", "kemarin", "silam", "yang lalu", "sebelumnya"):
        return "past"
    if rel in ("depan", "mendatang", "nanti", "berikutnya"):
        return "future"
    if rel == "ini":
        return "this"
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
        if (g["wd"].lower() == "minggu" and rel in REL_DELTA and not g.get("prepart")
                and _sentence_initial(ctx.text, c.start)):
            return _found(c, ctx, "DATE", _period(anchor, "pekan", REL_DELTA[rel]))  # "Minggu lalu": last week
        if g.get("wrel"):  # "Jumat pekan lalu": the Friday of last week
            week_delta = REL_DELTA[g["wrel"].lower().split()[-1]]
            day = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=week_delta, days=weekday)
        elif weekday in ctx.dated_weekdays and not rel:
            day = ctx.dated_weekdays[weekday]
        else:
            day = _weekday_date(anchor, weekday, direction,
                                strictly=rel in ("lalu", "kemarin", "depan", "mendatang"))
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


def _relative_year(rel: str | None, start: int, ctx: Context) -> int | None:
    """The year of "Maret tahun lalu" (the anchor's, moved) or "Maret tahun itu" (the story's)."""
    if not rel:
        return None
    rel = rel.lower()
    base = ctx.base(rel, start, "tahun")
    return None if base is None else base.year + REL_DELTA.get(rel, 0)


RANGE_END = re.compile(r"\s*(?:-|–|hingga|sampai|dan|s/d)\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(\d{4})\b")


def _year_of_range(text: str, end: int) -> int | None:
    """The year closing a range that starts with a bare month: "Juni-Juli 2014"."""
    match = RANGE_END.match(text, end)
    if match and _months().get(text[end:match.start(1)].strip(" -–").split()[-1].lower().rstrip(".")):
        return int(match.group(1))
    return None


def _in_a_title(c: Candidate, ctx: Context) -> bool:
    """Every word capitalised in mid-sentence ("album Pelangi di Malam Hari"): a title's words,
    not a time."""
    words = ctx.text[c.start:c.end].split()
    return (len(words) > 1 and all(w[:1].isupper() for w in words)
            and not _sentence_initial(ctx.text, c.start))


def _sentence_initial(text: str, start: int) -> bool:
    """Whether a word opens its sentence (so its capital says nothing about it)."""
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:"


def _weekday_date(anchor: date, weekday: int, direction: str | None, strictly: bool = False) -> date:
    """A weekday on the side the tense points to; without a tense the latest such day (news
    mostly reports what happened, "Polisi, Jumat, menginterogasi…"). The article's own
    weekday is that day unless `strictly` ("Selasa lalu", "Selasa depan" move a week)."""
    back = (anchor.weekday() - weekday) % 7 or (7 if strictly else 0)
    if direction == "future":
        ahead = (weekday - anchor.weekday()) % 7 or (7 if strictly else 0)
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def _found(c: Candidate, ctx: Context, kind: str, value: str) -> list[Found]:
    return [Found(c.start, c.end, ctx.text[c.start:c.end], kind, value)]


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
    shift = {"lalu": -1, "depan": 1}.get((g.get("rel") or "").lower(), 0)
    return ctx.anchor.year + shift


def resolve_quarter(c: Candidate, ctx: Context) -> list[Found] | None:
    q = c.groups["q"].lower()
    number = _data()["numbers"].get(q) or roman_value(q)
    year = _year_for(c, ctx)
    if not number:
        return None
    letter = "H" if c.groups["unit"].lower() in ("semester", "paruh") else "Q"
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


UNIT_KEYS = {"pekan": "week", "minggu": "week", "akhir pekan": "weekend", "hari": "day",
             "bulan": "month", "tahun": "year", "semester": "half", "kuartal": "quarter",
             "triwulan": "quarter", "dekade": "decade", "abad": "century"}


def _period(anchor: date, unit: str, delta: int) -> str | None:
    """The value of the calendar period `delta` units from the anchor's."""
    key = UNIT_KEYS.get(" ".join(unit.lower().split()))
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


# Relative words that count from the period the story is at, not from the article's date.
STORY_RELATIVE = frozenset({"itu", "yang sama", "sebelumnya", "berikutnya", "kemudian"})
REL_DELTA = {"lalu": -1, "kemarin": -1, "yang lalu": -1, "silam": -1, "sebelumnya": -1, "ini": 0,
             "depan": 1, "mendatang": 1, "berikutnya": 1}


def resolve_relative_unit(c: Candidate, ctx: Context) -> list[Found] | None:
    rel = " ".join(c.groups["rel"].lower().split())
    base = ctx.base(rel, c.start, c.groups["unit"])
    if base is None:
        return None
    value = _period(base, c.groups["unit"], REL_DELTA.get(rel, 0))
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
    value = _period(ctx.anchor, "akhir pekan" if unit in ("pekan", "minggu") and g["edge"].lower() == "akhir"
                    else unit, REL_DELTA.get(rel, 0))
    return _found(c, ctx, "DATE", value) if value else None


RELATIVE_DAYS = {"hari ini": 0, "kemarin": -1, "hari kemarin": -1, "kemarin lusa": -2, "besok": 1,
                 "esok": 1, "esok hari": 1, "lusa": 2, "tadi": 0, "tadi malam": -1, "semalam": -1, "ini": 0,
                 "nanti": 0}


def resolve_relative_day(c: Candidate, ctx: Context) -> list[Found] | None:
    if _in_a_title(c, ctx):
        return None
    rel = " ".join(c.groups["rel"].lower().split())
    part = c.groups.get("part")
    if rel == "tadi" and not part:
        return None
    if rel in ("itu", "harinya"):
        base = ctx.last_date(c.start)
        offset = 0
    else:
        # "tadi malam", like "semalam", is last night
        base, offset = ctx.anchor, RELATIVE_DAYS.get(f"{rel} {(part or '').lower()}", RELATIVE_DAYS.get(rel, 0))
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


THAT_DAY = {"hari itu": 0, "hari yang sama": 0, "keesokan harinya": 1, "esok harinya": 1,
            "sehari sebelumnya": -1, "sehari setelahnya": 1, "sehari kemudian": 1}


def resolve_that_day(c: Candidate, ctx: Context) -> list[Found] | None:
    base = ctx.last_date(c.start)
    if base is None:
        return None
    day = base + timedelta(days=THAT_DAY[" ".join(c.groups["rel"].lower().split())])
    return _found(c, ctx, "DATE", day.isoformat())


def _unit_code(unit: str) -> tuple[str, bool, float]:
    """(TIMEX3 unit letter, is a clock unit, multiplier) for an Indonesian unit word."""
    units = _data()["units"]
    unit = unit.lower()
    # setahun, sehari: "se" is one; semalaman, seharian: "se…an" is one whole
    forms = [unit, unit.removeprefix("se"), unit.removeprefix("se").removesuffix("an")]
    unit = next(form for form in forms if form in units)
    code = units[unit]
    clock = unit in _data()["clock_units"]["units"]
    match = re.fullmatch(r"(\d+)(\w+)", code)
    if match:
        return match.group(2), clock, float(match.group(1))
    return code, clock, 1.0


def _duration_value(amount: float | str, unit: str) -> str:
    letter, clock, multiplier = _unit_code(unit)
    if isinstance(amount, str):
        return f"PT{amount}{letter}" if clock else f"P{amount}{letter}"
    amount *= multiplier
    if amount == 0.5:  # "setengah jam" is PT30M, "setengah hari" PT12H
        if clock and letter == "H":
            amount, letter = 30, "M"
        elif letter == "Y":
            amount, letter = 6, "M"
        elif letter == "D":
            amount, letter, clock = 12, "H", True
    text = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    return f"PT{text}{letter}" if clock else f"P{text}{letter}"


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
    if rel in ("lalu", "yang lalu", "silam", "sebelumnya"):
        return _found(c, ctx, "DATE", "PAST_REF")
    if rel in ("mendatang", "berikutnya", "ke depan") and c.groups.get("n") is None:
        return _found(c, ctx, "DATE", "FUTURE_REF")
    unit, n = c.groups["unit"].lower(), (c.groups.get("n") or "").lower()
    if n in ("puluhan", "ratusan", "ribuan") and unit == "tahun":
        return _found(c, ctx, "DURATION", {"puluhan": "PXDE", "ratusan": "PXCE", "ribuan": "PXML"}[n])
    return _found(c, ctx, "DURATION", _duration_value("X", unit))


def resolve_shift(c: Candidate, ctx: Context) -> list[Found] | None:
    rel = " ".join(c.groups["rel"].lower().split())
    backward = rel in ("lalu", "yang lalu", "silam", "sebelumnya")
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
    if unit in ("detik", "menit", "jam"):
        return _found(c, ctx, "DATE", base.isoformat())
    value = _period(base, unit, delta)
    return _found(c, ctx, "DATE", value) if value else None


def resolve_set(c: Candidate, ctx: Context) -> list[Found] | None:
    unit = c.groups.get("unit") or c.groups["wd"]  # "setiap hari Kamis"
    if (c.groups.get("edge") or "").lower() == "akhir" and unit.lower() in ("pekan", "minggu"):
        return _found(c, ctx, "SET", "XXXX-WXX-WE")  # every weekend
    weekday = _weekdays().get(unit.lower())
    if weekday is not None and (unit[:1].isupper() or "wd" in c.groups):
        at = _clock(c.groups) or _part_suffix(c.groups.get("part"))  # "setiap Kamis pukul 11.00"
        return _found(c, ctx, "SET", f"XXXX-WXX-{weekday + 1}{at}")
    if weekday is not None and unit.lower() != "minggu":
        return None
    if "kali " in ctx.text[c.start:c.end].lower():  # "dua kali seminggu", "sekali setahun"
        return _found(c, ctx, "SET", _duration_value(1, unit))
    amount = number_value(c.groups["n"]) if c.groups.get("n") else 1
    if amount is None:
        return None
    return _found(c, ctx, "SET", _duration_value(amount, unit) + _part_suffix(c.groups.get("part")))


def resolve_clock(c: Candidate, ctx: Context) -> list[Found] | None:
    rel = " ".join((c.groups.get("rel") or "").lower().split())
    night = rel in ("tadi malam", "semalam") and not c.groups.get("part")  # "pukul 9 tadi malam": 21:00
    clock = _clock({**c.groups, "part": "malam"} if night else c.groups)
    if clock is None:
        return None
    if rel and ctx.anchor:  # "pukul 14.00 WIB kemarin"
        day: date | None = ctx.anchor + timedelta(days=RELATIVE_DAYS[rel])
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
    if day is not None and rel in ("kemarin", "sebelumnya"):
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


# ---- the tagger --------------------------------------------------------------------------------

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
        except (KeyError, ValueError, OverflowError, StopIteration):  # a value the rules cannot place: skip it
            result = None
        if result:
            found.extend(result)
    # the passes below look up, by span, the candidate an expression was read from
    by_span = {(c.start, c.end): c for c in candidates}
    found = _ranges_run_forward(text, by_span, found)
    found = _clock_times_take_the_day_before(text, by_span, found)
    found = _clock_range_past_midnight(text, _clock_times_take_the_day_after(text, by_span, found))
    return _with_modifiers(text, by_span, found)


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
                kind == "that_day" or (c.groups.get("rel") or "").lower() in STORY_RELATIVE):
            found[i] = replace(first, value=day.value)
    return found


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


# ---- the stage ---------------------------------------------------------------------------------

def time_expr(f: Found) -> TimeExpr:
    """The reading's layer for a found expression."""
    return TimeExpr(start=f.start, end=f.end, text=f.text, type=f.type, value=f.value, mod=f.mod)


class Times:
    """Fills ``doc.times`` against the article's publication date."""

    name = "times"

    def __call__(self, doc: Document) -> Document:
        anchor = None
        if doc.article.published:
            try:
                anchor = date.fromisoformat(doc.article.published[:10])
            except ValueError:
                anchor = None
        doc.times = [time_expr(f) for f in tag(doc.body, anchor)]
        return doc
