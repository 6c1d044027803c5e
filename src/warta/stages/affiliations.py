"""The body a person's title names ("Juru Bicara KPK Budi Santoso": the KPK; "Kepala Kejaksaan
Tinggi Bali I Made Suardana Putra": the Kejaksaan Tinggi Bali), for the events stage: an officer
who says "kami" or "pihaknya" of an act in office speaks for that body (ANNOTATION.md: a person
acting in office acts for their institution). A former holder ("mantan Ketua KPK") and a party to
a case ("terdakwa kasus korupsi PT Timah") speak for no body."""

from __future__ import annotations

import re

from warta.gazetteer import key_of
from warta.model import Entity
from warta.stages.word_lists import case_roles

FORMER = re.compile(r"\b(?:mantan|eks|bekas|purnawirawan)\s*$", re.IGNORECASE)
FORMER_REACH = 12  # characters before a title's first word where "mantan" stands


def bodies_of_officers(entities: list[Entity], body: str) -> dict[str, Entity]:
    """Person id → the organisation whose name (or a short form of it) stands in the person's
    title past its head word, the longest such name ("Polres Bogor" over "Polri"); a title's end
    that opens a body's name counts too ("Kepala Kejaksaan Tinggi" of the "Kejaksaan Tinggi Bali").
    Each title's word runs are looked up in an index of the bodies' names: linear in both."""
    names: dict[tuple[str, ...], Entity] = {}
    openings: dict[tuple[str, ...], Entity] = {}
    for org in (e for e in entities if e.type == "ORG"):
        keys = {key_of(n) for n in (org.name, *org.aliases)} - {()}
        keys |= {key[:-1] for key in keys if len(key) > 1 and key[-1] == "ri"}  # "Ombudsman RI": the Ombudsman
        for key in keys:
            names.setdefault(key, org)
            for n in range(2, len(key)):
                openings.setdefault(key[:n], org)
    out: dict[str, Entity] = {}
    for person in entities:
        if person.type != "PERSON" or not person.title or _not_in_office(person, body):
            continue
        title = key_of(person.title)
        # the longest run of the title past its head that names a body, else its end opening one
        runs = (title[i:i + n] for n in range(len(title) - 1, 0, -1) for i in range(1, len(title) - n + 1))
        body_named = next((names[run] for run in runs if run in names), None) or next(
            (openings[title[i:]] for i in range(1, len(title) - 1) if title[i:] in openings), None)
        if body_named is not None:
            out[person.id] = body_named
    return out


def _not_in_office(person: Entity, body: str) -> bool:
    """A title that names a standing in a case, or one held before ("mantan Ketua KPK")."""
    title = key_of(person.title or "")
    if any(title[:len(role)] == role for role in case_roles()):
        return True
    first = (person.title or "").split()[0]
    for mention in person.mentions:
        at = body.rfind(first, max(0, mention.start - 200), mention.start)
        if at >= 0 and FORMER.search(body[max(0, at - FORMER_REACH):at]):
            return True
    return False
