"""Tokens per second of the shipped NER tagger alone (features + CRF), one core, median of 3,
each run with a freshly loaded tagger and empty caches: sentence by sentence, and 20 sentences
(about one article) at a time as the entity stage calls it.

Run: python -m bench.ner_speed [--file ../shared/data/ner/nergrit/test.txt]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from warta.ner import features
from warta.ner.corpus import read_conll
from warta.ner.model import MODEL_PATH, load_tagger
from warta.resources import data_path

ROOT = Path(__file__).resolve().parents[1]


def cold_tagger():
    for cached in (features._word_features, features._neighbour_base, features.own_attributes,
                   features.neighbour_attributes):
        cached.cache_clear()  # no run profits from the one before
    return load_tagger(data_path(MODEL_PATH))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(ROOT.parent / "shared" / "data" / "ner" / "nergrit" / "test.txt"))
    args = parser.parse_args()
    sentences = [[w for w, _ in s] for s in read_conll(args.file)]
    tokens = sum(map(len, sentences))
    print(f"{len(sentences)} sentences, {tokens} tokens")
    for batch in (1, 20):
        times = []
        for _ in range(3):
            tagger = cold_tagger()
            started = time.perf_counter()
            for i in range(0, len(sentences), batch):
                tagger.tag_many([(words, None) for words in sentences[i:i + batch]])
            times.append(time.perf_counter() - started)
        print(f"{batch:>3} sentence(s) at a time: {tokens / statistics.median(times):,.0f} tokens/s")


if __name__ == "__main__":
    main()
