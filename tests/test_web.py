"""The HTTP API: every endpoint, bad requests, limits and the read-only store."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import run
from tests.web_fixtures import build_store
from warta.resources import example_article
from warta.store import StoreError
from warta.web.app import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "w.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, max_body=50_000))


def first_article(client: TestClient, q: str) -> dict:
    found = client.get("/api/articles", params={"q": q}).json()
    assert found["total"] >= 1
    return found["articles"][0]


def test_search_marks_matches_without_markup(client: TestClient):
    hit = first_article(client, "Korea Utara")
    assert hit["title"] == "Kerja Sama Korea Utara-Rusia Kembali jadi Sorotan"
    matched = [p["text"] for p in hit["snippet"] if p["match"]]
    assert "Korea" in matched and "Utara" in matched
    assert not any("\x02" in p["text"] or "\x03" in p["text"] for p in hit["snippet"])


def test_articles_are_paginated(client: TestClient):
    first = client.get("/api/articles", params={"size": 1, "page": 1}).json()
    second = client.get("/api/articles", params={"size": 1, "page": 2}).json()
    assert first["total"] == second["total"] == 2
    assert first["articles"][0]["id"] != second["articles"][0]["id"]
    too_large = client.get("/api/articles", params={"size": 1000, "page": 0})
    assert too_large.status_code == 422
    assert too_large.json() == {"detail": "query parameter 'page': Input should be greater than or equal to 1; "
                                          "query parameter 'size': Input should be less than or equal to 100"}


def test_article_reading_and_entity_profile(client: TestClient):
    reading = client.get("/api/article", params={"id": first_article(client, "Blinken")["id"]}).json()
    names = {e["name"] for e in reading["entities"]}
    assert {"Antony Blinken", "Park Jin"} <= names and reading["events"] and reading["quotes"]
    profile = client.get("/api/entity", params={"name": "Blinken"}).json()
    assert profile["name"] == "Antony Blinken" and profile["country"] == "USA"
    assert client.get("/api/entity", params={"name": "Tidak Ada"}).status_code == 404
    assert client.get("/api/article", params={"id": "no-such-id"}).status_code == 404


def test_events_timeline_network(client: TestClient):
    consults = client.get("/api/events", params={"type": "CONSULT"}).json()
    assert consults and all(e["type"] == "CONSULT" for e in consults)
    pair = client.get("/api/timeline", params={"a": "USA", "b": "KOR"}).json()
    assert pair and all({e["source_country"], e["target_country"]} == {"USA", "KOR"} for e in pair)
    edges = client.get("/api/network").json()
    assert {"source", "target", "events", "mean_score"} <= set(edges[0])
    assert client.get("/api/network", params={"by": "nonsense"}).status_code == 422


def test_exports(client: TestClient):
    gdelt = client.get("/api/export/gdelt-events")
    assert gdelt.status_code == 200 and len(gdelt.text.splitlines()[0].split("\t")) == 61
    gkg = client.get("/api/export/gdelt-gkg").text.splitlines()
    assert len(gkg) == 2 and all(len(line.split("\t")) == 27 for line in gkg)
    lines = client.get("/api/export/jsonl").text.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["id"] for line in lines)
    parquet = zipfile.ZipFile(io.BytesIO(client.get("/api/export/parquet").content))
    assert "events.parquet" in parquet.namelist()
    assert client.get("/api/export/..%2F..%2Fetc%2Fpasswd").status_code == 404


def test_analyze_text_html_and_json(client: TestClient):
    page = example_article().read_bytes()
    reading = client.post("/api/analyze", content=page, headers={"content-type": "text/plain"}).json()
    assert reading["readings"][0]["article"]["title"].startswith("Kerja Sama Korea Utara")
    html = b"<html><body><article><h1>Judul</h1><p>" + page[-1500:] + b"</p></article></body></html>"
    assert client.post("/api/analyze", content=html, headers={"content-type": "text/html"}).status_code == 200
    record = {"title": "Kunjungan", "published": "2024-03-06",
              "text": "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo, Selasa (5/3/2024)."}
    out = client.post("/api/analyze", json=record).json()["readings"][0]
    assert out["article"]["published"] == "2024-03-06" and any(e["name"] == "Fumio Kishida" for e in out["entities"])


def test_analyze_refuses_bad_requests_with_reasons(client: TestClient):
    empty = client.post("/api/analyze", content=b"  ", headers={"content-type": "text/plain"})
    assert empty.status_code == 400 and "empty" in empty.json()["detail"]
    kind = client.post("/api/analyze", content=b"x", headers={"content-type": "image/png"})
    assert kind.status_code == 415
    broken = client.post("/api/analyze", content=b'{"text": ', headers={"content-type": "application/json"})
    assert broken.status_code == 422 and "invalid JSON" in broken.json()["detail"]
    big = client.post("/api/analyze", content=b"a" * 60_000, headers={"content-type": "text/plain"})
    assert big.status_code == 413 and "larger than 50000 bytes" in big.json()["detail"]

    def chunks():  # no Content-Length: the limit is counted as the body streams in
        for _ in range(10):
            yield b"a" * 10_000

    streamed = client.post("/api/analyze", content=chunks(), headers={"content-type": "text/plain"})
    assert streamed.status_code == 413


def test_search_input_is_never_a_query_language(client: TestClient):
    for query in ['"', "NEAR(", "Korea OR", "a* -", "'; DROP TABLE articles; --"]:
        response = client.get("/api/articles", params={"q": query})
        assert response.status_code in (200, 400), query
    assert client.get("/api/articles").json()["total"] == 2


def test_every_response_carries_security_headers(client: TestClient):
    for path in ("/", "/api/articles", "/docs", "/static/app.js"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_docs_and_openapi_are_served_offline(client: TestClient):
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "http" not in docs.split("<body>")[1]
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/analyze", "/api/articles", "/api/article", "/api/entity", "/api/events", "/api/timeline",
            "/api/network", "/api/export/{fmt}"} <= set(paths)
    page = client.get("/").text
    assert "http" not in page and "<script src=\"/static/app.js\">" in page


def test_store_is_opened_read_only(db: Path, client: TestClient):
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    client.get("/api/articles", params={"q": "Korea"})
    client.post("/api/analyze", content=example_article().read_bytes(), headers={"content-type": "text/plain"})
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    from warta.web.app import store

    class Request:  # the dependency as the app uses it
        class app:  # noqa: N801
            class state:  # noqa: N801
                pass

    Request.app.state.db = db
    with store(Request) as con, pytest.raises(Exception, match="readonly"):
        con.execute("DELETE FROM articles")


def test_missing_store_is_refused_at_start(tmp_path: Path):
    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "none.db")
    code, _, err = run("serve", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no such store" in err


def test_serve_binds_to_loopback_by_default():
    from typer.main import get_command

    from warta.cli import app

    serve = get_command(app).commands["serve"]
    assert next(p for p in serve.params if p.name == "host").default == "127.0.0.1"


def test_the_status_of_a_store_error_comes_from_its_type_not_its_words(client: TestClient):
    # an empty search is a bad request, though a missing entity is not found
    assert client.get("/api/articles", params={"q": '" "'}).status_code == 400
    assert client.get("/api/entity", params={"name": "no one"}).status_code == 404
