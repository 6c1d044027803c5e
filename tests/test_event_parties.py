"""Parties to meetings, deals and aid (session 20), on Documents built by hand: a deal signed
"antara X dengan Y"; a body of state "bersama" another as a party to an agreement, not a
relative who comes along; aid the state gives unnamed, not aid a relative clause describes; a
reprimand given, a call received, a call at someone's home, a party's candidate."""

from __future__ import annotations

from tests.test_event_reading import coded

SURABAYA = [("Pemkot Surabaya", "ORG", "IDN"), ("Universitas Airlangga", "ORG", "IDN")]


def test_a_deal_signed_between_one_and_another_with_dengan():
    assert coded("Penandatanganan perjanjian kerja sama antara Pemkot Surabaya dengan Universitas Airlangga "
                 "digelar di Balai Kota.", SURABAYA) == [
        ("SUPPORT", "057", "Pemkot Surabaya", "IDN", "Universitas Airlangga", "IDN")]


def test_a_body_of_state_bersama_another_is_a_party_to_the_agreement():
    assert coded("Badan Legislasi DPR bersama pemerintah menyepakati rancangan undang-undang itu.",
                 [("Badan Legislasi DPR", "ORG", "IDN")], sectors={"Badan Legislasi DPR": "LEG"}) == [
        ("AGREE", "030", "Badan Legislasi DPR", "IDN", "pemerintah", "IDN")]


def test_one_who_comes_along_meets_the_one_named_after_the_verb_with_the_subject():
    people = [("Arif Santosa", "PERSON", "IDN"), ("Rudi Hartono", "PERSON", "IDN"),
              ("Anthony Albanese", "PERSON", "AUS")]
    found = coded("Presiden Arif Santosa bersama Menteri Rudi Hartono bertemu Perdana Menteri Anthony Albanese.",
                  people, titles={"Arif Santosa": "Presiden", "Rudi Hartono": "Menteri",
                                  "Anthony Albanese": "Perdana Menteri"})
    assert ("CONSULT", "040", "Arif Santosa", "IDN", "Rudi Hartono", "IDN") not in found
    assert [e[4] for e in found] == ["Anthony Albanese"]


def test_a_relative_who_comes_along_is_no_party():
    assert coded("Bupati Arif Santosa bersama anaknya bertemu warga di Balai Desa.",
                 [("Arif Santosa", "PERSON", "IDN")], titles={"Arif Santosa": "Bupati"}) == [
        ("CONSULT", "040", "Arif Santosa", "IDN", "warga", "IDN")]


def test_aid_given_by_the_state_unnamed_but_not_aid_a_relative_clause_describes():
    village = [("Desa Cikadu", "PLACE", "IDN")]
    assert coded("BLT diberikan kepada warga Desa Cikadu.", village) == [
        ("AID", "071", None, "IDN", "warga Desa Cikadu", "IDN")]
    assert coded("Bansos yang telah diberikan kepada warga Desa Cikadu tepat sasaran.", village) == []


def test_a_reprimand_given_and_a_call_received():
    assert coded("Bawaslu memberikan teguran kepada KPU Kota Jambi.",
                 [("Bawaslu", "ORG", "IDN"), ("KPU Kota Jambi", "ORG", "IDN")]) == [
        ("ACCUSE", "111", "Bawaslu", "IDN", "KPU Kota Jambi", "IDN")]
    assert coded("Presiden Arif Santosa menerima telepon dari Presiden Korea Selatan Lee Jae-myung.",
                 [("Arif Santosa", "PERSON", "IDN"), ("Lee Jae-myung", "PERSON", "KOR")]) == [
        ("CONSULT", "041", "Lee Jae-myung", "KOR", "Arif Santosa", "IDN")]
    # a warning of danger is no reprimand
    assert coded("BMKG memberikan peringatan keras kepada nelayan agar tidak melaut.", [("BMKG", "ORG", "IDN")]) == []


def test_a_call_at_someone_s_home_and_a_party_s_candidate():
    assert coded("Arif Santosa bersilaturahmi ke kediaman Rudi Hartono di Jambi.",
                 [("Arif Santosa", "PERSON", "IDN"), ("Rudi Hartono", "PERSON", "IDN")]) == [
        ("CONSULT", "042", "Arif Santosa", "IDN", "Rudi Hartono", "IDN")]
    assert coded("Partai Hijau mengusung Rudi Hartono sebagai calon gubernur.",
                 [("Partai Hijau", "ORG", "IDN"), ("Rudi Hartono", "PERSON", "IDN")]) == [
        ("SUPPORT", "051", "Partai Hijau", "IDN", "Rudi Hartono", "IDN")]
    assert coded("Kapal Rudi Hartono mengusung bendera Panama.", [("Rudi Hartono", "PERSON", "IDN")]) == []
    # the police coming to a home come for someone, no courtesy call
    assert coded("Tim Polres Jambi mendatangi kediaman Rudi Hartono di Jambi.",
                 [("Polres Jambi", "ORG", "IDN"), ("Rudi Hartono", "PERSON", "IDN")],
                 sectors={"Polres Jambi": "COP"}) == []
