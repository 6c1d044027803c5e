"""The law's investigations told without naming whom they are of (session 31), on Documents built
by hand with their actors and sectors set: a search or an investigation told with a light verb,
wrongdoing suspected with no one named, a case handled by a police unit, suspects a plural
pronoun stands for before a passive. Sentences written for these tests."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events

ACTORS = [("KPK", "ORG", "IDN"), ("Bareskrim Polri", "ORG", "IDN"), ("Unit PPA Polres Ciamis", "ORG", "IDN"),
          ("PT Bangun Raya", "ORG", "IDN"), ("Hendra Lim", "PERSON", "IDN"), ("Polres Mojokerto", "ORG", "IDN"),
          ("AS", "PERSON", "IDN"), ("RT", "PERSON", "IDN"), ("Jakarta", "PLACE", "IDN"), ("Warga", "PERSON", "IDN")]
SECTORS = {"KPK": "JUD", "Bareskrim Polri": "COP", "Unit PPA Polres Ciamis": "COP", "Polres Mojokerto": "COP",
           "PT Bangun Raya": "BUS"}


def coded(text: str) -> list[tuple]:
    doc = build("Jakarta - kabar hari ini.\n" + text, [a for a in ACTORS if a[0] in "Jakarta " + text])
    for entity in doc.entities:
        entity.sector = SECTORS.get(entity.name)
    doc = Events()(doc)
    return [(e.type, e.cameo, s.name, t.name if t else None, t.country if t else None)
            for e in doc.events for s, t in e.dyads()]


def test_a_search_or_an_investigation_told_with_a_light_verb_is_of_someone_unnamed():
    assert coded("Dalam perkara ini, KPK telah melakukan penggeledahan di satu lokasi.") == [
        ("ACCUSE", "091", "KPK", None, "IDN")]
    assert coded("Bareskrim Polri masih melakukan investigasi terkait hal tersebut.") == [
        ("ACCUSE", "090", "Bareskrim Polri", None, "IDN")]


def test_wrongdoing_the_law_suspects_with_no_one_named():
    assert coded("KPK menduga ada kongkalikong dalam pembagian kuota haji.") == [("ACCUSE", "112", "KPK", None, "IDN")]
    # the one named is the one accused; anyone but the law only supposes
    assert coded("KPK menduga ada pemberian fee kepada PT Bangun Raya oleh Hendra Lim.") == [
        ("ACCUSE", "112", "KPK", "Hendra Lim", "IDN")]
    assert coded("PT Bangun Raya menduga ada kesalahan data dalam laporan itu.") == []


def test_a_case_handled_by_a_police_unit():
    assert coded("Kasus pengeroyokan itu sedang ditangani Unit PPA Polres Ciamis.") == [
        ("ACCUSE", "091", "Unit PPA Polres Ciamis", None, "IDN")]


def test_mereka_before_a_passive_is_the_suspects_named_before():
    text = "Polres Mojokerto memeriksa dua pengedar berinisial AS dan RT.\nMereka ditahan di sel tahanan sejak Senin."
    assert [c for c in coded(text) if c[0] == "COERCE"] == [
        ("COERCE", "173", "Polres Mojokerto", "AS", "IDN"), ("COERCE", "173", "Polres Mojokerto", "RT", "IDN")]
