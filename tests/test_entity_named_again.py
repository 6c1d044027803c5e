"""Names whose start the article settles when it names the person again, rulers' titles that are
given names after an office, and a name set off before an office: the entity stage on sentences
written for these tests."""

from __future__ import annotations

from tests.documents import build
from warta.gazetteer import gazetteer
from warta.model import Document
from warta.stages.body_words import person_by_apposed_office
from warta.stages.entities import Entities
from warta.stages.entity_groups import Candidate
from warta.stages.named_again import split_by_later_names
from warta.stages.span_merge import Found


def read(text: str) -> Document:
    return Entities()(build(text))


def named(doc: Document) -> list[tuple[str, str]]:
    return [(e.type, e.name) for e in doc.entities]


def test_a_name_said_alone_later_opens_the_holder_s_name_inside_the_company_s_run():
    doc = read('Direktur Utama PT Pertamina Gas Gamal Imam Santoso hadir dalam acara itu.\n'
               '"Kami siap," ujar Gamal.')
    assert named(doc) == [("ORG", "PT Pertamina Gas"), ("PERSON", "Gamal Imam Santoso")]
    assert doc.entities[1].title == "Direktur Utama PT Pertamina Gas"


def test_a_name_acting_alone_later_splits_a_body_read_whole_with_it():
    doc = read("Direktur Keuangan PT Bank Sentosa Indonesia Anthonius Sehonamin mengatakan, bank siap.\n"
               "Anthonius menegaskan bank siap membiayai proyek itu.")
    assert ("ORG", "PT Bank Sentosa Indonesia") in named(doc)
    assert ("PERSON", "Anthonius Sehonamin") in named(doc)


def test_a_town_read_alone_as_a_person_does_not_move_into_a_name():
    body = "kata Kasi Intel Kejari Binjai Noprianto Sihombing. Binjai mengatakan hal itu."
    office = Candidate("Kejari Binjai", "ORG", 16, 29, 0)
    person = Candidate("Noprianto Sihombing", "PERSON", 30, 49, 0, title="Kasi Intel Kejari Binjai")
    town = Candidate("Binjai", "PERSON", 51, 57, 1)
    out = split_by_later_names(body, [office, person, town])
    assert [(c.type, c.text) for c in out] == [
        ("ORG", "Kejari Binjai"), ("PERSON", "Noprianto Sihombing"), ("PERSON", "Binjai")]


def test_two_people_sharing_a_name_word_stay_two():
    doc = read("Utusan Khusus Presiden Raffi Ahmad bertemu musisi Ahmad Dhani di Senayan.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Raffi Ahmad", "Ahmad Dhani"]


def test_a_ruler_s_title_after_an_office_is_the_holder_s_given_name():
    doc = read("Menteri Kehutanan Raja Juli Antoni meninjau lokasi kebakaran.\n"
               "Ketua DPD RI Sultan Hamid Rasyid menanggapi kebijakan itu.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [
        ("Raja Juli Antoni", "Menteri Kehutanan"), ("Sultan Hamid Rasyid", "Ketua DPD")]


