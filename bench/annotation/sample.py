"""Draw the Detik rows to annotate: distinct articles, seeded, a fifth set aside as the check.

Run: python -m bench.annotation.sample [--csv ../shared/data/news/detik-1000.csv] [--fresh]
Prints the row ids to annotate and those set aside; the draw is fixed by its seeds, so it is
the same on every machine.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EARLIER = {"71", "155", "298", "332", "427", "526", "546", "581", "661", "805", "863", "971", "974", "988"}
SIZE, SEED, CHECK_SEED = 50, 2026, 11


def _pool(csv_path: Path, taken: set[str]) -> list[str]:
    """The row ids left to draw from: one per article (URL), none of `taken` or their URLs."""
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    seen = {r["tautan"] for r in rows if r["id"] in taken}
    pool = []
    for row in rows:
        if row["id"] not in taken and row["tautan"] not in seen:
            seen.add(row["tautan"])
            pool.append(row["id"])
    return pool


def draw(csv_path: Path) -> tuple[list[str], list[str]]:
    """Rows to tune on, rows set aside (both sorted by id)."""
    picked = random.Random(SEED).sample(_pool(csv_path, EARLIER), SIZE)
    check = set(random.Random(CHECK_SEED).sample(sorted(picked, key=int), SIZE // 5))
    return (sorted((r for r in picked if r not in check), key=int), sorted(check, key=int))


def show_draw(description: str, draw_rows) -> None:
    """The command line of a sample: reads --csv, prints the rows to tune on and those set aside."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--csv", default=str(ROOT.parent / "shared" / "data" / "news" / "detik-1000.csv"))
    tune, check = draw_rows(Path(parser.parse_args().csv))
    print("tune ", " ".join(tune))
    print("check", " ".join(check))


def annotated_rows(through: str = "check2") -> set[str]:
    """Every Detik row the samples up to the set `through` annotate (their URLs are excluded too)."""
    import json

    data = ROOT / "tests" / "data"
    sample = json.loads((data / "detik_sample.json").read_text(encoding="utf-8"))
    older = json.loads((data / "detik_annotations.json").read_text(encoding="utf-8"))
    sets = ["tune", "check", "check2", *FRESH]
    taken = {r for name in sets[: sets.index(through) + 1] for r in sample.get(name, [])}
    seen = SEEN_IN_ISSUES if sets.index(through) >= sets.index("check3") else set()
    return taken | set(map(str, older["rows"])) | seen


# Rows the issues quote (#18 names them), read while fixing it, so never drawn as unseen after check3
SEEN_IN_ISSUES = {"201", "325", "506", "751", "908", "920"}


# Each set drawn fresh: its size, its seed, and the last set it leaves out (so each draw repeats)
FRESH = {"check3": (40, 8808, "check2"), "check4": (40, 9909, "check3"), "check5": (40, 1010, "check4"),
         "check6": (40, 1111, "check5"), "check7": (40, 1212, "check6"),
         "check8": (40, 1313, "check7"), "check9": (40, 1414, "check8"), "check10": (40, 1515, "check9"),
         "check11": (40, 1616, "check10"),
         "check12": (40, 1717, "check11"), "check13": (40, 1818, "check12"),
         "check14": (40, 1919, "check13"), "check15": (40, 2020, "check14"),
         "check16": (40, 2121, "check15"), "check17": (40, 2222, "check16"),
         "check18": (40, 2323, "check17"), "check19": (40, 2424, "check18"),
         "check20": (40, 2525, "check19"), "check21": (40, 2626, "check20"),
         "check22": (40, 2727, "check21"), "check23": (23, 2828, "check22")}


def draw_fresh(csv_path: Path, name: str) -> list[str]:
    """The set `name`: distinct articles no earlier sample has read."""
    size, seed, after = FRESH[name]
    return sorted(random.Random(seed).sample(_pool(csv_path, annotated_rows(after)), size), key=int)


def main() -> None:
    if "--fresh" in sys.argv:  # a set drawn later, set aside: --fresh check3 | … | check11
        at = sys.argv.index("--fresh")
        name = sys.argv[at + 1]
        del sys.argv[at : at + 2]
        show_draw(__doc__.splitlines()[0], lambda path: ([], draw_fresh(path, name)))
    else:
        show_draw(__doc__.splitlines()[0], draw)


if __name__ == "__main__":
    main()
