"""The body a person's title names ("Juru Bicara KPK Budi Santoso": the KPK; "Kepala Kejaksaan
Tinggi Bali I Made Suardana Putra": the Kejaksaan Tinggi Bali), for the events stage: an officer
who says "kami" or "pihaknya" of an act in office speaks for that body (ANNOTATION.md: a person
acting in office acts for their institution)."""

from __future__ import annotations

from warta.gazetteer import key_of
from warta.model import Entity


def bodies_of_officers(entities: list[Entity]) -> dict[str, Entity]:
    """Person id → the organisation whose name (or a short form of it) ends the person's title;
    the longest such name, so "Polres Bogor" over "Polri"."""
    names = sorted(((key_of(name), body) for body in entities if body.type == "ORG"
                    for name in {body.name, *body.aliases}), key=lambda pair: -len(pair[0]))
    out: dict[str, Entity] = {}
    for person in entities:
        if person.type != "PERSON" or not person.title:
            continue
        title = key_of(person.title)
        body = next((b for key, b in names if key and _inside(key, title)), None)
        if body is not None:
            out[person.id] = body
    return out


def _inside(key: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """The body's name inside the title past its head word, or the title's end opening the name
    (a title read short of its place: "Kepala Kejaksaan Tinggi" of the "Kejaksaan Tinggi Bali")."""
    n = len(key)
    if any(title[i:i + n] == key for i in range(1, len(title) - n + 1)):
        return True
    return any(len(title) - i >= 2 and key[:len(title) - i] == title[i:] for i in range(1, len(title)))
