"""What a resolver may look at while the text is read: the ``Context`` (the text, the anchor date,
the dates and periods the story has named so far, and the tense cue before an expression),
and the small helpers resolvers share to build a result and to tell a title's or a
sentence-opening capital.
"""

from __future__ import annotations

from datetime import date

from warta.stages.dates import attribution_cue, clause_before
from warta.stages.times.calendar_math import period_of
from warta.stages.times.vocabulary import Candidate, Found, _tense_cues, words


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
        key = period_of(unit)
        need = 1 if key in ("year", "decade", "century") else 2 if key in ("month", "quarter", "half") else 3
        for start, day, precision in reversed(self.periods):
            if start < before and precision >= need:
                return day
        return self.anchor

    def base(self, rel: str, before: int, unit: str) -> date | None:
        """What a relative expression counts from: the period the story last named for
        "tahun itu", "setahun sebelumnya", "tiga hari kemudian"; else the anchor."""
        return self.last_period(before, unit) if rel in words("relative", "story") else self.anchor

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


def _found(c: Candidate, ctx: Context, kind: str, value: str) -> list[Found]:
    return [Found(c.start, c.end, ctx.text[c.start:c.end], kind, value)]
