"""data/models/pos.npz: the POS classifier, made by `warta build pos` from the training and
validation splits of POSP (lower-cased; tags mapped onto UPOS by data/pos.toml, pos/corpus.py)
and the cased UD Indonesian treebanks CSUI and GSD's dev part, with the attributes of
pos/features.py.

Training takes some three minutes, too long for the test suite, so the model records a
fingerprint of what made it: the bytes of every training file, of the mapping, of the code
that makes the attributes and trains, and the parameters. tests/test_pos.py recomputes it and
fails when any of them changed without the model being rebuilt; the save is byte-stable
(pos/model.py), so a rebuild from the same inputs gives the same file.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from warta.pos.corpus import Tagged, read_conllu, read_tagged
from warta.pos.features import sentence_attributes
from warta.pos.model import MODEL_PATH, PosModel
from warta.resources import data_path

# (file under ../shared, its corpus); never posp/test.txt, which is NERP's test set. BaPOS is
# left out: its authors publish the IDN Tagged Corpus under CC BY-NC-SA 4.0, which a model
# shipped in an Apache-2.0 package cannot carry; the cased sentences come from UD-CSUI and
# UD-GSD's dev part instead (CC BY-SA 4.0: the model is CC BY-SA 4.0). UD-GSD test and BaPOS
# test only measure it.
SOURCES = (("data/pos/posp/train.txt", "posp"), ("data/pos/posp/valid.txt", "posp"),
           ("data/ud/csui/train.conllu", "conllu"), ("data/ud/csui/test.conllu", "conllu"),
           ("data/ud/gsd/dev.conllu", "conllu"))
# L1 leaves a small model (most attributes' weights are zero); chosen on BaPOS and POSP
# validation with the model trained on the train splits (README, "The POS tagger").
PARAMS = {"c1": 0.2, "c2": 0.01, "max_iterations": 200}
RECIPE_FILES = ("pos/features.py", "pos/corpus.py", "build/pos.py", "data/pos.toml")


def training_sentences(shared: Path) -> list[Tagged]:
    return [s for name, corpus in SOURCES
            for s in (read_conllu(shared / name) if corpus == "conllu" else read_tagged(shared / name, corpus))]


def fingerprint(shared: Path) -> str:
    """SHA-256 of the training files, the recipe's code and mapping, and the parameters."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    files = [(name, shared / name) for name, _ in SOURCES] + [(name, package / name) for name in RECIPE_FILES]
    for name, path in files:
        digest.update(name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    digest.update(repr(sorted(PARAMS.items())).encode("utf-8"))
    return digest.hexdigest()


def train(sentences: Sequence[Tagged], out: Path, recipe: dict | None = None,
          log: Callable[[str], None] = lambda _: None) -> Path:
    """Trains the classifier on tagged sentences and writes it to `out`."""
    import pycrfsuite

    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        for attributes, (_, tag) in zip(sentence_attributes([w for w, _ in sentence]), sentence, strict=True):
            trainer.append([attributes], [tag])  # one token a sequence: a classifier (pos/model.py)
    trainer.set_params(PARAMS)
    with tempfile.TemporaryDirectory() as tmp:
        trained = Path(tmp) / "pos.crfsuite"
        trainer.train(str(trained))
        model = PosModel.from_crfsuite(trained, recipe)
    model.save(out)
    log(f"{sum(map(len, sentences))} tokens, {len(model.attributes)} attributes kept, trained in "
        f"{time.perf_counter() - started:.0f} s: {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return out


def recipe_of(shared: Path) -> dict:
    return {"sources": [name for name, _ in SOURCES], "params": PARAMS, "fingerprint": fingerprint(shared)}


def build(shared: Path, out: Path | None = None, log: Callable[[str], None] = lambda _: None) -> Path:
    return train(training_sentences(shared), out or data_path(MODEL_PATH), recipe_of(shared), log)
