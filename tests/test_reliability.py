"""Crash classes found by hand and by fuzzing, one regression test each: the input is read, or
listed as failed with one line naming it (and its record) and the reason; the batch goes on."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import readings, run
from tests.web_fixtures import build_store

GOOD = ("Judul Berita Yang Baik\n\nPemerintah mengumumkan kebijakan baru soal impor beras hari ini "
        "di Jakarta setelah rapat terbatas.")
HTML = (b"<html><body><article><h1>Judul</h1><p>Pemerintah mengumumkan kebijakan baru soal impor beras "
        b"hari ini di Jakarta setelah rapat terbatas dengan para menteri.</p></article></body></html>")


def analyze(*paths: Path) -> tuple[int, list[dict], list[str], str]:
    """`warta analyze --json` in-process: (exit code, readings, failure lines, stderr)."""
    code, out, err = run("analyze", *map(str, paths), "--json")
    assert "Traceback" not in err
    return code, readings(out), [line.strip() for line in err.splitlines() if line.startswith("  ")], err


def with_good(tmp_path: Path) -> Path:
    """A good file beside the bad ones, to show the batch goes on past them."""
    path = tmp_path / "zz-good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


# 1. UTF-16/32: broken after a BOM, or without a BOM at all

def test_utf16_with_bom_and_broken_data_is_read_with_a_warning(tmp_path: Path):
    (tmp_path / "truncated.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le")[:-1])
    (tmp_path / "surrogate.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le") + b"\x00\xd8")
    (tmp_path / "nobom16.txt").write_bytes(GOOD.encode("utf-16-be"))
    (tmp_path / "nobom32.txt").write_bytes(GOOD.encode("utf-32-le"))
    (tmp_path / "garbage.txt").write_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8" * 200)
    with_good(tmp_path)
    code, docs, failures, _ = analyze(tmp_path)
    end = 2 * len(GOOD)  # where the bytes after the BOM stop being text
    assert code == 0
    by_input = {Path(d["source"]["input"]).name: d for d in docs}
    assert sorted(by_input) == ["nobom16.txt", "nobom32.txt", "surrogate.txt", "truncated.txt", "zz-good.txt"]
    assert by_input["truncated.txt"]["warnings"][:2] == [
        "decoded as utf-16", f"invalid utf-16 (truncated data at byte {end - 2}) replaced with U+FFFD"]
    assert by_input["surrogate.txt"]["warnings"][1] == (f"invalid utf-16 (unexpected end of data at byte {end}) "
                                                        "replaced with U+FFFD")
    assert by_input["nobom16.txt"]["warnings"] == ["decoded as utf-16"]
    assert by_input["nobom32.txt"]["warnings"] == ["decoded as utf-32"]
    assert by_input["nobom32.txt"]["article"]["title"] == "Judul Berita Yang Baik"
    assert failures == [f"{tmp_path / 'garbage.txt'}: binary file, not text "
                        "(invalid utf-16: illegal UTF-16 surrogate at byte 0)"]


# 2. a corrupt gzip stream

def test_corrupt_gzip_is_named(tmp_path: Path):
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"  # a gzip member's, then no deflate data
    (tmp_path / "broken.txt.gz").write_bytes(header + b"\xff" * 20)
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(GOOD.encode() * 20)[:-12])
    with_good(tmp_path)
    code, docs, failures, _ = analyze(tmp_path)
    assert code == 0 and len(docs) == 1
    assert failures == [
        f"{tmp_path / 'broken.txt.gz'}: corrupt gzip data (Error -3 while decompressing data: invalid block type)",
        f"{tmp_path / 'cut.txt.gz'}: corrupt gzip data (Compressed file ended before the end-of-stream "
        "marker was reached)",
    ]


def test_gzip_expanding_past_the_size_limit_is_refused(tmp_path: Path):
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 5_000_000))
    code, _, err = run("analyze", str(tmp_path / "bomb.txt.gz"), "--max-bytes", "1000000")
    assert code == 1
    assert f"{tmp_path / 'bomb.txt.gz'}: gzip data expands to over the 1 MB limit (raise it with --max-bytes)" in err


# 3. JSON past Python's limits, in files and in POST /api/analyze

def test_deep_json_and_long_integers_are_named_with_the_limit(tmp_path: Path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text(
        json.dumps({"text": GOOD})[:-1] + ', "id": ' + "9" * 5000 + "}\n"
        + '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}\n"
        + json.dumps({"text": GOOD, "title": "Baik"}) + "\n", encoding="utf-8")
    code, docs, failures, _ = analyze(tmp_path)
    assert code == 0 and [d["article"]["title"] for d in docs] == ["Baik"]
    assert failures == [
        f"{tmp_path / 'deep.json'}: JSON nested too deeply (over about 1000 levels, Python's recursion limit)",
        f"{tmp_path / 'rows.jsonl'}:line 1: JSON integer over 4300 digits (Python's limit for reading integers)",
        f"{tmp_path / 'rows.jsonl'}:line 2: JSON nested too deeply (over about 1000 levels, Python's recursion "
        "limit)",
    ]


# 4. feeds with character references to no character

def test_feed_character_references_to_no_character_become_replacement_characters(tmp_path: Path):
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Situs</title>'
            '<item><title>A &#xD800; &#99999999999999999999; &#x110000; &#1114112</title>'
            f'<description>{GOOD} &#55296;</description></item>'
            f'<item><title>B</title><description>{GOOD}</description></item></channel></rss>')
    (tmp_path / "bad.rss").write_text(feed, encoding="utf-8")
    code, docs, failures, _ = analyze(tmp_path)
    assert code == 0 and failures == []
    assert [d["article"]["title"] for d in docs] == ["A \ufffd \ufffd \ufffd \ufffd", "B"]
    assert docs[0]["body"].endswith("\ufffd")


# 5. WARC records that make warcio raise, and warcio's own printing

def warc_record(body: bytes, uri: str = "https://example.com/a") -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
    return out.getvalue()


def test_warc_records_warcio_raises_on_are_failures_and_its_warnings_are_kept(tmp_path: Path, capfd):
    good = warc_record(HTML)
    length = re.search(rb"Content-Length: (\d+)", good)
    assert length
    huge = good.replace(length.group(0), b"Content-Length: " + b"9" * 30)
    short = good.replace(length.group(0), b"Content-Length: %d" % (int(length.group(1)) - 30))
    no_uri = re.sub(rb"WARC-Target-URI: [^\r]*\r\n", b"", good)
    (tmp_path / "a-huge.warc").write_bytes(huge + good)
    (tmp_path / "b-short.warc").write_bytes(short + good)
    (tmp_path / "c-no-uri.warc").write_bytes(good + no_uri + good)
    code, docs, failures, err = analyze(tmp_path)
    assert code == 0
    assert failures == [
        f"{tmp_path / 'a-huge.warc'}:record 1: unreadable WARC record (OverflowError: cannot fit 'int' into an "
        "index-sized integer); the rest of the archive is not read",
        f"{tmp_path / 'c-no-uri.warc'}:record 2: unreadable WARC record (AttributeError: 'NoneType' object has "
        "no attribute 'startswith'); the rest of the archive is not read",
    ]
    assert [(Path(d["source"]["input"]).name, d["source"]["record"]) for d in docs] == [
        ("b-short.warc", "record 1"), ("b-short.warc", "record 2"), ("c-no-uri.warc", "record 1")]
    warned = docs[1]["warnings"]
    assert len(warned) == 1 and warned[0].startswith("warcio: WARNING: Record not followed by newline, perhaps "
                                                     "Content-Length is invalid Offset: ")
    assert "WARNING" not in capfd.readouterr().err and "WARNING" not in err


# 6. a lone surrogate escape in JSON

def test_lone_surrogates_are_replaced_at_read_time(tmp_path: Path):
    (tmp_path / "s.jsonl").write_text(json.dumps({"title": "A \udc00", "text": GOOD + " \ud800"}) + "\n",
                                      encoding="utf-8")
    code, docs, failures, _ = analyze(tmp_path)
    assert code == 0 and failures == []
    [doc] = docs
    assert doc["article"]["title"] == "A \ufffd" and doc["body"].endswith("terbatas. \ufffd")
    assert doc["warnings"] == ["replaced 2 lone surrogate(s) (invalid UTF-16) with U+FFFD"]


def test_record_fields_of_the_wrong_type_are_left_out_with_a_warning(tmp_path: Path):
    record = {"text": GOOD, "title": ["a", "list"], "authors": 3.5, "id": 12, "published": True, "url": None}
    (tmp_path / "odd.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    code, docs, failures, _ = analyze(tmp_path)
    assert code == 0 and failures == []
    [doc] = docs
    assert doc["source"]["record_id"] == "12" and doc["article"]["authors"] == []
    assert doc["warnings"][:3] == ["field 'title' left out: a list where text belongs",
                                   "field 'published' left out: a bool where text belongs",
                                   "field 'authors' left out: a float where text belongs"]


# 7. inputs with no records in them

def test_inputs_without_records_say_so(tmp_path: Path):
    (tmp_path / "header.csv").write_text("title,text\n", encoding="utf-8")
    (tmp_path / "blank-rows.csv").write_text("title,text\n,\n \n", encoding="utf-8")
    (tmp_path / "empty.json").write_text("[]", encoding="utf-8")
    code, docs, failures, err = analyze(tmp_path)
    assert code == 1 and docs == []
    assert failures == [
        f"{tmp_path / 'blank-rows.csv'}: no records: the CSV has a header row only (title, text)",
        f"{tmp_path / 'empty.json'}: no records: an empty JSON list",
        f"{tmp_path / 'header.csv'}: no records: the CSV has a header row only (title, text)",
    ]
    assert "read 0 articles from 3 inputs; 3 failed" in err


# 8. the record budget (the speed itself is measured by bench/degenerate.py, not tested)

def test_a_record_over_its_time_budget_fails_and_the_batch_goes_on(monkeypatch):
    from warta import pipeline as module
    from warta.model import RawRecord, ReadFailure

    clock = iter(range(0, 10_000, 25))  # every look at the clock is 25 s later: the third stage is past 60 s
    monkeypatch.setattr(module.time, "monotonic", lambda: next(clock))
    slow = module.default_pipeline(max_seconds=60)
    records = [RawRecord(input="a.txt", text=GOOD, format="text", layout="page"),
               RawRecord(input="b.jsonl", text=GOOD, format="jsonl", record="line 2")]
    out = list(slow.run(records))
    assert [str(r) for r in out] == [
        "a.txt: took over 60 s (the --max-seconds limit), stopped at the sentences stage",
        "b.jsonl:line 2: took over 60 s (the --max-seconds limit), stopped at the sentences stage",
    ]
    assert all(isinstance(r, ReadFailure) for r in out)
    unlimited = module.default_pipeline(max_seconds=0)
    assert [type(r).__name__ for r in unlimited.run(records)] == ["Document", "Document"]


def test_the_budget_interrupts_a_stage_that_never_ends():
    import time

    from warta.model import RawRecord
    from warta.pipeline import Pipeline

    class Stuck:
        name = "stuck"

        def __call__(self, doc):
            until = time.monotonic() + 20  # "never": the test fails, not hangs, if it is not interrupted
            while time.monotonic() < until:
                time.sleep(0.01)
            return doc

    out = list(Pipeline([Stuck()], max_seconds=0.2).run([RawRecord(input="a.txt", text=GOOD, format="text")]))
    assert [str(r) for r in out] == ["a.txt: took over 0.2 s (the --max-seconds limit), stopped at the stuck stage"]


def test_max_seconds_is_an_option_of_analyze_and_ingest():
    from typer.main import get_command

    from warta.cli import app

    for name in ("analyze", "ingest"):
        command = get_command(app).commands[name]
        assert next(p for p in command.params if p.name == "max_seconds").default == 60.0


# 9. the web API: NUL, huge integers, and the store's connection across threads

@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    from warta.web.app import create_app

    return TestClient(create_app(build_store(tmp_path_factory.mktemp("web") / "w.db")))


def test_web_parameters_are_checked_before_sqlite(client: TestClient):
    nul = client.get("/api/articles", params={"q": "Korea\x00"})
    assert nul.status_code == 422 and nul.json() == {"detail": "query parameter 'q' holds a NUL character"}
    assert client.get("/api/entity", params={"name": "a\x00"}).status_code == 422
    page = client.get("/api/articles", params={"page": "108546873777670914048"})
    # one line of text, as every refusal (FastAPI's own body would be a list of objects)
    assert page.status_code == 422
    assert page.json() == {"detail": "query parameter 'page': Input should be less than or equal to 100000"}
    long = client.get("/api/entity", params={"name": "x" * 60_000})
    assert long.json() == {"detail": "query parameter 'name' is 60000 characters long, over the 1000 limit"}
    deep = client.post("/api/analyze", content=b"[" * 100_000, headers={"content-type": "application/json"})
    assert deep.status_code == 422
    assert deep.json() == {"detail": "JSON nested too deeply (over about 1000 levels, Python's recursion limit)"}
    digits = client.post("/api/analyze", content=b'{"text": "a", "id": ' + b"9" * 5000 + b"}",
                         headers={"content-type": "application/json"})
    assert digits.json() == {"detail": "JSON integer over 4300 digits (Python's limit for reading integers)"}


def test_200_sequential_requests_all_succeed_each_connection_closed_in_its_thread(client: TestClient, monkeypatch):
    import threading

    from warta.web import app as web

    opened_in: list[tuple[int, int]] = []
    real_open = web.open_store

    def traced_open(*args, **kwargs):
        con = real_open(*args, **kwargs)
        opener = threading.get_ident()

        class Traced:  # sqlite3.Connection.close cannot be replaced on the object itself
            def __getattr__(self, name):
                return getattr(con, name)

            def close(self):
                opened_in.append((opener, threading.get_ident()))
                con.close()

        return Traced()

    monkeypatch.setattr(web, "open_store", traced_open)
    paths = ["/api/articles", "/api/articles?q=Korea", "/api/events", "/api/network", "/api/entity?name=Blinken"]
    statuses = [client.get(paths[i % len(paths)]).status_code for i in range(200)]
    assert statuses.count(200) == 200
    assert len(opened_in) == 200 and all(opener == closer for opener, closer in opened_in)


def test_error_responses_are_in_the_openapi_document(client: TestClient):
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths["/api/analyze"]["post"]["responses"]) >= {"200", "400", "413", "415", "422"}
    assert set(paths["/api/article"]["get"]["responses"]) >= {"200", "404", "422"}


# 10. the guard around every reader, stage and writer

def test_anything_a_reader_stage_or_writer_raises_is_that_records_failure(tmp_path: Path, monkeypatch):
    from warta import readers
    from warta.stages.quotes import Quotes

    (tmp_path / "a.html").write_bytes(HTML)
    (tmp_path / "b.txt").write_text(GOOD + " BOOM", encoding="utf-8")
    good = with_good(tmp_path)

    def broken_extract(*args, **kwargs):
        raise RuntimeError("a library\nfailed over\n  three lines")

    real_quotes = Quotes.__call__

    def broken_quotes(self, doc):
        if "BOOM" in doc.body:
            raise KeyError("boom")
        return real_quotes(self, doc)

    monkeypatch.setattr(readers, "extract_html", broken_extract)
    monkeypatch.setattr(Quotes, "__call__", broken_quotes)
    too_long = str(tmp_path / ("x" * 5000))
    code, docs, failures, _ = analyze(tmp_path, Path(too_long))
    assert code == 0 and [Path(d["source"]["input"]) for d in docs] == [good]
    assert failures == [
        f"{tmp_path / 'a.html'}: reader failed: RuntimeError: a library failed over three lines",
        f"{tmp_path / 'b.txt'}: pipeline failed in the quotes stage: KeyError: 'boom'",
        f"{too_long}: cannot read (File name too long)",
    ]


def test_a_reading_the_store_refuses_is_stored_as_a_failure(tmp_path: Path, monkeypatch):
    from warta import store
    from warta.store_rows import QuoteRow

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD.replace("Baik", "Lain") + " Lagi.", encoding="utf-8")
    real = store.article_rows

    def refusing(doc):
        rows = real(doc)
        if doc.article.title == "Judul Berita Yang Lain":
            rows.quotes.append(QuoteRow(None, "x", 2 ** 70, False, None))  # an integer SQLite cannot hold
        return rows

    monkeypatch.setattr(store, "article_rows", refusing)
    db = tmp_path / "w.db"
    code, _, err = run("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db))
    assert code == 0
    assert "1 stored, 0 re-read, 0 already current, 1 failed" in err
    assert f"  {tmp_path / 'b.txt'}: cannot store the reading (OverflowError: Python int too large to convert " \
           "to SQLite INTEGER)" in err
    con = store.open_store(db, readonly=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM quotes WHERE speaker = 'x'").fetchone()[0] == 0
