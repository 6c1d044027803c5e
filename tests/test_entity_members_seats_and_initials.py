"""The entity stage on sentences written for these tests (session 35): an office word right after
a body's head is the body's members, not a title before a one-word name ("Serikat Petani
Pasundan"); one set of initials after "yakni" following a word that cues initials is a person;
a body's class is followed by its seat; a landmark keeps the Balinese name it is named after."""

from __future__ import annotations

from tests.documents import build
from warta.stages.entities import Entities


def found(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.name) for e in Entities()(build(text)).entities]


def test_an_office_word_after_a_body_s_head_is_the_body_s_not_a_title_before_a_name():
    got = found("Anggota Serikat Petani Pasundan menggelar aksi di Garut.")
    assert ("ORG", "Serikat Petani Pasundan") in got
    assert not any(kind == "PERSON" for kind, _ in got)


def test_one_set_of_initials_after_yakni_and_a_word_that_cues_initials_is_a_person():
    assert ("PERSON", "RZ") in found("Kejari Padang menahan satu tersangka korupsi dana hibah, yakni RZ, mantan "
                                     "bendahara.")
    # a victim or a corporate suspect may be a body: one short form alone after them stays a body's
    assert ("PERSON", "BPR") not in found("Salah satu korban pembobolan dana nasabah, yakni BPR, melapor ke polisi.")
    assert ("PERSON", "KUD") not in found("Kejari menetapkan satu tersangka korporasi, yakni KUD, sebagai penyalur.")


def test_a_class_is_followed_by_its_seat_and_a_landmark_by_its_namesake():
    got = found("Kepala Lembaga Pemasyarakatan Kelas IIB Sungguminasa Hendra Wijaya membenarkan hal itu.")
    assert ("PERSON", "Hendra Wijaya") in got
    # no seat written, or a school's grade: the name after the class is whole
    assert ("PERSON", "Ahmad Fauzi") in found("Kepala Lapas Kelas IIA Ahmad Fauzi membenarkan hal itu.")
    assert ("PERSON", "Siti Aminah") in found("Menurut Guru Kelas VI Siti Aminah, siswa itu rajin.")
    # a known given name after the class opens the holder's name, not a seat
    assert ("PERSON", "Ahmad Fauzi Rahman") in found("Kepala Rutan Kelas IIB Ahmad Fauzi Rahman membenarkan hal itu.")
    assert found("Pesawat itu mendarat di Bandara Internasional I Gusti Ngurah Rai pada Senin.") == [
        ("PLACE", "Bandara Internasional I Gusti Ngurah Rai")]


def test_a_hero_an_airport_is_named_after_is_a_person_and_a_detention_centre_for_migrants_a_body():
    assert ("PERSON", "Depati Amir") in found("Pemerintah menganugerahkan gelar pahlawan nasional kepada Depati Amir.")
    assert ("ORG", "Rudenim Pekanbaru") in found("Rudenim Pekanbaru mendeportasi lima WNA asal Bangladesh.")


def test_a_doctor_after_a_hospital_s_kind_is_its_director_unless_a_town_closes_the_name():
    got = found("Direktur Rumah Sakit Umum Daerah dr. Andi Wijaya mengatakan hal itu.")
    assert ("PERSON", "Andi Wijaya") in got and ("ORG", "Rumah Sakit Umum Daerah") in got