def test_a_ruler_s_title_alone_before_a_name_stays_the_title():
    doc = read("Raja Yordania Abdullah II tiba di Jakarta.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [("Abdullah II", "Raja")]


def test_a_name_read_as_a_body_before_an_apposed_office_is_a_person():
    words = ["Megawati", "berdiskusi", "dengan", "Al", "Gore", ",", "mantan", "Wakil", "Presiden", "Amerika",
             "Serikat", ",", "kemarin", "."]
    span = person_by_apposed_office(Found(3, 5, "ORG", "ner"), words, gazetteer())
    assert (span.start, span.end, span.type) == (3, 5, "PERSON")
    # a body in a list before an office, a place before its official, a lower-case office stay as read
    words = ["mengundang", "Kementerian", "Perhubungan", ",", "DJKA", ",", "Dirut", "KAI", ",", "dan", "lainnya", "."]
    assert person_by_apposed_office(Found(4, 5, "ORG", "ner"), words, gazetteer()).type == "ORG"
    words = ["kata", "Polres", "Cimahi", ",", "AKBP", "Tri", "Suhartanto", "."]
    assert person_by_apposed_office(Found(1, 3, "ORG", "ner"), words, gazetteer()).type == "ORG"
    words = ["menurut", "laporan", "Harian", "Nusantara", ",", "polisi", "menembakkan", "gas", "air", "mata", "."]
    assert person_by_apposed_office(Found(2, 4, "ORG", "ner"), words, gazetteer()).type == "ORG"


def test_initials_after_a_standing_in_a_case_are_a_person_and_a_body_s_short_form_stays_the_body():
    doc = read('"Tersangka RK kami tahan untuk 20 hari ke depan," ujar Kapolres Bogor AKBP Rio Wahyu Pradana.')
    assert ("PERSON", "RK") in named(doc)
    doc = read("Ia ditetapkan sebagai tersangka KPK pekan lalu.")
    assert named(doc) == [("ORG", "KPK")]


def test_a_given_name_that_is_a_town_at_home_opens_the_holder_s_name_after_the_region():
    doc = read("Wakil Gubernur Sulawesi Tengah Rano Saputra meninjau lokasi banjir.")
    assert [(e.name, e.title) for e in doc.entities if e.type == "PERSON"] == [("Rano Saputra", "Wakil Gubernur")]


def test_a_balinese_title_the_model_left_out_opens_the_name_only_before_its_own_words():
    doc = read("Anak Agung Ngurah Oka, Ketua DPRD Kabupaten Gianyar, menyatakan dukungan.")
    assert ("PERSON", "Anak Agung Ngurah Oka") in named(doc)
    doc = read("Anak Budi Santoso ditemukan selamat di hutan.")
    assert ("PERSON", "Budi Santoso") in named(doc)


def test_a_name_used_alone_splits_no_body_without_a_body_s_word_nor_a_place_s_name():
    body = "Pemain Cristian Romero Silva mencetak gol. Romero menegaskan timnya siap."
    team = Candidate("Cristian Romero Silva", "ORG", 7, 28, 0)
    alone = Candidate("Romero", "PERSON", 43, 49, 1)
    assert [(c.type, c.text) for c in split_by_later_names(body, [team, alone])] == [
        ("ORG", "Cristian Romero Silva"), ("PERSON", "Romero")]
    body = "Hadir Asosiasi Padel Spanyol. Padel menegaskan asosiasi siap."
    club = Candidate("Asosiasi Padel Spanyol", "ORG", 6, 28, 0)
    alone = Candidate("Padel", "PERSON", 30, 35, 1)
    assert [(c.type, c.text) for c in split_by_later_names(body, [club, alone])] == [
        ("ORG", "Asosiasi Padel Spanyol"), ("PERSON", "Padel")]


def test_a_body_before_its_named_official_or_a_lower_case_office_stays_a_body():
    words = ["hadir", "Human", "Rights", "Watch", ",", "Direktur", "Asia", "Elaine", "Pearson", ",", "dan", "aktivis"]
    assert person_by_apposed_office(Found(1, 4, "ORG", "ner"), words, gazetteer()).type == "ORG"
    words = ["menurut", "laporan", "Warta", "Gemilang", ",", "polisi", "menembakkan", "gas", "."]
    assert person_by_apposed_office(Found(2, 4, "ORG", "ner"), words, gazetteer()).type == "ORG"


def test_initials_after_a_standing_that_name_a_case_or_a_numeral_are_no_one():
    assert "TPPU" not in [e.name for e in read("KPK menetapkan Budi Santoso sebagai tersangka TPPU kemarin.").entities]
    assert "II" not in [e.name for e in read("Kejati Jawa Barat menahan terdakwa II dalam perkara itu.").entities]
    doc = read("Kejaksaan menahan terdakwa MK di Rutan Salemba.")
    assert ("PERSON", "MK") in named(doc)


def test_a_ruler_s_title_stays_a_title_after_a_ruler_s_office_and_inside_a_place_s_name():
    doc = read("Raja Malaysia Sultan Ibrahim menerima Presiden Prabowo di Kuala Lumpur.")
    assert ("Ibrahim", "Raja") in [(e.name, e.title) for e in doc.entities if e.type == "PERSON"]
    doc = read("General Manager Bandara Sultan Hasanuddin Minggus Gandeguai mengatakan bandara tetap buka.")
    assert "Sultan" not in " ".join(e.name for e in doc.entities if e.type == "PERSON")
