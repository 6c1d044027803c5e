"""The words of data/agents.toml the events stage reads its actors by: unnamed agents and their
sectors, the words around names, epithets, and the gazetteer's country names."""

from __future__ import annotations

from functools import cache

from warta.gazetteer import gazetteer
from warta.resources import load

OFFICE_SECTORS = {"GOV", "COP", "JUD", "LEG", "MIL"}  # agent words that also open a titled name


@cache
def counted_words() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words.split()) for listed in load("agents")["counted"].values() for words in listed)


@cache
def agent_words() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Agent words → (CAMEO sector, whether they are only ever acted on)."""
    table = load("agents")
    return {tuple(words.split()): (sector, kind == "acted_on") for kind in ("agents", "acted_on", "counted", "kin")
            for sector, listed in table[kind].items() for words in listed} | {
        words: (sector, False) for words, (sector, _) in national_words().items()}


@cache
def kin_words() -> frozenset[tuple[str, ...]]:
    """Agent words that name someone only as someone's ("tetangganya", "istri korban")."""
    return frozenset(tuple(words.split()) for listed in load("agents")["kin"].values() for words in listed)


@cache
def national_words() -> dict[tuple[str, ...], tuple[str, str]]:
    """Agent words that name their country ("wni") → (CAMEO sector, country code)."""
    return {tuple(words.split()): (sector, country) for sector, by_country in load("agents")["nationals"].items()
            for country, listed in by_country.items() for words in listed}


def for_the_body(words: tuple[str, ...], sector: str) -> bool:
    """Whether these agent words name those who act for the body named after them."""
    return sector in OFFICE_SECTORS or " ".join(words) in near_name_words()["for_the_body"]


def only_its_people(low: list[str], start: int, end: int) -> bool:
    """Whether the words low[start:end] only name the people who act for a body named after them
    ("para elite", "pengurus", "pimpinan"): whoever meets them meets the body."""
    listed = near_name_words()["for_the_body"]
    k = start + (start < end and low[start] in near_name_words()["quantifiers"])  # "para", "sejumlah"
    return k < end and all(word in listed for word in low[k:end])


def official_words_at(low: list[str], k: int) -> int:
    """How many words at `k` name officials who act for the body after them, the longest first
    ("jaksa penuntut umum Kejari Depok", "penyidik KPK"); 0 when none do."""
    for size in (3, 2, 1):
        if agent_words().get(tuple(low[k:k + size]), ("",))[0] in OFFICE_SECTORS:
            return size
    return 0


@cache
def agent_firsts() -> frozenset[str]:
    return frozenset(words[0] for words in agent_words())


@cache
def country_names() -> frozenset[str]:
    """The gazetteer's names of countries ("Amerika Serikat", "Jepang")."""
    return frozenset(gazetteer().country_names.values())


def is_country(name: str) -> bool:
    """Whether the gazetteer knows the name as a country's, by any of its names ("China", "Tiongkok")."""
    place = gazetteer().place(name)
    return place is not None and place.kind == "country"


@cache
def near_name_words() -> dict[str, frozenset[str]]:
    return {kind: frozenset(words) for kind, words in load("agents")["near_names"].items()}


def group_words() -> frozenset[str]:
    """Words that make an unnamed actor a group ("para", "ratusan": agents.toml quantifiers)."""
    return near_name_words()["quantifiers"]


@cache
def epithet_words() -> dict[str, frozenset[str]]:
    return {kind: frozenset(words) for kind, words in load("agents")["epithets"].items()}
