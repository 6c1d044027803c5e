"""Acts of everyday domestic and diplomatic news the coder missed (session 31), on Documents
built by hand with their actors set: a visit whose length stands before where it goes, a
courtesy call, a legislature's summons, a letter asking for help, a stance pledged, a demand
refused, two ministers acting together, a person met whose title holds another minister's,
representatives received, an act joined to a planned one, a bill judged a step back.
Sentences written for these tests."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events

ACTORS = [("Ratna Kusumawardhani", "PERSON", "IDN"), ("Timor-Leste", "PLACE", "TLS"), ("Indonesia", "PLACE", "IDN"),
          ("Adelino Ximenes", "PERSON", "TLS"), ("Komisi II DPRD Bogor", "ORG", "IDN"), ("Polres Bogor", "ORG", "IDN"),
          ("Hendra Saputra", "PERSON", "IDN"), ("Presiden Ramos-Horta", "PERSON", "TLS"),
          ("Pemerintah Provinsi Lampung", "ORG", "IDN"), ("Andi Wijaya", "PERSON", "IDN"), ("KPU", "ORG", "IDN"),
          ("Israel", "PLACE", "ISR"), ("Presiden Joko", "PERSON", "IDN")]
SECTORS = {"Komisi II DPRD Bogor": "LEG", "Polres Bogor": "COP", "KPU": "GOV", "Ratna Kusumawardhani": "GOV",
           "Adelino Ximenes": "GOV"}
TITLES = {"Ratna Kusumawardhani": "Menteri Luar Negeri", "Adelino Ximenes": "Menteri Luar Negeri dan Kerja Sama"}


def coded(text: str) -> list[tuple]:
    doc = build(text, [a for a in ACTORS if a[0] in text])
    for entity in doc.entities:
        entity.sector = SECTORS.get(entity.name)
        entity.title = TITLES.get(entity.name)
    doc = Events()(doc)
    return [(e.type, e.cameo, s.name, t.name if t else None) for e in doc.events for s, t in e.dyads()]


def test_a_visit_whose_length_stands_before_where_it_goes():
    assert coded("Ratna Kusumawardhani melakukan kunjungan kerja dua hari ke Timor-Leste sejak Rabu.") == [
        ("CONSULT", "042", "Ratna Kusumawardhani", "Timor-Leste")]
    assert coded("Ratna Kusumawardhani melakukan lawatan tiga hari ke Timor-Leste.") == [
        ("CONSULT", "042", "Ratna Kusumawardhani", "Timor-Leste")]
    # a visit going nowhere named is no act on anyone
    assert coded("Ratna Kusumawardhani menyebut kunjungan kerja itu berjalan lancar.") == []


def test_a_courtesy_call_on_a_person_is_a_meeting_and_announced_an_intent_to_meet():
    assert coded("Ratna Kusumawardhani melakukan kunjungan kehormatan kepada Presiden Ramos-Horta di Dili.") == [
        ("CONSULT", "042", "Ratna Kusumawardhani", "Presiden Ramos-Horta")]
    assert coded("Ratna Kusumawardhani dijadwalkan melakukan kunjungan kehormatan kepada Presiden Ramos-Horta.") == [
        ("AGREE", "036", "Ratna Kusumawardhani", "Presiden Ramos-Horta")]


def test_a_legislatures_bare_summons_convenes_a_hearing_the_polices_is_for_questioning():
    assert coded("Komisi II DPRD Bogor memanggil Hendra Saputra, Selasa (15/9).") == [
        ("CONSULT", "040", "Komisi II DPRD Bogor", "Hendra Saputra")]
    assert coded("Polres Bogor memanggil Hendra Saputra, Selasa (15/9).") == [
        ("ACCUSE", "091", "Polres Bogor", "Hendra Saputra")]
    assert coded("Andi Wijaya memanggil Hendra Saputra ke ruangannya.") == []  # anyone else's: no act coded


def test_a_letter_asking_for_something_is_a_request_of_the_one_written_to():
    assert coded("Andi Wijaya sudah bersurat ke Pemerintah Provinsi Lampung untuk meminta bantuan alat berat.") == [
        ("REQUEST", "100", "Andi Wijaya", "Pemerintah Provinsi Lampung")]
    assert coded("Andi Wijaya sudah bersurat ke Pemerintah Provinsi Lampung soal jadwal rapat.") == []


def test_support_pledged_to_go_on_is_a_stance_stated_now_not_a_plan():
    assert coded("Indonesia akan terus mendukung Timor-Leste dalam keanggotaannya di ASEAN.") == [
        ("SUPPORT", "051", "Indonesia", "Timor-Leste")]
    assert coded("Indonesia akan mendukung Timor-Leste jika syaratnya dipenuhi.") == []  # planned only
    # only for support: an attack pledged to go on is still a threat, not one done
    assert coded("Israel akan terus menyerang Timor-Leste.") == []


def test_a_demand_refused_with_its_maker_told_before():
    assert coded("Andi Wijaya menegaskan KPU menolak tuntutan pemungutan suara ulang.") == [
        ("REJECT", "123", "KPU", None)]


def test_two_ministers_named_before_act_together():
    text = ("Ratna Kusumawardhani bertemu Adelino Ximenes di Dili.\n"
            "Dalam pernyataan bersama, kedua menlu mengecam keras serangan Israel.")
    assert ("ACCUSE", "111", "Ratna Kusumawardhani", "Israel") in coded(text)
    assert ("ACCUSE", "111", "Adelino Ximenes", "Israel") in coded(text)


def test_a_title_opening_another_persons_longer_title_is_not_the_minister_named_before():
    text = ("Ratna Kusumawardhani tiba di Dili.\n"
            "Ratna Kusumawardhani bertemu Menteri Luar Negeri dan Kerja Sama Timor-Leste Adelino Ximenes di kantornya.")
    assert coded(text) == [("CONSULT", "040", "Ratna Kusumawardhani", "Adelino Ximenes")]


def test_representatives_received_by_an_official_are_hosted_by_them():
    text = "Lima perwakilan Warga kemudian diterima Hendra Saputra di ruang rapat."
    doc = build(text, [("Warga", "PERSON", "IDN"), ("Hendra Saputra", "PERSON", "IDN")])
    assert [(e.type, e.cameo, e.source.name, e.target.name) for e in Events()(doc).events] == [
        ("CONSULT", "043", "Hendra Saputra", "Warga")]
    doc = build("Laporan Warga diterima Hendra Saputra pada Senin.", [("Warga", "PERSON", "IDN"),
                                                                     ("Hendra Saputra", "PERSON", "IDN")])
    assert Events()(doc).events == []  # a report received hosts no one


def test_an_act_joined_by_dan_to_a_planned_one_is_planned_too():
    acts = [("Warga", "PERSON", "IDN"), ("Komisi II DPRD Bogor", "ORG", "IDN")]
    planned = "Warga mengancam akan menggelar aksi mogok dan unjuk rasa di depan Komisi II DPRD Bogor."
    assert "PROTEST" not in [e.type for e in Events()(build(planned, acts)).events]
    done = "Warga menggelar aksi mogok dan unjuk rasa di depan Komisi II DPRD Bogor."
    assert "PROTEST" in [e.type for e in Events()(build(done, acts)).events]


def test_a_bill_judged_a_step_back_is_criticism_of_its_unnamed_makers():
    acts = [("Aliansi Jurnalis Independen", "ORG", "IDN")]
    text = "Aliansi Jurnalis Independen menilai draf RUU Penyiaran merupakan kemunduran bagi demokrasi."
    assert [(e.type, e.cameo) for e in Events()(build(text, acts)).events] == [("ACCUSE", "111")]


def test_a_visits_noun_names_its_visitor_before_where_they_went():
    text = "Kunjungan Presiden Ramos-Horta ke Indonesia pekan ini difokuskan pada perdagangan."
    assert coded(text) == [("CONSULT", "042", "Presiden Ramos-Horta", "Indonesia")]
    text = "Kunjungan kerja Ratna Kusumawardhani, ke Komisi II DPRD Bogor membuahkan hasil."
    assert coded(text) == [("CONSULT", "042", "Ratna Kusumawardhani", "Komisi II DPRD Bogor")]
    # a visit's noun told as background names no visit of its own
    assert coded("Usai kunjungan ke Timor-Leste, Ratna Kusumawardhani kembali ke Jakarta.") == []
