"""data/words.txt is what `warta build lexicon` makes from the shared Hunspell dictionary."""

from __future__ import annotations

from tests.conftest import shared_path
from warta.build.lexicon import HUNSPELL, build
from warta.resources import data_path


def test_the_word_list_rebuilds_identically(tmp_path):
    dic = shared_path(HUNSPELL)  # skips with its reason when ../shared is absent
    built = build(dic.parents[3], tmp_path / "words.txt")
    assert built.read_text(encoding="utf-8") == data_path("words.txt").read_text(encoding="utf-8")
