"""Gazetteers: countries, cities, Indonesian regions, world regions, organisations, person names
and titles, loaded once from warta/data and matched against token sequences.

The tables under data/gazetteers are built from open data by `warta build gazetteers`
(sources and licences in data/gazetteers/SOURCES.md); the hand-written lists (organisations,
titles, world regions, press forms of country names) are TOML files beside them.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import pickle
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from warta.resources import data_path, load
from warta.textfold import strip_marks

WORD_PARTS = re.compile(r"[^\W_]+")


NAME_BREAKS = frozenset("()[],;:\"“”")  # tokens that end a name


@lru_cache(maxsize=50_000)  # news repeats its words and names; bounded for long ingests
def key_of(text: str) -> tuple[str, ...]:
    """The lookup key of a name: accents, case, hyphens and dots folded ("Kim Jong-un" and
    "Kim Jong Un" share one)."""
    return tuple(WORD_PARTS.findall(strip_marks(text).lower()))


# Entries are named tuples: immutable, and tuples of plain values, which the garbage collector
# stops tracking, so fifty thousand of them cost nothing at each collection.

class Place(NamedTuple):
    name: str
    kind: str  # country, city, region, province, regency, district, area
    country: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0


class Organisation(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None


class Title(NamedTuple):
    name: str
    sector: str | None


@dataclass
class Gazetteer:
    """Name keys → what they may name. One key may name several things (Washington)."""

    places: dict[tuple[str, ...], list[Place]] = field(default_factory=dict)
    organisations: dict[tuple[str, ...], Organisation] = field(default_factory=dict)
    titles: dict[tuple[str, ...], Title] = field(default_factory=dict)
    first_names: frozenset[str] = frozenset()
    last_names: frozenset[str] = frozenset()
    seats: dict[tuple[str, ...], str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # iso3 → Indonesian name
    # people PETRARCH2's country actors date to a country's offices: the name's key joined by
    # spaces → that country (a string key and shared country codes keep the table small)
    world_people: dict[str, str] = field(default_factory=dict)
    # made by finish() from the names above: the first word of every name → the most words a
    # name starting with it has, every name's kind, every beginning of a name (to stop early)
    starts: dict[str, int] = field(default_factory=dict)
    kinds: dict[tuple[str, ...], str] = field(default_factory=dict)
    prefixes: frozenset[tuple[str, ...]] = frozenset()
    # one-word keys that only an organisation's acronym gives ("DEN" for Dewan Ekonomi Nasional):
    # they match a token written in capitals only ("Den Haag" is no council)
    acronyms: set[tuple[str, ...]] = field(default_factory=set)
    caps_only: frozenset[tuple[str, ...]] = frozenset()

    def finish(self) -> None:
        names = {key for key in (*self.titles, *self.organisations, *self.places) if key}
        self.starts = {}
        for key in names:
            self.starts[key[0]] = max(self.starts.get(key[0], 0), len(key))
        self.kinds = {key: kind for key in names if (kind := self._kind(key))}
        self.prefixes = frozenset(key[:n] for key in self.kinds for n in range(1, len(key) + 1))
        worded = {key_of(name) for org in self.organisations.values() for name in (org.name, *org.aliases)
                  if not name.isupper()}
        self.caps_only = frozenset(key for key in self.acronyms
                                   if key not in self.places and key not in self.titles and key not in worded
                                   ) | self._city_codes()

    def _city_codes(self) -> frozenset[tuple[str, ...]]:
        """Another name of three letters or fewer that only cities abroad bear ("LIM", "SHA", "HAN":
        codes of their airports): written in capitals it is the city, written as a word a surname
        ("Lim", "Han") far more often."""
        return frozenset(key for key, places in self.places.items()
                         if len(key) == 1 and len(key[0]) <= SHORT_CODE and key not in self.titles
                         and key not in self.organisations
                         and all(p.kind == "city" and p.country != "IDN" and key_of(p.name) != key for p in places))

    def add_place(self, name: str, place: Place) -> None:
        key = key_of(name)
        if key:
            self.places.setdefault(key, []).append(place)

    def place(self, name: str, prefer: str | None = None) -> Place | None:
        """The likeliest place of that name: a country, then one in the `prefer` country (the
        article's own: Kampar in Riau, not in Perak), then the most populous."""
        options = self.places.get(key_of(name))
        if not options:
            return None
        rank = {"country": 0, "area": 1, "province": 2, "city": 3, "regency": 4, "district": 5}
        return min(options, key=lambda p: (p.kind != "country", p.country != prefer if prefer else False,
                                           rank.get(p.kind, 3), -p.population))

    def spans(self, tokens: Sequence[str]) -> list[tuple[int, int, str]]:
        """Longest gazetteer matches over tokens: (start, end, kind) with kind one of
        COUNTRY, CITY, REGION, AREA, ORG, TITLE. (A sentence's matches are made once per
        document: stages/tokens.py sentence_spans.)"""
        keys = [key_of(t) for t in tokens]
        starts = self.starts
        if not any(key and key[0] in starts for key in keys):
            return []  # most sentences of a story name nothing the gazetteer knows
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(tokens):
            most = starts.get(keys[i][0], 0) if keys[i] else 0
            end, kind = self._longest_from(keys, i, most, tokens)
            if end:
                found.append((i, end, kind))
                i = end
            else:
                i += 1
        return found

    def _longest_from(self, keys: Sequence[tuple[str, ...]], start: int, most: int,
                      tokens: Sequence[str]) -> tuple[int, str]:
        """(end, kind) of the longest name opening at `start`, (0, "") if none. Tokens are added
        while the words so far begin some name; a name's hyphens and dots are tokens of their
        own (empty keys), hence the allowance of three tokens beyond its word count. A bracket
        or a comma ends a name ("Densus) 88 Antiteror" is not "Densus 88 Antiteror")."""
        key: tuple[str, ...] = ()
        best, best_kind = 0, ""
        j, stop = start, min(len(keys), start + most + 3) if most else start
        while j < stop:
            if self._short_form_inside(keys, tokens, j, key):
                # "Badan Pengelola Investasi (BPI) Daya Anagata Nusantara": the name goes on past
                # its own short form in brackets
                j, stop = j + 3, min(len(keys), stop + 3)
                continue
            if not keys[j]:
                if tokens[j] in NAME_BREAKS:
                    break
                j += 1
                continue
            key += keys[j]
            if key not in self.prefixes:
                break
            kind = self.kinds.get(key)
            if kind and not (j == start and key in self.caps_only and not tokens[j].isupper()):
                best, best_kind = j + 1, kind
            j += 1
        return best, best_kind

    def _short_form_inside(self, keys: Sequence[tuple[str, ...]], tokens: Sequence[str], j: int,
                           key: tuple[str, ...]) -> bool:
        """Whether "( SHORT )" stands at `j` inside a name the words after it go on."""
        return (bool(key) and j + 3 < len(tokens) and tokens[j] == "(" and tokens[j + 2] == ")"
                and tokens[j + 1].isupper() and bool(keys[j + 3]) and key + keys[j + 3] in self.prefixes)

    def _kind(self, key: tuple[str, ...]) -> str | None:
        if key in self.titles:
            return "TITLE"
        if key in self.organisations:
            return "ORG"
        places = self.places.get(key)
        if places:
            kinds = {p.kind for p in places}
            for kind in ("country", "area", "city", "province", "regency", "district"):
                if kind in kinds:
                    return {"province": "REGION", "regency": "REGION", "district": "DISTRICT"}.get(
                        kind, kind.upper())
        return None


def _tsv(name: str) -> list[dict[str, str]]:
    """Rows of a gazetteer file: plain tab-separated lines with a header, no quoting (as
    build/gazetteers.py writes them), split by hand since csv.DictReader took a third of the
    start-up."""
    lines = data_path(f"gazetteers/{name}").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line]


