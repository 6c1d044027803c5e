"""Quotations and their speakers.

Direct quotes are the spans between quotation marks, running across paragraphs when a
paragraph opens a quote it does not close and the next one reopens it. The speaker is named
after the quote ("…," kata Blinken), before it (Blinken mengatakan, "…"), by a pronoun form
(katanya, ujar dia) that refers back to the last speaker, or, with nothing else, is the last
person named before the quote in its paragraph. Indirect speech ("X mengatakan bahwa …",
"menurut X, …") gives indirect quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.model import Document, Entity, Mention, Quote, Speaker
from warta.resources import load

OPENING = "“\"‘«"
CLOSING = "”\"’»"


@dataclass
class Who:
    entity: Entity | None
    name: str | None
    end: int  # where the attribution ends in the body


@cache
def _verbs() -> dict[str, re.Pattern[str]]:
    data = load("quotes")

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return {
        "after": re.compile(r"^[\s,]*(?P<verb>" + alternation(data["after"]) + r")\b\s*", re.I),
        "before": re.compile(r"\b(?P<verb>" + alternation(data["before"]) + r")\b\s*(?:bahwa\s+)?[,:]?\s*$", re.I),
        "indirect": re.compile(r"\b(?P<verb>" + alternation(data["before"]) + r")\b[,:]?\s+(?:bahwa\s+)?", re.I),
        "according": re.compile(r"\b(?:" + alternation(data["according"]) + r")\s+", re.I),
        "pronoun": re.compile(r"(?:^|\s)(?:dia|ia|beliau)$|nya$", re.I),
    }


class Quotes:
    """Fills ``doc.quotes``."""

    name = "quotes"

    def __call__(self, doc: Document) -> Document:
        quotes: list[Quote] = []
        last: Who | None = None
        for start, end in quote_spans(doc.body):
            who = _speaker(doc, start, end, last)
            if who and (who.entity or who.name):
                last = who
            quotes.append(_quote(doc, start, end, who, direct=True))
        quotes.extend(_indirect(doc, [(q.start, q.end) for q in quotes]))
        doc.quotes = sorted(quotes, key=lambda q: q.start)
        return doc


def quote_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each quotation, quotation marks excluded."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(body):
        if body[i] in OPENING and (i == 0 or not body[i - 1].isalnum()):
            close = _closing(body, i + 1)
            if close is not None and close - i > 3:
                spans.append((i + 1, close))
                i = close + 1
                continue
        i += 1
    return spans


def _closing(body: str, start: int) -> int | None:
    """The closing mark of a quotation opened before `start`; a paragraph that ends inside the
    quotation continues into the next paragraph when that one opens with a quotation mark."""
    i = start
    while i < len(body):
        c = body[i]
        if c in CLOSING and (i + 1 == len(body) or not body[i + 1].isalnum()):
            return i
        if body.startswith("\n\n", i):
            nxt = i + 2
            if nxt < len(body) and body[nxt] in OPENING:
                i = nxt + 1
                continue
            return None
        i += 1
    return None


def _mention_at(doc: Document, start: int, types: tuple[str, ...] = ("PERSON", "ORG")) -> tuple[Entity, Mention] | None:
    for entity in doc.entities:
        if entity.type in types:
            for m in entity.mentions:
                if m.start == start:
                    return entity, m
    return None


def _speaker(doc: Document, start: int, end: int, last: Who | None) -> Who | None:
    body = doc.body
    verbs = _verbs()
    after = body[end + 1:end + 120]
    match = verbs["after"].match(after)
    if match:
        where = end + 1 + match.end()
        verb = match.group("verb").lower()
        if verbs["pronoun"].search(verb):
            return Who(last.entity, last.name, where) if last else _last_person(doc, start)
        named = _named_after(doc, where)
        if named:
            return Who(named[0], named[0].name, named[1].end)
        word = re.match(r"(?:dia|ia|beliau)\b|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}", body[where:where + 60])
        if word and word.group(0).lower() in ("dia", "ia", "beliau"):
            return Who(last.entity, last.name, where + word.end()) if last else _last_person(doc, start)
        if word:
            entity = _entity_named(doc, word.group(0))
            return Who(entity, entity.name if entity else word.group(0), where + word.end())
    before = body[max(0, start - 120):start - 1]
    match = verbs["before"].search(before)
    if match:
        clause = before[:match.start()].rstrip()
        who = _last_person_in(doc, max(0, start - 120) + len(clause) - 60, max(0, start - 120) + len(clause))
        if who:
            return who
    return _last_person(doc, start)


def _named_after(doc: Document, where: int) -> tuple[Entity, Mention] | None:
    """The person or organisation named right after a reporting verb, past any title and
    place words ("kata Gubernur Jawa Barat Dedi Mulyadi")."""
    found = []
    for entity in doc.entities:
        if entity.type not in ("PERSON", "ORG"):
            continue
        for m in entity.mentions:
            gap = doc.body[where:m.start]
            if where <= m.start < where + 60 and all(w[:1].isupper() for w in gap.split()):
                found.append((entity.type != "PERSON", m.start, entity, m))
    # a person wins over the organisation in their title ("kata Sekjen KPU Bernad …")
    return (min(found, key=lambda f: f[:2])[2], min(found, key=lambda f: f[:2])[3]) if found else None


def _entity_named(doc: Document, name: str) -> Entity | None:
    """The one person whose name begins or ends with `name` ("Budi" for Budi Prasetyo)."""
    from warta.gazetteer import key_of

    key = key_of(name)
    found = [e for e in doc.entities if e.type == "PERSON" and (
        key_of(e.name)[:len(key)] == key or key_of(e.name)[-len(key):] == key)]
    return found[0] if len(found) == 1 else None


def _last_person_in(doc: Document, lo: int, hi: int) -> Who | None:
    best = None
    for entity in doc.entities:
        if entity.type != "PERSON":
            continue
        for m in entity.mentions:
            if lo <= m.start and m.end <= hi and (best is None or m.start > best[1].start):
                best = (entity, m)
    return Who(best[0], best[0].name, best[1].end) if best else None


def _last_person(doc: Document, start: int) -> Who | None:
    """The last person named before the quote in its paragraph, else in the paragraph before."""
    para_start = doc.body.rfind("\n\n", 0, start)
    previous = doc.body.rfind("\n\n", 0, max(0, para_start))
    return _last_person_in(doc, para_start + 2 if para_start >= 0 else 0, start) or (
        _last_person_in(doc, previous + 2 if previous >= 0 else 0, start) if para_start >= 0 else None)


def _quote(doc: Document, start: int, end: int, who: Who | None, direct: bool) -> Quote:
    text = doc.body[start:end]
    speaker = Speaker(entity=who.entity.id if who and who.entity else None, name=who.name if who else None)
    place = date = None
    if who and direct:
        tail = doc.body[who.end:who.end + 80]
        at = re.match(r"\s*(?:,\s*)?di\s+", tail)
        if at:
            found = _mention_at(doc, who.end + at.end(), ("PLACE",))
            place = found[0].name if found else None
        date = next((t.value for t in doc.times if who.end <= t.start < who.end + 80 and t.type in ("DATE", "TIME")
                     and t.value[:1].isdigit()), None)
    return Quote(start=start, end=end, text=text, speaker=speaker, direct=direct, place=place, date=date)


def _indirect(doc: Document, direct: list[tuple[int, int]]) -> list[Quote]:
    """"X mengatakan (bahwa) …" and "Menurut X, …" outside quotation marks."""
    out = []
    verbs = _verbs()
    for sentence in doc.sentences:
        if any(s <= sentence.start < e or sentence.start <= s < sentence.end for s, e in direct):
            continue
        text = sentence.text
        match = verbs["indirect"].search(text)
        if match and re.search(r"\b(?:untuk|akan|ingin|guna|agar)\s*$", text[:match.start()], re.I):
            match = None  # "untuk menegaskan komitmen" is a purpose, not a report of speech
        if match and match.start() > 0:
            who = _last_person_in(doc, sentence.start, sentence.start + match.start())
            speaker_end = sentence.start + match.start()
            if who is None:
                subject = re.search(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})\s*$", text[:match.start()].rstrip(" ,"))
                if subject and subject.group(1).lower() in ("ia", "dia", "beliau"):
                    who = _last_person(doc, sentence.start)  # "Ia menegaskan …": the last person named
                else:
                    who = Who(None, subject.group(1), speaker_end) if subject else None
            if who:
                start = sentence.start + match.end()
                out.append(_quote(doc, start, sentence.end, Who(who.entity, who.name, sentence.end), direct=False))
            continue
        match = verbs["according"].match(text)
        if match:
            named = _mention_at(doc, sentence.start + match.end())
            comma = text.find(",", match.end())
            if named and comma > 0:
                out.append(_quote(doc, sentence.start + comma + 1, sentence.end,
                                  Who(named[0], named[0].name, sentence.end), direct=False))
    return [q for q in out if len(q.text.split()) >= 3]
