"""The pipeline on a Dask LocalCluster: the same store as a single process, a killed worker's
tasks rerun with nothing lost or doubled, bad records failing alone, shards reused on resume."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.conftest import run, run_process
from tests.test_store import SENTENCES
from warta.readers import ReaderOptions, read_inputs
from warta.store import contents, failures, ingest, open_store

pytest.importorskip("dask.distributed", reason="needs Dask (the cluster extra)")


def write_batch(path: Path, count: int) -> Path:
    """`count` short articles, one duplicate URL and one broken line."""
    lines = []
    for i in range(count):
        text = f"{SENTENCES[i % 3]} Laporan ke-{i} disampaikan di Jakarta pada Rabu (6/3/2024)."
        lines.append(json.dumps({"title": f"Berita {i}", "url": f"https://contoh.id/{i}",
                                 "published": "2024-03-06", "text": text}))
    lines.insert(count // 2, "{ini bukan JSON")
    lines.append(json.dumps({"title": "Ulang", "url": "https://contoh.id/3", "text": "Teks lain sama sekali."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_workers_give_the_same_store_as_one_process(tmp_path: Path):
    source = write_batch(tmp_path / "batch.jsonl", 24)
    single, distributed = tmp_path / "single.db", tmp_path / "dask.db"
    one = run_process("ingest", str(source), "--db", str(single))
    two = run_process("ingest", str(source), "--db", str(distributed), "--workers", "2", "--partition-size", "5")
    assert one.returncode == two.returncode == 0, two.stderr.decode()
    assert b"24 stored, 0 re-read, 1 already current, 1 failed" in one.stderr
    assert b"24 stored, 0 re-read, 1 already current, 1 failed" in two.stderr, two.stderr.decode()
    assert contents(open_store(distributed)) == contents(open_store(single))
    failed = failures(open_store(distributed))
    assert len(failed) == 1 and "invalid JSON" in failed[0]["reason"] and failed[0]["record"] == "line 13"
    shards = list(Path(f"{distributed}.shards").glob("part-*.parquet"))
    assert len(shards) == 6  # 26 records in partitions of 5

    again = run_process("ingest", str(source), "--db", str(distributed), "--workers", "1", "--partition-size", "5")
    assert b"0 stored, 0 re-read, 25 already current, 1 failed" in again.stderr
    assert sorted(Path(f"{distributed}.shards").glob("part-*.parquet")) == sorted(shards)


def test_a_killed_worker_loses_and_doubles_nothing(tmp_path: Path):
    from warta.cluster import Cluster, unless_current

    source = write_batch(tmp_path / "batch.jsonl", 40)
    records = list(read_inputs([str(source)], ReaderOptions()))
    reference = tmp_path / "single.db"
    assert run_process("ingest", str(source), "--db", str(reference)).returncode == 0

    cluster = Cluster(workers=2)
    try:
        pids = sorted(cluster.client.run(os.getpid).values())
        con = open_store(tmp_path / "dask.db")
        results = cluster.read(records, tmp_path / "shards", size=3)
        killed = False

        def after_first_kill_a_worker():
            nonlocal killed
            for result in results:
                if not killed:  # the other partitions are queued or running on both workers now
                    os.kill(pids[0], signal.SIGKILL)
                    killed = True
                yield result

        items = unless_current(con, after_first_kill_a_worker())
        outcomes = [outcome for outcome, _ in ingest(con, items)]
        restarted = sorted(cluster.client.run(os.getpid).values())
    finally:
        cluster.close()
    assert killed and pids[0] not in restarted  # the nanny started a new worker in its place
    assert outcomes.count("stored") == 40 and outcomes.count("failed") == 1 and len(outcomes) == 42
    assert contents(open_store(tmp_path / "dask.db")) == contents(open_store(reference))


def test_workers_without_dask_say_how_to_install(monkeypatch, tmp_path: Path):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # as if Dask were not installed
    source = write_batch(tmp_path / "batch.jsonl", 2)
    code, _, err = run("ingest", str(source), "--db", str(tmp_path / "w.db"), "--workers", "2")
    assert code == 2 and "pip install 'warta[cluster]'" in err


def test_unreachable_scheduler_is_one_line(tmp_path: Path):
    source = write_batch(tmp_path / "batch.jsonl", 2)
    code, _, err = run("ingest", str(source), "--db", str(tmp_path / "w.db"), "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
