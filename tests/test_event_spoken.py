"""Acts as speech and plain reports tell them (session 21), on Documents built by hand: a bare
verb after a pronoun (a passive whose agent is the speaker after something named, an active verb
opening the clause, "kita" the speaker before such a verb); members named before the body that
acts in a passive; a thing's doer after a ber- word; aid pledged to those unnamed; two parties
coordinated across appositions or a description."""

from __future__ import annotations

from tests.test_event_counted import quoted
from tests.test_event_reading import coded

KEJAGUNG = [("SH", "PERSON", "IDN"), ("Taufik Hidayat", "PERSON", "IDN")]


def test_a_bare_verb_after_a_pronoun_with_its_object_before_is_the_speaker_s_passive():
    assert quoted('"Tersangka berinisial SH kami tahan selama 20 hari di Rutan Salemba," kata Taufik Hidayat.',
                  KEJAGUNG) == [("COERCE", "173", "Taufik Hidayat", "IDN", "SH", "IDN")]
    assert quoted('"Rudi Hartono sudah kami periksa sebagai saksi," kata Taufik Hidayat.',
                  [("Rudi Hartono", "PERSON", "IDN"), ("Taufik Hidayat", "PERSON", "IDN")]) == [
        ("ACCUSE", "091", "Taufik Hidayat", "IDN", "Rudi Hartono", "IDN")]


def test_a_bare_verb_opening_the_clause_after_a_pronoun_is_active():
    assert quoted('"Kami apresiasi sikap Bawaslu dalam perkara itu," kata Taufik Hidayat.',
                  [("Bawaslu", "ORG", "IDN"), ("Taufik Hidayat", "PERSON", "IDN")]) == [
        ("SUPPORT", "051", "Taufik Hidayat", "IDN", "Bawaslu", "IDN")]
    # no verb the triggers know: nothing is done ("kami tahan" with nothing before it holds back)
    assert quoted('"Kami tahan diri dulu," kata Taufik Hidayat.', [("Taufik Hidayat", "PERSON", "IDN")]) == []


def test_kita_before_a_bare_verb_is_the_speaker():
    assert quoted('"Ketua Bawaslu kita minta terbuka soal data itu," kata Taufik Hidayat.',
                  [("Ketua Bawaslu", "PERSON", "IDN"), ("Taufik Hidayat", "PERSON", "IDN")]) == [
        ("REQUEST", "100", "Taufik Hidayat", "IDN", "Ketua Bawaslu", "IDN")]


def test_members_named_before_the_body_are_the_body_acting():
    assert coded("Rudi Hartono dipukul oknum anggota Satpol PP Kota Medan saat meliput.",
                 [("Rudi Hartono", "PERSON", "IDN"), ("Satpol PP Kota Medan", "ORG", "IDN")]) == [
        ("ASSAULT", "182", "Satpol PP Kota Medan", "IDN", "Rudi Hartono", "IDN")]


def test_a_ber_word_describes_the_thing_whose_doer_follows():
    assert coded("Partai Hanura mendukung penuh program makan bergizi gratis yang digagas Presiden Sudarto.",
                 [("Partai Hanura", "ORG", "IDN"), ("Sudarto", "PERSON", "IDN")], {"Sudarto": "Presiden"}) == [
        ("SUPPORT", "051", "Partai Hanura", "IDN", "Sudarto", "IDN")]


def test_aid_pledged_to_those_unnamed():
    assert coded("Korea Selatan berjanji memberikan bantuan untuk rekonstruksi di Kabupaten Cianjur.",
                 [("Korea Selatan", "PLACE", "KOR"), ("Kabupaten Cianjur", "PLACE", "IDN")]) == [
        ("AGREE", "033", "Korea Selatan", "KOR", None, "IDN")]


