"""Titles' sectors and short forms: the sector a title or a body's name tells, and whether a
person's title holds an office written in full or as the press shortens it (data/titles.toml,
data/organisations.toml)."""

from __future__ import annotations

from functools import cache

from warta.gazetteer import gazetteer, key_of
from warta.resources import load
from warta.stages.word_lists import other_country_after, ranks, sector_words


def _key(text: str) -> tuple[str, ...]:
    return key_of(text)


# Sectors of bodies whose own heads ("Kepala …", "Kepala Bidang …") belong to them, not to the
# civil government those heads' titles name elsewhere.
UNIFORMED = ("COP", "JUD", "MIL")
FORMER_KEYS = (("mantan",), ("eks",), ("bekas",))  # keys of a word that makes an office a former one


def title_sector(title: str | None, rank: str = "") -> str | None:
    """The sector of a title from its longest head in the title gazetteer ("Menteri Koordinator
    Bidang Pemberdayaan Masyarakat" → GOV), else from the body it names ("Sekretaris
    Kementerian Pariwisata" → GOV, "Kasat Reskrim Polres Bogor" → COP); `rank` is the one
    written before the name, which the title may leave out ("Direktur … Kombes Pol")."""
    if not title:
        return None
    titles = gazetteer().titles
    key = _key(title)
    if key[:1] in FORMER_KEYS:
        key = key[1:]  # "mantan Kepala Desa Waelo": the office once held tells the sector
    for size in range(len(key), 0, -1):
        found = titles.get(key[:size])
        if found:
            body = _known_body_sector(key) or body_sector(title)
            if found.sector == "BUS" and body != "BUS":
                # a head that heads companies too ("Direktur"): the body of state it names
                # decides ("Direktur … Bareskrim Polri"), else an officer's rank ("… Kombes Pol")
                return body or _rank_sector(key + _key(rank)) or "BUS"
            if found.sector == "GOV" and body in UNIFORMED:
                return body  # "Kepala Bidang Humas Polda Jatim": a head in the police serves the police
            return found.sector or body
    return _known_body_sector(key) or body_sector(title)


def _rank_sector(key: tuple[str, ...]) -> str | None:
    """The sector of the last rank in a title: police after a "Pol" corps, else the rank's own;
    not a rank civilians hold too ("Kapten" of a flight or a team; ner.toml [ranks_not_cues])."""
    titles, ranked = gazetteer().titles, _officers_ranks()
    for k in range(len(key) - 1, -1, -1):
        rank = titles.get(key[k:k + 1]) if key[k] in ranked else None
        if rank is not None and rank.sector in ("COP", "MIL"):
            return "COP" if key[k + 1:k + 2] == ("pol",) else rank.sector
    return None


@cache
def _officers_ranks() -> frozenset[str]:
    """The ranks only officers hold, lower case (ranks less [ranks_not_cues]: "Kapten")."""
    return frozenset(r.lower() for r in ranks()) - {r.lower() for r in load("ner")["ranks_not_cues"]["words"]}


def _known_body_sector(key: tuple[str, ...]) -> str | None:
    """The sector of a known body that ends a title ("Kepala Departemen Komunikasi Bank
    Indonesia" is the central bank's, GOV, not a bank's), its longest name first."""
    bodies, another = gazetteer().organisations, other_country_after()
    # up to "untuk": "Wakil Tetap RI untuk PBB" serves Indonesia, not the UN
    end = next((k for k, word in enumerate(key) if word in another), len(key))
    return next((org.sector for start in range(1, end) if (org := bodies.get(key[start:end])) and org.sector),
                None)


def body_sector(name: str) -> str | None:
    """The sector an Indonesian body's name tells by its words ("Polres Bogor" COP, "DPRD
    Banten" LEG), in the order of data/organisations.toml's [sector_words]."""
    words = set(_key(name))
    return next((sector for sector, known in sector_words() if words & known), None)


@cache
def _abbreviations() -> dict[tuple[str, ...], tuple[str, ...]]:
    return {_key(short): _key(full) for short, full in load("titles")["abbreviations"].items()}


def title_in_full(key: tuple[str, ...]) -> tuple[str, ...]:
    """A title's key with a short form the press uses written out ("menaker" → "menteri
    ketenagakerjaan"; data/titles.toml [abbreviations]); other keys as they are."""
    return _abbreviations().get(key[:1], key[:1]) + key[1:] if key else key


def holds_title(person_title: str | None, key: tuple[str, ...]) -> bool:
    """Whether a person's title opens with the office `key` names, short forms written out
    ("Menaker" is held by "Menteri Ketenagakerjaan Yassierli")."""
    if not person_title or not key:
        return False
    held, wanted = title_in_full(_key(person_title)), title_in_full(key)
    return held[:len(wanted)] == wanted
