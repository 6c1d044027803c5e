"""Time on degenerate articles: a body of N short sentences ("Jakarta. " repeated), 10,000 vs
100,000 by default. A pipeline linear in the article's length takes about 10× as long on ten
times the sentences; the check is that the ratio stays at or under 12×, or that the record
budget (--max-seconds) refuses the long one instead of letting it run for hours.

Run: python -m bench.degenerate [--sentence "Jakarta. "] [--sizes 10000 100000] [--max-seconds 60]
"""

from __future__ import annotations

import argparse
import time

from warta.model import RawRecord, ReadFailure
from warta.pipeline import default_pipeline
from warta.stages.page import build_document

LIMIT = 12.0  # the largest acceptable ratio of times for ten times the sentences


def read_once(pipeline, sentence: str, count: int) -> tuple[float, str]:
    """(seconds, outcome) of the pipeline on one body of `count` sentences."""
    raw = RawRecord(input=f"{count} sentences", text="Judul\n\n" + sentence * count, format="text", layout="page")
    started = time.perf_counter()
    [result] = list(pipeline.run([raw]))
    seconds = time.perf_counter() - started
    return seconds, (result.reason if isinstance(result, ReadFailure) else "read")


def stage_seconds(sentence: str, count: int) -> str:
    """Seconds per stage on one body, without the budget (for the smaller size only)."""
    pipeline = default_pipeline(max_seconds=None)
    doc = build_document(RawRecord(input="x", text="Judul\n\n" + sentence * count, format="text", layout="page"))
    parts = []
    for component, name in zip(pipeline.components, pipeline.names, strict=True):
        started = time.perf_counter()
        doc = component(doc)
        parts.append(f"{name} {time.perf_counter() - started:.2f}")
    return ", ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentence", default="Jakarta. ")
    parser.add_argument("--sizes", type=int, nargs=2, default=[10_000, 100_000])
    parser.add_argument("--max-seconds", type=float, default=60.0)
    parser.add_argument("--stages", action="store_true", help="also print seconds per stage for the smaller size")
    args = parser.parse_args()

    pipeline = default_pipeline(max_seconds=args.max_seconds)
    read_once(pipeline, args.sentence, 10)  # models and gazetteers load outside the timing
    small, large = args.sizes
    small_s, small_outcome = read_once(pipeline, args.sentence, small)
    print(f"{small:>7} sentences: {small_s:7.2f} s  {small_outcome}", flush=True)
    if args.stages:
        print(f"         per stage: {stage_seconds(args.sentence, small)}", flush=True)
    large_s, large_outcome = read_once(pipeline, args.sentence, large)
    print(f"{large:>7} sentences: {large_s:7.2f} s  {large_outcome}", flush=True)
    ratio = large_s / small_s if small_s else float("inf")
    refused = large_outcome != "read"
    verdict = ("refused by the budget" if refused else
               "linear enough" if ratio <= LIMIT * large / small / 10 else "SUPER-LINEAR")
    print(f"ratio {ratio:.1f}× for {large / small:g}× the sentences (limit {LIMIT:g}×): {verdict}")


if __name__ == "__main__":
    main()
