"""The members an unnamed group lists a few words on (session 31), on Documents built by hand:
past what describes the group, past a passive verb, past what describes each member, and after
"berinisial" inside the first member's own words. Sentences written for these tests."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events


def pairs(text: str, actors: list[tuple[str, str, str]]) -> list[tuple[str, str | None]]:
    doc = Events()(build(text, actors))
    return [(s.name, t.name if t else None) for e in doc.events for s, t in e.dyads()]


def test_members_listed_past_what_describes_the_group_and_each_member():
    text = ("KPK menahan dua tersangka baru kasus pengadaan alat kesehatan di RSUD Bangka Barat, yakni pejabat "
            "pembuat komitmen berinisial RN dan Direktur CV Mitra Medika berinisial AK.")
    actors = [("KPK", "ORG", "IDN"), ("RSUD Bangka Barat", "ORG", "IDN"), ("RN", "PERSON", "IDN"),
              ("CV Mitra Medika", "ORG", "IDN"), ("AK", "PERSON", "IDN")]
    # the person, not the company
    assert pairs(text, actors) == [("KPK", "dua tersangka"), ("KPK", "RN"), ("KPK", "AK")]


def test_members_listed_after_a_passive_verb():
    text = "Sebanyak tujuh orang diamankan KPK, termasuk Kepala Dinas Kesehatan berinisial RN."
    assert ("KPK", "RN") in pairs(text, [("KPK", "ORG", "IDN"), ("RN", "PERSON", "IDN")])


def test_a_first_member_whose_words_hold_the_marker():
    # read whole, the first suspect's span holds "begal berinisial" (the entity stage's reading)
    from warta.api import analyze

    doc = analyze("Jakarta - Tim Resmob Polres Metro Tangerang Kota menangkap dua tersangka begal berinisial RA dan IW "
                  "di Cipondoh.")
    assert [t.name for e in doc.events for _, t in e.dyads()] == ["dua tersangka", "RA", "IW"]
