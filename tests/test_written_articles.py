"""The written article sets (bench/data/written_articles): every reference reading is valid and
quotes its page exactly, so bench.written_articles scores what the page says."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

SETS = Path(__file__).resolve().parents[1] / "bench" / "data" / "written_articles"
GOLDS = sorted(SETS.glob("*/*.gold.json"))


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("gold", GOLDS, ids=[f"{g.parent.name}/{g.name}" for g in GOLDS])
def test_a_reference_reading_quotes_its_page(gold: Path):
    page = _folded(gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8"))
    reading = json.loads(gold.read_text(encoding="utf-8"))
    assert {"article", "entities", "times", "events", "quotes"} <= set(reading)
    for event in reading["events"]["must"]:
        assert all(_folded(part.strip()) in page for part in event["evidence"].split("...") if part.strip())
    for quote in reading["quotes"]["must"]:
        assert _folded(quote["starts"]) in page
    for time in reading["times"]["must"]:
        assert _folded(time["text"]) in page


def test_there_are_sets_to_score():
    assert len(GOLDS) >= 10
