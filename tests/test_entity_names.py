"""The entity stage on sentences written for these tests (built by hand, one sentence per line):
name particles, names bounded by a rank or a body, one person under the actor dictionary's name
and the written one, the headline's full name, and names after a verb of saying."""

from __future__ import annotations

from tests.documents import build
from warta.gazetteer import gazetteer
from warta.model import Document
from warta.stages.entities import Entities
from warta.stages.titled import titled_people
from warta.stages.tokens import tokenize


def read(text: str, title: str | None = None) -> Document:
    doc = build(text)
    doc.article.title = title
    return Entities()(doc)


def people(doc: Document) -> list[tuple[str, list[str], str | None]]:
    return [(e.name, e.aliases, e.title) for e in doc.entities if e.type == "PERSON"]


def test_a_particle_stays_inside_a_name():
    words = [t.text for t in tokenize("Ketua LHKP PP Muhammadiyah Ridho Al Hamdi menilai hal itu penting.")]
    assert [(" ".join(words[p.start:p.end]), p.title) for p in titled_people(words, gazetteer().spans(words))
            if p.type == "PERSON"] == [("Ridho Al Hamdi", "Ketua LHKP PP Muhammadiyah")]


def test_after_a_rank_the_rest_of_the_run_is_the_name():
    doc = read("Kapolres Bangka Barat AKBP Pradana Aditya Nugraha mengatakan hal itu kepada wartawan.")
    assert people(doc) == [("Pradana Aditya Nugraha", [], "Kapolres")]


def test_the_actor_dictionary_s_name_and_the_written_full_name_are_one_person():
    doc = read("Menteri Dalam Negeri Muhammad Tito Karnavian membuka rapat.\nTito Karnavian lalu menutup rapat.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["Muhammad Tito Karnavian"]


def test_the_headline_gives_the_full_name_of_a_person_the_body_calls_by_one_name():
    doc = read('"Perkara saya selesai," ungkap Atalarik kepada awak media.',
               title="Atalarik Syach Lega Perkaranya Selesai")
    assert people(doc) == [("Atalarik Syach", ["Atalarik"], None)]


def test_two_people_side_by_side_in_the_headline_stay_two():
    doc = read("Gibran hadir di acara itu.\nKaesang juga datang.", title="Gibran Kaesang Kompak Hadiri Acara")
    assert sorted(e.name for e in doc.entities if e.type == "PERSON") == ["Gibran", "Kaesang"]
