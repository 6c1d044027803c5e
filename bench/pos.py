"""Accuracy of the shipped POS tagger (UPOS) on sets it was never trained on, and its speed.

Run: python -m bench.pos [--shared ../shared]

BaPOS test (its tags mapped onto UPOS by data/pos.toml), UD Indonesian-GSD test and UD
Indonesian-CSUI train+test (UPOS as annotated; a word UD splits in parts, "ayahnya", is read
as written with its host's tag). Besides all tokens, the accuracy on the words the entity stage
asks about: a sentence's first word when it is capitalised. POSP's test split is never read (it
is NERP's test set). GSD and CSUI follow UD's own conventions, which neither training corpus
shares everywhere (GSD tags "Kecamatan" in a place's name PROPN, BaPOS NN): their figures
measure the tagger and the mapping together.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from pathlib import Path

from warta.pos.corpus import Tagged, read_conllu, read_tagged
from warta.pos.model import MODEL_PATH, load_tagger
from warta.resources import data_path

ROOT = Path(__file__).resolve().parents[1]
# the sets the shipped tagger never trained on (UD-CSUI and UD-GSD dev are training data)
SETS = {"BaPOS test": ("data/pos/bapos/test.txt", "bapos"),
        "BaPOS valid": ("data/pos/bapos/valid.txt", "bapos"),
        "UD-GSD test": ("data/ud/gsd/test.conllu", None)}


def read(shared: Path, names: str, corpus: str | None) -> list[Tagged]:
    out: list[Tagged] = []
    for name in names.split():
        out += read_tagged(shared / name, corpus) if corpus else read_conllu(shared / name)
    return out


def accuracy(sentences: list[Tagged]) -> tuple[float, float, int, Counter]:
    """(all tokens, capitalised first words, their number, the commonest confusions)."""
    tagger = load_tagger(data_path(MODEL_PATH))
    predicted = tagger.tag_many([[w for w, _ in s] for s in sentences])
    right = total = first_right = firsts = 0
    confusions: Counter = Counter()
    for sentence, tags in zip(sentences, predicted, strict=True):
        for i, ((word, gold), tag) in enumerate(zip(sentence, tags, strict=True)):
            total += 1
            right += tag == gold
            if tag != gold:
                confusions[(gold, tag)] += 1
            if i == 0 and word[:1].isupper():
                firsts += 1
                first_right += tag == gold
    return right / total, first_right / max(firsts, 1), firsts, confusions


def speed(sentences: list[Tagged], runs: int = 3) -> float:
    """Tokens per second, twenty sentences (about an article) at a time, a fresh tagger each
    run so that every word is new to it."""
    words = [[w for w, _ in s] for s in sentences]
    times = []
    for _ in range(runs):
        tagger = load_tagger(data_path(MODEL_PATH))
        started = time.perf_counter()
        for i in range(0, len(words), 20):
            tagger.tag_many(words[i:i + 20])
        times.append(time.perf_counter() - started)
    return sum(map(len, words)) / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    shared = Path(args.shared)
    print(f"{'set':<20}{'tokens':>8}{'accuracy':>10}{'first words':>13}  commonest errors (gold→tagged)")
    for name, (files, corpus) in SETS.items():
        sentences = read(shared, files, corpus)
        overall, first, firsts, confusions = accuracy(sentences)
        common = ", ".join(f"{g}→{t} {n}" for (g, t), n in confusions.most_common(4))
        print(f"{name:<20}{sum(map(len, sentences)):>8}{overall:>10.4f}{first:>8.4f} ({firsts})  {common}")
    print(f"speed: {speed(read(shared, *SETS['BaPOS test'])):,.0f} tokens/s (20 sentences at a time, cold)")


if __name__ == "__main__":
    main()
