"""data/words.txt: the Indonesian words of the Hunspell dictionary (id_ID.dic, LGPL-3), lower
case, without affix flags. The title grammar reads a capitalised word found here as an
ordinary word ("Intelijen", "Kepatuhan"), not a name, unless the name lists say otherwise.
"""

from __future__ import annotations

from pathlib import Path

from warta.resources import data_path

HUNSPELL = "data/lexicon/hunspell-id/id_ID.dic"


def words_of(dic: Path) -> list[str]:
    """The dictionary's lower-case alphabetic entries (capitalised ones are names), sorted."""
    lines = dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]  # the first is a count
    words = {line.split("/", 1)[0].strip() for line in lines}
    return sorted(w for w in words if w.isalpha() and w.islower() and len(w) > 1)


def build(shared: Path, out: Path | None = None) -> Path:
    target = out or data_path("words.txt")
    words = words_of(shared / HUNSPELL)
    header = "# Indonesian words from the Hunspell dictionary id_ID (LGPL-3); `warta build lexicon`.\n"
    target.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    return target
