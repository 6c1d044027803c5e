"""Counts over time and place (one incident told twice counted once), tone over time for an
entity, and the theme filter of search: the store's queries and the `warta` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run
from tests.gkg_fixtures import write_gkg_records
from warta.store import contents, open_store, readings


@pytest.fixture(scope="module")
def gkg_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("gkg")
    db = folder / "g.db"
    code, _, err = run("ingest", str(write_gkg_records(folder / "g.jsonl")), "--db", str(db))
    assert code == 0 and "3 stored" in err
    return db


def counts(db: Path, *args: str) -> list[dict]:
    code, out, err = run("counts", "--db", str(db), "--json", *args)
    assert code == 0, err
    return json.loads(out)


def test_one_incident_told_in_two_articles_is_counted_once(gkg_db: Path):
    # 3 dead in Garut in the first report, 4 in the follow-up the same day: 4, not 7
    assert counts(gkg_db, "--type", "KILL", "--since", "2025-10-01", "--until", "2025-11-30") == [
        {"type": "KILL", "day": "2025-10-26", "number": 4, "incidents": 1, "articles": 2}]
    assert counts(gkg_db, "--type", "kill", "--by", "place") == [
        {"type": "KILL", "place": "Garut", "number": 4, "incidents": 1, "articles": 2}]


def test_counts_of_every_type_by_day_month_and_place(gkg_db: Path):
    by_day = counts(gkg_db)
    assert [(r["type"], r["day"], r["number"]) for r in by_day] == [
        ("EVACUATION", "2025-10-26", 10), ("KILL", "2025-10-26", 4), ("ARREST", "2025-11-03", 2)]
    assert [(r["type"], r["month"]) for r in counts(gkg_db, "--by", "month")] == [
        ("EVACUATION", "2025-10"), ("KILL", "2025-10"), ("ARREST", "2025-11")]
    assert [(r["type"], r["place"]) for r in counts(gkg_db, "--by", "place")] == [
        ("EVACUATION", "Garut"), ("KILL", "Garut"), ("ARREST", "Bandung")]
    assert counts(gkg_db, "--until", "2025-10") == by_day[:2]  # a month as --until takes all of it
    assert counts(gkg_db, "--since", "2025-11-04") == []
    assert counts(gkg_db, "--since", "2025-11", "--until", "2025-10") == []  # an empty span, no error
    code, out, _ = run("counts", "--db", str(gkg_db), "--type", "KILL")
    assert code == 0 and "2025-10-26" in out and "incidents" in out


def test_incidents_differ_by_place_and_day():
    from warta.store_gkg import count_totals

    con = open_store(":memory:")
    con.executemany("INSERT INTO articles (id, pipeline, reading) VALUES (?, '', '{}')", [("a",), ("b",), ("c",)])
    con.executemany("INSERT INTO counts VALUES (?, 'KILL', ?, 'orang', ?, ?)", [
        ("a", 3, "Garut", "2025-10-26"), ("b", 4, "garut", "2025-10-26"),  # one incident: the same place
        ("b", 2, None, "2025-10-26"),  # no place: an incident of its own
        ("c", 5, "Bandung", "2025-10-26"), ("c", 1, "Garut", "2025-10-27")])  # another place, another day
    assert [(r["day"], r["number"], r["incidents"], r["articles"]) for r in count_totals(con, "KILL")] == [
        ("2025-10-26", 11, 3, 3), ("2025-10-27", 1, 1, 1)]


@pytest.mark.parametrize("args, message", [
    (["--type", "MURDER"], "unknown count type 'MURDER'; one of KILL, WOUND"),
    (["--since", "2025-13-01"], "since '2025-13-01' is not a date"),
    (["--until", "kemarin"], "until 'kemarin' is not a date"),
    (["--by", "week"], "by 'week' is not one of day, month, place"),
])
def test_bad_counts_options_are_refused_with_the_reason(gkg_db: Path, args: list[str], message: str):
    code, _, err = run("counts", "--db", str(gkg_db), *args)
    assert code == 2 and message in err


def test_tone_over_time_of_an_entity(gkg_db: Path):
    tones = {r["article"]["url"]: r["tone"]["tone"] for r in readings(open_store(gkg_db, readonly=True))}
    code, out, _ = run("tone", "--entity", "Abdul Syakur Amin", "--db", str(gkg_db), "--json")
    found = json.loads(out)
    assert code == 0 and found["name"] == "Abdul Syakur Amin" and found["by"] == "month"
    october = (tones["https://contoh.id/b1"] + tones["https://contoh.id/b2"]) / 2
    assert found["periods"] == [{"period": "2025-10", "tone": round(october, 4), "articles": 2},
                                {"period": "2025-11", "tone": tones["https://contoh.id/k1"], "articles": 1}]
    code, out, _ = run("tone", "--entity", "Amin", "--by", "year", "--db", str(gkg_db), "--json")
    assert [(p["period"], p["articles"]) for p in json.loads(out)["periods"]] == [("2025", 3)]
    code, out, _ = run("tone", "--entity", "Amin", "--db", str(gkg_db))
    assert code == 0 and "2025-11" in out
    code, _, err = run("tone", "--entity", "Tidak Ada", "--db", str(gkg_db))
    assert code == 2 and "no entity named 'Tidak Ada'" in err
    code, _, err = run("tone", "--entity", "Amin", "--by", "week", "--db", str(gkg_db))
    assert code == 2 and "by 'week' is not one of day, month, year" in err


def test_search_filters_by_article_theme_whole_and_in_any_case(gkg_db: Path):
    def titles(*args: str) -> list[str]:
        code, out, err = run("search", "Garut", "--db", str(gkg_db), "--json", *args)
        assert code == 0, err
        return sorted(r["title"] for r in json.loads(out))

    assert titles() == ["Banjir Garut", "KPK Tangkap Kepala Dinas", "Korban Banjir Garut Bertambah"]
    assert titles("--theme", "corruption") == ["KPK Tangkap Kepala Dinas"]
    assert titles("--theme", "Natural_Disaster_Flood") == ["Banjir Garut", "Korban Banjir Garut Bertambah"]
    assert titles("--theme", "ECONOMY") == []
    code, _, err = run("search", "Garut", "--db", str(gkg_db), "--theme", "natural")  # no part of a name
    assert code == 2 and "unknown theme 'natural'" in err


def test_a_schema_3_store_gets_its_counts_themes_and_tone_on_opening(gkg_db: Path, tmp_path: Path):
    import shutil

    old = tmp_path / "old.db"
    shutil.copy(gkg_db, old)
    con = open_store(old)
    expected = contents(con)
    for table in ("counts", "article_themes", "article_tone"):  # as schema 3 stores were
        con.execute(f"DROP TABLE {table}")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema'")
    con.commit()
    con.close()

    code, _, err = run("counts", "--db", str(old))  # read-only: not upgraded, and says how
    assert code == 2 and "run `warta ingest` on it once" in err
    con = open_store(old)  # upgraded on opening for writing
    assert con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == "5"
    assert contents(con) == expected
