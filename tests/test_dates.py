"""Publication dates: metadata normalised, or inferred from the text."""

from __future__ import annotations

import pytest

from warta.model import RawRecord
from warta.pipeline import default_pipeline
from warta.stages.dates import find_dates, normalize_date


@pytest.mark.parametrize(("value", "order", "expected"), [
    ("2023-11-09", None, "2023-11-09"),
    ("2023-11-09T10:00:00Z", None, "2023-11-09T10:00:00+00:00"),
    ("10/22/2025 8:51", "MDY", "2025-10-22T08:51:00"),
    ("10/22/2025 8:51", None, "2025-10-22T08:51:00"),   # 22 cannot be a month
    ("03/04/2025", None, "2025-04-03"),                  # Indonesian order by default
    ("03/04/2025", "MDY", "2025-03-04"),
    ("22/10/2025 08.51 WIB", None, "2025-10-22T08:51:00+07:00"),
    ("Kamis, 9 November 2023 14:00 WITA", None, "2023-11-09T14:00:00+08:00"),
    ("9 Nop 2023 | 20:15 WIT", None, "2023-11-09T20:15:00+09:00"),
    ("Jum'at, 10 Mei 2024", None, "2024-05-10"),
    ("November 9, 2023", None, "2023-11-09"),
])
def test_metadata_dates(value, order, expected):
    assert normalize_date(value, order) == expected


def test_unreadable_metadata_date_is_none():
    assert normalize_date("kemarin sore sekali", None) is None


def test_dates_found_in_text_with_offsets():
    text = "Ia tiba Rabu, 8 November 2023, malam; lalu Kamis (9/11/2023) bertemu."
    found = find_dates(text)
    assert [f.value.isoformat() for f in found] == ["2023-11-08", "2023-11-09"]
    for f in found:
        assert text[f.start:f.end] == f.text


def analyse(text: str, **meta):
    return default_pipeline()(RawRecord(input="t", text=text, format="text", layout="body", meta=meta))


def test_attribution_date_wins_over_other_dates():
    doc = analyse("Proyek itu dimulai 1 Januari 2020 dan selesai 5 Mei 2030 nanti. \"Kami siap,\" "
                  "kata Budi, dikutip dari Antara, Senin, 3 Juni 2024.")
    assert doc.article.published == "2024-06-03"
    assert doc.article.published_basis.startswith("inferred: attribution")


def test_latest_date_when_nothing_else_tells():
    doc = analyse("Pertemuan pertama pada 2 Maret 2024 dan pertemuan kedua pada 9 April 2024 di Bogor.")
    assert doc.article.published == "2024-04-09"
    assert doc.article.published_basis.startswith("inferred: latest date")


def test_dateline_date():
    doc = analyse("BOGOR, Senin (3/6/2024) - Hujan deras melanda kota itu sejak pagi hari tadi.")
    assert (doc.article.dateline, doc.article.dateline_text) == ("BOGOR", "BOGOR, Senin (3/6/2024)")
    assert doc.article.published == "2024-06-03"


def test_no_date_at_all():
    doc = analyse("Hujan deras melanda kota itu sejak pagi hari tadi, kata warga.")
    assert doc.article.published is None and doc.article.published_basis == "none"


def test_bad_metadata_date_falls_back_to_the_text_with_a_warning():
    doc = analyse("Rapat digelar Senin, 3 Juni 2024 di Jakarta.", published="tidak jelas")
    assert doc.article.published == "2024-06-03"
    assert any("could not read the date" in w for w in doc.warnings)
