"""Articles per second of `ingest` on a Dask LocalCluster with 1 and 2 workers, side by side.

Run: python -m bench.cluster [--csv ../shared/data/news/detik-1000.csv] [--runs 3]

Each run reads the same rows into a fresh store and a fresh shard folder: records read here,
readings computed on the workers, shards merged by this process. The clusters are started and
their pipelines loaded before the clock starts (start-up is printed apart), so the figure is the
rate a long ingest runs at. Runs alternate between 1 and 2 workers so both see the same machine
noise; medians are printed, with the speed-up and the scaling efficiency.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import warnings
from pathlib import Path

import psutil

from bench.speed import DETIK, DETIK_MAP
from bench.speed import DETIK_DATE_ORDER as DATE_ORDER
from warta.cluster import Cluster, unless_current
from warta.readers import ReaderOptions, read_inputs
from warta.store import ingest, open_store


def cpu_seconds(pids: list[int]) -> float:
    return sum(sum(psutil.Process(pid).cpu_times()[:2]) for pid in pids)


def timed_ingest(cluster: Cluster, records: list, folder: Path) -> tuple[float, float, float]:
    """Seconds to read `records` into a new store on the cluster, and the CPU seconds spent by
    this process (reading, scheduling, merging) and by the workers."""
    con = open_store(folder / "w.db")
    workers = list(cluster.client.run(os.getpid).values())
    here, there = cpu_seconds([os.getpid()]), cpu_seconds(workers)
    started = time.perf_counter()
    results = cluster.read(records, folder / "shards", DATE_ORDER)
    items = unless_current(con, results)
    outcomes = [o for o, _ in ingest(con, items, batch=20)]
    elapsed = time.perf_counter() - started
    here, there = cpu_seconds([os.getpid()]) - here, cpu_seconds(workers) - there
    con.close()
    assert len(outcomes) == len(records)
    return elapsed, here, there


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", default=str(DETIK))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=None, help="Only the first N rows.")
    args = parser.parse_args()
    # two clusters side by side: the second scheduler's HTTP port moves over, which is fine here
    warnings.filterwarnings("ignore", message="Port .* is already in use")
    options = ReaderOptions(field_map=ReaderOptions.parse_map(DETIK_MAP), date_order=DATE_ORDER)
    records = list(read_inputs([args.csv], options))[: args.rows]
    clusters, startup = {}, {}
    for n in (1, 2):
        started = time.perf_counter()
        clusters[n] = Cluster(workers=n)
        clusters[n].warm(DATE_ORDER)
        startup[n] = time.perf_counter() - started
    seconds: dict[int, list[float]] = {1: [], 2: []}
    client_cpu: dict[int, list[float]] = {1: [], 2: []}
    worker_cpu: dict[int, list[float]] = {1: [], 2: []}
    try:
        for _ in range(args.runs):
            for n in (1, 2):
                with tempfile.TemporaryDirectory() as tmp:
                    wall, here, there = timed_ingest(clusters[n], records, Path(tmp))
                seconds[n].append(wall)
                client_cpu[n].append(here)
                worker_cpu[n].append(there)
    finally:
        for cluster in clusters.values():
            cluster.close()
    rate = {n: len(records) / statistics.median(s) for n, s in seconds.items()}
    print(f"{len(records)} records, {args.runs} runs each, medians")
    print(f"{'workers':>7} {'articles/s':>11} {'seconds':>8} {'client CPU s':>13} {'workers CPU s':>14} "
          f"{'start-up s':>11}")
    for n in (1, 2):
        print(f"{n:>7} {rate[n]:>11.1f} {statistics.median(seconds[n]):>8.1f} "
              f"{statistics.median(client_cpu[n]):>13.1f} {statistics.median(worker_cpu[n]):>14.1f} "
              f"{startup[n]:>11.1f}")
    speedup = rate[2] / rate[1]
    print(f"speed-up 2 vs 1 worker: {speedup:.2f}x   scaling efficiency: {speedup / 2:.0%}")


if __name__ == "__main__":
    main()
