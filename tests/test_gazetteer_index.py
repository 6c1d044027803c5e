"""The prebuilt gazetteer index: current with the data files, the same gazetteer as a build,
and ignored once stale."""

from __future__ import annotations

import gzip
import pickle

from warta import gazetteer as gz


def stored_index() -> dict:
    with gzip.open(gz.data_path(gz.INDEX), "rb") as handle:
        return pickle.load(handle)


def test_shipped_index_matches_the_data_files():
    # Fails after an edit of a gazetteer table or list without `warta build index`.
    assert stored_index()["fingerprint"] == gz.fingerprint()


def test_index_holds_what_a_build_gives():
    built = gz.build_gazetteer()
    assert gz._load_index() == built
    assert built.place("Seoul").country == "KOR"


def test_a_stale_index_is_not_used(monkeypatch):
    monkeypatch.setattr(gz, "fingerprint", lambda: "edited since")
    assert gz._load_index() is None


def test_a_damaged_index_is_not_used(monkeypatch, tmp_path):
    damaged = tmp_path / "index.pickle.gz"
    damaged.write_bytes(b"not a gzip file")
    original = gz.data_path
    monkeypatch.setattr(gz, "data_path", lambda name: damaged if name == gz.INDEX else original(name))
    assert gz._load_index() is None
