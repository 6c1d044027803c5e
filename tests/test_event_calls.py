"""Calls, advice and the citizens of a country, on Documents built by hand (fixed entities):
"menegaskan pentingnya X …", "merekomendasikan X …", aspirations delivered, the object of an
act asked for, "WNI" abroad, an embassy in a foreign city."""

from __future__ import annotations

from tests.documents import build
from warta.model import Document
from warta.stages.event_triggers import passive_form
from warta.stages.events import Events


def document(text: str, entities: list[tuple[str, str, str | None]]) -> Document:
    return build(text, entities, (Events(),))


def coded(doc: Document) -> list[tuple]:
    return [(e.type, e.cameo, e.source.name, e.source.country, e.target.name if e.target else None,
             e.target.country if e.target else None) for e in doc.events]


def test_stressing_that_someone_must_act_asks_them():
    doc = document("Anggota DPR Rudi Hartanto menegaskan pentingnya pemerintah daerah menambah guru.",
                   [("Rudi Hartanto", "PERSON", "IDN"), ("DPR", "ORG", "IDN")])
    assert coded(doc) == [("REQUEST", "100", "Rudi Hartanto", "IDN", "pemerintah", "IDN")]


def test_stressing_an_act_asks_no_one_it_names():
    # "pentingnya membangun kaderisasi partai": a verb first; "pengawasan terhadap SPPG": its object
    assert coded(document("Rudi Hartanto menegaskan pentingnya membangun kaderisasi partai politik.",
                          [("Rudi Hartanto", "PERSON", "IDN")])) == []
    assert coded(document("Rudi Hartanto menegaskan pentingnya pengawasan ketat terhadap Dinas Pendidikan.",
                          [("Rudi Hartanto", "PERSON", "IDN"), ("Dinas Pendidikan", "ORG", "IDN")])) == []


def test_advice_to_someone_named_is_a_request_and_what_is_advised_is_not_done():
    doc = document("Ombudsman merekomendasikan Pemkot Depok membatalkan kenaikan tarif parkir.",
                   [("Ombudsman", "ORG", "IDN"), ("Pemkot Depok", "ORG", "IDN")])
    assert coded(doc) == [("REQUEST", "100", "Ombudsman", "IDN", "Pemkot Depok", "IDN")]


def test_aspirations_delivered_to_someone_ask_them():
    doc = document("Warga menyampaikan aspirasi kepada DPRD Banten soal jalan rusak.", [("DPRD Banten", "ORG", "IDN")])
    assert coded(doc) == [("REQUEST", "100", "Warga", "IDN", "DPRD Banten", "IDN")]


def test_a_demonstrative_is_no_passive_verb():
    assert not passive_form("tersebut") and not passive_form("terhadap")
    doc = document("Kementerian mendorong Satgas tersebut agar bekerja efektif.",
                   [("Kementerian", "ORG", "IDN"), ("Satgas", "ORG", "IDN")])
    assert coded(doc) == [("REQUEST", "100", "Kementerian", "IDN", "Satgas", "IDN")]


def test_citizens_of_indonesia_abroad_are_indonesian():
    doc = document("Polisi Malaysia menangkap tiga WNI di Johor.",
                   [("Malaysia", "PLACE", "MYS"), ("Johor", "PLACE", "MYS")])
    assert coded(doc) == [("COERCE", "173", "Polisi Malaysia", "MYS", "tiga WNI", "IDN")]


def test_the_country_of_the_city_an_embassy_is_in_is_where_not_who():
    doc = document("Kedutaan Besar RI (KBRI) di Kuala Lumpur, Malaysia, mengeluarkan imbauan kepada WNI.",
                   [("Kedutaan Besar RI", "ORG", "IDN"), ("KBRI", "ORG", "IDN"), ("Kuala Lumpur", "PLACE", "MYS"),
                    ("Malaysia", "PLACE", "MYS")])
    assert coded(doc) == [("REQUEST", "100", "Kedutaan Besar RI", "IDN", "WNI", "IDN")]


def test_the_person_set_off_after_a_suspect_s_description_is_the_one_acted_on():
    doc = document("Jaksa menuntut terdakwa kasus korupsi alat kesehatan RSUD Kota Salatiga, Sutrisno Wibowo, "
                   "dengan pidana penjara delapan tahun.",
                   [("RSUD Kota Salatiga", "ORG", "IDN"), ("Sutrisno Wibowo", "PERSON", "IDN")])
    assert coded(doc) == [("COERCE", "173", "Jaksa", "IDN", "Sutrisno Wibowo", "IDN")]
    # a verb in the description ends it: the one described is no one named
    doc = document("Polisi menahan tersangka yang menipu warga Bekasi, Rudi Hartono, kemarin.",
                   [("Bekasi", "PLACE", "IDN"), ("Rudi Hartono", "PERSON", "IDN")])
    assert [e[4] for e in coded(doc)] == ["tersangka"]


