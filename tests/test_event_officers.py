"""An officer who says "kami" or "pihaknya" of an act in office speaks for the body their title
names (session 29), on Documents built by hand with the officers' titles set."""

from __future__ import annotations

from tests.documents import build
from warta.stages.events import Events
from warta.stages.quotes import Quotes

KPK = [("Komisi Pemberantasan Korupsi", "ORG", "IDN"), ("RS", "PERSON", "IDN"), ("Budi Santoso", "PERSON", "IDN")]


def coded(text: str, title: str | None) -> list[tuple]:
    doc = build(text, KPK)
    doc.entities[0].aliases = ["KPK"]
    doc.entities[2].title = title
    doc = Events()(Quotes()(doc))
    return [(e.type, e.source.name if e.source else None, e.target.name if e.target else None) for e in doc.events]


def test_kami_said_by_an_officer_is_the_body_the_title_names():
    said = '"Untuk kepentingan penyidikan, tersangka RS kami tahan selama 20 hari," kata Budi Santoso.'
    assert coded(said, "Juru Bicara KPK") == [("COERCE", "Komisi Pemberantasan Korupsi", "RS")]
    # no body in the title (or no title): the speaker
    assert coded(said, "pengacara") == [("COERCE", "Budi Santoso", "RS")]
    assert coded(said, None) == [("COERCE", "Budi Santoso", "RS")]


def test_pihaknya_in_an_officers_reported_speech_is_the_body_too():
    assert coded("Budi Santoso mengatakan pihaknya telah menahan RS di Rutan Cabang KPK.", "Juru Bicara KPK") == [
        ("COERCE", "Komisi Pemberantasan Korupsi", "RS")]


def test_a_former_holder_speaks_for_no_body():
    # (review) the title is kept without "mantan": the text before it says it was held before
    said = '"Dulu kami tahan RS selama 20 hari," kata mantan Juru Bicara KPK Budi Santoso.'
    assert coded(said, "Juru Bicara KPK") == [("COERCE", "Budi Santoso", "RS")]


def test_an_officer_of_a_body_named_in_its_national_form_speaks_for_it():
    doc = build('"Kami meminta Bupati segera membatalkan hasil seleksi," kata Robert Nainggolan.',
                [("Ombudsman Republik Indonesia", "ORG", "IDN"), ("Robert Nainggolan", "PERSON", "IDN")])
    doc.entities[0].aliases = ["Ombudsman RI"]  # the body written with "RI" only
    doc.entities[1].title = "anggota Ombudsman"
    doc = Events()(Quotes()(doc))
    assert [(e.type, e.source.name if e.source else None) for e in doc.events] == [
        ("REQUEST", "Ombudsman Republik Indonesia")]
