"""The law's later steps and force told in domestic crime news (session 32), on Documents built by
hand with their actors set: an appeal or a case review filed, a sentence carried out, a suspect
shot in the leg, mob justice, one acting through another ("melalui kuasa hukumnya"), a process
pushed that names no one urged, the province a regency lies in after "ke". Sentences written for
these tests."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events

ACTORS = [("Pengadilan Tinggi Kupang", "ORG", "IDN"), ("Yohanes Bria", "PERSON", "IDN"),
          ("Kejaksaan Negeri Ende", "ORG", "IDN"), ("Maria Goreti", "PERSON", "IDN"), ("Polres Alor", "ORG", "IDN"),
          ("DL", "PERSON", "IDN"), ("Pemerintah Korea Selatan", "ORG", "KOR"), ("Pemkab Sikka", "ORG", "IDN"),
          ("Korea International Cooperation Agency", "ORG", "KOR"), ("KOICA", "ORG", "KOR"),
          ("Bank Indonesia", "ORG", "IDN"), ("Ombudsman", "ORG", "IDN"), ("Kabupaten Nduga", "PLACE", "IDN"),
          ("Papua Pegunungan", "PLACE", "IDN")]


def coded(text: str) -> list[tuple]:
    doc = build("Jakarta - kabar hari ini.\n" + text, [a for a in ACTORS if a[0] in text])
    doc = Events()(doc)
    return [(e.type, e.cameo, s.name, t.name if t else None) for e in doc.events for s, t in e.dyads()]


def test_an_appeal_is_a_request_to_the_court_named_after_ke_and_refuses_the_verdict_otherwise():
    assert coded("Yohanes Bria mengajukan banding ke Pengadilan Tinggi Kupang, Senin (3/8).") == [
        ("REQUEST", "100", "Yohanes Bria", "Pengadilan Tinggi Kupang")]
    # told against the verdict, the appeal refuses it (the court that gave it unnamed here)
    assert coded("Kejaksaan Negeri Ende menyatakan kasasi atas putusan bebas itu.") == [
        ("REJECT", "120", "Kejaksaan Negeri Ende", None)]


def test_one_acting_through_their_lawyer_or_an_agency_is_the_one_who_acts():
    assert coded("Yohanes Bria melalui kuasa hukumnya mengajukan banding ke Pengadilan Tinggi Kupang.") == [
        ("REQUEST", "100", "Yohanes Bria", "Pengadilan Tinggi Kupang")]
    assert coded("Pemerintah Korea Selatan melalui Korea International Cooperation Agency (KOICA) memberikan "
                 "hibah kepada Pemkab Sikka.") == [("AID", "071", "Pemerintah Korea Selatan", "Pemkab Sikka")]


def test_a_sentence_carried_out_is_a_detention_and_a_penalty_kick_is_none():
    assert coded("Kejaksaan Negeri Ende mengeksekusi terpidana Maria Goreti ke Lapas Perempuan Kupang.") == [
        ("COERCE", "173", "Kejaksaan Negeri Ende", "Maria Goreti")]
    assert coded("Yohanes Bria mengeksekusi tendangan penalti dengan tenang.") == []


def test_a_suspect_shot_in_the_leg_and_mob_justice_are_assaults():
    assert coded("Polres Alor melumpuhkan DL dengan timah panas karena melawan.") == [
        ("ASSAULT", "182", "Polres Alor", "DL")]
    assert coded("Polres Alor melumpuhkan jaringan pengedar sabu antarpulau.") == []
    assert coded("DL tewas dihakimi massa setelah kepergok mencuri.") == [("ASSAULT", "182", "massa", "DL")]


def test_a_process_pushed_names_no_one_urged():
    assert coded("Bank Indonesia mendorong konsumsi masyarakat lewat suku bunga rendah.") == []
    assert coded("Ombudsman mendorong Pemkab Sikka memperbaiki layanan.") == [
        ("REQUEST", "100", "Ombudsman", "Pemkab Sikka")]


def test_the_province_after_a_regency_gone_to_is_where_not_who():
    assert [e[:3] for e in coded("Ombudsman menurunkan tim ke Kabupaten Nduga, Papua Pegunungan, untuk "
                                 "menyelidiki laporan warga.")] == [("ACCUSE", "091", "Ombudsman")]


def test_a_passive_after_setelah_befalls_the_one_the_main_passive_did():
    assert coded("Yohanes Bria ditahan oleh Kejaksaan Negeri Ende setelah diperiksa oleh penyidik.") == [
        ("COERCE", "173", "Kejaksaan Negeri Ende", "Yohanes Bria"), ("ACCUSE", "091", "penyidik", "Yohanes Bria")]
    # after an active main clause, the one examined is not its subject
    assert [e[:3] for e in coded("Kejaksaan Negeri Ende menahan Yohanes Bria setelah diperiksa.")] == [
        ("COERCE", "173", "Kejaksaan Negeri Ende")]


def test_mereka_stands_for_a_counted_group_that_opened_the_sentence_before_without_an_act():
    assert coded("Sebanyak 300 karyawan pabrik itu belum menerima gaji.\nMereka mogok kerja sejak Senin.") == [
        ("PROTEST", "143", "300 karyawan", None)]
    assert coded("Ratusan petani mendatangi kantor bupati.\nMereka menuntut Pemkab Sikka menerbitkan sertifikat.") == [
        ("REQUEST", "100", "Ratusan petani", "Pemkab Sikka")]


def test_a_sentence_carried_out_told_in_the_passive_and_a_suspect_named_announced():
    assert coded("Maria Goreti dieksekusi jaksa Kejaksaan Negeri Ende ke Lapas Perempuan Kupang.") == [
        ("COERCE", "173", "Kejaksaan Negeri Ende", "Maria Goreti")]
    assert coded("Kejaksaan Negeri Ende mengumumkan penetapan Yohanes Bria sebagai tersangka korupsi.") == [
        ("ACCUSE", "1121", "Kejaksaan Negeri Ende", "Yohanes Bria")]
