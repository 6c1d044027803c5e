"""Where names end, on sentences written for these tests: a list's number glued to a name, an
amount or a stage after a place, a law's article after initials, a minister's short title."""

from __future__ import annotations

from tests.documents import build
from warta.stages.entities import Entities
from warta.stages.tokens import tokenize


def entities(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.name, e.title) for e in Entities()(build(text)).entities]


def test_a_list_s_number_glued_to_a_name_and_its_dot_is_a_token_of_its_own():
    assert [t.text for t in tokenize("Menteri HAM Rudi Pigai4. Menteri")] == [
        "Menteri", "HAM", "Rudi", "Pigai", "4", ".", "Menteri"]
    assert [t.text for t in tokenize("di Studio Trans7, Jakarta")] == ["di", "Studio", "Trans7", ",", "Jakarta"]
    assert ("PERSON", "Andi Pigai", "Menteri Kehutanan") in entities(
        "Daftarnya: 1. Menteri Kehutanan Andi Pigai4. Menteri Kebudayaan Budi Santoso.")


def test_an_amount_or_a_stage_after_a_place_is_no_part_of_its_name():
    names = [e[1] for e in entities("Dana Provinsi Jawa Barat Rp 4 triliun dan Provinsi Jawa Timur Tahap II.")]
    assert names == ["Jawa Barat", "Jawa Timur"]


def test_a_law_s_article_after_initials_is_no_name():
    assert [e for e in entities("Tersangka AB Pasal 45A ayat 2 UU ITE.") if e[0] == "PERSON"] == [
        ("PERSON", "AB", None)]


def test_a_rank_after_a_street_s_head_names_the_street_s_namesake():
    assert entities("Ia ditemui di Jalan Kolonel Sugiono, Malang.") == [
        ("PLACE", "Jalan Kolonel Sugiono", None), ("PLACE", "Malang", None)]


def test_an_islamic_boarding_school_is_a_body():
    assert entities("Santri Ponpes Al Hidayah dievakuasi.") == [("ORG", "Ponpes Al Hidayah", None)]


def test_the_head_of_a_regional_office_is_a_title():
    assert ("PERSON", "Budi Santoso", "Kakanwil Kemenag") in entities(
        "Kakanwil Kemenag Jatim Budi Santoso hadir.")


def test_a_company_head_the_actor_dictionary_knows_is_a_person_and_so_is_their_surname_alone():
    doc = Entities()(build("CEO Apple Tim Cook tiba di Beijing. Di sana, Cook bertemu pejabat setempat."))
    assert [(e.name, [m.text for m in e.mentions]) for e in doc.entities if e.type == "PERSON"] == [
        ("Tim Cook", ["Tim Cook", "Cook"])]


def test_a_short_name_is_the_dictionary_s_person_when_the_article_writes_that_person_in_full_too():
    doc = Entities()(build("Presiden Prabowo Subianto memanggil Kapolri Listyo Sigit Prabowo. Prabowo lalu "
                           "meminta laporan."))
    people = {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "PERSON"}
    assert people == {"Prabowo Subianto": ["Prabowo Subianto", "Prabowo"],
                      "Listyo Sigit Prabowo": ["Listyo Sigit Prabowo"]}


def test_a_hospital_named_after_a_doctor_is_one_body():
    assert entities("Korban dirawat di RSUD dr. Soetomo, Surabaya.")[0] == ("ORG", "RSUD dr. Soetomo", None)
    assert ("ORG", "RSUD Dr. Moewardi", None) in entities(
        "Direktur RSUD Dr. Moewardi dr. Bintang Prakoso mengatakan pasien bertambah.")


def test_a_title_word_right_after_a_body_s_head_may_be_the_body_s():
    assert ("ORG", "Kementerian Koordinator Bidang Pemberdayaan Masyarakat", None) in entities(
        "Cak Imin menyebut Kementerian Koordinator Bidang Pemberdayaan Masyarakat akan memprioritaskan hal itu.")
    assert ("ORG", "Kantor Perwakilan Bank Indonesia Provinsi Jambi", None) in entities(
        "Kantor Perwakilan Bank Indonesia Provinsi Jambi menggelar pasar murah.")
    # an office's building is no body of its own
    assert [e for e in entities("Massa berkumpul di Kantor Gubernur Jawa Tengah.") if e[0] == "ORG"] == []


def test_the_words_after_a_hyphen_in_a_school_s_name_are_the_school_s():
    assert entities("Santri Pondok Pesantren Al-Amien Prenduan menang lomba.") == [
        ("ORG", "Pondok Pesantren Al-Amien Prenduan", None)]


def test_a_brand_s_number_before_a_dot_stays_in_it():
    assert [t.text for t in tokenize("Acara itu tayang di Trans7. Lalu")] == [
        "Acara", "itu", "tayang", "di", "Trans7", ".", "Lalu"]
