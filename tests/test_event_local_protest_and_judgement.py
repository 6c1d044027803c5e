"""Protests shown rather than named, complaints received, police deployed, disputes filed and acts
judged by a demonstrative (session 32), on Documents built by hand with their actors set.
Sentences written for these tests."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events

ACTORS = [("Serikat Nelayan Bitung", "ORG", "IDN"), ("PT Samudra Agro", "ORG", "IDN"),
          ("Polres Bitung", "ORG", "IDN"), ("Ombudsman Sulut", "ORG", "IDN"), ("Maria Lumowa", "PERSON", "IDN"),
          ("Partai Harapan Rakyat", "ORG", "IDN"), ("Mahkamah Konstitusi", "ORG", "IDN"),
          ("Yosef Tamba", "PERSON", "IDN"), ("Bank Sulut", "ORG", "IDN")]
SECTORS = {"Polres Bitung": "COP"}


def coded(text: str) -> list[tuple]:
    doc = build("Jakarta - kabar hari ini.\n" + text, [a for a in ACTORS if a[0] in text])
    for entity in doc.entities:
        entity.sector = SECTORS.get(entity.name)
    doc = Events()(doc)
    return [(e.type, e.cameo, s.name, t.name if t else None) for e in doc.events for s, t in e.dyads()]


def test_a_banner_unfurled_and_a_road_closed_off_are_protests():
    assert coded("Serikat Nelayan Bitung membentangkan spanduk penolakan reklamasi di dermaga.") == [
        ("PROTEST", "141", "Serikat Nelayan Bitung", None)]
    assert coded("Serikat Nelayan Bitung memortal jalan angkut milik PT Samudra Agro sejak Senin.") == [
        ("PROTEST", "144", "Serikat Nelayan Bitung", "PT Samudra Agro")]
    # the police closing a road is no protest
    assert coded("Polres Bitung memortal jalan itu selama perbaikan jembatan.") == []


def test_a_complaint_received_is_a_request_of_those_who_made_it():
    assert coded("Ombudsman Sulut menerima pengaduan dari Serikat Nelayan Bitung pekan lalu.") == [
        ("REQUEST", "100", "Serikat Nelayan Bitung", "Ombudsman Sulut")]


def test_counted_police_sent_are_a_show_of_force_and_a_rate_held_no_detention():
    assert coded("Polres Bitung menurunkan sekitar 80 personel untuk mengamankan lokasi.") == [
        ("MOBILIZE", "153", "Polres Bitung", None)]
    assert coded("Polres Bitung menurunkan harga sewa lapangan tembak.") == []
    assert coded("Bank Sulut menahan suku bunga Yosef Tamba.") == []


def test_an_election_dispute_filed_is_a_suit():
    assert coded("Partai Harapan Rakyat mendaftarkan permohonan sengketa hasil pemilu ke Mahkamah Konstitusi.") == [
        ("ACCUSE", "115", "Partai Harapan Rakyat", None)]


def test_an_act_referred_to_by_a_demonstrative_and_wrongdoing_said_to_exist_are_judged():
    assert coded("Maria Lumowa menilai penertiban tersebut tebang pilih.") == [
        ("ACCUSE", "111", "Maria Lumowa", None)]
    assert coded("Yosef Tamba menilai ada pelanggaran dalam pencairan dana itu.") == [
        ("ACCUSE", "111", "Yosef Tamba", None)]
    # people referred to are not an act, nor is a verb before the demonstrative
    assert coded("Maria Lumowa menilai warga tersebut lalai.") == []
    assert coded("Maria Lumowa menilai membangun tanggul itu keliru.") == []


def test_a_trend_caused_is_no_support():
    assert coded("Rupiah menguat didukung oleh konsistensi kebijakan Bank Sulut.") == []
    assert coded("Langkah ini didukung oleh Polres Bitung.") == [("SUPPORT", "051", "Polres Bitung", None)]



def test_the_missing_searched_for_or_found_by_rescuers_are_given_aid():
    assert coded("Tim SAR gabungan masih mencari dua warga yang tertimbun longsor.") == [
        ("AID", "073", "Tim SAR", "dua warga")]
    assert coded("Jasad korban ditemukan tim SAR gabungan pada Senin pagi.") == [("AID", "073", "tim SAR", "korban")]
    # a search for a suspect, or a body found by residents, is no rescue
    assert coded("Polres Bitung masih mencari pelaku pembunuhan itu.") == []
    assert coded("Jenazah itu ditemukan warga di sungai.") == []


def test_an_act_alleged_or_threatened_is_not_told_as_done():
    assert coded("Serikat Nelayan Bitung mengancam menggelar mogok massal jika PT Samudra Agro tidak membayar "
                 "upah.") == [("THREATEN", "130", "Serikat Nelayan Bitung", "PT Samudra Agro")]
    assert coded("Ombudsman Sulut menuduh Polres Bitung menganiaya Yosef Tamba.") == [
        ("ACCUSE", "112", "Ombudsman Sulut", "Polres Bitung")]


def test_a_protest_s_noun_names_its_protester_right_after_it():
    assert coded("Unjuk rasa Serikat Nelayan Bitung di depan kantor wali kota berakhir ricuh.") == [
        ("PROTEST", "140", "Serikat Nelayan Bitung", None)]
    assert ("PROTEST", "140", "Serikat Nelayan Bitung", None) in coded(
        "Polres Bitung membubarkan paksa unjuk rasa Serikat Nelayan Bitung di pelabuhan.")


def test_a_resolution_s_words_are_its_author_s_act():
    assert coded("Partai Harapan Rakyat mengesahkan resolusi yang mengecam PT Samudra Agro.") == [
        ("ACCUSE", "111", "Partai Harapan Rakyat", "PT Samudra Agro")]
    # a letter received asks nothing of its receiver
    assert coded("Ombudsman Sulut menerima surat yang meminta PT Samudra Agro membayar upah.") == []


def test_relief_set_up_the_missing_found_and_counted_evacuees_are_aid():
    assert coded("Ombudsman Sulut mendirikan dapur umum di tiga titik pengungsian.") == [
        ("AID", "073", "Ombudsman Sulut", None)]
    assert coded("Polres Bitung akhirnya menemukan korban hilang, Yosef Tamba, di muara sungai.") == [
        ("AID", "073", "Polres Bitung", "Yosef Tamba")]
    assert coded("Polres Bitung menemukan barang bukti sabu di kamar pelaku.") == []
    assert coded("Polres Bitung mengevakuasi sedikitnya 1.240 warga ke tempat aman.") == [
        ("AID", "073", "Polres Bitung", "1.240 warga")]


def test_aid_asked_of_a_ministry_is_a_request():
    assert coded("Maria Lumowa mengajukan permohonan bantuan kepada Ombudsman Sulut.") == [
        ("REQUEST", "1033", "Maria Lumowa", "Ombudsman Sulut")]
