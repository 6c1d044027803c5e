"""Who does the verb after a relative clause, and reports to the law (session 21), on Documents
built by hand: an actor described by a relative clause before a passive verb is the one acted
on, an actor inside that clause is not; a verb right after an adverb is the clause's own; a
person's noun before a needed word owns it; a person reported with no police named; a case
taken to the law; a report only planned."""

from __future__ import annotations

from tests.test_entity_names import read
from tests.test_event_reading import coded

POLRES = {"Polres Bogor": "COP"}


def test_a_relative_clause_between_the_one_acted_on_and_a_passive_verb():
    assert coded("Pengemudi yang viral di media sosial diamankan Polres Bogor.",
                 [("Pengemudi", "PERSON", "IDN"), ("Polres Bogor", "ORG", "IDN")], sectors=POLRES) == [
        ("COERCE", "173", "Polres Bogor", "IDN", "Pengemudi", "IDN")]
    assert coded("Rudi Hartono, yang sempat buron selama dua bulan, ditangkap Polres Bogor.",
                 [("Rudi Hartono", "PERSON", "IDN"), ("Polres Bogor", "ORG", "IDN")], sectors=POLRES) == [
        ("COERCE", "173", "Polres Bogor", "IDN", "Rudi Hartono", "IDN")]


def test_an_actor_inside_the_relative_clause_is_not_the_one_acted_on():
    assert coded("Rudi Hartono yang juga pegawai Bank Sumsel itu ditahan Polres Bogor.",
                 [("Rudi Hartono", "PERSON", "IDN"), ("Bank Sumsel", "ORG", "IDN"), ("Polres Bogor", "ORG", "IDN")],
                 sectors=POLRES) == [
        ("COERCE", "173", "Polres Bogor", "IDN", "Rudi Hartono", "IDN")]


def test_a_verb_after_an_adverb_is_the_relative_clause_s_own():
    # the membership was suspended, told to describe the residents: no act of the story's
    assert coded("Kuota itu dipakai warga yang kepesertaannya sempat dinonaktifkan Polres Bogor.",
                 [("warga", "PERSON", "IDN"), ("Polres Bogor", "ORG", "IDN")], sectors=POLRES) == []


def test_a_person_s_noun_owns_the_thing_named_after_it():
    # "Pengemudi mobil": the driver is taken, not his car
    assert coded("Pengemudi mobil itu diamankan Polres Bogor.",
                 [("Pengemudi", "PERSON", "IDN"), ("Polres Bogor", "ORG", "IDN")], sectors=POLRES) == [
        ("COERCE", "173", "Polres Bogor", "IDN", "Pengemudi", "IDN")]
    assert coded("Dua unit mobil diamankan Polres Bogor.", [("Polres Bogor", "ORG", "IDN")], sectors=POLRES) == [
        ("COERCE", "1711", "Polres Bogor", "IDN", None, "IDN")]


def test_a_body_after_a_product_noun_and_a_verb_is_a_body():
    doc = read("Pengemudi mobil itu diamankan Polres Tasikmalaya Kota.")
    assert [(e.name, e.type) for e in doc.entities if e.type == "ORG"] == [("Polres Tasikmalaya Kota", "ORG")]
    doc = read("Ia membeli mobil Nissan Juke di Bekasi.")
    assert "Nissan Juke" not in [e.name for e in doc.entities]


def test_a_person_reported_is_reported_to_the_law():
    people = [("Rudi Hartono", "PERSON", "IDN"), ("Sinta Dewi", "PERSON", "IDN")]
    assert coded("Rudi Hartono melaporkan Sinta Dewi setelah unggahan itu viral.", people) == [
        ("ACCUSE", "114", "Rudi Hartono", "IDN", "Sinta Dewi", "IDN")]
    # a report to someone, or of something, names no one reported
    assert coded("Rudi Hartono melaporkan hasil rapat kepada Sinta Dewi.", people) == []


def test_a_case_taken_to_the_law():
    assert coded("Sinta Dewi membawa kasus tersebut ke ranah hukum.", [("Sinta Dewi", "PERSON", "IDN")]) == [
        ("ACCUSE", "114", "Sinta Dewi", "IDN", None, "IDN")]
    assert coded("Sinta Dewi membawa masalah itu ke rapat warga.", [("Sinta Dewi", "PERSON", "IDN")]) == []


