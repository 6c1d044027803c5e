"""Training, loading and running the NER model: a linear-chain CRF trained by python-crfsuite
and shipped as arrays (ner/linear.py)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from warta.ner.corpus import Sentence, map_tag, read_conll
from warta.ner.dictionary import EntityDictionary, jackknifed_spans
from warta.ner.features import sentence_features
from warta.ner.linear import LinearChainCRF, Tagger
from warta.resources import data_path

MODEL_PATH = "models/ner.npz"
# Chosen on the NERP and NERGrit validation splits (never on a test split).
PARAMS = {"c1": 0.05, "c2": 0.1, "max_iterations": 500, "feature.possible_transitions": True}


@dataclass
class Scores:
    precision: float
    recall: float
    f1: float
    report: str


def train(sentences: Sequence[Sentence], out: Path, log: Callable[[str], None] = lambda _: None) -> Path:
    """Trains a CRF on tagged sentences and writes its weights to `out` (.npz)."""
    import tempfile

    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    started = time.perf_counter()
    for sentence, known in zip(sentences, jackknifed_spans(sentences), strict=True):
        words = [w for w, _ in sentence]
        trainer.append(sentence_features(words, known=known), [t for _, t in sentence])
    log(f"features of {len(sentences)} sentences in {time.perf_counter() - started:.0f} s")
    trainer.set_params(PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        trained = Path(tmp) / "ner.crfsuite"
        trainer.train(str(trained))
        LinearChainCRF.from_crfsuite(trained, EntityDictionary.of(sentences)).save(out)
    log(f"trained in {time.perf_counter() - started:.0f} s: {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return out


def load_tagger(path: Path) -> Tagger:
    if not path.exists():
        raise FileNotFoundError(f"no NER model at {path}; build it with `warta train ner`")
    return Tagger(LinearChainCRF.load(path))


@cache
def shipped_tagger() -> Tagger:
    return load_tagger(data_path(MODEL_PATH))


def load_corpora(paths: Iterable[str | Path], mapped: bool) -> list[Sentence]:
    """Sentences of the files; with `mapped`, tags mapped onto warta's types."""
    out: list[Sentence] = []
    for path in paths:
        for sentence in read_conll(path):
            out.append([(w, map_tag(t)) if mapped else (w, t) for w, t in sentence])
    return out


def score(gold: Sequence[Sentence], predicted: Sequence[Sequence[str]]) -> Scores:
    """Entity-level precision, recall and F1 with seqeval's (CoNLL) semantics."""
    from seqeval.metrics import classification_report, f1_score, precision_score, recall_score

    truth = [[t for _, t in s] for s in gold]
    pred = [list(p) for p in predicted]
    return Scores(precision_score(truth, pred), recall_score(truth, pred), f1_score(truth, pred),
                  classification_report(truth, pred, digits=4, zero_division=0))
