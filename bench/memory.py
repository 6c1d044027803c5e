"""Peak memory and cold start of the `warta` command, each run in a fresh process.

Run: python -m bench.memory [--runs 5] [--csv ../shared/data/news/detik-1000.csv]

- cold start: wall time from starting `warta analyze EXAMPLE --json` to its exit, the first
  reading of a process that loads everything (models, gazetteers, lingua) from scratch;
- peak RSS of `warta analyze` on the example article, and of `warta ingest` of the Detik rows
  into a new store (single process), read from the kernel's accounting of the finished child.
Medians of --runs runs (peak RSS varies little; time does).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.speed import DETIK, DETIK_DATE_ORDER, DETIK_MAP
from warta.resources import example_article

WARTA = [sys.executable, "-m", "warta"]


def run_child(args: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one child process running `args`."""
    started = time.perf_counter()
    pid = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).pid
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(args)}")
    return elapsed, usage.ru_maxrss / 1024  # Linux reports kB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--csv", default=str(DETIK))
    args = parser.parse_args()
    analyze = [*WARTA, "analyze", str(example_article()), "--json"]
    results = {"analyze (example article)": [run_child(analyze) for _ in range(args.runs)]}
    if Path(args.csv).exists():
        runs = []
        for _ in range(max(1, args.runs // 2)):
            with tempfile.TemporaryDirectory() as tmp:
                runs.append(run_child([*WARTA, "ingest", args.csv, "--db", str(Path(tmp) / "w.db"),
                                       "--date-order", DETIK_DATE_ORDER, "--map", DETIK_MAP]))
        results["ingest (1,000 Detik rows)"] = runs
    print(f"{'command':<28} {'seconds':>8} {'peak RSS MB':>12}  (medians, fresh process each run)")
    for name, runs in results.items():
        seconds, peak = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        print(f"{name:<28} {seconds:>8.2f} {peak:>12.0f}")


if __name__ == "__main__":
    main()
