"""One act a sentence tells of several of one country is one event, the others kept beside it
(ANNOTATION.md: one entry per act), on Documents built by hand (fixed entities)."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events
from warta.stages.times import Times


def acts(text: str, entities: list[tuple[str, str, str | None]]) -> list[tuple]:
    doc = build(text, entities, (Events(),))
    return [(e.cameo, e.source.name, [a.name for a in e.co_sources], e.target.name if e.target else None,
             [a.name for a in e.co_targets]) for e in doc.events]


def test_an_act_on_several_people_of_one_country_is_one_event():
    assert acts("Kejati Jambi menahan Sri Wahyuni dan Toni Saputra terkait korupsi dana hibah.",
                [("Kejati Jambi", "ORG", "IDN"), ("Sri Wahyuni", "PERSON", "IDN"), ("Toni Saputra", "PERSON", "IDN")]
                ) == [("173", "Kejati Jambi", [], "Sri Wahyuni", ["Toni Saputra"])]


def test_several_doers_of_one_country_on_one_target_are_one_event():
    assert acts("Polda Riau dan Polres Kampar meringkus Joni Harahap di Bangkinang.",
                [("Polda Riau", "ORG", "IDN"), ("Polres Kampar", "ORG", "IDN"), ("Joni Harahap", "PERSON", "IDN")]
                ) == [("173", "Polda Riau", ["Polres Kampar"], "Joni Harahap", [])]


def test_an_act_on_several_countries_stays_one_event_each():
    assert acts("Jepang mengecam Rusia dan Belarus atas serangan itu.",
                [("Jepang", "PLACE", "JPN"), ("Rusia", "PLACE", "RUS"), ("Belarus", "PLACE", "BLR")]) == [
        ("111", "Jepang", [], "Rusia", []), ("111", "Jepang", [], "Belarus", [])]


def test_two_acts_of_one_sentence_by_different_doers_on_different_people_stay_two():
    assert acts("Polisi menangkap Andi Wirawan, sementara KPK menahan Budi Santoso.",
                [("KPK", "ORG", "IDN"), ("Andi Wirawan", "PERSON", "IDN"), ("Budi Santoso", "PERSON", "IDN")]) == [
        ("173", "Polisi", [], "Andi Wirawan", []), ("173", "KPK", [], "Budi Santoso", [])]


def test_no_pair_is_made_that_the_sentence_does_not_tell():
    # (review) the police arrest both, the prosecutors hold one: no "jaksa -> Andi"
    people = [("Andi Wirawan", "PERSON", "IDN"), ("Budi Santoso", "PERSON", "IDN")]
    assert acts("Polisi menangkap Andi Wirawan dan Budi Santoso, sementara jaksa menahan Budi Santoso.", people) == [
        ("173", "Polisi", [], "Andi Wirawan", ["Budi Santoso"]), ("173", "jaksa", [], "Budi Santoso", [])]


def test_acts_on_two_days_stay_two_events():
    people = [("KPK", "ORG", "IDN"), ("Andi Wirawan", "PERSON", "IDN"), ("Budi Santoso", "PERSON", "IDN")]
    doc = build("KPK menahan Andi Wirawan pada 2 Agustus 2025, sedangkan Budi Santoso ditahan KPK pada "
                "30 Agustus 2025.", people, (Times(), Events()))
    assert [(e.target.name, e.date) for e in doc.events] == [("Andi Wirawan", "2025-08-02"),
                                                             ("Budi Santoso", "2025-08-30")]
