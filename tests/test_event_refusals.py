"""Refusals and self-denials told as assertions (session 20), on Documents built by hand: "X
menegaskan tidak akan …" with an active verb of doing is X's refusal; a resolve ("tidak akan
ragu …"), a forecast ("tidak akan terjadi …") or someone else's refusal told is not; "dirinya
bukanlah …" denies as "dirinya bukan" does; blame is an accusation."""

from __future__ import annotations

from tests.test_event_reading import coded

ARIF = [("Arif Santosa", "PERSON", "IDN")]


def test_a_refusal_asserted_right_after_the_verb_is_the_speaker_s():
    assert coded("Arif Santosa menegaskan tidak akan mengalihkan anggaran desa untuk proyek itu.", ARIF) == [
        ("REJECT", "120", "Arif Santosa", "IDN", None, "IDN")]
    assert coded("Arif Santosa menegaskan bahwa dirinya tidak akan menghadiri sidang itu.", ARIF) == [
        ("REJECT", "120", "Arif Santosa", "IDN", None, "IDN")]


def test_a_refusal_of_the_speaker_s_side_is_the_speaker_s_not_someone_else_s():
    # "pihaknya" stands for the speaker (or the body named before): not another actor's resolve
    text = ("Dinas Lingkungan Hidup Kota Batu menolak rencana itu.\n"
            "Kepala dinas itu, Arif Santosa, memastikan pihaknya tidak akan menerbitkan izin lingkungan.")
    assert coded(text, [("Dinas Lingkungan Hidup Kota Batu", "ORG", "IDN"), *ARIF],
                 titles={"Arif Santosa": "Kepala"})[-1] == ("REJECT", "120", "Arif Santosa", "IDN", None, "IDN")


def test_a_resolve_a_forecast_or_someone_else_s_refusal_is_no_refusal_of_the_speaker():
    # a resolve to punish is a threat (tests/test_event_objections_and_threats.py), no refusal
    assert coded("Arif Santosa menegaskan tidak akan ragu menindak pelaku.", ARIF) == [
        ("THREATEN", "130", "Arif Santosa", "IDN", "pelaku", "IDN")]
    assert coded("Arif Santosa menegaskan Polres Jambi tidak akan menghentikan kasus itu.",
                 [*ARIF, ("Polres Jambi", "ORG", "IDN")]) == []
    assert coded("Arif Santosa menyatakan tidak akan terjadi tsunami susulan.", ARIF) == []
    assert coded("Arif Santosa memastikan harga beras tidak akan mengalami kenaikan.", ARIF) == []
    assert coded("Arif Santosa mengatakan tidak mau berkomentar lebih jauh.", ARIF) == []
    assert coded("Arif Santosa menegaskan tarif itu tidak akan dinaikkan.", ARIF) == []


def test_bukanlah_denies_as_bukan_does():
    assert coded("Arif Santosa menegaskan dirinya bukanlah pegawai Pemkab Jambi.", ARIF) == [
        ("REJECT", "120", "Arif Santosa", "IDN", None, "IDN")]


def test_blaming_someone_named_is_an_accusation():
    assert coded("Partai Hijau menyalahkan Pemkab Jambi atas banjir itu.",
                 [("Partai Hijau", "ORG", "IDN"), ("Pemkab Jambi", "ORG", "IDN")]) == [
        ("ACCUSE", "112", "Partai Hijau", "IDN", "Pemkab Jambi", "IDN")]
