"""The NER recipe with and without part-of-speech features: entity F1 on NERP test and NERGrit
test, each recipe trained on the set's own train+valid splits (as `warta evaluate ner --train`).

Run: python -m bench.ner_pos [--sets nerp nergrit] [--folds 5] [--split valid]

The POS features of a token are its tag and its neighbours' (two either side). Tags for the
training sentences must come from a tagger that never saw them, or the NER would learn to trust
tags better than any it will meet: POSP holds the very sentences of NERP's train and valid
splits (same order), so NERP's training sentences are tagged by jackknifed taggers — fold k
(sentence i with i mod 5 = k) by a tagger trained on BaPOS and the POSP sentences of the other
folds, with the shipped recipe (build/pos.py). NERGrit's sentences were in no POS training
data, and every test sentence is tagged by the shipped tagger. The taggers of the folds are
kept in ~/.cache/warta-bench/ (rebuilt when the recipe's fingerprint changes).

With `--split valid` the recipe is trained on the train split alone and scored on the valid
split, where the choice is made (as every step of the NER recipe was); NERP's valid sentences
are in POSP's training data too, so they are tagged by their fold's tagger as well.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from warta.build.pos import PARAMS, fingerprint, train
from warta.ner.corpus import Sentence
from warta.ner.dictionary import EntityDictionary, jackknifed_spans
from warta.ner.features import sentence_features
from warta.ner.model import PARAMS as NER_PARAMS
from warta.ner.model import load_corpora, score
from warta.pos.corpus import read_tagged
from warta.pos.model import PosModel, PosTagger, shipped_tagger

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CACHE = Path.home() / ".cache" / "warta-bench" / "pos-folds"
SETS = {"nerp": ("nerp/train.txt", "nerp/valid.txt", "nerp/test.txt"),
        "nergrit": ("nergrit/train.txt", "nergrit/valid.txt", "nergrit/test.txt")}
POS_DISTANCES = (-2, -1, 1, 2)
Tags = list[list[str]]


def pos_attributes(tags: Sequence[str], i: int) -> list[str]:
    """The token's tag and its neighbours' (padding past the sentence's edges)."""
    out = [f"pos:{tags[i]}"]
    for d in POS_DISTANCES:
        j = i + d
        out.append(f"{d}:pos:{tags[j] if 0 <= j < len(tags) else 'pad'}")
    return out


def fold_taggers(folds: int, log: Callable[[str], None]) -> list[PosTagger]:
    """Taggers trained on BaPOS and all POSP training sentences but fold k's, for each k."""
    bapos = [s for split in ("train", "valid") for s in read_tagged(SHARED / f"data/pos/bapos/{split}.txt", "bapos")]
    posp = [s for split in ("train", "valid") for s in read_tagged(SHARED / f"data/pos/posp/{split}.txt", "posp")]
    key = fingerprint(SHARED)[:16]
    taggers = []
    for fold in range(folds):
        path = CACHE / f"pos-{key}-{folds}-{fold}.npz"
        if not path.exists():
            log(f"training the POS tagger without fold {fold} of {folds} ({PARAMS})")
            train(bapos + [s for i, s in enumerate(posp) if i % folds != fold], path, {"fold": fold})
        taggers.append(PosTagger(PosModel.load(path)))
    return taggers


def jackknifed_tags(sentences: Sequence[Sentence], folds: int, log: Callable[[str], None]) -> Tags:
    """POS tags of NERP's training sentences, each from the tagger that left its fold out."""
    posp = [s for split in ("train", "valid") for s in read_tagged(SHARED / f"data/pos/posp/{split}.txt", "posp")]
    if [[w for w, _ in s] for s in posp] != [[w for w, _ in s] for s in sentences]:
        raise SystemExit("POSP train+valid are not NERP train+valid sentence for sentence")
    taggers = fold_taggers(folds, log)
    out: Tags = [[] for _ in sentences]
    for fold, tagger in enumerate(taggers):
        indexes = range(fold, len(sentences), folds)
        for i, tags in zip(indexes, tagger.tag_many([[w for w, _ in sentences[i]] for i in indexes]), strict=True):
            out[i] = tags
    return out


def evaluate(train_sentences: Sequence[Sentence], test: Sequence[Sentence], train_tags: Tags | None,
             test_tags: Tags | None) -> float:
    """F1 of the NER recipe (ner/model.py's train, plus POS attributes when tags are given),
    scored by CRFsuite's tagger (the same tags as warta's array tagger, tests/test_ner_linear.py)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for n, (sentence, known) in enumerate(zip(train_sentences, jackknifed_spans(train_sentences), strict=True)):
        trainer.append(_attributes([w for w, _ in sentence], known, train_tags[n] if train_tags else None),
                       [t for _, t in sentence])
    trainer.set_params(NER_PARAMS)
    dictionary = EntityDictionary.of(train_sentences)
    with tempfile.TemporaryDirectory() as tmp:
        trainer.train(str(Path(tmp) / "ner.crfsuite"))
        tagger = pycrfsuite.Tagger()
        tagger.open(str(Path(tmp) / "ner.crfsuite"))
        predicted = []
        for n, sentence in enumerate(test):
            words = [w for w, _ in sentence]
            attributes = _attributes(words, dictionary.spans(words), test_tags[n] if test_tags else None)
            predicted.append(tagger.tag(attributes) if words else [])
    return score(test, predicted).f1


def _attributes(words: list[str], known, tags: list[str] | None) -> list[list[str]]:
    rows = sentence_features(words, known=known)
    return rows if tags is None else [row + pos_attributes(tags, i) for i, row in enumerate(rows)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--split", choices=("test", "valid"), default="test",
                        help="score on test (trained on train+valid) or on valid (trained on train)")
    args = parser.parse_args()

    def log(message: str) -> None:
        print(message, flush=True)

    for name in args.sets:
        train_file, valid_file, test_file = (SHARED / "data/ner" / f for f in SETS[name])
        train_sentences = load_corpora([train_file, valid_file], mapped=False)
        test = load_corpora([test_file], mapped=False)
        started = time.perf_counter()
        shipped = shipped_tagger()
        if name == "nerp":
            train_tags = jackknifed_tags(train_sentences, args.folds, log)
        else:
            train_tags = shipped.tag_many([[w for w, _ in s] for s in train_sentences])
        test_tags = shipped.tag_many([[w for w, _ in s] for s in test])
        if args.split == "valid":  # train+valid read above in that order: cut them apart
            cut = len(load_corpora([train_file], mapped=False))
            test, test_tags = train_sentences[cut:], train_tags[cut:]
            train_sentences, train_tags = train_sentences[:cut], train_tags[:cut]
        without = evaluate(train_sentences, test, None, None)
        with_pos = evaluate(train_sentences, test, train_tags, test_tags)
        log(f"{name} {args.split} F1: without POS {without:.4f}, with POS {with_pos:.4f} "
            f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
