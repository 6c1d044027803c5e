"""Draw the Detik rows for the counts and amounts sample: disaster, crime and economy rows in
proportion to their share of the corpus, seeded, a fifth set aside as the check.

Run: python -m bench.annotation.counts_sample [--csv ../shared/data/news/detik-1000.csv]
A row is a disaster row when its title names a disaster (the corpus has no such category), else
a crime row ('Hukum & Kriminalitas') or an economy row ('Ekonomi & Keuangan'). Rows used by
earlier samples are left out, and so are repeated articles (same URL).
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

from bench.annotation.sample import show_draw

ROOT = Path(__file__).resolve().parents[2]
USED_IDS = ("3 12 81 85 103 108 116 124 228 247 268 281 319 347 353 383 392 412 434 458 484 493 543 561 572 573 "
            "613 622 639 654 676 707 716 733 742 776 782 826 834 850 857 877 882 887 894 918 928 931 964 985 71 155 "
            "298 332 427 526 546 581 661 805 863 971 974 988")
USED = frozenset(USED_IDS.split())
DISASTER = re.compile(r"\b(banjir|gempa|longsor|erupsi|tsunami|kebakaran|terbakar|kecelakaan|tabrakan|"
                      r"bencana|puting beliung|karhutla|tenggelam|ambruk|roboh)\b", re.IGNORECASE)
SIZE, SEED, CHECK_SEED = 40, 4117, 23


def kind(row: dict) -> str | None:
    if DISASTER.search(row["judul"]):
        return "disaster"
    return {"Hukum & Kriminalitas": "crime", "Ekonomi & Keuangan": "economy"}.get(row["aspek_target"])


def draw(csv_path: Path) -> tuple[list[str], list[str]]:
    """Rows to tune on, rows set aside (both sorted by id)."""
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    seen = {r["tautan"] for r in rows if r["id"] in USED}
    pools: dict[str, list[str]] = {"disaster": [], "crime": [], "economy": []}
    for row in rows:
        group = kind(row)
        if group and row["id"] not in USED and row["tautan"] not in seen:
            seen.add(row["tautan"])
            pools[group].append(row["id"])
    total = sum(len(p) for p in pools.values())
    rng = random.Random(SEED)
    shares = {g: round(SIZE * len(p) / total) for g, p in pools.items()}
    shares["economy"] += SIZE - sum(shares.values())  # rounding leftovers
    picked = [r for g, p in pools.items() for r in rng.sample(p, shares[g])]
    check = set(random.Random(CHECK_SEED).sample(sorted(picked, key=int), SIZE // 5))
    return (sorted((r for r in picked if r not in check), key=int), sorted(check, key=int))


def main() -> None:
    show_draw(__doc__.splitlines()[0], draw)


if __name__ == "__main__":
    main()