INDEX = "gazetteers/index.pickle.gz"
# A city abroad named by two letters ("Wa", "Bo", "Ho", "Of") is a word, a syllable or a name's
# part far more often than the town: such names are left out of the gazetteer.
MIN_CITY_NAME = 2
SHORT_CODE = 3  # the longest other name of a city abroad matched only in capitals (Gazetteer._city_codes)

SOURCES = ("gazetteers/countries.tsv", "gazetteers/cities.tsv", "gazetteers/regions.tsv",
           "gazetteers/person_names.tsv", "gazetteers/world_people.tsv", "countries.toml", "places.toml",
           "organisations.toml", "titles.toml", "words.txt")


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, from the prebuilt index when it matches the data files, else built."""
    return _load_index() or build_gazetteer()


def fingerprint() -> str:
    """A hash of everything the gazetteer is built from, this module's code included."""
    digest = hashlib.blake2b(Path(__file__).read_bytes(), digest_size=16)
    for name in SOURCES:
        digest.update(data_path(name).read_bytes())
    return digest.hexdigest()


# Building the gazetteer from its tables takes about half a second, most of a cold start; the
# index is the built object pickled (`warta build index`), read in a tenth of that. It is the
# package's own file, trusted like its code, and used only when its fingerprint matches the
# data files and this module, so an edited list is never hidden by a stale index.

def _load_index() -> Gazetteer | None:
    path = data_path(INDEX)
    if not path.exists():
        return None
    gc.disable()  # a pickle of many small objects loads several times faster without the collector
    try:
        with gzip.open(path, "rb") as handle:
            stored = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError):
        return None  # a damaged index costs the half second of a build, nothing more
    finally:
        gc.enable()
    if not isinstance(stored, dict) or stored.get("fingerprint") != fingerprint():
        return None
    return stored["gazetteer"]


