"""The store: idempotent and resumable ingest, queries, exports, refusals."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, run
from warta.export import GDELT_COLUMNS
from warta.resources import example_article
from warta.store import StoreError, contents, open_store, search

SENTENCES = [
    "Presiden Prabowo Subianto bertemu dengan Perdana Menteri Jepang Shigeru Ishiba di Tokyo pada Selasa "
    "(5/3/2024).",
    "Menteri Luar Negeri Australia Penny Wong mengecam Rusia atas serangan itu.",
    "Amerika Serikat memberi Ukraina bantuan senjata dan amunisi.",
]


def ingest_texts(folder: Path, texts: list[str], published: str) -> Path:
    """A store made by `warta ingest` of articles T0, T1, … with these texts."""
    source = folder / "a.jsonl"
    source.write_text("\n".join(json.dumps({"title": f"T{i}", "url": f"https://contoh.id/{i}", "text": t,
                                            "published": published}) for i, t in enumerate(texts)),
                      encoding="utf-8")
    db = folder / "w.db"
    run("ingest", str(source), "--db", str(db))
    return db


def write_records(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            text = f"{SENTENCES[i % 3]} Berita nomor {i} dari Jakarta, kata juru bicara kepada wartawan."
            handle.write(json.dumps({"title": f"Berita {i}", "url": f"https://contoh.id/{i}",
                                     "published": "2024-03-06", "text": text}) + "\n")
        handle.write("{broken\n")
    return path


def test_ingest_is_idempotent_and_lists_failures(tmp_path: Path):
    db = tmp_path / "w.db"
    source = write_records(tmp_path / "a.jsonl", 6)
    code, _, err = run("ingest", str(source), "--db", str(db))
    assert code == 0 and "6 stored" in err and "1 failed" in err and "invalid JSON" in err
    first = contents(open_store(db))
    code, _, err = run("ingest", str(source), "--db", str(db))
    assert code == 0 and "0 stored, 0 re-read, 6 already current" in err
    assert contents(open_store(db)) == first


def test_ingest_killed_midway_then_rerun_equals_a_clean_run(tmp_path: Path):
    source = write_records(tmp_path / "a.jsonl", 40)
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    run("ingest", str(source), "--db", str(clean))
    proc = subprocess.Popen([sys.executable, "-m", "warta", "ingest", str(source), "--db", str(killed)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    deadline = time.time() + 120
    while time.time() < deadline:  # wait until part of the batch is stored, then kill -9
        time.sleep(0.2)
        if killed.exists():
            try:
                con = sqlite3.connect(killed, timeout=1)
                stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                con.close()
            except sqlite3.Error:
                continue
            if stored >= 5:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = sqlite3.connect(killed).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < partial <= 40
    code, _, _ = run("ingest", str(source), "--db", str(killed))
    assert code == 0
    assert contents(open_store(killed)) == contents(open_store(clean))


@pytest.fixture
def example_db(tmp_path: Path) -> Path:
    db = tmp_path / "example.db"
    code, _, _ = run("ingest", str(example_article()), "--db", str(db))
    assert code == 0
    return db


def test_search_folds_case_and_accents_and_quotes_operators(example_db: Path):
    con = open_store(example_db, readonly=True)
    assert search(con, "korea utara")[0]["title"].startswith("Kerja Sama Korea Utara")
    assert search(con, "KORÉA") and search(con, 'NEAR( "Korea" OR') is not None
    with pytest.raises(StoreError):
        search(con, '  " ')


def test_timeline_entity_network_and_events(example_db: Path):
    code, out, _ = run("timeline", "PRK", "RUS", "--db", str(example_db), "--json")
    rows = json.loads(out)
    assert code == 0 and {"CONSULT", "AID"} <= {r["type"] for r in rows}
    code, out, _ = run("entity", "Blinken", "--db", str(example_db), "--json")
    profile = json.loads(out)
    assert profile["name"] == "Antony Blinken" and profile["country"] == "USA"
    assert profile["titles"][0]["title"] == "Menteri Luar Negeri" and profile["quotes"]
    code, out, _ = run("network", "--db", str(example_db), "--json")
    assert any(e["source"] == "USA" and e["target"] == "KOR" for e in json.loads(out))
    code, out, _ = run("events", "--db", str(example_db), "--type", "ACCUSE", "--actor", "Blinken", "--json")
    assert {r["target_country"] for r in json.loads(out)} == {"PRK", "RUS"}


def test_gdelt_export_has_61_columns_in_order(example_db: Path, tmp_path: Path):
    out = tmp_path / "events.tsv"
    code, _, _ = run("export", "--db", str(example_db), "--format", "gdelt-events", "--out", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert code == 0 and lines and len(GDELT_COLUMNS) == 61
    for line in lines:
        cells = line.split("\t")
        assert len(cells) == 61
        assert cells[GDELT_COLUMNS.index("EventRootCode")] == cells[GDELT_COLUMNS.index("EventCode")][:2]
    assert GDELT_COLUMNS[:2] == ["GLOBALEVENTID", "SQLDATE"] and GDELT_COLUMNS[-1] == "SOURCEURL"


def test_parquet_reads_back_with_pyarrow_and_duckdb(example_db: Path, tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "parquet"
    code, _, _ = run("export", "--db", str(example_db), "--format", "parquet", "--out", str(out))
    assert code == 0
    assert pq.read_table(out / "events.parquet").num_rows > 0
    con = duckdb.connect()
    count = con.execute(f"SELECT count(*) FROM '{out / 'entities.parquet'}' WHERE type = 'PERSON'").fetchall()[0][0]
    assert count >= 9


def test_jsonl_export(example_db: Path, tmp_path: Path):
    out = tmp_path / "r.jsonl"
    run("export", "--db", str(example_db), "--format", "jsonl", "--out", str(out))
    [reading] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert reading["article"]["title"].startswith("Kerja Sama")


def test_foreign_and_corrupt_files_are_refused(tmp_path: Path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    code, _, err = run("search", "x", "--db", str(other))
    assert code == 2 and "not a warta store" in err
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    code, _, err = run("search", "x", "--db", str(junk))
    assert code == 2 and "not a warta store" in err
    code, _, err = run("search", "x", "--db", str(tmp_path / "missing.db"))
    assert code == 2 and "no such store" in err


def test_readers_keep_working_while_an_ingest_writes(tmp_path: Path, example_db: Path):
    source = write_records(tmp_path / "a.jsonl", 30)
    proc = subprocess.Popen([sys.executable, "-m", "warta", "ingest", str(source), "--db", str(example_db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    answers = 0
    try:
        while proc.poll() is None and answers < 200:
            con = open_store(example_db, readonly=True)
            assert search(con, "Korea Utara")
            con.close()
            answers += 1
    finally:
        proc.wait(timeout=120)
    assert proc.returncode == 0 and answers > 0


def test_actor_dictionary_grows_from_what_is_read(tmp_path: Path):
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"title": "Satu", "url": "https://contoh.id/a", "published": "2024-05-02",
                                 "text": "Presiden Kenya Wanjiru Kamau bertemu dengan Presiden Prabowo Subianto "
                                         "di Jakarta pada Kamis (2/5/2024)."}) + "\n", encoding="utf-8")
    db = tmp_path / "w.db"
    run("ingest", str(first), "--db", str(db))
    learned = tmp_path / "actors.json"
    code, _, _ = run("actors", "--db", str(db), "--export", str(learned))
    actors = json.loads(learned.read_text(encoding="utf-8"))
    kamau = next(a for a in actors if a["name"] == "Wanjiru Kamau")
    assert code == 0 and kamau["country"] == "KEN" and kamau["roles"][0]["title"] == "Presiden"
    later = tmp_path / "later.txt"
    later.write_text("Judul Berita Kedua\n\nPresiden Wanjiru Kamau tiba di Bandung pada Senin (6/5/2024).",
                     encoding="utf-8")
    code, out, _ = run("analyze", str(later), "--json", "--actors", str(learned))
    person = next(e for e in json.loads(out)["entities"] if e["name"] == "Wanjiru Kamau")
    assert person["country"] == "KEN"
    code, out, _ = run("analyze", str(later), "--json")
    assert next(e for e in json.loads(out)["entities"] if e["name"] == "Wanjiru Kamau")["country"] != "KEN"


def test_one_event_told_a_day_apart_is_one_event():
    from warta.store import merge_adjacent_days

    rows = [{"link": "040|IDN|JPN|2024-03-05", "date": "2024-03-05", "articles": 2},
            {"link": "040|IDN|JPN|2024-03-06", "date": "2024-03-06", "articles": 1},
            {"link": "040|IDN|JPN|2024-03-09", "date": "2024-03-09", "articles": 1},
            {"link": "111|IDN|JPN|2024-03-06", "date": "2024-03-06", "articles": 1}]
    merged = merge_adjacent_days(rows)
    assert [(r["link"].split("|")[0], r["date"], r["articles"]) for r in merged] == [
        ("040", "2024-03-05", 3), ("111", "2024-03-06", 1), ("040", "2024-03-09", 1)]


def test_ingest_progress_counts_records_when_shown(tmp_path: Path):
    source = write_records(tmp_path / "a.jsonl", 3)
    script = ("import sys; sys.stderr.isatty = lambda: True; sys.argv = ['warta', 'ingest', "
              f"{str(source)!r}, '--db', {str(tmp_path / 'w.db')!r}]; from warta.cli import app; app()")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0 and "3 stored" in proc.stderr


def test_articles_link_entities_and_events_but_never_merge_different_full_names(tmp_path: Path):
    texts = [
        "Perdana Menteri Australia Anthony Albanese bertemu dengan Presiden Prabowo Subianto di Jakarta pada "
        "Rabu (6/3/2024).",
        "Presiden Prabowo Subianto bertemu dengan Perdana Menteri Australia Anthony Albanese di Jakarta pada "
        "Rabu (6/3/2024), kata juru bicara.",
        "Pelapor Khusus PBB Francesca Albanese mengecam Israel pada Rabu (6/3/2024).",
    ]
    db = ingest_texts(tmp_path, texts, "2024-03-06")
    con = open_store(db, readonly=True)
    names = {r[0] for r in con.execute("SELECT name FROM entities WHERE type = 'PERSON'")}
    assert {"Anthony Albanese", "Francesca Albanese"} <= names
    code, out, _ = run("events", "--db", str(db), "--type", "CONSULT", "--json")
    [meeting] = json.loads(out)
    assert meeting["articles"] == 2 and {meeting["source_country"], meeting["target_country"]} == {"AUS", "IDN"}


def test_replacing_an_article_replaces_its_search_entry_also_in_an_old_store(tmp_path: Path):
    from warta.pipeline import default_pipeline
    from warta.readers import ReaderOptions, read_inputs
    from warta.store import ingest, search_count, store_document

    source = write_records(tmp_path / "a.jsonl", 2)
    docs = [d for d in default_pipeline().run(read_inputs([str(source)], ReaderOptions())) if hasattr(d, "body")]
    con = open_store(tmp_path / "w.db")
    list(ingest(con, docs))
    con.execute("ALTER TABLE articles DROP COLUMN fts")  # as schema 1 stores were
    for column in ("source_sector", "target_sector", "mode", "contexts"):  # and schema 2's events
        con.execute(f"ALTER TABLE events DROP COLUMN {column}")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    con.commit()
    con.close()

    con = open_store(tmp_path / "w.db")  # upgraded on opening
    assert con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == "5"
    assert {"source_sector", "contexts"} <= {r[1] for r in con.execute("PRAGMA table_info(events)")}
    changed = docs[0].model_copy(update={"body": docs[0].body.replace("Prabowo", "Kumbakarna")})
    store_document(con, changed)
    assert search_count(con, "Kumbakarna") == 1 and search_count(con, "Berita 0") == 1
    assert search_count(con, "Prabowo") == 0  # the earlier text left the index with its article
    assert con.execute("SELECT count(*) FROM search").fetchone()[0] == 2


def test_domestic_actors_carry_their_role_into_the_gdelt_export_and_events_filter_by_context(tmp_path: Path):
    db, source, out = tmp_path / "d.db", tmp_path / "d.jsonl", tmp_path / "events.tsv"
    text = ("Komisi Pemberantasan Korupsi (KPK) menahan Bupati Lebak Budi Santoso dalam kasus korupsi dana "
            "hibah di Jakarta, Senin (3/3/2025). Polda Metro Jaya memeriksa Rudi Hartono terkait penipuan.")
    source.write_text(json.dumps({"title": "KPK", "url": "https://contoh.id/kpk", "published": "2025-03-04",
                                  "text": text}) + "\n", encoding="utf-8")
    assert run("ingest", str(source), "--db", str(db))[0] == 0
    assert run("export", "--db", str(db), "--format", "gdelt-events", "--out", str(out))[0] == 0
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
            for line in out.read_text(encoding="utf-8").splitlines()]
    coded = sorted((r["EventCode"], r["Actor1Code"], r["Actor1Type1Code"], r["Actor2CountryCode"]) for r in rows)
    assert coded == [("091", "IDNCOP", "COP", "IDN"), ("173", "IDNJUD", "JUD", "IDN")]
    code, shown, _ = run("events", "--db", str(db), "--context", "legal", "--json")
    assert code == 0 and [(e["cameo"], e["contexts"]) for e in json.loads(shown)] == [("173", "legal;corruption")]
    code, shown, _ = run("events", "--db", str(db), "--context", "corrupt", "--json")
    assert code == 0 and json.loads(shown) == []  # a context matches whole


def test_the_fingerprint_follows_the_code_and_data_that_make_a_reading(tmp_path: Path):
    from warta.store import fingerprint_of

    (tmp_path / "data").mkdir()
    (tmp_path / "web").mkdir()
    (tmp_path / "data" / "events.toml").write_text("a = 1\n", encoding="utf-8")
    (tmp_path / "web" / "page.js").write_text("x", encoding="utf-8")
    first = fingerprint_of(tmp_path)
    (tmp_path / "web" / "page.js").write_text("y", encoding="utf-8")  # the page makes no reading
    assert fingerprint_of(tmp_path) == first
    (tmp_path / "data" / "events.toml").write_text("a = 2\n", encoding="utf-8")
    assert fingerprint_of(tmp_path) != first


def test_an_article_read_by_another_warta_is_read_again(tmp_path: Path, monkeypatch):
    import warta.store

    db = tmp_path / "r.db"
    source = write_records(tmp_path / "a.jsonl", 3)
    assert "3 stored, 0 re-read, 0 already current" in run("ingest", str(source), "--db", str(db))[2]
    assert "0 stored, 0 re-read, 3 already current" in run("ingest", str(source), "--db", str(db))[2]
    assert "0 stored, 3 re-read, 0 already current" in run("ingest", str(source), "--db", str(db), "--reread")[2]
    warta.store.pipeline_version.cache_clear()
    monkeypatch.setattr(warta.store, "fingerprint_of", lambda root: "changed-data")
    try:
        assert "0 stored, 3 re-read, 0 already current" in run("ingest", str(source), "--db", str(db))[2]
        versions = {r[0] for r in sqlite3.connect(db).execute("SELECT pipeline FROM articles")}
        assert len(versions) == 1 and versions.pop().endswith("+changed-data")
    finally:
        warta.store.pipeline_version.cache_clear()


def test_a_reading_s_rows_are_named_and_survive_a_shard_s_json():
    from warta.api import analyze
    from warta.store import article_rows
    from warta.store_rows import ArticleRows

    doc = analyze("Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta.",
                  published="2025-10-22")
    rows = article_rows(doc)
    assert rows.article.published == "2025-10-22" and rows.events[0].type == "CONSULT"
    again = ArticleRows.from_json(rows.to_json())
    assert again == rows and again.events[0].source == rows.events[0].source


def test_a_body_named_in_full_in_one_article_and_short_in_another_is_one_entity_also_in_an_old_store(
        tmp_path: Path):
    texts = ["Komisi Pemberantasan Korupsi (KPK) menahan Bupati Kolaka Timur Abdul Azis.",
             "KPK memeriksa Sekda Kolaka Timur Rustam Effendi."]
    db = ingest_texts(tmp_path, texts, "2025-08-09")
    con = open_store(db)
    # one entity, keyed by the gazetteer's name for the body, named as the first article wrote it
    assert [tuple(r) for r in con.execute("SELECT key, name FROM entities WHERE type = 'ORG'")] == [
        ("kpk", "Komisi Pemberantasan Korupsi")]
    # a schema 4 store kept each written name under a key of its own: opening it merges them
    con.execute("UPDATE entities SET key = 'komisi pemberantasan korupsi' WHERE key = 'kpk'")
    con.execute("INSERT INTO entities (key, name, type, country) VALUES ('kpk', 'KPK', 'ORG', 'IDN')")
    short = con.execute("SELECT id FROM entities WHERE key = 'kpk'").fetchone()[0]
    con.execute("UPDATE article_entities SET entity = ? WHERE article = (SELECT id FROM articles WHERE title = 'T1') "
                "AND entity = (SELECT id FROM entities WHERE key = 'komisi pemberantasan korupsi')", (short,))
    # and the same article under both names: its mentions are added up, not lost
    full = con.execute("SELECT id FROM entities WHERE key = 'komisi pemberantasan korupsi'").fetchone()[0]
    con.execute("INSERT INTO article_entities SELECT article, ?, title, month, 3 FROM article_entities "
                "WHERE entity = ?", (short, full))
    con.execute("UPDATE meta SET value = '4' WHERE key = 'schema'")
    con.commit()
    con.close()
    con = open_store(db)
    rows = con.execute("SELECT e.key, e.name, count(*) FROM article_entities a JOIN entities e ON e.id = a.entity "
                       "WHERE e.type = 'ORG' GROUP BY e.id").fetchall()
    assert [tuple(r) for r in rows] == [("kpk", "Komisi Pemberantasan Korupsi", 2)]
    counts = con.execute("SELECT a.mentions FROM article_entities a JOIN entities e ON e.id = a.entity "
                         "JOIN articles t ON t.id = a.article WHERE e.type = 'ORG' ORDER BY t.title").fetchall()
    assert [r[0] for r in counts] == [2 + 3, 1]


def test_one_act_on_several_is_one_event_and_a_store_row_for_each_pair():
    from warta.api import analyze
    from warta.store import article_rows

    doc = analyze("Kejaksaan Negeri Bandung menahan Andi Wirawan dan Budi Santoso dalam kasus korupsi dana desa.",
                  published="2025-10-22")
    assert [(e.cameo, e.target.name, [t.name for t in e.co_targets]) for e in doc.events] == [
        ("173", "Andi Wirawan", ["Budi Santoso"])]
    rows = article_rows(doc).events
    assert [(r.type, r.target_country) for r in rows] == [("COERCE", "IDN"), ("COERCE", "IDN")]
    assert len({r.target for r in rows}) == 2  # each of the two held has its row