def test_a_term_of_office_does_not_keep_a_summons_from_its_purpose():
    doc = build("KPK memanggil anggota DPRD Jawa Timur periode 2019-2024, Mahmud Effendi, sebagai saksi.",
                [("KPK", "ORG", "IDN"), ("DPRD Jawa Timur", "ORG", "IDN"), ("Mahmud Effendi", "PERSON", "IDN")])
    doc.entities[2].title = "anggota DPRD Jawa Timur periode 2019-2024"  # as the entities stage reads it
    doc = Events()(doc)
    assert coded(doc) == [("ACCUSE", "091", "KPK", "IDN", "Mahmud Effendi", "IDN")]


def test_an_endorsement_as_a_candidate_and_stressing_good_relations_ask_no_one():
    assert coded(document("PDIP merekomendasikan Andika Perkasa sebagai calon gubernur.",
                          [("PDIP", "ORG", "IDN"), ("Andika Perkasa", "PERSON", "IDN")])) == []
    assert coded(document("Jokowi menegaskan pentingnya hubungan baik dengan China.",
                          [("Jokowi", "PERSON", "IDN"), ("China", "PLACE", "CHN")])) == []


def test_a_clause_before_the_subject_is_no_description_of_the_one_acted_on():
    doc = document("Setelah polisi menangkap pelaku pada Senin malam, Budi Santoso akhirnya bisa tidur tenang.",
                   [("Budi Santoso", "PERSON", "IDN")])
    assert [e[4] for e in coded(doc)] == ["pelaku"]


def test_a_description_s_name_may_close_with_its_short_form_and_a_place_is_part_of_it():
    doc = document("KPK menahan tersangka kasus korupsi dana hibah, Sahat Tua Simanjuntak (STS).",
                   [("KPK", "ORG", "IDN"), ("Sahat Tua Simanjuntak", "PERSON", "IDN")])
    assert [e[4] for e in coded(doc)] == ["Sahat Tua Simanjuntak"]
    doc = document("Polisi menangkap pelaku penipuan di Medan, Rudi Hartono, kemarin.",
                   [("Medan", "PLACE", "IDN"), ("Rudi Hartono", "PERSON", "IDN")])
    assert [e[4] for e in coded(doc)] == ["Rudi Hartono"]
    # advice to become something is still advice
    assert coded(document("KPK merekomendasikan Kementerian Pertanian menjadi lebih transparan.",
                          [("KPK", "ORG", "IDN"), ("Kementerian Pertanian", "ORG", "IDN")])) == [
        ("REQUEST", "100", "KPK", "IDN", "Kementerian Pertanian", "IDN")]


def test_those_a_reminder_is_for_are_reminded():
    doc = document("BI mengingatkan bagi masyarakat yang memiliki uang lama untuk segera menukarkannya.",
                   [("BI", "ORG", "IDN")])
    assert coded(doc) == [("REQUEST", "100", "BI", "IDN", "masyarakat", "IDN")]


def test_a_short_phrase_quoted_inside_a_sentence_names_something_and_holds_no_actor():
    doc = document('Ketua DPR Mike Johnson mengecam "unjuk rasa Kebencian Amerika."',
                   [("Mike Johnson", "PERSON", "USA"), ("Amerika", "PLACE", "USA")])
    assert [(e[0], e[4]) for e in coded(doc)] == [("ACCUSE", None)]
    # a quoted clause is someone's words, and its acts are read
    doc = document('Menlu Sugiono mengatakan "Indonesia mengecam serangan Israel terhadap Gaza".',
                   [("Sugiono", "PERSON", "IDN"), ("Indonesia", "PLACE", "IDN"), ("Israel", "PLACE", "ISR"),
                    ("Gaza", "PLACE", "PSE")])
    assert ("ACCUSE", "111", "Indonesia", "IDN", "Israel", "ISR") in coded(doc)


def test_an_mou_with_a_village_company_is_signed_with_it():
    doc = document("BUMD Riau Pangan telah melakukan MoU dengan BUMDes di Kampar.",
                   [("BUMD Riau Pangan", "ORG", "IDN"), ("Kampar", "PLACE", "IDN")])
    assert coded(doc) == [("SUPPORT", "057", "BUMD Riau Pangan", "IDN", "BUMDes", "IDN")]
