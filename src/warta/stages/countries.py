"""Countries of the entities of an article: from the mentions' own (a place, an organisation,
a title's qualifier, the actor dictionary), from the entity before a titled person in the
sentence, and for unplaced people and bodies from the country the story is told from.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from warta.gazetteer import Gazetteer, Organisation, gazetteer, key_of
from warta.resources import load
from warta.stages.tokens import tokenize
from warta.stages.word_lists import (
    client_only_titles,
    english_names,
    foreign_body_heads,
    head_titles,
    home_heads,
    origin_words,
    other_country_after,
)

if TYPE_CHECKING:
    from warta.stages.entity_groups import Candidate, Group

HOME_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "PTY")
# A head of state or government whom neither the text nor the actor dictionary places is as
# likely foreign as not: no home country for the titles of word_lists.head_titles (ner.toml).


def group_countries(groups: list[Group], g: Gazetteer, home: str | None, body: str) -> dict[int, str | None]:
    """Each group's country; a titled person with none takes the country of the nearest
    entity before it in the same sentence ("…menelepon Presiden Yoon Suk Yeol dan bertemu
    dengan Penasihat Keamanan Nasional Cho Tae-yong"), and a body or person set off after
    "asal <place>" that place's ("investor asal Uni Emirat Arab, Al Nahda Group")."""
    countries: dict[int, str | None] = {}
    for grp in groups:
        country = next((m.country for m in grp.mentions if m.country), None)
        if grp.type == "PLACE" and country is None:
            country = g.seats.get(grp.key)
        countries[id(grp)] = country
    owner = {id(m): grp for grp in groups for m in grp.mentions}
    everything = sorted((m for grp in groups for m in grp.mentions), key=lambda m: m.start)
    story = story_country([countries[id(grp)] for grp in groups if grp.type == "PLACE" for _ in grp.mentions], home)
    if home and story != home:
        # "Polda Bali" in a story about Russians is of home, by the place its name holds (only
        # home: a foreign town named like an Indonesian word would misplace "Kejari Sikka")
        for grp in groups:
            if grp.type == "ORG" and countries[id(grp)] is None and place_country_named_in(grp.name, g) == home:
                countries[id(grp)] = home
    _from_origin(groups, countries, everything, owner, body)
    if home and story != home:
        # "Ketua DPR Mike Johnson mengecam demo itu" in a story told from the United States: a
        # body every state has, named bare, is the story's country's
        for grp in groups:
            if grp.type == "ORG" and grp.name in foreign_body_heads() and countries[id(grp)] == home:
                countries[id(grp)] = story
    for grp in groups:
        if grp.type != "PERSON" or countries[id(grp)] or not any(m.title for m in grp.mentions):
            continue
        first = min(grp.mentions, key=lambda m: m.start)
        before = [m for m in everything if m.sentence == first.sentence and m.end <= first.start
                  and countries[id(owner[id(m)])]]
        # an office of state held by someone of a given name Indonesians bear, in Indonesian news,
        # is Indonesia's, whoever was named before ("Santiago melakukan kunjungan kehormatan kepada
        # Menteri Pertahanan Bagus Hendrawan"), unless the sentence names a country abroad before
        # ("Kanselir Jerman … didampingi Menteri Ekonomi Viktor …")
        abroad = any(owner[id(m)].type == "PLACE" and countries[id(owner[id(m)])] not in (None, home)
                     for m in before)
        at_home = home == "IDN" and grp.name.split()[0].lower() in g.first_names and not abroad
        office = any(m.sector in HOME_SECTORS and m.title not in head_titles() for m in grp.mentions)
        if at_home and story == home and not before and any(m.title in home_heads() for m in grp.mentions):
            countries[id(grp)] = home  # "Presiden Budi Santoso meresmikan …" in a story told from home
            continue
        if before and not (at_home and office):
            countries[id(grp)] = countries[id(owner[id(before[-1])])]
        elif (story or at_home) and office:
            countries[id(grp)] = home if at_home else story  # "Menteri Dalam Negeri Tito Karnavian"
    if story:
        # the story's unplaced people and bodies are of the country it is told from ("Bupati
        # Bogor Rudy Susmanto", "Polres Bogor", "warga bernama Ujang"), except heads of state
        for grp in groups:
            if countries[id(grp)] is None and grp.type in ("PERSON", "ORG") and not any(
                    m.title in head_titles() or m.sector == "IGO" for m in grp.mentions) and not (
                    grp.type == "ORG" and _named_in_english(grp.name)):
                countries[id(grp)] = story
    return countries


def _from_origin(groups: list[Group], countries: dict[int, str | None], everything: list[Candidate],
                 owner: dict[int, Group], body: str) -> None:
    """A body or person without a country, set off by a comma right after "asal <place>" ("produsen
    asal Swiss, Stadler Rail"), is of that place's country."""
    for before, mention in itertools.pairwise(everything):
        grp, place = owner[id(mention)], owner[id(before)]
        cue = body[max(0, before.start - 12):before.start].split()  # a few characters: linear cost
        if grp.type in ("ORG", "PERSON") and countries[id(grp)] is None and place.type == "PLACE" \
                and countries[id(place)] and body[before.end:mention.start].strip() == "," \
                and cue and cue[-1].lower() in origin_words():
            countries[id(grp)] = countries[id(place)]


def body_reading(name: str, g: Gazetteer, placed: Callable[[str], object | None]) -> tuple[str | None, str | None,
                                                                                       str | None]:
    """A body's country, sector and canonical name: a known body's; else the country its name
    holds ("Kementerian Haji dan Umrah Kerajaan Arab Saudi", "Pemerintah Indonesia"); else, for
    a known body's office, that body's country and sector wherever it stands ("KBRI Phnom Penh"
    is Indonesia's embassy, though in Cambodia)."""
    org = g.organisations.get(key_of(name))
    if org:
        return org.country, org.sector, org.name
    country = country_named_in(name, g)
    office = None if country else office_of_body(name, g, placed)
    return (office.country, office.sector, None) if office else (country or _demonym_in(name), None, None)


@cache
def _demonyms() -> dict[str, str]:
    """data/countries.toml [demonyms]: adjective → ISO3."""
    return {word: iso for iso, words in load("countries")["demonyms"].items() for word in words}


def _demonym_in(name: str) -> str | None:
    """The country an adjective of nationality opening a body's name makes it ("Indonesian Society
    of Steel Construction"; not "Pan American …")."""
    first = name.split()[:1]
    return _demonyms().get(first[0]) if first else None


def office_of_body(name: str, g: Gazetteer, placed: Callable[[str], object | None]) -> Organisation | None:
    """A known body then the town or region its office stands in ("KBRI Phnom Penh", "BNN
    Provinsi Riau"): the body whose office it is, of that body's country and sector wherever the
    office stands (`placed` reads the rest as a place)."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        org = g.organisations.get(key_of(" ".join(words[:size])))
        if org is not None and org.country and placed(" ".join(words[size:])) is not None:
            return org
    return None


def _named_in_english(name: str) -> bool:
    """A body named in English ("Bank of America", "The Asia Foundation") is not assumed to be
    of the country the story is told from (data/ner.toml [english_names])."""
    return bool(english_names() & set(name.split()))


def story_country(placed: list[str | None], home: str | None, strict: bool = False) -> str | None:
    """The country a story is told from, by the places it names (each mention once): home
    (IDN for Indonesian text) unless a foreign country holds most of the mentions and home
    hardly any (a protest in Los Angeles)."""
    named = [c for c in placed if c]
    if not named:
        return home
    top, count = Counter(named).most_common(1)[0]
    if home and 2 * named.count(home) >= len(named):
        return home
    if top != home and 5 * count >= 3 * len(named) and 5 * named.count(home or "") < len(named):
        return top
    # no foreign country dominates: a story in Indonesian is told from home, unless `strict`
    return None if strict else home


COUNTRY_KINDS = ("COUNTRY",)
PLACE_KINDS = ("CITY", "REGION", "AREA", "COUNTRY")


def country_named_in(text: str, g: Gazetteer) -> str | None:
    """The country a name or title names as its own: "Pemerintah Indonesia", "Menteri Haji dan
    Umrah Arab Saudi"; not the one after "untuk"/"di" ("Duta Besar Indonesia untuk Jepang" is
    Indonesia's). Titles repeat across articles, so the answer for the shipped gazetteer is kept."""
    return _named_in(text, COUNTRY_KINDS) if g is gazetteer() else _country_in(text, g, COUNTRY_KINDS)


def place_country_named_in(name: str, g: Gazetteer) -> str | None:
    """The country of a town, region or country a body's name holds as its own ("Polda Bali",
    "Kepolisian New York"; not the one after "untuk"/"di")."""
    return _named_in(name, PLACE_KINDS) if g is gazetteer() else _country_in(name, g, PLACE_KINDS)


@lru_cache(maxsize=8192)
def _named_in(text: str, kinds: tuple[str, ...]) -> str | None:
    return _country_in(text, gazetteer(), kinds)


def _country_in(text: str, g: Gazetteer, kinds: tuple[str, ...]) -> str | None:
    """The country of the first place of `kinds` the text names, not after "untuk"/"di"; a town
    or region by its seat's country first."""
    words = [t.text for t in tokenize(text)]
    for s, e, kind in g.spans(words):
        if kind in kinds and not (s and words[s - 1].lower() in other_country_after()):
            name = " ".join(words[s:e])
            place = g.place(name)
            seat = g.seats.get(key_of(name)) if kind != "COUNTRY" else None
            country = seat or (place.country if place else None)
            if country:
                return country
    return None


_NAME_ENDS: list = [None, frozenset()]  # the gazetteer last asked about, and the last words of its names


def _name_ends(g: Gazetteer) -> frozenset[tuple[str, ...]]:
    """The last words of the gazetteer's names (as one-word keys), made once per gazetteer."""
    if _NAME_ENDS[0] is not g:
        _NAME_ENDS[:] = [g, frozenset(key[-1:] for key in g.kinds)]
    return _NAME_ENDS[1]


def country_between_title_and_name(body: str, cand: Candidate, g: Gazetteer) -> str | None:
    """The country named between a title and the name: "Menteri Luar Negeri Korea Selatan
    Park Jin", "Juru Bicara KPK Budi" (the organisation's country), "Duta Besar China untuk
    Indonesia Wang Lutong" (the country before "untuk"). Nothing without a title."""
    window = body[max(0, cand.start - 80):cand.start]
    words = [t.text for t in tokenize(window)]
    # "Duta Besar Jepang untuk Indonesia, Masaki Yasushi": a comma may set the name off
    end, country = len(words) - (words[-1:] == [","]), None
    if not end or key_of(words[end - 1])[-1:] not in _name_ends(g):
        return None  # no name of the gazetteer ends before the person's: the window is not read
    spans = g.spans(words)
    town = False
    for s, e, kind in reversed(spans):
        if e != end:
            return None
        name = " ".join(words[s:e])
        if kind == "TITLE":
            # "kuasa hukum Rizal, Yusuf …": after an office that serves a person, a town's name is
            # the client's (a Philippine town is named Rizal), no country of the office
            return None if town and name.lower() in client_only_titles() else country
        if kind in PLACE_KINDS and s and words[s - 1].lower() in other_country_after() and country is None:
            end = s - 1  # "Duta Besar China untuk Indonesia Wang Lutong": served, not theirs
            continue
        if kind == "COUNTRY":
            place = g.place(name)
            country = country or (place.country if place else None)
        elif kind == "ORG":
            org = g.organisations.get(key_of(name))
            country = country or (org.country if org else None)
        elif kind in ("CITY", "REGION", "AREA"):
            place = g.place(name)
            town = town or country is None
            country = country or g.seats.get(key_of(name)) or (place.country if place else None)
        else:
            return None
        end = s
    return None
