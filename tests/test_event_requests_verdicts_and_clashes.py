"""Everyday domestic acts the coder missed before session 36, on Documents built by hand with
their actors set: a recommendation issued and a letter of request sent (requests of someone
often unnamed), a verdict accepted by the one it binds, representatives met by an official, a
clash between two unnamed sides of one kind, people counted through the classifier "orang", a
phrase opening the sentence whose body is written with its short form in brackets, a wrong an
auditor finds, fire returned, a commitment declared, and an accusation told inside its denial.
Sentences written for these tests."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events

ACTORS = [("Bawaslu Kabupaten Sikka", "ORG", "IDN", "GOV"), ("KPU Kabupaten Sikka", "ORG", "IDN", "GOV"),
          ("Kejati Bengkulu", "ORG", "IDN", "JUD"), ("Direktorat Jenderal Imigrasi", "ORG", "IDN", "GOV"),
          ("Rudi Hartanto", "PERSON", "IDN", None, "Terdakwa"), ("Polres Sikka", "ORG", "IDN", "COP"),
          ("Agus Salim", "PERSON", "IDN", "GOV", "Bupati Sikka"),
          ("KPU Provinsi Nusa Tenggara Timur", "ORG", "IDN", "GOV"),
          ("kelompok kriminal bersenjata", "ORG", "IDN", "REB")]


def coded(text: str) -> list[tuple]:
    doc = build("Jakarta - kabar hari ini.\n" + text, [a for a in ACTORS if a[0] in text])
    return [(e.type, e.cameo, s.name if s else None, t.name if t else None)
            for e in Events()(doc).events for s, t in e.dyads()]


def test_a_recommendation_issued_and_a_letter_of_request_sent_are_requests():
    assert coded("Bawaslu Kabupaten Sikka menerbitkan rekomendasi pemungutan suara ulang di tiga TPS.") == [
        ("REQUEST", "100", "Bawaslu Kabupaten Sikka", None)]
    assert coded("Kejati Bengkulu mengirimkan surat permohonan pencegahan kepada Direktorat Jenderal Imigrasi.") == [
        ("REQUEST", "100", "Kejati Bengkulu", "Direktorat Jenderal Imigrasi")]
    # a candidate's recommendation is no request
    assert coded("Bawaslu Kabupaten Sikka memberikan rekomendasi calon kepada partai.") == []


def test_a_verdict_accepted_by_the_one_it_binds_is_a_yield():
    assert coded("Terdakwa Rudi Hartanto menyatakan menerima putusan majelis hakim.") == [
        ("CONCEDE", "080", "Rudi Hartanto", "majelis hakim")]
    assert coded("Terdakwa Rudi Hartanto menyatakan tidak menerima putusan majelis hakim.") == []


def test_representatives_met_by_an_official_are_hosted_by_them():
    assert coded("Perwakilan nelayan ditemui Agus Salim di rumah jabatan.") == [
        ("CONSULT", "043", "Agus Salim", "nelayan")]


def test_a_clash_between_two_unnamed_sides_of_one_kind_is_fighting_between_them():
    assert coded("Bentrokan antara dua organisasi kemasyarakatan pecah di Maumere.") == [
        ("ASSAULT", "190", "dua organisasi kemasyarakatan", "dua organisasi kemasyarakatan")]


def test_people_counted_through_the_classifier_orang_are_acted_on():
    assert coded("Polres Sikka mengamankan lima orang pria di pelabuhan.") == [
        ("COERCE", "173", "Polres Sikka", "pria")]
    # "orang lainnya" after someone named are the rest of those counted, no other actor
    assert "lainnya" not in [t for *_, t in coded("Rudi Hartanto dan tiga orang lainnya diamankan Polres Sikka.")]


def test_a_phrase_opening_the_sentence_with_a_short_form_in_brackets_is_the_subject_s():
    assert coded("Setelah berkonsultasi dengan KPU Provinsi Nusa Tenggara Timur (NTT) dan KPU RI, "
                 "KPU Kabupaten Sikka akhirnya berbalik sikap.")[:1] == [
        ("CONSULT", "040", "KPU Kabupaten Sikka", "KPU Provinsi Nusa Tenggara Timur")]


def test_an_overpayment_an_auditor_finds_in_a_body_s_project_investigates_that_body():
    text = "Bawaslu Kabupaten Sikka menemukan kelebihan pembayaran Rp 2 miliar dalam proyek gedung KPU Kabupaten Sikka."
    assert coded(text) == [("ACCUSE", "091", "Bawaslu Kabupaten Sikka", "KPU Kabupaten Sikka")]
    # a thing found that is no wrong accuses no one
    assert coded("Polres Sikka menemukan korban di tepi sungai.") == []


def test_fire_returned_is_fire_on_those_answered():
    assert coded("Polres Sikka membalas tembakan kelompok kriminal bersenjata di hutan.") == [
        ("ASSAULT", "190", "Polres Sikka", "kelompok kriminal bersenjata")]


def test_an_accusation_told_inside_its_denial_is_the_accuser_s():
    text = "Agus Salim membantah tudingan Polres Sikka bahwa KPU Kabupaten Sikka menerima suap."
    assert ("ACCUSE", "112", "Polres Sikka", "KPU Kabupaten Sikka") in coded(text)
    # with no one named after "bahwa", the one denying was accused
    assert ("ACCUSE", "112", "Polres Sikka", "Agus Salim") in coded("Agus Salim membantah tudingan Polres Sikka.")
    # an accusation no one is named making accuses no one, nor one of an unnamed group
    assert [e for e in coded("Agus Salim membantah tudingan itu.") if e[0] == "ACCUSE"] == []
    assert [e for e in coded("Agus Salim membantah tudingan warga.") if e[0] == "ACCUSE"] == []


def test_a_sentence_received_a_permit_s_clearance_and_a_letter_of_apology_are_no_such_acts():
    assert coded("Rudi Hartanto menerima vonis 10 tahun penjara dari majelis hakim.") == []
    assert coded("Bawaslu Kabupaten Sikka menerbitkan rekomendasi izin keramaian untuk KPU Kabupaten Sikka.") == []
    assert [e for e in coded("Polres Sikka mengirimkan surat permohonan maaf kepada Agus Salim.")
            if e[0] == "REQUEST"] == []
    # advice addressed to whom is to act on it is a request of them
    assert coded("Bawaslu Kabupaten Sikka memberikan rekomendasi kepada KPU Kabupaten Sikka agar menghitung ulang.") \
        == [("REQUEST", "100", "Bawaslu Kabupaten Sikka", "KPU Kabupaten Sikka")]


def test_someone_a_reporter_met_is_no_audience_but_representatives_received_are():
    assert coded("Salah satu perwakilan massa yang ditemui Agus Salim di lokasi mengaku kecewa.") == []
    assert coded("Perwakilan massa yang diterima Agus Salim menyampaikan tiga tuntutan.")[:1] == [
        ("CONSULT", "043", "Agus Salim", "massa")]


def test_second_review_the_accused_named_in_a_denial_a_researcher_s_finding_and_a_match_are_no_such_acts():
    # "tudingan X menerima suap": X is the one accused, no accuser named
    assert [e for e in coded("Agus Salim membantah tudingan Rudi Hartanto menerima suap.") if e[0] == "ACCUSE"] == []
    # an advantage found is no wrong found
    assert coded("Rudi Hartanto menemukan kelebihan kendaraan listrik dibanding kendaraan biasa.") == []
    # a team's answer to an attack on the pitch is no fire returned by it
    assert [e for e in coded("Polres Sikka membalas serangan Kejati Bengkulu di laga persahabatan.")
            if e[2] == "Polres Sikka"] == []