def write_index() -> Path:
    """Build the gazetteer from the data files and write the index."""
    path = data_path(INDEX)
    # mtime=0: the same data make the same bytes (gzip stamps the time otherwise)
    with gzip.GzipFile(path, "wb", compresslevel=6, mtime=0) as handle:
        pickle.dump({"fingerprint": fingerprint(), "gazetteer": build_gazetteer()}, handle, protocol=5)
    return path


MINISTRY_SHORT_FORM = re.compile(r"Kemen([a-z]{2,})")


def ministers_from_ministries(organisations: dict[str, dict]) -> list[str]:
    """The press forms of a minister's and a deputy minister's office, made from the ministry's
    short form ("Kemendukbangga" → "Mendukbangga", "Wamendukbangga"), so a ministry added to
    organisations.toml brings its offices with it."""
    titles = []
    for info in organisations.values():
        for alias in info.get("aliases", []):
            found = MINISTRY_SHORT_FORM.fullmatch(alias)
            if found and info.get("sector") == "GOV":
                titles += [f"Men{found[1]}", f"Wamen{found[1]}"]
    return titles


SMALL_TOWN = 100_000
NEIGHBOURS = ("IDN", "MYS", "SGP", "BRN", "TLS", "PNG")  # their small towns are news here ("Kangar")


def _ordinary_words() -> frozenset[str]:
    """data/words.txt, read here at build time: stages/word_lists.ordinary_words reads the same
    file for the stages, but importing it would make the gazetteer depend on the stages."""
    lines = data_path("words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _word_not_town(name: str, city: Place, words: frozenset[str]) -> bool:
    """A small town far away named as an ordinary Indonesian word ("Sama" in Spain, "Berat" in
    Albania, "Kita" in Mali), or a city's other name that is one ("Sama" for Sanya), is the word
    wherever Indonesian news writes it ("Kerja Sama")."""
    if " " in name or name.lower() not in words or city.country in NEIGHBOURS:
        return False
    return name != city.name or (city.population or 0) < SMALL_TOWN


def build_gazetteer() -> Gazetteer:
    g = Gazetteer()
    countries = load("countries")
    for row in _tsv("countries.tsv"):
        iso3 = row["iso3"]
        g.country_names[iso3] = row["name_id"]
        for name in {row["name_id"], row["name_en"], *filter(None, row["aliases"].split("|"))}:
            g.add_place(name, Place(row["name_id"], "country", iso3))
    words = _ordinary_words() - {name.lower() for name in countries["seats"]}  # "Roma" is Rome
    for row in _tsv("cities.tsv"):
        city = Place(row["name"], "city", row["iso3"] or None, int(row["geonameid"]), float(row["lat"]),
                     float(row["lon"]), int(row["population"]))
        for name in {row["name"], *filter(None, row["aliases"].split("|"))}:
            if len(name) > MIN_CITY_NAME and not _word_not_town(name, city, words):
                g.add_place(name, city)
    for row in _tsv("regions.tsv"):
        g.add_place(row["name"], Place(row["name"], row["level"] if row["level"] != "city" else "regency", "IDN"))
    world = load("places")
    for name, info in world["areas"].items():
        area = Place(name, "area", info.get("country"))
        for alias in [name, *info.get("aliases", [])]:
            g.add_place(alias, area)
    for name, shorts in world.get("province_short_forms", {}).items():
        for short in shorts:
            g.add_place(short, Place(name, "province", "IDN"))
    for name, shorts in world.get("regency_short_forms", {}).items():
        for short in shorts:
            g.add_place(short, Place(name, "regency", "IDN"))
    for name, info in world.get("indonesian_cities", {}).items():
        g.add_place(name, Place(name, "city", "IDN", population=info.get("population", 0)))
    g.seats = {key_of(name): iso3 for name, iso3 in countries["seats"].items()}
    for name, info in load("organisations")["organisations"].items():
        org = Organisation(name, tuple(info.get("aliases", [])), info.get("country"), info.get("sector"))
        for alias in [name, *org.aliases]:
            g.organisations[key_of(alias)] = org
            if alias.isupper() and " " not in alias:
                g.acronyms.add(key_of(alias))
    for sector, names in load("titles")["titles"].items():
        for name in names:
            g.titles[key_of(name)] = Title(name, None if sector in ("ANY", "ROLE") else sector)
    for title in ministers_from_ministries(load("organisations")["organisations"]):
        g.titles.setdefault(key_of(title), Title(title, "GOV"))
    for row in _tsv("world_people.tsv"):
        country = sys.intern(row["country"])
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            g.world_people.setdefault(" ".join(key_of(name)), country)
    names = _tsv("person_names.tsv")
    g.first_names = frozenset(key_of(r["name"])[0] for r in names if r["kind"] == "first")
    g.last_names = frozenset(key_of(r["name"])[0] for r in names if r["kind"] == "last")
    g.finish()
    return g
