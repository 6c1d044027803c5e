"""Offices and places the title grammar leaves half read (session 29), on sentences written for
these tests: an office whose body the gazetteer does not know, an editor's bracket round an
office and name, a rank's corps, a town after "Wali Kota", and a town written with and without
its kind of area."""

from __future__ import annotations

from tests.documents import build
from tests.test_title_runs import people
from warta.stages.entities import Entities


def entities(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.type, e.name, e.aliases) for e in Entities()(build(text)).entities]


def test_an_office_keeps_its_run_though_a_word_of_its_body_is_unknown():
    assert people("Anggota Bapemperda Andi Rahmat Salam menyampaikan pandangan fraksinya.") == [
        ("Andi Rahmat Salam", [], "Anggota Bapemperda")]
    assert people("Wakil Ketua DPRD dari Fraksi Golkar, Yusuf Ramli, menolak usulan itu.") == [
        ("Yusuf Ramli", [], "Wakil Ketua DPRD dari Fraksi Golkar")]


def test_an_editors_bracket_round_an_office_and_name_is_no_part_of_the_title():
    assert people('"Kami ikuti arahan Bapak Kadis (Sosial Yusuf Ramli)," ujarnya.')[0][2] == "Kadis Sosial"


def test_the_corps_after_a_rank_names_no_body():
    assert entities("Kepala Basarnas Marsdya TNI Hendra Wijaya meninjau lokasi.") == [
        ("ORG", "Basarnas", []), ("PERSON", "Hendra Wijaya", [])]


def test_the_town_after_wali_kota_or_kepala_desa_is_the_place_and_one_place_however_written():
    assert [e for e in entities("Wali Kota Kendari, Rudi Hartono, meninjau pasar.") if e[0] == "PLACE"] == [
        ("PLACE", "Kendari", [])]
    assert [e for e in entities("Kepala Desa Sukamaju, Dadang Hidayat, mengundurkan diri.") if e[0] == "PLACE"] == [
        ("PLACE", "Sukamaju", [])]
    assert entities("Banjir merendam Kota Kendari. Warga Kendari mengungsi.") == [
        ("PLACE", "Kota Kendari", ["Kendari"])]
    # a town of one name in two kinds of area is neither of them when written bare
    assert entities("Kota Bogor dan Kabupaten Bogor aman, kata warga Bogor.") == [
        ("PLACE", "Kota Bogor", []), ("PLACE", "Kabupaten Bogor", []), ("PLACE", "Bogor", [])]
