"""Tone against SmSA: each text labelled positive, negative or neutral by the side with more
polar words of warta's lexicon, scored by accuracy and macro-F1 beside the majority baseline.

Run: python -m bench.tone [--split test|valid] [--shared ../shared]
The lexicon learns from SmSA's training split only; `valid` was used to choose its threshold,
`test` is measured, never tuned on.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from warta.stages.tone import label

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("positive", "neutral", "negative")


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    scores = []
    for name in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == name)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == name != g)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == name != p)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def accuracy(gold: list[str], predicted: list[str]) -> float:
    return sum(1 for g, p in zip(gold, predicted, strict=True) if g == p) / len(gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["test", "valid"])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    rows = [line.rpartition("\t") for line in
            (Path(args.shared) / f"data/sentiment/smsa/{args.split}.tsv").read_text(encoding="utf-8").splitlines()]
    gold = [r[2] for r in rows]
    predicted = [label(r[0]) for r in rows]
    majority = Counter(gold).most_common(1)[0][0]
    baseline = [majority] * len(gold)
    print(f"SmSA {args.split}: {len(gold)} texts")
    print(f"{'':22}{'accuracy':>10}{'macro-F1':>10}")
    print(f"{'majority (' + majority + ')':22}{accuracy(gold, baseline):>10.3f}{macro_f1(gold, baseline):>10.3f}")
    print(f"{'warta lexicon':22}{accuracy(gold, predicted):>10.3f}{macro_f1(gold, predicted):>10.3f}")


if __name__ == "__main__":
    main()
