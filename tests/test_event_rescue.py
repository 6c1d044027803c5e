"""Evacuation as aid, and sanctions with words between the verb and the noun, on Documents built
by hand (fixed entities)."""

from __future__ import annotations

from tests.documents import coded_events


def test_people_evacuated_are_given_aid():
    assert coded_events(
        "BPBD Kabupaten Garut mengevakuasi 80 warga yang terjebak banjir.", [("BPBD Kabupaten Garut", "ORG", "IDN")]
    ) == [("AID", "073", "BPBD Kabupaten Garut", "IDN", "80 warga", "IDN")]


def test_a_building_evacuated_the_dead_recovered_or_a_person_saved_is_no_aid():
    assert (
        coded_events(
            "Basarnas mengevakuasi Hotel Grand Pasundan setelah gempa.",
            [("Basarnas", "ORG", "IDN"), ("Hotel Grand Pasundan", "ORG", "IDN")],
        )
        == []
    )
    assert (
        coded_events("Basarnas mengevakuasi korban tewas yang tertimbun longsor.", [("Basarnas", "ORG", "IDN")]) == []
    )
    assert coded_events("Basarnas mengevakuasi jenazah korban longsor.", [("Basarnas", "ORG", "IDN")]) == []
    # saved from a prosecution: no aid ("menyelamatkan" is no trigger of aid)
    assert (
        coded_events(
            "Presiden Rudi Hartanto menyelamatkan Andi Wirawan lewat amnesti.",
            [("Rudi Hartanto", "PERSON", "IDN"), ("Andi Wirawan", "PERSON", "IDN")],
        )
        == []
    )


def test_sanctions_imposed_with_words_before_the_noun():
    assert coded_events(
        "Uni Eropa menjatuhkan paket sanksi ekonomi baru terhadap Belarus.",
        [("Uni Eropa", "ORG", None), ("Belarus", "PLACE", "BLR")],
    ) == [("COERCE", "163", "Uni Eropa", None, "Belarus", "BLR")]


def test_a_sanction_named_before_the_verb_makes_no_sanction_of_it():
    assert (
        coded_events(
            "Meski terancam sanksi, Belarus menjatuhkan rudal ke Kyiv.",
            [("Belarus", "PLACE", "BLR"), ("Kyiv", "PLACE", "UKR")],
        )
        == []
    )


def test_the_missing_searched_for_are_given_aid_but_a_fugitive_or_victims_sought_by_a_criminal_are_not():
    basarnas = [("Basarnas", "ORG", "IDN")]
    assert [e[:3] for e in coded_events("Basarnas melanjutkan pencarian dua korban yang masih hilang.", basarnas)] == [
        ("AID", "073", "Basarnas")]
    assert [e[:3] for e in coded_events("Basarnas mencari korban longsor di Desa Cibenda.", basarnas)] == [
        ("AID", "073", "Basarnas")]
    police = [("Polres Garut", "ORG", "IDN")]
    assert coded_events("Polres Garut melanjutkan pencarian pelaku pembunuhan itu.", police) == []
