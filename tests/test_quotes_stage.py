"""The quotes stage on Documents built by hand (fixed sentences and entities, so no change to
the NER can move them): who said each direct quotation."""

from __future__ import annotations

from tests.documents import build
from warta.stages.quotes import Quotes

PEOPLE = [("Budi Santoso", "PERSON", "IDN"), ("Siti Aminah", "PERSON", "IDN"), ("BPBD Sukabumi", "ORG", "IDN")]


def speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in Quotes()(build(text, PEOPLE)).quotes]


def test_a_verb_of_saying_after_the_quotation_names_its_speaker():
    assert speakers('"Kami akan menindak tegas pelakunya," kata Budi Santoso di Jakarta.') == ["Budi Santoso"]


def test_a_speaker_named_before_the_quotation_with_a_verb_of_saying():
    assert speakers('Siti Aminah mengatakan, "Semua warga sudah dievakuasi ke tempat aman."') == ["Siti Aminah"]


def test_a_pronoun_form_after_the_quotation_is_the_person_named_last():
    assert speakers('Budi Santoso hadir di lokasi.\n"Situasinya sudah terkendali," ujarnya.') == ["Budi Santoso"]


def test_a_written_statement_is_its_body_s():
    assert speakers('"Kami mengimbau masyarakat tetap waspada," pernyataan BPBD Sukabumi melalui rilis resminya.') == [
        "BPBD Sukabumi"]
