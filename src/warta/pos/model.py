"""The POS model as arrays, and a tagger that scores each word once.

The model is a maximum-entropy (multinomial logistic) classifier over a token's attributes
(pos/features.py): a token's tag is the label whose summed attribute weights are highest. It
is trained by python-crfsuite, each token given as a sequence of one (so no transition is ever
seen and CRFsuite's L-BFGS fits exactly a logistic regression; build/pos.py), rather than by
a learner of our own. Why not a CRF over whole sentences: on BaPOS's validation split it was
no better (0.948 either way), and a classifier needs no Viterbi, so a stage can have a few
sentences tagged for little more than a few array gathers.

The tagger keeps, for each word it has met, the summed weights of the part it gives its own
token and of those it gives each neighbour, so a sentence's scores are one gather per distance.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from warta.ner.linear import labels_and_names
from warta.pos.features import DISTANCES, PADDING, cased, edge_attributes, neighbour_attributes, own_attributes
from warta.resources import data_path

FORMAT = "warta-pos-1"
MODEL_PATH = "models/pos.npz"
REACH = max(abs(d) for d in DISTANCES)


@dataclass
class PosModel:
    """Labels, attribute → row, and weights (one row per attribute, a last row of zeros for
    attributes the model never saw); `recipe` records what made it (sources, parameters and
    their fingerprint, build/pos.py)."""

    labels: list[str]
    attributes: dict[str, int]
    weights: np.ndarray
    recipe: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.unknown = len(self.attributes)

    @classmethod
    def from_crfsuite(cls, path: Path, recipe: dict[str, Any] | None = None) -> PosModel:
        """The state weights of a CRFsuite model; attributes whose weights are all zero (L1
        leaves many) are left out, as they change no score."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        labels = sorted(tagger.labels())
        column = {label: i for i, label in enumerate(labels)}
        kept = sorted({attribute for (attribute, _), weight in tagger.info().state_features.items() if weight})
        rows = {attribute: i for i, attribute in enumerate(kept)}
        weights = np.zeros((len(kept) + 1, len(labels)), dtype=np.float32)
        for (attribute, label), weight in tagger.info().state_features.items():
            if weight:
                weights[rows[attribute], column[label]] = weight
        tagger.close()
        return cls(labels, rows, weights, dict(recipe or {}))

    def save(self, path: Path) -> None:
        """An .npz (a zip of .npy arrays) whose bytes depend on the model alone: numpy's own
        savez stamps each entry with the time, so two identical builds would differ."""
        names = "\n".join(self.attributes).encode("utf-8")  # attributes hold no newline
        arrays = {"format": np.array(FORMAT), "labels": np.array(self.labels),
                  "names": np.frombuffer(names, dtype=np.uint8), "weights": self.weights[:-1],
                  "recipe": np.frombuffer(json.dumps(self.recipe, sort_keys=True).encode("utf-8"), dtype=np.uint8)}
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, array in arrays.items():
                buffer = io.BytesIO()
                np.lib.format.write_array(buffer, np.asanyarray(array), allow_pickle=False)
                entry = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                entry.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(entry, buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> PosModel:
        with np.load(path, allow_pickle=False) as data:
            labels, names = labels_and_names(data, path, FORMAT)
            weights = np.vstack([data["weights"], np.zeros((1, len(labels)), dtype=np.float32)])
            recipe = json.loads(data["recipe"].tobytes().decode("utf-8"))
        return cls(labels, {name: i for i, name in enumerate(names)}, weights, recipe)

    def scores(self, attributes: Sequence[str]) -> np.ndarray:
        """The summed weights of `attributes` for each label."""
        get, unknown = self.attributes.get, self.unknown
        return self.weights[[get(a, unknown) for a in attributes]].sum(axis=0)


class PosTagger:
    """Tags sentences with a PosModel; remembers the scores each word gives."""

    MAX_WORDS = 20_000  # words remembered (some 7 MB of scores); past it, start afresh
    GROWTH = 4096

    def __init__(self, model: PosModel) -> None:
        self.model = model
        labels = len(model.labels)
        self._edges: dict[tuple[str, ...], np.ndarray] = {}
        # row 0 is padding: it gives a neighbour the padding attributes and has no own part
        self._own = np.zeros((self.GROWTH, labels), dtype=np.float32)
        self._near = np.zeros((self.GROWTH, len(DISTANCES), labels), dtype=np.float32)
        self._near[0] = [model.scores(PADDING[d]) for d in DISTANCES]
        self._rows: dict[tuple[str, bool], int] = {}

    def _row(self, word: str, with_case: bool) -> int:
        """The word's row in the score tables, made the first time it is met."""
        key = (word, with_case)
        row = self._rows.get(key)
        if row is None:
            row = len(self._rows) + 1
            if row >= len(self._own):
                self._own = np.concatenate([self._own, np.zeros((self.GROWTH, self._own.shape[1]), np.float32)])
                self._near = np.concatenate([self._near, np.zeros((self.GROWTH, *self._near.shape[1:]), np.float32)])
            self._own[row] = self.model.scores(own_attributes(word, with_case))
            self._near[row] = [self.model.scores(neighbour_attributes(word, d, with_case)) for d in DISTANCES]
            self._rows[key] = row
        return row

    def _edge(self, attributes: tuple[str, ...]) -> np.ndarray:
        found = self._edges.get(attributes)
        if found is None:
            found = self._edges[attributes] = self.model.scores(attributes)
        return found

    def tag(self, words: Sequence[str]) -> list[str]:
        return self.tag_many([words])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """UPOS tags of each sentence's words; a sentence without capitals is read as a
        lower-cased one (pos/features.py)."""
        lengths = [len(words) for words in sentences]
        total = sum(lengths)
        if not total:
            return [[] for _ in sentences]
        if len(self._rows) > self.MAX_WORDS:
            self._rows.clear()  # between batches: rows a batch holds are never reused inside it
        flags = [cased(words) for words in sentences]
        # each sentence's rows laid out with REACH padding rows (row 0) before, between and
        # after the sentences, so a neighbour d words away is always d places away
        laid = np.zeros(total + REACH * (len(sentences) + 1), dtype=np.intp)
        at = np.arange(total) + REACH * np.repeat(np.arange(1, len(sentences) + 1), lengths)
        laid[at] = [self._row(word, flag) for words, flag in zip(sentences, flags, strict=True) for word in words]
        scores = self._own[laid[at]]
        for k, d in enumerate(DISTANCES):
            scores += self._near[laid[at + d], k]
        start = 0
        for words, n, flag in zip(sentences, lengths, flags, strict=True):
            if n:
                scores[start] += self._edge(edge_attributes(words[0], 0, n, flag))
                if n > 1:
                    scores[start + n - 1] += self._edge(edge_attributes(words[-1], n - 1, n, flag))
            start += n
        labels = self.model.labels
        best = scores.argmax(axis=1).tolist()
        bounds = np.cumsum([0, *lengths]).tolist()
        return [[labels[i] for i in best[bounds[s]:bounds[s + 1]]] for s in range(len(sentences))]


def load_tagger(path: Path) -> PosTagger:
    if not path.exists():
        raise FileNotFoundError(f"no POS model at {path}; build it with `warta build pos`")
    return PosTagger(PosModel.load(path))


@cache
def shipped_tagger() -> PosTagger:
    """The package's POS tagger, loaded on first use."""
    return load_tagger(data_path(MODEL_PATH))
