"""An office of state held by someone of an Indonesian given name is Indonesia's in Indonesian
news, whoever the sentence named before (session 31); a foreign official named after a foreign
one stays of that country. Sentences written for these tests."""

from __future__ import annotations

from tests.documents import build
from warta.stages.entities import Entities


def countries(text: str) -> list[tuple[str, str | None]]:
    doc = build(text)
    doc.article.dateline = "JAKARTA"
    return [(e.name, e.country) for e in Entities()(doc).entities if e.type == "PERSON"]


def test_a_host_of_an_indonesian_given_name_is_of_home():
    assert countries("Menlu Filipina Maria Elena Santiago tiba di Jakarta, Indonesia.\n"
                     "Santiago bertemu Menteri Pertahanan Bagus Hendrawan pada Kamis pagi.") == [
        ("Maria Elena Santiago", "PHL"), ("Bagus Hendrawan", "IDN")]


def test_a_foreign_official_named_after_a_foreign_one_stays_of_that_country():
    assert countries("Di Seoul, Indonesia, Presiden Korea Selatan Lee Jae-myung bertemu Penasihat Keamanan Nasional "
                     "Cho Tae-yong.") == [("Lee Jae-myung", "KOR"), ("Cho Tae-yong", "KOR")]
