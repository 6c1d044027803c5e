"""An office whose holder is named by initials after it and where it serves (session 33):
stages/initialled_titles.py on tokenised sentences written for these tests, with the gazetteer's
spans."""

from __future__ import annotations

from warta.gazetteer import gazetteer
from warta.stages.initialled_titles import initialled_holders
from warta.stages.tokens import tokenize


def holders(sentence: str) -> list[tuple[str, str | None]]:
    words = [t.text for t in tokenize(sentence)]
    return [(words[h.start], h.title) for h in initialled_holders(words, gazetteer().spans(words))]


def test_initials_after_an_office_and_up_to_two_places_are_its_holder():
    assert holders("Jaksa menahan Kepala Desa Waelo, Kecamatan Waeapo, berinisial YT, Kamis.") == [
        ("YT", "Kepala Desa Waelo")]
    assert holders("Polisi menangkap mantan Direktur Rumah Sakit Umum Daerah (RSUD) Namlea, Buru, "
                   "berinisial MR, kemarin.") == [("MR", "mantan Direktur Rumah Sakit Umum Daerah (RSUD) Namlea")]
    assert holders("Penyidik memeriksa Direktur CV Sinar Laut berinisial AK sebagai saksi.") == [
        ("AK", "Direktur CV Sinar Laut")]


def test_a_part_in_a_case_or_a_clause_between_makes_no_holder():
    # "tersangka" names a part in the case, no office
    assert holders("Polisi menahan tersangka berinisial RS di Ambon.") == []
    # words that are no place's name between the office and the initials
    assert holders("Kepala Desa Waelo, yang juga diperiksa, berinisial YT.") == []
    # a single capital is no suspect's initials
    assert holders("Kepala Desa Waelo berinisial Y hadir.") == []


def test_initials_after_a_relative_of_the_office_holder_are_the_relatives():
    assert holders("Ia dilaporkan oleh istri Bupati Buru Selatan berinisial FH ke polisi.") == []


def test_initials_after_someone_tied_to_the_office_or_in_a_list_hold_no_office():
    # (review, session 33)
    assert holders("Polisi menahan sopir pribadi Bupati Buru berinisial FH.") == []
    assert holders("Polisi menangkap pria yang mengaku sebagai Kapolsek Waeapo berinisial JS.") == []
    assert holders("Polisi menangkap pencuri di rumah Kepala Desa Waelo berinisial JS.") == []
    assert holders("Jaksa menahan Kepala Desa Waelo dan Bendahara Desa berinisial YT dan RS.") == []
