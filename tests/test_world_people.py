"""The world list of people (data/gazetteers/world_people.tsv) as `warta build world-people` makes
it from PETRARCH2's country actors, and the entity stage's use of it: a foreign politician the
article names the country of is of that country."""

from __future__ import annotations

from tests.conftest import shared_path
from tests.documents import build as document
from warta.build.world_people import PHOENIX, build, people
from warta.resources import data_path
from warta.stages.entities import Entities

ACTORS = """# a TABARI actor file
RINA_HALVORSEN_  # CountryInfo.txt
+RINA_K_HALVORSEN
\t[NORGOV 20050101-20170630]
\t[NORELI]
OTTO_VANDERLEE_  # CountryInfo.txt
\t[NLDGOV 610101-790101]
MADONNA
\t[USAELI 20100101-20120101]
NORWAY
\t[NOR]
"""


def test_people_with_a_recent_dated_role_are_listed_with_their_country_and_other_names():
    # a role ended before 1995, a name of one word, a country with no sector: left out
    assert people(ACTORS) == [("Rina Halvorsen", "NOR", ["Rina K Halvorsen"])]


def test_the_list_rebuilds_as_shipped(tmp_path):
    source = shared_path(PHOENIX)  # skips when ../shared is absent
    built = build(source.parents[3], tmp_path / "world_people.tsv")
    assert built.read_text(encoding="utf-8") == data_path("gazetteers/world_people.tsv").read_text(encoding="utf-8")


def countries(text: str) -> dict[str, str | None]:
    return {e.name: e.country for e in Entities()(document(text)).entities if e.type == "PERSON"}


def test_a_foreign_politician_is_of_their_country_where_the_article_names_it():
    assert countries("Menlu Sugiono bertemu Kevin Rudd di Jakarta, Senin. Hubungan Indonesia dan Australia "
                     "disebut membaik.")["Kevin Rudd"] == "AUS"
    # a namesake in a story that never names that country stays where the story puts him
    assert countries("Kevin Rudd hadir di Bandung, Jawa Barat, kemarin.")["Kevin Rudd"] != "AUS"
