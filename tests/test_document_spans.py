"""Spans on the Document: ``doc.mentions_in(start, end, types=…)`` and ``doc.entity_at(offset)``,
on Documents built by hand (the stages ask them instead of scanning every mention)."""

from __future__ import annotations

from tests.documents import build
from warta.model import Entity, Mention

TEXT = "Gubernur Jawa Barat Dedi Mulyadi tiba di Bandung.\nDedi lalu bertemu Wali Kota Bandung."
ENTITIES = [("Dedi Mulyadi", "PERSON", "IDN"), ("Jawa Barat", "PLACE", "IDN"), ("Bandung", "PLACE", "IDN"),
            ("Wali Kota Bandung", "ORG", "IDN"), ("Dedi", "PERSON", "IDN")]


def names(pairs: list[tuple[Entity, Mention]]) -> list[tuple[str, int]]:
    return [(entity.name, mention.start) for entity, mention in pairs]


def test_mentions_in_are_those_starting_in_the_stretch_in_order():
    doc = build(TEXT, ENTITIES)
    # "Dedi" is its own entity here, at both "Dedi Mulyadi" and "Dedi lalu": at one start the
    # entities' order decides
    assert names(doc.mentions_in(0, len(TEXT))) == [
        ("Jawa Barat", 9), ("Dedi Mulyadi", 20), ("Dedi", 20), ("Bandung", 41), ("Dedi", 50),
        ("Wali Kota Bandung", 68), ("Bandung", 78)]
    assert names(doc.mentions_in(20, 41)) == [("Dedi Mulyadi", 20), ("Dedi", 20)]
    assert names(doc.mentions_in(21, 41)) == []  # a mention begun before the stretch is not in it


def test_mentions_in_keeps_the_types_asked_for():
    doc = build(TEXT, ENTITIES)
    assert names(doc.mentions_in(0, len(TEXT), types=("PLACE",))) == [("Jawa Barat", 9), ("Bandung", 41),
                                                                      ("Bandung", 78)]
    assert names(doc.mentions_in(0, len(TEXT), types=["ORG", "PERSON"])) == [
        ("Dedi Mulyadi", 20), ("Dedi", 20), ("Dedi", 50), ("Wali Kota Bandung", 68)]


def test_entity_at_is_the_innermost_mention_covering_the_offset():
    doc = build(TEXT, ENTITIES)
    at = {offset: (doc.entity_at(offset).name if doc.entity_at(offset) else None)
          for offset in (0, 9, 18, 19, 20, 25, 31, 32, 68, 78, 84, 85)}
    # "Dedi Mulyadi" and "Dedi" start together at 20: the shorter is inside the other
    assert at == {0: None, 9: "Jawa Barat", 18: "Jawa Barat", 19: None, 20: "Dedi", 25: "Dedi Mulyadi",
                  31: "Dedi Mulyadi", 32: None, 68: "Wali Kota Bandung", 78: "Bandung", 84: "Bandung", 85: None}
    assert doc.entity_at(80, types=("ORG",)).name == "Wali Kota Bandung"  # the outer one, when asked for
    assert doc.entity_at(9, types=("PERSON",)) is None
    assert doc.entity_at(20, types=("PERSON",)).name == "Dedi"


def test_the_index_follows_a_new_entities_layer():
    doc = build(TEXT, ENTITIES)
    assert doc.entity_at(41).name == "Bandung"
    index = doc._mention_index()
    assert doc._mention_index() is index  # made once, not per question
    doc.entities = [Entity(id="x", name="Kota Bandung", type="PLACE", mentions=[Mention(start=41, end=48,
                                                                                         text="Bandung")])]
    assert doc.entity_at(41).name == "Kota Bandung"
    assert names(doc.mentions_in(0, len(TEXT))) == [("Kota Bandung", 41)]


def test_an_article_without_entities_has_no_mentions():
    doc = build(TEXT)
    assert doc.mentions_in(0, len(TEXT)) == [] and doc.entity_at(20) is None