def test_a_report_only_planned_is_no_report():
    assert coded("Yusril menanggapi Sinta Dewi yang berencana melaporkan Rudi Hartono.",
                 [("Yusril", "PERSON", "IDN"), ("Sinta Dewi", "PERSON", "IDN"),
                  ("Rudi Hartono", "PERSON", "IDN")]) == []


def test_a_team_from_a_body_after_oleh_is_the_body_whoever_came_along():
    # session 21: the body after "tim dari" acts, not the story's court nor the last body listed
    bodies = [("Mahkamah Agung", "ORG", "IDN"), ("Andi Wijaya", "PERSON", "IDN"), ("Kejati Papua", "ORG", "IDN"),
              ("Kejagung", "ORG", "IDN"), ("Kejari Gresik", "ORG", "IDN")]
    law = {"Mahkamah Agung": "JUD", "Kejati Papua": "JUD", "Kejagung": "JUD", "Kejari Gresik": "JUD"}
    assert coded("Mahkamah Agung menghukum Andi Wijaya 8 tahun penjara.\n"
                 "Penyitaan dilakukan langsung oleh tim dari Kejati Papua, didampingi Kejagung dan Kejari Gresik.",
                 bodies, sectors=law)[-1] == ("COERCE", "1711", "Kejati Papua", "IDN", None, "IDN")


def test_a_body_right_after_a_light_passive_holds_the_act():
    people = [("Kejari Bogor", "ORG", "IDN"), ("Andi Wijaya", "PERSON", "IDN"), ("Rudi Hartono", "PERSON", "IDN"),
              ("Polres Bogor", "ORG", "IDN")]
    law = {"Kejari Bogor": "JUD", "Polres Bogor": "COP"}
    assert coded("Kejari Bogor menahan Andi Wijaya.\nPenangkapan Rudi Hartono dilakukan Polres Bogor di rumahnya.",
                 people, sectors=law)[-1] == ("COERCE", "173", "Polres Bogor", "IDN", "Rudi Hartono", "IDN")
    # described in a relative clause, the act is told elsewhere
    assert coded("Penangkapan yang dilakukan Polres Bogor berlangsung cepat.",
                 [("Polres Bogor", "ORG", "IDN")], sectors=POLRES) == []


def test_members_of_a_body_described_by_a_relative_clause_act_as_the_body():
    assert coded("Ratusan mahasiswa yang tergabung dalam BEM Nusantara menggelar aksi di depan Gedung DPRD Riau.",
                 [("BEM Nusantara", "ORG", "IDN"), ("DPRD Riau", "ORG", "IDN")])[0][:3] == (
        "PROTEST", "141", "BEM Nusantara")


def test_a_clause_joined_by_comma_and_dan_keeps_its_own_subject():
    # ", dan ia berjanji": the pronoun's clause, not the body named before the comma, promises
    events = coded("Ketua DPRD Riau Rudi Hartono menerima audiensi Asosiasi Petani Sawit Riau, dan ia berjanji "
                   "memperjuangkan aspirasi itu.",
                   [("Rudi Hartono", "PERSON", "IDN"), ("Asosiasi Petani Sawit Riau", "ORG", "IDN")],
                   {"Rudi Hartono": "Ketua DPRD Riau"})
    assert [e[2] for e in events if e[0] == "AGREE"] == ["Rudi Hartono"]


def test_a_report_of_where_someone_is_or_how_they_fare_is_no_complaint():
    people = [("Sinta Dewi", "PERSON", "IDN"), ("Rudi Hartono", "PERSON", "IDN")]
    assert coded("Sinta Dewi melaporkan Rudi Hartono hilang saat melaut.", people) == []
    assert coded("Kejaksaan membawa perkara Rudi Hartono ke pengadilan.", people) == []


def test_a_crowd_acting_in_a_body_s_name_is_the_body():
    assert coded("Massa yang mengatasnamakan Front Pemuda Lanny Jaya merusak kantor Bawaslu Kabupaten Lanny Jaya.",
                 [("Front Pemuda Lanny Jaya", "ORG", "IDN"), ("Bawaslu Kabupaten Lanny Jaya", "ORG", "IDN")])[0][2] == (
        "Front Pemuda Lanny Jaya")


def test_two_bodies_signing_for_the_people_are_each_other_s_partners():
    assert coded("Pemprov Jambi dan Bank Jambi menandatangani nota kesepahaman penyaluran kredit bagi rakyat.",
                 [("Pemprov Jambi", "ORG", "IDN"), ("Bank Jambi", "ORG", "IDN")]) == [
        ("SUPPORT", "057", "Pemprov Jambi", "IDN", "Bank Jambi", "IDN")]
