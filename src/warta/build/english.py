"""data/english_words.txt: the English headwords of the FreeDict English–Indonesian dictionary
(CC BY-SA 3.0), lower case, three letters or more, less the English first and last names Faker
lists (MIT: "bill", "grace", "noel", "adams"). The title grammar reads a capitalised word found
here (or its plural or -ing form) as an English word of a title or a company's name
("Relationship Manager Priority Banking"), not a person's name. Needs the `build` extra (faker).
"""

from __future__ import annotations

from pathlib import Path

from warta.resources import data_path

FREEDICT_INDEX = "data/lexicon/freedict-eng-ind/freedict-eng-ind.index"


def headwords(index: Path) -> list[str]:
    """The dictionary's single-word alphabetic headwords, lower case, sorted."""
    words = set()
    for line in index.read_text(encoding="utf-8").splitlines():
        word = line.split("\t", 1)[0]
        if not word.startswith("00database") and word.isalpha() and len(word) >= 3:
            words.add(word.lower())
    return sorted(words)


def english_names() -> frozenset[str]:
    """First and last names of Faker's English locales, lower case."""
    from faker.providers.person import en, en_GB, en_US

    providers = (en.Provider, en_GB.Provider, en_US.Provider)
    return frozenset(name.lower() for provider in providers for kind in ("first_names", "last_names")
                     for name in getattr(provider, kind, ()))


def build(shared: Path, out: Path | None = None) -> Path:
    target = out or data_path("english_words.txt")
    header = ("# English headwords of the FreeDict English–Indonesian dictionary (CC BY-SA 3.0, "
              "FreeDict contributors), less Faker's English names (MIT); `warta build english`.\n")
    names = english_names()
    words = [w for w in headwords(shared / FREEDICT_INDEX) if w not in names]
    target.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    return target
