"""Fuzzing the readers and the pipeline: byte-level mutations of small valid files of every
format (built here), and generated JSON and CSV records. Each input runs through the reader
and the pipeline in-process; no exception may escape, every input ends with at least one
outcome, and every outcome is a reading (which serialises, and converts to the store's rows)
or a failure naming the input with a one-line reason (and not one of the last-resort guards:
"reader failed", "pipeline failed in the … stage" mean a crash the guard caught).

`make test` runs a small slice (WARTA_FUZZ_EXAMPLES, 30 per test by default); `make fuzz`
runs thousands. An input that takes over HANG_SECONDS fails its example as a hang.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
from functools import cache

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from warta.model import Document, ReadFailure
from warta.readers import ReaderOptions, read_bytes
from warta.store import article_rows

EXAMPLES = int(os.environ.get("WARTA_FUZZ_EXAMPLES", "30"))
HANG_SECONDS = 60
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 100,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

BODY = ("Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang Yoko Kamikawa di Tokyo, "
        "Senin (5/2/2024). \"Kami sepakat memperkuat kerja sama,\" kata Retno kepada wartawan.")
HTML = (f"<!doctype html><html><head><title>Kunjungan</title><meta name=\"date\" content=\"2024-02-05\"></head>"
        f"<body><article><h1>Kunjungan ke Tokyo</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>")


def warc(html: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for n in range(2):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.com/{n}", "response",
                                                      payload=io.BytesIO(html.encode()), http_headers=http))
    return out.getvalue()


def csv_file(rows: list[dict], delimiter: str = ",") -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


RECORDS = [{"title": "Kunjungan", "published": "2024-02-05", "text": BODY},
           {"title": "Kedua", "published": "5/2/2024", "text": BODY.replace("Tokyo", "Jakarta")}]
FEED = ("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Situs</title>"
        + "".join(f"<item><title>{r['title']}</title><link>https://example.com/{n}</link>"
                  f"<pubDate>Mon, 05 Feb 2024 10:00:00 +0700</pubDate><description>{r['text']}</description></item>"
                  for n, r in enumerate(RECORDS)) + "</channel></rss>")

# name → (file name, bytes): small valid files of every format, which the mutations then break
SEEDS = {
    "text": ("a.txt", f"Kunjungan ke Tokyo\n\n{BODY}\n\n{BODY}\n".encode()),
    "html": ("a.html", HTML.encode()),
    "csv": ("a.csv", csv_file(RECORDS)),
    "jsonl": ("a.jsonl", "".join(json.dumps(r) + "\n" for r in RECORDS).encode()),
    "json": ("a.json", json.dumps(RECORDS).encode()),
    "feed": ("a.rss", FEED.encode()),
    "warc": ("a.warc", warc(HTML)),
    "gzip": ("a.jsonl.gz", gzip.compress("".join(json.dumps(r) + "\n" for r in RECORDS).encode())),
}
# fragments that provoked crashes before (see tests/test_reliability.py), spliced in at random
NASTY = [b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\xef\xbb\xbf", b"\x00\xd8", b"&#xD800;", b"&#99999999999;",
         b"&#x110000;", b"\\ud800", b"\\udfff\\ud800", b"[" * 1500, b"9" * 5000, b"\x1f\x8b\x08\x00", b"WARC/1.0\r\n",
         b"Content-Length: 99999999999999999999\r\n", b"\r\n\r\n", b"<", b"\"", b"\n", b",", b"\x00" * 8,
         b"\"Ya,\" kata ", b"Jakarta. " * 200, b"5/2/2024 ", b"\xc3\x28", b"\xed\xa0\x80"]
MUTATION = st.tuples(st.sampled_from(["truncate", "flip", "nul", "duplicate", "splice"]),
                     st.integers(0, 1 << 20), st.integers(0, 1 << 20), st.integers(1, 255))


def mutate(data: bytes, mutations: list[tuple[str, int, int, int]]) -> bytes:
    buf = bytearray(data)
    for op, where, other, value in mutations:
        i = where % (len(buf) + 1)
        if op == "truncate":
            del buf[i:]
        elif op == "flip" and buf:
            buf[i % len(buf)] ^= value
        elif op == "nul":
            buf[i:i] = b"\x00"
        elif op == "duplicate":
            end = min(len(buf), i + 1 + other % 256)
            buf[end:end] = buf[i:end]
        elif op == "splice":
            buf[i:i] = NASTY[other % len(NASTY)]
    return bytes(buf)


@cache
def pipeline():
    from warta.pipeline import default_pipeline

    return default_pipeline(max_seconds=HANG_SECONDS / 2)


class Hang(Exception):
    pass


def _hang(signum, frame):
    raise Hang(f"an input took over {HANG_SECONDS} s")


def outcomes(data: bytes, name: str, fmt: str | None) -> list:
    """Reader and pipeline on one input, as `warta analyze` runs them; a hang fails the example."""
    previous = signal.signal(signal.SIGALRM, _hang)
    signal.alarm(HANG_SECONDS)
    try:
        return list(pipeline().run(read_bytes(data, name, ReaderOptions(), fmt)))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check(items: list, name: str) -> None:
    assert items, "an input with no outcome at all"
    for item in items:
        if isinstance(item, ReadFailure):
            line = str(item)
            assert item.input == name and item.reason.strip(), line
            assert "\n" not in line and "\r" not in line and len(line) < 700, line
            assert "Traceback" not in line
            # the last-resort guards' reasons: a crash they kept from stopping the batch is still a bug
            assert not item.reason.startswith(("reader failed", "pipeline failed", "cannot write")), line
            event(f"failed: {item.reason.split('(')[0].split(':')[0][:50].strip()}")  # --hypothesis-show-statistics
        else:
            assert isinstance(item, Document), type(item)
            json.loads(item.to_json())  # what `analyze --json` writes
            article_rows(item)  # what `ingest` stores
            event("read")


@pytest.mark.parametrize("kind", sorted(SEEDS))
@FUZZ
@given(mutations=st.lists(MUTATION, min_size=1, max_size=4), hinted=st.booleans())
def test_mutated_files_are_read_or_failed_with_one_line(kind: str, mutations, hinted: bool):
    name, seed = SEEDS[kind]
    data = mutate(seed, mutations)
    fmt = {"text": "text", "html": "html", "csv": "csv", "jsonl": "jsonl", "json": "json", "feed": "feed",
           "warc": "warc", "gzip": "jsonl"}[kind] if hinted else None
    check(outcomes(data, name, fmt), name)


SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
TEXTS = st.text(st.one_of(st.characters(codec="utf-8"), SURROGATE), max_size=300) | st.sampled_from(
    [BODY, "", " ", "\x00", BODY * 20, "Jakarta. " * 300])
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | TEXTS | st.integers(10 ** 30, 10 ** 40)
JSON_VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXTS, inner, max_size=4), max_leaves=20)
FIELDS = ["id", "title", "url", "published", "text", "authors", "category", "teaser", "site", "language"]
# mostly records with the fields warta reads (so that many reach the pipeline), some with anything
RECORD = st.fixed_dictionaries({"text": TEXTS | st.just(BODY)},
                               optional={f: JSON_VALUES | TEXTS for f in FIELDS if f != "text"}) | st.dictionaries(
    st.sampled_from(FIELDS) | TEXTS, JSON_VALUES | TEXTS, max_size=8)


@FUZZ
@given(records=st.lists(RECORD | JSON_VALUES, min_size=0, max_size=4), as_lines=st.booleans(),
       ascii_only=st.booleans())
def test_generated_json_records_are_read_or_failed_with_one_line(records, as_lines: bool, ascii_only: bool):
    def dumps(value) -> str:
        return json.dumps(value, ensure_ascii=ascii_only)

    text = "".join(dumps(r) + "\n" for r in records) if as_lines else dumps(records)
    data = text.encode("utf-8", "surrogatepass")  # a lone surrogate as raw (invalid) UTF-8 bytes too
    name = "g.jsonl" if as_lines else "g.json"
    check(outcomes(data, name, "jsonl" if as_lines else "json"), name)


CELLS = st.text(st.characters(codec="utf-8", exclude_characters="\r"), max_size=200) | st.sampled_from(
    [BODY, "", "\"", "a,b", "Jakarta. " * 200, "5/2/2024", "\x00"])


@st.composite
def tables(draw) -> tuple[list[str], list[list[str]]]:
    """A header (most often with a text column) and rows, most of them as wide as the header."""
    header = draw(st.lists(st.sampled_from(FIELDS) | CELLS, min_size=1, max_size=5))
    if draw(st.booleans()):
        header[draw(st.integers(0, len(header) - 1))] = "text"
    rows = draw(st.lists(st.lists(CELLS, min_size=len(header), max_size=len(header))
                         | st.lists(CELLS, max_size=6), max_size=5))
    return header, rows


@FUZZ
@given(table=tables(), delimiter=st.sampled_from([",", ";", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]))
def test_generated_csv_is_read_or_failed_with_one_line(table, delimiter: str, encoding: str):
    header, rows = table
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    data = out.getvalue().encode(encoding, "replace")
    check(outcomes(data, "g.csv", "csv"), "g.csv")
