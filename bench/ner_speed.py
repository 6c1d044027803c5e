"""Tokens per second of the shipped NER tagger alone (features + CRF), one core, median of 3.

Run: python -m bench.ner_speed [--file ../shared/data/ner/nergrit/test.txt]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from warta.ner.corpus import read_conll
from warta.ner.features import _word_features
from warta.ner.model import shipped_tagger

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(ROOT.parent / "shared" / "data" / "ner" / "nergrit" / "test.txt"))
    args = parser.parse_args()
    sentences = [[w for w, _ in s] for s in read_conll(args.file)]
    tokens = sum(map(len, sentences))
    tagger = shipped_tagger()
    times = []
    for _ in range(3):
        _word_features.cache_clear()  # no run profits from the one before
        started = time.perf_counter()
        for words in sentences:
            tagger.tag(words)
        times.append(time.perf_counter() - started)
    print(f"{len(sentences)} sentences, {tokens} tokens: {tokens / statistics.median(times):,.0f} tokens/s")


if __name__ == "__main__":
    main()