def test_parties_coordinated_across_appositions_or_a_description():
    assert coded("Menteri Perdagangan, Budi Santoso, dan Menteri Perdagangan Chile, Ana Rojas, menandatangani "
                 "perjanjian dagang di Santiago.",
                 [("Budi Santoso", "PERSON", "IDN"), ("Chile", "PLACE", "CHL"), ("Ana Rojas", "PERSON", "CHL"),
                  ("Santiago", "PLACE", "CHL")],
                 {"Budi Santoso": "Menteri Perdagangan", "Ana Rojas": "Menteri Perdagangan Chile"}) == [
        ("SUPPORT", "057", "Budi Santoso", "IDN", "Ana Rojas", "CHL")]
    assert coded("PT Pertamina dan perusahaan energi asal Jepang, Inpex Corporation, menandatangani nota "
                 "kesepahaman di Jakarta.",
                 [("PT Pertamina", "ORG", "IDN"), ("Jepang", "PLACE", "JPN"), ("Inpex Corporation", "ORG", "JPN"),
                  ("Jakarta", "PLACE", "IDN")]) == [
        ("SUPPORT", "057", "PT Pertamina", "IDN", "Inpex Corporation", "JPN")]


def test_a_body_told_of_by_a_verb_of_saying_is_judged_by_how_it_works():
    people = [("Rizal Fahmi", "PERSON", "IDN"), ("Komisi Pemilihan Umum", "ORG", "IDN")]
    assert coded("Rizal Fahmi menyebut Komisi Pemilihan Umum (KPU) tidak profesional dalam menyusun data.", people) == [
        ("ACCUSE", "111", "Rizal Fahmi", "IDN", "Komisi Pemilihan Umum", "IDN")]
    # a person so told of is not judged: a finding about him
    assert coded("Dokter menyatakan Budi Santoso tidak netral.", [("Budi Santoso", "PERSON", "IDN")]) == []


def test_a_policy_judged_to_weaken_or_to_break_the_law_is_criticised():
    assert coded("Rizal Fahmi menilai kebijakan ini melemahkan sektor pendidikan.",
                 [("Rizal Fahmi", "PERSON", "IDN")]) == [("ACCUSE", "111", "Rizal Fahmi", "IDN", None, "IDN")]
    assert coded("Rizal Fahmi menilai bahwa perintah ini bertentangan dengan undang-undang.",
                 [("Rizal Fahmi", "PERSON", "IDN")]) == [("ACCUSE", "111", "Rizal Fahmi", "IDN", None, "IDN")]


def test_a_root_written_with_a_capital_inside_a_sentence_is_a_name():
    # "Serang" is a town in Banten; "serang" (attack) only as a verb
    assert coded("Warga di kawasan industri Cikande, Serang, Banten, menjalani cek kesehatan.",
                 [("Cikande", "PLACE", "IDN"), ("Banten", "PLACE", "IDN")]) == []
    assert coded("Pasukan Israel serang kamp pengungsi di Jenin.", [("Pasukan Israel", "ORG", "ISR")]) == [
        ("ASSAULT", "190", "Pasukan Israel", "ISR", "pengungsi", "ISR")]


def test_an_unnamed_body_of_state_is_judged_by_how_it_works_the_public_not():
    people = [("Rudi Hartono", "PERSON", "IDN")]
    assert coded("Rudi Hartono menilai pemerintah lamban menangani banjir.", people) == [
        ("ACCUSE", "111", "Rudi Hartono", "IDN", "pemerintah", "IDN")]
    assert coded("Rudi Hartono menilai masyarakat kurang memahami program itu.", people) == []
    # a verb of saying judges no unnamed body: "pemerintahannya berhasil" may be the speaker's own
    assert coded("Rudi Hartono mengatakan pemerintah berhasil menekan inflasi.", people) == []


def test_a_hope_is_an_appeal_only_when_it_asks_for_an_act():
    people = [("Rudi Hartono", "PERSON", "IDN"), ("Pemkab Solok", "ORG", "IDN")]
    assert coded("Rudi Hartono berharap Pemkab Solok dapat segera memperbaiki jalan itu.", people) == [
        ("REQUEST", "100", "Rudi Hartono", "IDN", "Pemkab Solok", "IDN")]
    # a wish for how someone is or fares asks nothing of them
    assert coded("Rudi Hartono berharap Pemkab Solok tetap kompak menjelang pilkada.", people) == []
