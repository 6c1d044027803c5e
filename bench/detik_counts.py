"""Counts and amounts on the hand-annotated Detik rows (tests/data/detik_counts.json).

Run: python -m bench.detik_counts [--csv ../shared/data/news/detik-1000.csv] [--rows tune|check|all] [--verbose]
Per row, a count is right when its GKG type and number are an annotated pair; an amount (money
only) when its value and currency are. Each distinct pair counts once per row; `may` items cost
nothing either way. The sample keeps row ids and offsets, never text; rows are read from the CSV.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

from bench.detik_sample import Tally
from warta.model import RawRecord
from warta.pipeline import default_pipeline

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "detik_counts.json"
CSV = ROOT.parent / "shared" / "data" / "news" / "detik-1000.csv"


def _key(kind: str, number: float, label: str) -> tuple[str, float]:
    return label, float(f"{number:.6g}")


def score(rows: list[str], notes: list[dict], texts: dict[str, dict], verbose: bool) -> tuple[Tally, Tally]:
    pipeline = default_pipeline("MDY")
    counts, amounts = Tally(), Tally()
    for row in rows:
        r = texts[row]
        doc = pipeline(RawRecord(input="detik", text=r["isi_berita"], format="csv",
                                 meta={"title": r["judul"], "published": r["tanggal"]}))
        mine = [n for n in notes if n["row"] == row]
        for tally, kind, predicted in (
                (counts, "count", {_key("count", c.number, c.type) for c in doc.counts}),
                (amounts, "amount", {_key("amount", a.value, a.currency or "") for a in doc.amounts
                                     if a.kind == "money"})):
            label = "type" if kind == "count" else "currency"
            must = {_key(kind, n["number"], n[label]) for n in mine if n["kind"] == kind and not n.get("may")}
            may = {_key(kind, n["number"], n[label]) for n in mine if n["kind"] == kind and n.get("may")}
            tally.musts += len(must)
            tally.found += len(must & predicted)
            tally.right += len(predicted & (must | may))
            wrong = predicted - must - may
            tally.wrong += len(wrong)
            if verbose:
                for item in sorted(wrong):
                    print(f"  row {row} {kind} wrong {item}")
                for item in sorted(must - predicted):
                    print(f"  row {row} {kind} missed {item}")
    return counts, amounts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", default=str(CSV))
    parser.add_argument("--rows", default="tune", choices=["tune", "check", "all"])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    with open(args.csv, encoding="utf-8", newline="") as handle:
        texts = {r["id"]: r for r in csv.DictReader(handle)}
    sets = ["tune", "check"] if args.rows == "all" else [args.rows]
    for name in sets:
        counts, amounts = score(sample[name], sample["items"], texts, args.verbose)
        print(f"{name}: {len(sample[name])} rows")
        print("  " + counts.line("counts"))
        print("  " + amounts.line("amounts"))


if __name__ == "__main__":
    main()
