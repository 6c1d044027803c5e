"""The entity stage on sentences written for these tests (session 34): a name an age in brackets
follows is a person's (not a numbered word nor a tally's item), a company's legal form written
after its name is one more of its forms, a regional police's units are named with their station,
a month in a body's name is no holder's name, and a model's person that runs into a verb does
not stretch a titled name."""

from __future__ import annotations

from tests.documents import build
from warta.model import Document
from warta.stages.entities import Entities


def read(text: str) -> Document:
    return Entities()(build(text))


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.name, e.title) for e in read(text).entities]


def test_a_name_an_age_follows_is_a_person():
    assert ("PERSON", "Suryani", None) in found("Seorang warga Desa Noman, Suryani (45), mengaku lega.")
    assert ("PERSON", "Suryani", None) in found("Suryani (45) mengaku lega dengan langkah polisi.")


def test_a_numbered_word_or_a_tally_is_no_one_aged():
    assert not any(kind == "PERSON" for kind, _, _ in found("Ia dijerat Pasal 2 Ayat (1) UU Tipikor."))
    got = found("Pengungsi tersebar di Desa Sukamaju (12), Lembang (8), dan Cigugur Girang (45).")
    assert not any(kind == "PERSON" for kind, _, _ in got)  # counts of a place's people, no ages


def test_a_legal_form_after_a_companys_name_is_one_of_its_forms():
    entities = read("Direktur Utama PT Kereta Api Indonesia (Persero), Rudy Setiawan, meninjau stasiun.").entities
    company = next(e for e in entities if e.type == "ORG")
    assert "PT Kereta Api Indonesia (Persero)" in [company.name, *company.aliases]


def test_a_regional_polices_unit_is_named_with_its_station():
    assert ("ORG", "Ditresnarkoba Polda Riau", None) in found(
        "Penyidik Ditresnarkoba Polda Riau menangkap dua tersangka di Dumai.")


def test_a_month_in_a_bodys_name_is_no_holders_name():
    got = found("Rektor Institut Teknologi Sepuluh Nopember Heru Santosa menandatangani nota kesepahaman.")
    assert ("ORG", "Institut Teknologi Sepuluh Nopember", None) in got
    assert ("PERSON", "Heru Santosa", "Rektor Institut Teknologi Sepuluh Nopember") in got


def test_a_service_named_after_its_letter_is_no_body():
    got = found("Polisi menerapkan E-TLE (Electronic Traffic Law Enforcement) di jalan itu.")
    assert not any(name == "TLE" for _, name, _ in got)


def test_a_given_name_that_is_a_district_opens_the_holders_name_after_the_offices_comma():
    got = found("Acara itu dihadiri Anggota DPRD Kabupaten Bandung Barat, Bintang Pamungkas.")
    assert any(kind == "PERSON" and name == "Bintang Pamungkas" for kind, name, _ in got)


def test_a_head_of_two_words_opens_a_bodys_name():
    assert ("ORG", "Kamar Dagang dan Industri Jepang", None) in found(
        "Menteri itu menerima delegasi Kamar Dagang dan Industri Jepang di Jakarta.")
    assert ("ORG", "Rumah Sakit Bhayangkara", None) in found("Korban dibawa ke Rumah Sakit Bhayangkara, Senin.")


def test_a_hospital_is_named_after_someone():
    assert ("ORG", "Rumah Sakit Bhayangkara Sartika Asih", None) in found(
        "Korban dirawat di Rumah Sakit Bhayangkara Sartika Asih, Bandung.")
    assert ("ORG", "RS Bhayangkara Sartika Asih", None) in found("Ia dirawat di RS Bhayangkara Sartika Asih.")


def test_what_describes_an_aged_person_is_no_part_of_the_name():
    assert ("PERSON", "Kevano", None) in found("Bocah Kevano (7) tewas tertabrak truk.")
    assert ("PERSON", "Warsini", None) in found("Adapun Warsini (45) mengaku pasrah.")
    assert not any(kind == "PERSON" for kind, _, _ in found("Rumah Adat (12) rusak berat akibat gempa."))


def test_a_head_of_two_words_alone_names_no_body():
    assert not any(kind == "ORG" for kind, _, _ in found("Korban kemudian dilarikan ke Rumah Sakit terdekat."))


def test_a_place_after_a_letter_and_a_hyphen_stays_a_place():
    assert ("PLACE", "Cikampek", None) in found("Ruas tol jalur A-Cikampek ditutup sementara.")


def test_a_legal_form_on_the_next_line_is_no_form_of_the_name():
    entities = read("PT Kereta Api Indonesia\n(Persero) menambah perjalanan.").entities
    assert not any("\n" in alias for e in entities for alias in e.aliases)


def test_a_body_or_place_an_age_follows_is_the_person_and_their_name_alone_too():
    # (session 34, after the unseen measure) the model read a foreigner's name as a body, and
    # the surname alone as a town abroad
    entities = read("Imigrasi mendeportasi warga negara asing asal Rusia, Artem Sokolov (31), Rabu. Sokolov "
                    "menampar seorang warga lokal di Canggu.").entities
    person = next(e for e in entities if e.name == "Artem Sokolov")
    assert person.type == "PERSON"
    assert not any(e.name == "Sokolov" and e.type != "PERSON" for e in entities)
