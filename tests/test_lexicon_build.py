"""data/words.txt is what `warta build lexicon` makes from the shared Hunspell dictionary."""

from __future__ import annotations

from tests.conftest import shared_path
from warta.build.lexicon import HUNSPELL, build
from warta.resources import data_path


def test_the_word_list_rebuilds_identically(tmp_path):
    dic = shared_path(HUNSPELL)  # skips with its reason when ../shared is absent
    built = build(dic.parents[3], tmp_path / "words.txt")
    assert built.read_text(encoding="utf-8") == data_path("words.txt").read_text(encoding="utf-8")


def test_the_passive_roots_rebuild_identically(tmp_path):
    from warta.build.lexicon import build_passive_roots

    dic = shared_path(HUNSPELL)
    built = build_passive_roots(dic.parents[3], tmp_path / "passive_roots.txt")
    assert built.read_text(encoding="utf-8") == data_path("passive_roots.txt").read_text(encoding="utf-8")


def test_a_hidden_k_is_restored_only_where_the_root_makes_di_verbs():
    from warta.morphology import root_of

    # both roots are words; the one with a di- passive is the verb's ("diusut", "diubah", "dikunjungi")
    assert [root_of(w) for w in ("mengusut", "mengubah", "mengakui", "mengundang", "pengadaan")] == [
        "usut", "ubah", "aku", "undang", "ada"]
    assert [root_of(w) for w in ("mengunjungi", "mengirim", "mengawal", "mengecam")] == [
        "kunjung", "kirim", "kawal", "kecam"]
    # only the readings of one prefix are weighed: "mengenang" is meng-kenang, never men-genang
    assert root_of("mengenang") == "kenang"


def test_name_words_rebuild_as_shipped(tmp_path) -> None:
    """data/name_words.txt is what `warta build names` makes of the NER training splits."""
    from warta.build.names import build
    from warta.cli_build import SHIPPED_NER_FILES

    files = [shared_path(f"data/ner/{name}") for name in SHIPPED_NER_FILES]
    built = build(files, tmp_path / "name_words.txt")
    assert built.read_text(encoding="utf-8") == data_path("name_words.txt").read_text(encoding="utf-8")


def test_name_words_keep_names_and_leave_ordinary_words() -> None:
    """A word counts as a name when most of its training occurrences are inside names."""
    from warta.build.names import name_words

    people = [[("Megawati", "B-PERSON"), ("Soekarnoputri", "I-PERSON"), ("hadir", "O")]] * 2
    nature = [[("alam", "O"), ("Alam", "B-PERSON")]] * 2
    assert name_words(people + nature, exclude={"soekarnoputri"}) == ["megawati"]


def test_english_words_rebuild_as_shipped(tmp_path) -> None:
    """data/english_words.txt is what `warta build english` makes of FreeDict, less Faker's names."""
    import pytest

    pytest.importorskip("faker", reason="the `build` extra is not installed")
    from warta.build.english import FREEDICT_INDEX, build

    index = shared_path(FREEDICT_INDEX)
    built = build(index.parents[3], tmp_path / "english_words.txt")
    assert built.read_text(encoding="utf-8") == data_path("english_words.txt").read_text(encoding="utf-8")


def test_english_words_are_no_names_but_english_given_names_are() -> None:
    from warta.stages.name_shape import name_like
    from warta.stages.word_lists import english

    assert english("banking") and english("chemicals") and english("priority")
    assert not english("bill") and not english("noel") and not english("budi")
    assert not name_like("Priority") and name_like("Bill") and name_like("Budi")
