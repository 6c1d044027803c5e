"""Datelines: the place (and the outlet) that open an article's first paragraph ("JAKARTA,
KOMPAS.com -", "Jakarta - ", "Jakarta: "), by the patterns in ``data/page.toml``."""

from __future__ import annotations

import re
from functools import cache

from warta.gazetteer import gazetteer
from warta.resources import load
from warta.stages.word_lists import calendar_words, ordinary_words


@cache
def _patterns() -> dict:
    data = load("page")
    return {
        "datelines": [re.compile(p) for p in data["datelines"]],
        "place_datelines": [re.compile(p) for p in data["place_datelines"]],
        "joined_datelines": [re.compile(p) for p in data["joined_datelines"]],
        "outlet_datelines": [re.compile(p) for p in data["outlet_datelines"]],
        "outlets": frozenset(data["outlets"]),
    }


def match_dateline(line: str) -> re.Match[str] | None:
    """The dateline that opens a paragraph ("JAKARTA, KOMPAS.com -", "Jakarta: " where Jakarta
    is a place the gazetteer knows), else None."""
    for pattern in _patterns()["datelines"]:
        match = pattern.match(line)
        if match:
            return match
    for pattern in _patterns()["place_datelines"]:
        match = pattern.match(line)
        if match and dateline_place(match.group("dateline")):
            return match
    for pattern in _patterns()["joined_datelines"]:
        match = pattern.match(line)
        if match and _capitals_place(match.group("dateline")):
            return match
    for pattern in _patterns()["outlet_datelines"]:
        match = pattern.match(line)
        if match and match.group("dateline") in _patterns()["outlets"]:
            return match  # "RMOL. Otoritas …": the outlet alone
    return None


HOME_PLACE_KINDS = ("province", "regency", "city", "district")


def _capitals_place(name: str) -> bool:
    """Whether capitals joined to the text by a dash name a place: one the gazetteer knows as a
    dateline's, a place at home of any kind ("TENGGARONG", "TANJUNG REDEB", "REMBANG"), or the
    first word of a district's name at home ("SANGATTA", the seat of Sangatta Utara and Selatan);
    not a label ("BREAKING", "KEBAKARAN") nor a body ("BPBD")."""
    if dateline_place(name):
        return True
    place = gazetteer().place(name, prefer="IDN")
    if place is not None:
        return place.country == "IDN" and place.kind in HOME_PLACE_KINDS
    return len(name.split()) == 1 and name.lower() in _district_openers()


@cache
def _district_openers() -> frozenset[str]:
    """First words of the names of districts at home that are no place of their own and no
    ordinary word ("sangatta" of "Sangatta Utara")."""
    g = gazetteer()
    words = ordinary_words()
    return frozenset(key[0] for key, places in g.places.items() if len(key) > 1 and key[0] not in words
                     and any(p.country == "IDN" and p.kind == "district" for p in places)
                     and (key[0],) not in g.places)


TOWN_KINDS = ("city", "province")
BIG_TOWN = 500_000  # a city abroad a dateline names by itself ("Washington - ", "Tokyo: ")
TOWN_NAMED_AS_WORD = 100_000  # a town named as an ordinary word is one only when this big ("Medan", "Kupang")


def dateline_place(name: str) -> bool:
    """Whether a title-case word or two before a dash or a colon is a dateline's place: a town
    or province the gazetteer knows, at home or a big city abroad; a town named as an ordinary
    word only when it is a big one ("Medan", "Kupang"; "Sumber", "Mulia" are small towns and
    labels) — not a country, a person, a label."""
    place = gazetteer().place(name)
    if place is None or place.kind not in TOWN_KINDS:
        return False
    people = place.population or 0
    if place.country != "IDN" and people < BIG_TOWN:
        return False
    return people >= TOWN_NAMED_AS_WORD or not any(word.lower() in ordinary_words() for word in name.split())


DOMAIN = re.compile(r"\.(?:com|co\.id|co|id|net|org)$", re.I)


def dateline_parts(dateline: str | None) -> tuple[str | None, str | None]:
    """(place, outlet) of a dateline: "JAKARTA, KOMPAS.com" → ("JAKARTA", "KOMPAS.com"),
    "Jakarta (ANTARA)" → ("Jakarta", "ANTARA"), "KOMPAS.com" → (None, "KOMPAS.com"), "SEOUL,
    Kamis (9/11/2023)" → ("SEOUL", None): the place only, as ANNOTATION.md has it."""
    if not dateline:
        return None, None
    place = outlet = None
    for part in (p.strip() for p in re.split(r"[,()]", dateline)):
        if not part:
            continue
        if DOMAIN.search(part) or part in _patterns()["outlets"]:
            outlet = outlet or part
        elif place is None and not any(ch.isdigit() for ch in part) and part.split()[0] not in calendar_words():
            place = part
    return place, outlet


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    match = match_dateline(paragraph)
    if not match or len(paragraph[match.end():].split()) < 3:
        return None, paragraph
    dateline, rest = match.group("dateline").strip(), paragraph[match.end():]
    place_after = match_dateline(rest) if dateline_parts(dateline)[0] is None else None
    if place_after and len(rest[place_after.end():].split()) >= 3:
        # "KONTAN.CO.ID - SURABAYA. Sekretaris …": the outlet, then the place
        dateline, rest = f"{dateline}, {place_after.group('dateline').strip()}", rest[place_after.end():]
    return dateline, rest


