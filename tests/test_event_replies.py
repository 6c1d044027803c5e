"""Requests a refusal tells (stages/event_replies.py requests_refused), on Documents built by hand."""

from __future__ import annotations

from tests.test_event_reading import coded

BODIES = [("Kementerian Keuangan", "ORG", "IDN"), ("Pemprov Maluku Utara", "ORG", "IDN")]


def test_a_request_refused_was_made_by_the_one_refused_to_the_one_who_refuses():
    assert coded("Kementerian Keuangan menolak permintaan Pemprov Maluku Utara agar dana otonomi khusus ditambah.",
                 BODIES) == [
        ("REJECT", "123", "Kementerian Keuangan", "IDN", "Pemprov Maluku Utara", "IDN"),
        ("REQUEST", "100", "Pemprov Maluku Utara", "IDN", "Kementerian Keuangan", "IDN")]


def test_a_proposal_or_an_offer_refused_tells_no_request():
    assert ("REQUEST" not in [e[0] for e in coded(
        "Kementerian Keuangan menolak usulan Pemprov Maluku Utara agar dana otonomi khusus ditambah.", BODIES)])
    assert coded("Kementerian Keuangan menolak tawaran Pemprov Maluku Utara.", BODIES) == [
        ("REJECT", "127", "Kementerian Keuangan", "IDN", "Pemprov Maluku Utara", "IDN")]


def test_an_apology_refused_or_a_request_told_before_gives_no_new_request():
    assert [e[0] for e in coded("Kementerian Keuangan menolak permintaan maaf Pemprov Maluku Utara.", BODIES)] == [
        "REJECT"]
    events = coded("Pemprov Maluku Utara meminta tambahan dana otsus.\n"
                   "Kementerian Keuangan menolak permintaan Pemprov Maluku Utara.", BODIES)
    assert [e[0] for e in events].count("REQUEST") == 1
