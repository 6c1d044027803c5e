"""A court or an authority granting what someone put forward, on Documents built by hand
(session 22): the grant is of whoever filed it, named after "yang diajukan" past a case number,
or the one a possessive -nya stands for; and acts new to the lexicon that session: a loan
applied for, a minister grilled (evacuation stays no event: tests/test_event_law_work.py)."""

from __future__ import annotations

from tests.test_event_reading import coded


def test_a_suit_granted_is_granted_to_whoever_filed_it_past_its_case_number():
    assert coded("MK mengabulkan gugatan nomor 88/PUU-XXIII/2025 yang diajukan warga bernama Yosef Lamuri.",
                 [("MK", "ORG", "IDN"), ("Yosef Lamuri", "PERSON", "IDN")], sectors={"MK": "JUD"}) == [
        ("CONCEDE", "080", "MK", "IDN", "Yosef Lamuri", "IDN")]


def test_a_suit_told_with_its_possessive_is_granted_to_the_one_named_before():
    text = "Advokat Sinta Maharani menggugat pasal itu ke MK.\nMK mengabulkan sebagian gugatannya."
    assert coded(text, [("Sinta Maharani", "PERSON", "IDN"), ("MK", "ORG", "IDN")], sectors={"MK": "JUD"}) == [
        ("CONCEDE", "080", "MK", "IDN", "Sinta Maharani", "IDN")]


def test_praise_with_its_possessive_is_the_speaker_s_own_not_given_to_the_one_named_before():
    text = "Camat Ridwan Hakim bertemu warga.\nLurah Joko Purnomo memberikan apresiasinya."
    assert [e for e in coded(text, [("Ridwan Hakim", "PERSON", "IDN"), ("Joko Purnomo", "PERSON", "IDN")])
            if e[0] == "SUPPORT" and e[4] == "Ridwan Hakim"] == []


def test_a_possessive_suit_is_of_someone_named_before_the_sentence_not_its_speaker():
    text = "Budi Santoso menggugat UU Pemilu.\nKetua MK Suhartoyo mengatakan MK mengabulkan sebagian gugatannya."
    assert coded(text, [("Budi Santoso", "PERSON", "IDN"), ("MK", "ORG", "IDN"), ("Suhartoyo", "PERSON", "IDN")],
                 {"Suhartoyo": "Ketua MK"}, {"MK": "JUD"})[-1] == ("CONCEDE", "080", "MK", "IDN", "Budi Santoso", "IDN")


def test_a_loan_applied_for_is_a_request_of_the_lender_and_a_grilling_is_criticism():
    assert coded("Pemprov Jambi mengajukan pinjaman Rp 400 miliar kepada PT Bank Nusa untuk membangun jalan.",
                 [("Pemprov Jambi", "ORG", "IDN"), ("PT Bank Nusa", "ORG", "IDN")],
                 sectors={"Pemprov Jambi": "GOV"}) == [
        ("REQUEST", "1031", "Pemprov Jambi", "IDN", "PT Bank Nusa", "IDN")]
    # a business's loan is commerce; a defence pressed in a match is no minister grilled
    assert coded("Pelaku UMKM di Klaten mengajukan pinjaman kepada PT Bank Nusa.",
                 [("Klaten", "PLACE", "IDN"), ("PT Bank Nusa", "ORG", "IDN")]) == []
    assert coded("Persib Bandung terus mencecar pertahanan Persija Jakarta.",
                 [("Persib Bandung", "ORG", "IDN"), ("Persija Jakarta", "ORG", "IDN")]) == []
    assert coded("Komisi IV DPR mencecar Menteri Kehutanan Hadi Prasetyo soal pembalakan liar.",
                 [("Komisi IV DPR", "ORG", "IDN"), ("Hadi Prasetyo", "PERSON", "IDN")],
                 {"Hadi Prasetyo": "Menteri Kehutanan"}) == [
        ("ACCUSE", "111", "Komisi IV DPR", "IDN", "Hadi Prasetyo", "IDN")]


def test_a_body_of_state_said_to_fail_is_criticised_but_not_a_person_said_to_be_ill():
    assert coded("Ketua DPRD Bali, Wayan Sudirta, menyebut Pemkab Badung lamban menertibkan vila ilegal.",
                 [("Wayan Sudirta", "PERSON", "IDN"), ("Pemkab Badung", "ORG", "IDN")],
                 {"Wayan Sudirta": "Ketua DPRD Bali"}, {"Pemkab Badung": "GOV"}) == [
        ("ACCUSE", "111", "Wayan Sudirta", "IDN", "Pemkab Badung", "IDN")]
    assert coded("Dokter menyatakan Budi Santoso positif narkoba.", [("Budi Santoso", "PERSON", "IDN")]) == []


def test_seed_handed_out_is_aid_and_a_policy_package_handed_over_is_not():
    bodies = [("Dinas Pertanian Kabupaten Karawang", "ORG", "IDN"), ("DPRD Karawang", "ORG", "IDN")]
    assert coded("Dinas Pertanian Kabupaten Karawang membagikan 10 ton benih padi kepada kelompok tani.", bodies,
                 sectors={"Dinas Pertanian Kabupaten Karawang": "GOV"}) == [
        ("AID", "070", "Dinas Pertanian Kabupaten Karawang", "IDN", "kelompok tani", "IDN")]
    assert coded("Dinas Pertanian Kabupaten Karawang menyerahkan paket kebijakan kepada DPRD Karawang.", bodies,
                 sectors={"Dinas Pertanian Kabupaten Karawang": "GOV"}) == []
