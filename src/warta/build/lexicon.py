"""data/words.txt: the Indonesian words of the Hunspell dictionary (id_ID.dic, LGPL-3), lower
case, without affix flags. The title grammar reads a capitalised word found here as an
ordinary word ("Intelijen", "Kepatuhan"), not a name, unless the name lists say otherwise.

data/passive_roots.txt: the roots whose Hunspell entry takes a di- passive (affix flags D0, D1,
Di, Dk). meN- before a vowel hides whether the root lost a "k" ("mengusut" is usut or kusut,
"mengunjungi" kunjung or unjung); a root that makes di- verbs is the verb's ("diusut",
"dikunjungi"), so morphology.root_of prefers it.
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


PASSIVE_FLAGS = frozenset({"D0", "D1", "Di", "Dk"})  # id_ID.aff: di-, di-…-i, di-…-kan (FLAG long)


def passive_roots_of(dic: Path) -> list[str]:
    """The lower-case entries with a di- affix flag, sorted."""
    out = set()
    for line in dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        word, _, flags = line.strip().partition("/")
        pairs = {flags[i:i + 2] for i in range(0, len(flags) - 1, 2)}
        if pairs & PASSIVE_FLAGS and word.isalpha() and word.islower():
            out.add(word)
    return sorted(out)


def build_passive_roots(shared: Path, out: Path | None = None) -> Path:
    target = out or data_path("passive_roots.txt")
    header = ("# Roots that take a di- passive in the Hunspell dictionary id_ID (LGPL-3); "
              "`warta build lexicon`.\n")
    target.write_text(header + "\n".join(passive_roots_of(shared / HUNSPELL)) + "\n", encoding="utf-8")
    return target


def build(shared: Path, out: Path | None = None) -> Path:
    target = out or data_path("words.txt")
    words = words_of(shared / HUNSPELL)
    header = "# Indonesian words from the Hunspell dictionary id_ID (LGPL-3); `warta build lexicon`.\n"
    target.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    return target
