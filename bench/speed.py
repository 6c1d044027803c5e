"""Per-stage and whole-pipeline throughput, median of several runs, on the Detik rows (when
../shared is there) or the bundled example article repeated.

Run: python -m bench [--rows 300] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from pathlib import Path

from warta.model import RawRecord
from warta.pipeline import default_pipeline, gkg_components
from warta.resources import example_article
from warta.stages.page import build_document
from warta.stages.pos import sentence_tags

ROOT = Path(__file__).resolve().parents[1]
DETIK = ROOT.parent / "shared" / "data" / "news" / "detik-1000.csv"
DETIK_MAP = "text=isi_berita,title=judul,published=tanggal,url=tautan,id=id"
DETIK_DATE_ORDER = "MDY"  # Detik's tanggal column: M/D/YYYY H:MM


def median_seconds(fn, runs: int) -> float:
    """The median wall time of `runs` calls of `fn`."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def records(rows: int) -> tuple[list[RawRecord], str]:
    if DETIK.exists():
        with DETIK.open(encoding="utf-8", newline="") as handle:
            data = list(csv.DictReader(handle))[:rows]
        made = [RawRecord(input="detik", text=r["isi_berita"], format="csv",
                          meta={"title": r["judul"], "published": r["tanggal"]}) for r in data]
        return made, f"{len(data)} Detik rows"
    text = example_article().read_text(encoding="utf-8")
    return [RawRecord(input="example", text=text, format="text", layout="page")] * rows, "the example article"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    recs, what = records(args.rows)
    pipeline = default_pipeline("MDY")
    pipeline(recs[0])  # load models and data once, outside the timing
    words = sum(len(r.text.split()) for r in recs)
    stage_times: dict[str, list[float]] = {name: [] for name in ["page", *pipeline.names]}
    totals, without, tagging = [], [], []
    gkg = {c.name for c in gkg_components()}
    for _ in range(args.runs):
        started = time.perf_counter()
        docs = [build_document(r) for r in recs]
        stage_times["page"].append(time.perf_counter() - started)
        for component in pipeline.components:
            t = time.perf_counter()
            docs = [component(d) for d in docs]
            stage_times[component.name].append(time.perf_counter() - t)
        totals.append(time.perf_counter() - started)
        # the same run without the GKG stages (counts, amounts, themes, tone): side by side
        without.append(totals[-1] - sum(stage_times[name][-1] for name in gkg))
        # what the part-of-speech layer would cost if a stage asked for every sentence (no stage
        # of the pipeline does; stages/pos.py tags on demand), outside the pipeline's time
        t = time.perf_counter()
        for d in docs:
            sentence_tags(d)
        tagging.append(time.perf_counter() - t)
    print(f"{what}, {words} words, median of {args.runs} runs, one process")
    print(f"{'stage':<12}{'words/s':>12}")
    for name, times in stage_times.items():
        print(f"{name:<12}{words / statistics.median(times):>12,.0f}")
    print(f"{'pipeline':<12}{words / statistics.median(totals):>12,.0f}")
    print(f"{'without GKG':<12}{words / statistics.median(without):>12,.0f}  (counts, amounts, themes, tone left out)")
    print(f"{'pos, all':<12}{words / statistics.median(tagging):>12,.0f}  (every sentence tagged; on demand, "
          f"outside the pipeline: {statistics.median(tagging) / statistics.median(totals):.1%} of its time)")
