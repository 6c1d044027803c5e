"""Rulings, requests and warnings of everyday domestic news (session 33), on Documents built by
hand with their actors set: an official held who is named after a region set off by commas, the
next act after ", lalu" by the same doer, a warning of punishment, imports from a supplier
halted, an inquiry opened, a recommendation accepted or made, something asked "kepada" whoever
decides, a party's letter of endorsement. Sentences written for these tests."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events

ACTORS = [("Pengadilan Tipikor Kupang", "ORG", "IDN", "JUD"),
          ("Markus Lena", "PERSON", "IDN", None, "Kepala Desa Oelnasi"),
          ("Polres Rote Ndao", "ORG", "IDN", "COP"), ("RN", "PERSON", "IDN"),
          ("Bawaslu Kota Kupang", "ORG", "IDN", "GOV"),
          ("Kementerian Pertanian", "ORG", "IDN", "GOV"), ("PT Agro Lestari", "ORG", "IDN", "BUS"),
          ("KPPU", "ORG", "IDN", "GOV"), ("KPU Kota Kupang", "ORG", "IDN", "GOV"),
          ("PLN", "ORG", "IDN", "BUS"), ("DPRD NTT", "ORG", "IDN", "LEG"),
          ("DPW Partai Nasdem NTT", "ORG", "IDN", "PTY"), ("Yosef Nae", "PERSON", "IDN"),
          ("Ombudsman", "ORG", "IDN", "GOV")]


def coded(text: str) -> list[tuple]:
    doc = build("Kupang - kabar hari ini.\n" + text, [a for a in ACTORS if a[0] in text])
    doc = Events()(doc)
    return [(e.type, e.cameo, s.name, t.name if t else None) for e in doc.events for s, t in e.dyads()]


def test_a_person_named_after_their_office_and_a_region_between_commas_is_the_one_sentenced():
    assert coded("Majelis hakim Pengadilan Tipikor Kupang memvonis mantan Kepala Desa Oelnasi, Kabupaten Kupang, "
                 "Markus Lena, dengan hukuman tiga tahun penjara.") == [
        ("COERCE", "173", "Pengadilan Tipikor Kupang", "Markus Lena")]


def test_the_act_after_a_comma_and_lalu_is_the_same_doers():
    assert coded("Polres Rote Ndao menangkap RN di Ba'a, lalu menggeledah rumahnya.") == [
        ("COERCE", "173", "Polres Rote Ndao", "RN"), ("ACCUSE", "091", "Polres Rote Ndao", None)]


def test_a_warning_of_punishment_threatens_but_a_warning_of_weather_does_not():
    assert coded("Bawaslu Kota Kupang memperingatkan para calon bahwa politik uang akan dipidana.") == [
        ("THREATEN", "130", "Bawaslu Kota Kupang", None)]
    assert coded("Bawaslu Kota Kupang memperingatkan warga agar waspada cuaca ekstrem.") == []


def test_imports_halted_an_inquiry_opened_and_a_recommendation_accepted():
    assert coded("Kementerian Pertanian menghentikan sementara impor benih dari PT Agro Lestari.") == [
        ("COERCE", "163", "Kementerian Pertanian", "PT Agro Lestari")]  # an embargo on the supplier (session 34)
    assert coded("KPPU memulai penyelidikan atas dugaan kartel harga pupuk.") == [("ACCUSE", "090", "KPPU", None)]
    assert coded("KPU Kota Kupang menerima seluruh rekomendasi Bawaslu Kota Kupang.") == [
        ("CONCEDE", "080", "KPU Kota Kupang", "Bawaslu Kota Kupang")]


def test_a_recommendation_asks_someone_unnamed_but_advice_to_no_one_named_asks_nothing():
    assert coded("Bawaslu Kota Kupang merekomendasikan pemungutan suara ulang di dua TPS.") == [
        ("REQUEST", "100", "Bawaslu Kota Kupang", None)]
    assert coded("Ombudsman menyarankan minum air putih setiap hari.") == []


def test_something_asked_of_whoever_decides_but_no_question_put():
    assert coded("PLN telah mengajukan penambahan anggaran kepada DPRD NTT.") == [
        ("REQUEST", "100", "PLN", "DPRD NTT")]
    assert coded("Hakim mengajukan 12 pertanyaan kepada Yosef Nae.") == []


def test_a_partys_letter_of_endorsement_supports_whom_it_is_handed_to():
    assert coded("DPW Partai Nasdem NTT menyerahkan surat rekomendasi dukungan kepada Yosef Nae.") == [
        ("SUPPORT", "051", "DPW Partai Nasdem NTT", "Yosef Nae")]
