"""Checks on the shared data sets; each skips with the reason when ../shared is absent."""

from __future__ import annotations

import csv
import re
import subprocess
import sys

from tests.conftest import ROOT, readings, run, shared_path

DETIK_MAP = "text=isi_berita,title=judul,published=tanggal,url=tautan,id=id"
CHROME = re.compile(
    r"^\W*(SCROLL TO CONTINUE WITH CONTENT|ADVERTISEMENT|Baca juga\b|Simak( juga)? video\b|"
    r"Tonton juga\b|Saksikan Live|Editor\s*:|Penulis\s*:|Diadaptasi oleh|Artikel ini pertama kali)"
    r"|\((?:[a-z0-9]{1,5}/){1,4}[a-z0-9]{1,5}\)\s*$", re.I)


def test_detik_rows_read_clean():
    path = shared_path("data/news/detik-1000.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    code, out, err = run("analyze", str(path), "--json", "--map", DETIK_MAP, "--date-order", "MDY")
    docs = readings(out)
    assert code == 0 and len(docs) == len(rows) == 1000, err
    for doc in docs:
        row = rows[doc["source"]["record_id"]]
        assert doc["article"]["title"] == " ".join(row["judul"].split())
        month, day, year = row["tanggal"].split()[0].split("/")
        assert doc["article"]["published"].startswith(f"{year}-{int(month):02d}-{int(day):02d}")
        assert doc["article"]["paragraphs"], row["id"]
        for para in doc["article"]["paragraphs"]:
            assert not CHROME.search(para["text"]), (row["id"], para["text"][:80])


def test_example_article_against_its_reference_reading(tmp_path):
    gold = shared_path("seed/000_290faf135c53dc63.gold.json")
    scorer = shared_path("eval/score_articles.py")
    code, out, _ = run("analyze", str(gold.with_name("000_290faf135c53dc63.txt")), "--json")
    pred = tmp_path / "pred.json"
    pred.write_text(out, encoding="utf-8")
    minimum = ["--min", "entity_precision=0.90", "--min", "entity_recall=0.95", "--min", "time_acc=1.0",
               "--min", "event_precision=0.70", "--min", "event_recall=0.80", "--min", "quote_acc=1.0"]
    result = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), *minimum], capture_output=True,
                            text=True, cwd=ROOT)
    assert "article 11/11" in result.stdout, result.stdout
    assert result.returncode == 0, result.stdout
    reading = readings(out)[0]
    people = [e for e in reading["entities"] if e["type"] == "PERSON"]
    assert people and all(p["title"] and p["country"] for p in people), people


def test_detik_annotations_speakers_and_events():
    path = shared_path("data/news/detik-1000.csv")
    from bench.detik_eval import evaluate

    result = evaluate(path)
    assert result.quotes >= 40 and result.events_annotated >= 40
    assert result.speaker_accuracy >= 0.90, result.misses
    # 0.67: the older sample leaves "Ini hal yang patut saya apresiasi" (row 863) unannotated,
    # which the larger sample's reading of the same sentence (row 944) codes as praise; and one
    # pledge to two names of one place (row 546), once counted twice, is one act since session 28
    assert result.event_precision >= 0.67, result.misses


def test_detik_ingest_stores_every_row_once(tmp_path):
    path = shared_path("data/news/detik-1000.csv")
    from warta.store import failures, open_store

    db = tmp_path / "detik.db"
    code, _, err = run("ingest", str(path), "--db", str(db), "--map", DETIK_MAP, "--date-order", "MDY")
    con = open_store(db)
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    with path.open(encoding="utf-8", newline="") as handle:
        urls = {row["tautan"] for row in csv.DictReader(handle)}
    # rows printed twice under one URL are one article: stored once
    assert code == 0 and stored + len(failures(con)) == len(urls), err
    code, _, err = run("ingest", str(path), "--db", str(db), "--map", DETIK_MAP, "--date-order", "MDY")
    assert code == 0 and "0 stored" in err
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == stored


def test_indotimex_test_set_scores_above_indotimex(tmp_path):
    """The issue's bar on the IndoTimex Kompas test: relaxed F1 ≥ 0.93, value F1 ≥ 0.86."""
    gold = shared_path("data/timex/indotimex/test-gold")
    scorer = shared_path("eval/score_timex.py")
    docs, pred = tmp_path / "docs", tmp_path / "pred"
    subprocess.run([sys.executable, str(scorer), "export", str(gold), str(docs)], check=True, capture_output=True)
    code, _, err = run("timex", *sorted(str(p) for p in docs.glob("*.json")), "--out", str(pred))
    assert code == 0, err
    result = subprocess.run([sys.executable, str(scorer), "score", str(gold), str(pred),
                             "--min", "relaxed_f1=0.93", "--min", "value_f1=0.86"], capture_output=True, text=True)
    total = [line for line in result.stdout.splitlines() if line.startswith("TOTAL")]  # not the gold's lines
    assert result.returncode == 0, total
