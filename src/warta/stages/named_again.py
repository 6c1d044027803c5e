"""Where a name starts, read from how the article names the person again.

A long title runs straight into the holder's name with no comma ("Direktur Utama PT Pertamina Gas
Gamal Imam Santoso", "Head of Institutional Banking PT Bank DBS Indonesia Anthonius Sehonamin"):
read alone, the words could belong to either. The article settles it when it names the person
again: "ujar Gamal", "kata Anthonius" say where the name opens. This is a document-level reading
no sentence-level model or grammar can make, so it is written here by hand, over the entity
stage's candidates. (A one-word office before a full name's opening, "Sesmenko Susiwijono", is
left alone: an unknown given name before another person's surname looks the same.)
"""

from __future__ import annotations

import re

from warta.gazetteer import gazetteer, key_of
from warta.ner.features import organisation_words
from warta.stages.body_words import acts_next
from warta.stages.entity_groups import Candidate
from warta.stages.name_shape import MAX_NAME, name_like
from warta.stages.word_lists import company_heads, honorifics, org_heads, person_cues

_WORD = re.compile(r"\S+")


def split_by_later_names(body: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with a body's or title's name that runs into a person's name cut where a
    name the article uses alone elsewhere opens."""
    # a name alone the way the press names a person it introduced: after a verb of saying ("ujar
    # Gamal") or acting right after it ("Anthonius menegaskan")
    alone = {c.text for c in candidates if c.type == "PERSON" and " " not in c.text and len(c.text) > 2
             and not c.text.isupper() and (_cued(body, c.start) or acts_next(body, c.end))}
    out: list[Candidate] = []
    for cand in candidates:
        out.extend(_cut_at_name(body, cand, alone, candidates))
    return out


def _town(word: str) -> bool:
    """A town at home, or one abroad by its own name; not another name of a city abroad ("Lim"
    for Lima), which a surname is far likelier to be."""
    place = gazetteer().place(word)
    return place is not None and (place.country == "IDN" or key_of(place.name) == key_of(word))


def _cued(body: str, start: int) -> bool:
    """Whether a verb of saying stands right before `start` ("ujar Gamal"): a name there, though
    it is a word too (gamal, a tree)."""
    before = body[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in person_cues() and before[-1].lower() not in honorifics()


def _cut_at_name(body: str, cand: Candidate, alone: set[str], candidates: list[Candidate]) -> list[Candidate]:
    """`cand` itself, or, when a word of it (not its first) is a name used alone elsewhere and
    opens name-like words to its end or to the person right after it, the part before that word
    and the person from it ("PT Pertamina Gas | Gamal" + "Imam Santoso" → "Gamal Imam Santoso")."""
    if cand.type not in ("ORG", "PERSON") or cand.text in alone:
        return [cand]
    words = [(m.start() + cand.start, m.group()) for m in _WORD.finditer(cand.text)]
    for k in range(1, len(words)):
        start, word = words[k]
        if word not in alone or _town(word):
            continue  # "Kejari Binjai": a town read alone as a person once stays the town here
        tail = [w for _, w in words[k:]]
        after = _person_at(candidates, cand.end + 1) if body[cand.end:cand.end + 1] == " " else None
        size = len(tail) + (len(after.text.split()) if after else 0)
        if not 2 <= size <= MAX_NAME or not all(name_like(w) and gazetteer().place(w) is None for w in tail[1:]):
            return [cand]  # "Hotel Hilton", "Asosiasi Padel Spanyol": a body's word, then a place
        if not any(_body_word(w) for _, w in words[:k]):
            return [cand]  # "Cristian Romero": no body before the name
        if cand.type == "PERSON" and after is None:
            return [cand]  # a person's own name that holds a name used alone is left as read
        head_end = words[k - 1][0] + len(words[k - 1][1])
        head = body[cand.start:head_end]
        if after is not None:
            after.text, after.start = body[start:after.end], start
            moved = " " + " ".join(tail)
            if after.title and after.title.endswith(moved):
                after.title = after.title[:-len(moved)]  # the title named the body, not the name's words
            cand.text, cand.end = head, head_end
            return [cand]
        person = Candidate(body[start:cand.end], "PERSON", start, cand.end, cand.sentence)
        cand.text, cand.end = head, head_end
        return [cand, person]
    return [cand]


def _body_word(word: str) -> bool:
    """A word that makes what it opens a body's name: "PT", "Bank", "Lembaga", an acronym ("DBS")."""
    low = word.lower()
    return (word in company_heads() or low in organisation_words() or low in org_heads()
            or word.isupper() and len(word) > 1)


def _person_at(candidates: list[Candidate], start: int) -> Candidate | None:
    return next((c for c in candidates if c.type == "PERSON" and c.start == start), None)
