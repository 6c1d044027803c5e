"""The API over the GKG layers: /api/counts, /api/tone, /api/themes and /api/articles?theme=."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.conftest import run
from tests.gkg_fixtures import write_gkg_records
from warta.web.app import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    folder = tmp_path_factory.mktemp("gkgweb")
    db = folder / "g.db"
    assert run("ingest", str(write_gkg_records(folder / "g.jsonl")), "--db", str(db))[0] == 0
    return TestClient(create_app(db))


def test_counts_count_one_incident_once(client: TestClient):
    kill = client.get("/api/counts", params={"type": "KILL", "since": "2025-10-01", "until": "2025-11-30"})
    assert kill.status_code == 200
    assert kill.json() == [{"type": "KILL", "day": "2025-10-26", "number": 4, "incidents": 1, "articles": 2}]
    every = client.get("/api/counts", params={"by": "month"}).json()
    assert [(r["type"], r["month"], r["number"]) for r in every] == [
        ("EVACUATION", "2025-10", 10), ("KILL", "2025-10", 4), ("ARREST", "2025-11", 2)]
    places = client.get("/api/counts", params={"by": "place"}).json()  # without a type: every type
    assert [(r["type"], r["place"]) for r in places] == [("EVACUATION", "Garut"), ("KILL", "Garut"),
                                                        ("ARREST", "Bandung")]


@pytest.mark.parametrize("params, status, message", [
    ({"type": "MURDER"}, 422, "KILL|WOUND"),
    ({"type": "kill"}, 422, "KILL|WOUND"),  # the API takes the names as GKG writes them
    ({"type": ""}, 422, "KILL|WOUND"),
    ({"since": "2025-13-01"}, 422, "since"),
    ({"until": "kemarin"}, 422, "until"),
    ({"by": "week"}, 422, "day|month|place"),
])
def test_bad_counts_parameters_are_refused_with_a_message(client: TestClient, params: dict, status: int,
                                                          message: str):
    response = client.get("/api/counts", params=params)
    assert response.status_code == status and message in str(response.json()["detail"])


def test_tone_of_an_entity_per_period(client: TestClient):
    found = client.get("/api/tone", params={"entity": "Abdul Syakur Amin"}).json()
    assert found["name"] == "Abdul Syakur Amin" and found["by"] == "month"
    assert [(p["period"], p["articles"]) for p in found["periods"]] == [("2025-10", 2), ("2025-11", 1)]
    by_day = client.get("/api/tone", params={"entity": "Amin", "by": "day"}).json()
    assert [p["period"] for p in by_day["periods"]] == ["2025-10-26", "2025-11-03"]
    missing = client.get("/api/tone", params={"entity": "Tidak Ada"})
    assert missing.status_code == 404 and missing.json()["detail"] == "no entity named 'Tidak Ada' in the store"
    assert client.get("/api/tone", params={"entity": "Amin", "by": "week"}).status_code == 422
    assert client.get("/api/tone").status_code == 422


def test_articles_filter_by_theme(client: TestClient):
    def titles(**params: str) -> list[str]:
        response = client.get("/api/articles", params=params)
        assert response.status_code == 200, response.text
        return sorted(a["title"] for a in response.json()["articles"])

    assert titles(q="Garut", theme="corruption") == ["KPK Tangkap Kepala Dinas"]
    assert titles(theme="natural_disaster_flood") == ["Banjir Garut", "Korban Banjir Garut Bertambah"]
    assert client.get("/api/articles", params={"theme": "CORRUPTION"}).json()["total"] == 1
    assert len(titles(theme="")) == 3
    assert client.get("/api/articles", params={"theme": "korupsi"}).json()["total"] == 0  # no article has it
    assert client.get("/api/articles", params={"theme": "korupsi!"}).status_code == 422
    themes = client.get("/api/themes").json()
    assert {"theme": "NATURAL_DISASTER_FLOOD", "articles": 2} in themes and themes[0]["articles"] >= 2


def test_the_new_endpoints_are_documented(client: TestClient):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/counts", "/api/tone", "/api/themes"):
        assert "422" in paths[path]["get"]["responses"]
    assert "400" in paths["/api/counts"]["get"]["responses"]
    assert "theme" in {p["name"] for p in paths["/api/articles"]["get"]["parameters"]}


@pytest.mark.parametrize("path, name", [("/api/counts", "type"), ("/api/counts", "since"), ("/api/counts", "until"),
                                        ("/api/tone", "entity"), ("/api/articles", "theme")])
def test_hostile_parameters_get_a_reason_never_a_server_error(client: TestClient, path: str, name: str):
    for value in ["'; DROP TABLE counts; --", "%", "_", "\x00", "x" * 5000, "2025-01-01\n", "١٢٣٤-٠١-٠١"]:
        response = client.get(path, params={name: value, **({"entity": "Amin"} if name != "entity" else {})})
        # refused with a reason, or (a theme of letters and "_") matching nothing; never a 5xx
        assert response.status_code < 500, (name, value, response.text)
        if response.status_code == 200:
            assert name == "theme" and response.json()["total"] == 0
        else:
            assert response.status_code in (400, 404, 422) and response.json()["detail"]
    assert client.get("/api/counts").status_code == 200  # the tables are still there
