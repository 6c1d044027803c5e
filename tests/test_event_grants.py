"""A court or an authority granting what someone put forward, on Documents built by hand
(session 22): the grant is of whoever filed it, named after "yang diajukan" past a case number,
or the one a possessive -nya stands for."""

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


def test_an_apology_s_possessive_is_the_speaker_s_own_not_someone_acted_on():
    text = "Camat Ridwan Hakim bertemu warga.\nLurah Joko Purnomo menyampaikan permintaan maafnya."
    assert [e for e in coded(text, [("Ridwan Hakim", "PERSON", "IDN"), ("Joko Purnomo", "PERSON", "IDN")])
            if e[4] == "Ridwan Hakim" and e[0] == "SUPPORT"] == []
