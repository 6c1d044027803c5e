"""Everyday domestic acts the coder missed before session 33, on Documents built by hand with their
actors set: a threat to act with those pressed unnamed, a party putting a candidate forward, the
rest of a counted group ("tujuh lainnya"), a force sent told in the passive, demands counted, a
market operation, and an official held who is named by initials after the office and where it
serves. Sentences written for these tests."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events

ACTORS = [("DPD Partai Nasdem Maluku", "ORG", "IDN", "PTY"), ("Serikat Buruh Cikarang", "ORG", "IDN"),
          ("Pelaku", "PERSON", "IDN"), ("DPP Partai Golkar", "ORG", "IDN", "PTY"),
          ("Rina Wulandari", "PERSON", "IDN"), ("KPU Kota Ambon", "ORG", "IDN", "GOV"), ("KPK", "ORG", "IDN"),
          ("Satreskrim Polres Sumba Barat", "ORG", "IDN"), ("Polda Maluku", "ORG", "IDN"),
          ("Dinas Perdagangan Kota Ambon", "ORG", "IDN"), ("DPRD Maluku", "ORG", "IDN"), ("Kejari Buru", "ORG", "IDN"),
          ("YT", "PERSON", "IDN", None, "Kepala Desa Waelo"), ("Kecamatan Waeapo", "PLACE", "IDN"),
          ("Polri", "ORG", "IDN", "COP"), ("TNI", "ORG", "IDN", "MIL")]


def coded(text: str) -> list[tuple]:
    doc = build("Jakarta - kabar hari ini.\n" + text, [a for a in ACTORS if a[0] in text])
    doc = Events()(doc)
    return [(e.type, e.cameo, s.name, t.name if t else None) for e in doc.events for s, t in e.dyads()]


def test_a_threat_to_act_presses_someone_unnamed_but_a_thing_endangered_is_no_threat():
    assert coded("DPD Partai Nasdem Maluku mengancam menarik dukungan dari pasangan itu.") == [
        ("THREATEN", "131", "DPD Partai Nasdem Maluku", None)]
    assert coded("Serikat Buruh Cikarang mengancam akan menutup akses jalan pabrik pekan depan.") == [
        ("THREATEN", "130", "Serikat Buruh Cikarang", None)]
    # (review, session 33) a threat of self-harm threatens no one
    assert coded("Pelaku sempat mengancam akan bunuh diri dari atap gedung.") == []
    assert coded("Pelaku mengancam Rina Wulandari dengan sebilah parang.") == [
        ("THREATEN", "130", "Pelaku", "Rina Wulandari")]
    # "mengancam" with a thing after it endangers: no one is threatened
    assert coded("Menurut KPK, praktik suap itu mengancam kelangsungan proyek.") == []


def test_a_party_putting_a_candidate_forward_endorses_them_but_the_election_body_and_suspects_do_not():
    assert coded("DPP Partai Golkar menetapkan Rina Wulandari sebagai bakal calon wali kota.") == [
        ("SUPPORT", "051", "DPP Partai Golkar", "Rina Wulandari")]
    assert coded("DPD Partai Nasdem Maluku mengusulkan Rina Wulandari sebagai calon gubernur.") == [
        ("SUPPORT", "051", "DPD Partai Nasdem Maluku", "Rina Wulandari")]
    # (review, session 33) a candidate word elsewhere leaves a request a request, and a campaign
    # chair is no candidate
    assert coded("KPK merekomendasikan KPU Kota Ambon menunda pelantikan calon wali kota.") == [
        ("REQUEST", "100", "KPK", "KPU Kota Ambon")]
    assert coded("DPP Partai Golkar menetapkan Rina Wulandari sebagai ketua tim pemenangan calon wali kota.") == []
    # an election body certifies candidates; a suspect named stays an accusation
    assert coded("KPU Kota Ambon menetapkan Rina Wulandari sebagai calon wali kota.") == []
    assert coded("KPK menetapkan calon bupati Rina Wulandari sebagai tersangka.")[0][:2] == ("ACCUSE", "1121")


def test_the_rest_of_a_counted_group_is_an_actor():
    assert coded("Tujuh lainnya masih diperiksa oleh penyidik Satreskrim Polres Sumba Barat.") == [
        ("ACCUSE", "091", "Satreskrim Polres Sumba Barat", "Tujuh lainnya")]
    # "orang lainnya": the counted noun is the actor, as before
    assert coded("Polda Maluku menangkap tiga orang lainnya di Ambon.") == [
        ("COERCE", "173", "Polda Maluku", "tiga orang")]


def test_a_force_sent_in_the_passive_shows_its_strength_whoever_sent_it():
    assert coded("Sebanyak 400 personel gabungan TNI dan Polri dikerahkan untuk mengamankan lokasi.") == [
        ("MOBILIZE", "150", "400 personel", None)]
    # (review, session 33) a body owning what is sent, or named in another phrase, sends no force
    assert coded("Alat berat milik TNI dikerahkan ke lokasi longsor.") == []
    assert coded("Menurut Polri, sebanyak 1.000 relawan dikerahkan ke lokasi bencana.") == []


def test_demands_counted_and_a_market_operation():
    assert coded("Massa menyampaikan empat tuntutan kepada DPRD Maluku.") == [
        ("REQUEST", "100", "Massa", "DPRD Maluku")]
    assert coded("Dinas Perdagangan Kota Ambon menggelar operasi pasar di Pasar Mardika.") == [
        ("AID", "071", "Dinas Perdagangan Kota Ambon", None)]


def test_an_official_named_by_initials_after_the_office_and_its_place_is_the_one_held():
    assert coded("Kejari Buru menahan Kepala Desa Waelo, Kecamatan Waeapo, berinisial YT, Kamis (2/7).") == [
        ("COERCE", "173", "Kejari Buru", "YT")]


def test_a_force_listed_with_others_is_still_the_force_sent():
    assert coded("Sebanyak 400 personel gabungan TNI, Polri, BPBD, dan relawan juga dikerahkan ke Waeapo.") == [
        ("MOBILIZE", "150", "400 personel", None)]
