"""Rescue and evacuation as aid, and sanctions with words between the verb and the noun, on
Documents built by hand (fixed entities)."""

from __future__ import annotations

from tests.test_event_abroad import coded, document


def test_people_evacuated_or_rescued_are_given_aid():
    assert coded(document("BPBD Kabupaten Garut mengevakuasi 80 warga yang terjebak banjir.",
                          [("BPBD Kabupaten Garut", "ORG", "IDN")])) == [
        ("AID", "073", "BPBD Kabupaten Garut", "IDN", "80 warga", "IDN")]
    assert coded(document("Basarnas menyelamatkan 12 penumpang perahu yang terbalik.",
                          [("Basarnas", "ORG", "IDN")])) == [("AID", "073", "Basarnas", "IDN", "12 penumpang", "IDN")]


def test_money_or_a_company_saved_is_no_aid():
    assert coded(document("Kejaksaan Negeri Garut menyelamatkan keuangan negara senilai Rp 2 miliar.",
                          [("Kejaksaan Negeri Garut", "ORG", "IDN")])) == []
    assert coded(document("Suntikan modal itu menyelamatkan PT Merpati Jaya dari kebangkrutan.",
                          [("PT Merpati Jaya", "ORG", "IDN")])) == []


def test_sanctions_imposed_with_words_before_the_noun():
    assert coded(document("Uni Eropa menjatuhkan paket sanksi ekonomi baru terhadap Belarus.",
                          [("Uni Eropa", "ORG", None), ("Belarus", "PLACE", "BLR")])) == [
        ("COERCE", "163", "Uni Eropa", None, "Belarus", "BLR")]
