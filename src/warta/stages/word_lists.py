"""Word lists several stages read from data/ner.toml and data/organisations.toml, each loaded
once: the head words of bodies and places, words that name no one, and the words that tell a
body's sector."""

from __future__ import annotations

from functools import cache

from warta.resources import load


@cache
def org_heads() -> frozenset[str]:
    """Words that open a body's name ("Kementerian", "Polres"), lower case."""
    return frozenset(w.lower() for w in load("ner")["institution_heads"]["ORG"])


@cache
def place_heads() -> frozenset[str]:
    """Words that open an administrative place's name ("Kabupaten", "Desa"), lower case."""
    return frozenset(w.lower() for w in load("ner")["institution_heads"]["PLACE"])


@cache
def not_names() -> frozenset[str]:
    """Capitalised words and short forms that name no one ("KTT", "STNK")."""
    return frozenset(load("ner")["not_names"]["words"])


@cache
def sector_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """(sector, words) in data/organisations.toml's order: the first sector a name's words hold wins."""
    table = load("organisations")["sector_words"]
    return tuple((sector, frozenset(words)) for sector, words in table.items())


@cache
def body_words() -> frozenset[str]:
    """Every word that tells a body's sector ("ui", "pn", "tni")."""
    return frozenset(w for _, words in sector_words() for w in words)
