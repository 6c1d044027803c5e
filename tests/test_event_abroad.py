"""Unnamed actors of a story told abroad, and what a speaker says someone needs to do, on
Documents built by hand (fixed entities): "polisi setempat" after a foreign place, a tourist
acted on, "menilai pemerintah perlu …"."""

from __future__ import annotations

from tests.documents import coded_events


def test_the_local_police_are_of_the_foreign_place_named_before_them():
    # a story told from home (Jakarta, Bandung, the embassy): the local police are Cambodia's
    args = (
        "Keluarga di Jakarta dan Bandung melapor ke Kementerian Luar Negeri.\n"
        "Kementerian Luar Negeri menyebut 40 WNI dibawa ke Kamboja.\nPolisi setempat menahan empat WNI itu.",
        [
            ("Jakarta", "PLACE", "IDN"),
            ("Bandung", "PLACE", "IDN"),
            ("Kementerian Luar Negeri", "ORG", "IDN"),
            ("Kamboja", "PLACE", "KHM"),
        ],
    )
    assert ("COERCE", "173", "Polisi", "KHM", "empat WNI", "IDN") in coded_events(*args)


def test_the_local_police_at_home_stay_of_home():
    args = ("Tawuran pecah di Bekasi.\nPolisi setempat menangkap tiga pelaku.", [("Bekasi", "PLACE", "IDN")])
    assert coded_events(*args) == [("COERCE", "173", "Polisi", "IDN", "tiga pelaku", "IDN")]


def test_the_local_authorities_act_for_the_country_they_are_in():
    args = (
        "Kementerian Luar Negeri di Jakarta menyebut seorang WNI ditahan di Malaysia.\n"
        "Otoritas setempat memeriksa WNI tersebut.",
        [("Kementerian Luar Negeri", "ORG", "IDN"), ("Jakarta", "PLACE", "IDN"), ("Malaysia", "PLACE", "MYS")],
    )
    assert ("ACCUSE", "091", "Otoritas", "MYS", "WNI", "IDN") in coded_events(*args)


def test_a_tourist_is_an_actor_acted_on():
    args = ("Polisi menangkap seorang turis di Kuta.", [("Kuta", "PLACE", "IDN")])
    assert coded_events(*args) == [("COERCE", "173", "Polisi", "IDN", "seorang turis", "IDN")]


def test_saying_someone_needs_to_act_asks_them():
    args = (
        "Anggota DPR Rudi Hartanto menilai pemerintah perlu menunda ekspor nikel.",
        [("Rudi Hartanto", "PERSON", "IDN"), ("DPR", "ORG", "IDN")],
    )
    assert coded_events(*args) == [("REQUEST", "100", "Rudi Hartanto", "IDN", "pemerintah", "IDN")]


def test_an_act_someone_is_said_to_need_to_do_is_not_done():
    args = (
        "Rudi Hartanto menilai KPK perlu menahan tersangka itu.",
        [("Rudi Hartanto", "PERSON", "IDN"), ("KPK", "ORG", "IDN")],
    )
    assert coded_events(*args) == [("REQUEST", "100", "Rudi Hartanto", "IDN", "KPK", "IDN")]


def test_a_nationality_or_an_origin_named_before_the_local_police_is_not_where_they_are():
    # (review, session 27) the place must be where the story is: after "di"/"ke"
    args = (
        "Dua warga negara Rusia ditangkap polisi setempat di Badung, Bali.",
        [("Rusia", "PLACE", "RUS"), ("Badung", "PLACE", "IDN"), ("Bali", "PLACE", "IDN")],
    )
    assert [c[:4] for c in coded_events(*args)] == [("COERCE", "173", "polisi", "IDN")]
    args = (
        "Tawuran pecah di Bekasi usai menonton video dari Korea Selatan.\nPolisi setempat menangkap tiga pelaku.",
        [("Bekasi", "PLACE", "IDN"), ("Korea Selatan", "PLACE", "KOR")],
    )
    assert coded_events(*args) == [("COERCE", "173", "Polisi", "IDN", "tiga pelaku", "IDN")]


def test_a_need_of_a_thing_is_no_demand_and_an_act_after_it_is_done():
    assert (
        coded_events(
            "Ekonom Rudi Hartanto menilai pemerintah perlu waktu untuk memulihkan daya beli.",
            [("Rudi Hartanto", "PERSON", "IDN")],
        )
        == []
    )
    assert coded_events("Polisi hanya perlu satu jam menangkap pelaku pembunuhan itu.", []) == [
        ("COERCE", "173", "Polisi", "IDN", "pelaku", "IDN")
    ]


def test_the_authorities_named_by_their_power_act():
    assert coded_events("Pihak berwenang menangkap 20 nelayan di perairan Natuna.", [("Natuna", "PLACE", "IDN")]) == [
        ("COERCE", "173", "Pihak berwenang", "IDN", "20 nelayan", "IDN")
    ]


def test_authority_as_a_power_and_a_tourist_visa_name_no_actor():
    assert coded_events(
        "Gubernur Rudi Hartanto memiliki otoritas untuk menegur Dinas Pendidikan.",
        [("Rudi Hartanto", "PERSON", "IDN"), ("Dinas Pendidikan", "ORG", "IDN")],
    ) == [("ACCUSE", "111", "Rudi Hartanto", "IDN", "Dinas Pendidikan", "IDN")]
    assert coded_events("Polisi menyita paspor dan visa turis milik tersangka.", []) == [
        ("COERCE", "1711", "Polisi", "IDN", "tersangka", "IDN")
    ]
