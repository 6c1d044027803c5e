"""Who a description of people ends by naming, on Documents built by hand (session 22): a suspect
described by their case before the initials ("tersangka korupsi dana desa berinisial TK")."""

from __future__ import annotations

from tests.test_event_reading import coded


def test_initials_after_a_long_description_of_the_case_name_the_one_held():
    assert coded("Kejari Sumedang memperpanjang masa penahanan tersangka korupsi dana desa Cibeureum berinisial "
                 "TK selama 30 hari.", [("Kejari Sumedang", "ORG", "IDN"), ("Cibeureum", "PLACE", "IDN"),
                                        ("TK", "PERSON", "IDN")],
                 sectors={"Kejari Sumedang": "JUD"}) == [("COERCE", "173", "Kejari Sumedang", "IDN", "TK", "IDN")]


def test_initials_after_a_second_noun_joined_by_and_are_that_noun_s_not_the_first_s():
    events = coded("Polisi memeriksa tersangka dan saksi berinisial AB di Mapolsek Cisarua.",
                   [("AB", "PERSON", "IDN"), ("Mapolsek Cisarua", "ORG", "IDN")])
    assert [e[4] for e in events] == ["tersangka", "AB"]
