"""The trained CRF as arrays, and a tagger that scores each word once.

Why not CRFsuite's own tagger: it looks up every attribute string of every token in its
dictionary, fifty per token, and most of a sentence's cost went there. A linear-chain CRF's
score for a label at a token is the sum of its attributes' weights, and those attributes are
parts that each depend on one word (features.py), so each part's score vector is worked out
once per word and reused; a sentence's scores are a few array gathers, and Viterbi runs over
all sentences of a document at once. The weights are CRFsuite's, read out after training, so
the tags are CRFsuite's too (tests/test_ner_linear.py compares them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from warta.ner.dictionary import EntityDictionary
from warta.ner.features import (
    DISTANCES,
    PADDING,
    gazetteer_attributes,
    gazetteer_tags,
    neighbour_attributes,
    own_attributes,
    pair_after,
    pair_before,
    span_tags,
)

FORMAT = "warta-crf-1"
Spans = Sequence[tuple[int, int, str]]


@dataclass
class LinearChainCRF:
    """Labels, attribute → row, state weights (one row per attribute, and a last row of zeros
    for attributes the model never saw) and transition weights (from-label × to-label)."""

    labels: list[str]
    attributes: dict[str, int]
    weights: np.ndarray
    transitions: np.ndarray
    dictionary: EntityDictionary | None = None  # names seen in training (ner/dictionary.py)

    def __post_init__(self) -> None:
        self.unknown = len(self.attributes)  # the row of zeros

    @classmethod
    def from_crfsuite(cls, path: Path, dictionary: EntityDictionary | None = None) -> LinearChainCRF:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = list(tagger.labels())
        label_index = {label: i for i, label in enumerate(labels)}
        attributes: dict[str, int] = {}
        for attribute, _ in info.state_features:
            attributes.setdefault(attribute, len(attributes))
        weights = np.zeros((len(attributes) + 1, len(labels)))
        for (attribute, label), weight in info.state_features.items():
            weights[attributes[attribute], label_index[label]] = weight
        transitions = np.zeros((len(labels), len(labels)))
        for (before, after), weight in info.transitions.items():
            transitions[label_index[before], label_index[after]] = weight
        tagger.close()
        return cls(labels, attributes, weights, transitions, dictionary)

    def save(self, path: Path) -> None:
        """A compressed .npz: the attribute names joined by newlines (tokens hold no
        whitespace), and the non-zero weights as (row, label, weight)."""
        rows, cols = np.nonzero(self.weights)
        names = "\n".join(self.attributes).encode("utf-8")
        known = "\n".join(self.dictionary.lines() if self.dictionary else []).encode("utf-8")
        with path.open("wb") as handle:
            np.savez_compressed(
                handle, format=np.array(FORMAT), labels=np.array(self.labels),
                names=np.frombuffer(names, dtype=np.uint8), rows=rows.astype(np.int32),
                cols=cols.astype(np.int8), values=self.weights[rows, cols], transitions=self.transitions,
                dictionary=np.frombuffer(known, dtype=np.uint8))

    @classmethod
    def load(cls, path: Path) -> LinearChainCRF:
        with np.load(path, allow_pickle=False) as data:
            labels, names = labels_and_names(data, path, FORMAT)
            weights = np.zeros((len(names) + 1, len(labels)))
            weights[data["rows"], data["cols"]] = data["values"]
            transitions = np.array(data["transitions"])
            known = data["dictionary"].tobytes().decode("utf-8") if "dictionary" in data else ""
        dictionary = EntityDictionary.from_lines(known.split("\n")) if known else None
        return cls(labels, {name: i for i, name in enumerate(names)}, weights, transitions, dictionary)

    def rows_of(self, attributes: Sequence[str]) -> list[int]:
        get, unknown = self.attributes.get, self.unknown
        return [get(a, unknown) for a in attributes]


class Tagger:
    """Tags sentences with a LinearChainCRF; remembers each word's part scores."""

    MAX_ROWS = 150_000  # the score table's bound (some 20,000 words, 11 MB); past it, start afresh
    GROWTH = 8192  # rows added at a time

    def __init__(self, model: LinearChainCRF) -> None:
        self.model = model
        self._reset()

    def _reset(self) -> None:
        self._table = np.zeros((self.GROWTH, len(self.model.labels)))
        self._size = 0
        self._words: dict[str, int] = {}  # word → its row in _word_rows
        self._word_rows = np.zeros((self.GROWTH, len(DISTANCES) + 1), dtype=np.intp)
        # a padding token's row: what it gives a neighbour at each distance (own part unused)
        self._padding_row = np.array([0, *(self._row(PADDING[d]) for d in DISTANCES)], dtype=np.intp)
        self._span_tag_rows: dict[tuple[str, str], list[tuple[int, int]]] = {}

    def _row(self, attributes: Sequence[str]) -> int:
        """A new table row holding the summed weights of `attributes`."""
        return self._rows([attributes])[0]

    def _rows(self, parts: Sequence[Sequence[str]]) -> range:
        """New table rows, one per part, each holding the summed weights of its attributes
        (every part has at least one attribute), found with one gather for all."""
        needed = self._size + len(parts)
        if needed > len(self._table):
            grow = needed - len(self._table) + self.GROWTH
            self._table = np.concatenate([self._table, np.zeros((grow, self._table.shape[1]))])
        rows = self.model.rows_of([a for part in parts for a in part])
        starts = np.cumsum([0, *(len(part) for part in parts[:-1])])
        self._table[self._size:needed] = np.add.reduceat(self.model.weights[rows], starts, axis=0)
        made = range(self._size, needed)
        self._size = needed
        return made

    def _add_words(self, words: Sequence[str]) -> None:
        """Index new words; each one's _word_rows row holds the table rows of its own part and
        of the part it gives a neighbour at each distance."""
        if not words:
            return
        first = len(self._words)
        needed = first + len(words)
        if needed > len(self._word_rows):
            more = np.zeros((needed - len(self._word_rows) + self.GROWTH, self._word_rows.shape[1]), dtype=np.intp)
            self._word_rows = np.concatenate([self._word_rows, more])
        parts = [part for word in words
                 for part in (own_attributes(word), *(neighbour_attributes(word, d) for d in DISTANCES))]
        self._word_rows[first:needed] = np.array(self._rows(parts)).reshape(len(words), -1)
        self._words.update(zip(words, range(first, needed), strict=True))

    def tag(self, words: Sequence[str], spans: Spans | None = None) -> list[str]:
        return self.tag_many([(words, spans)])[0]

    def tag_many(self, sentences: Sequence[tuple[Sequence[str], Spans | None]]) -> list[list[str]]:
        """BIO labels of each sentence; sentences are given with their gazetteer matches, or
        None to have them found."""
        if self._size > self.MAX_ROWS:
            self._reset()
        lengths = [len(words) for words, _ in sentences]
        scores = self._emissions(sentences) if sum(lengths) else np.zeros((0, len(self.model.labels)))
        bounds = np.cumsum([0, *lengths])
        emissions = [scores[bounds[i]:bounds[i + 1]] for i in range(len(sentences))]
        labels = self.model.labels
        return [[labels[i] for i in path] for path in viterbi(emissions, self.model.transitions)]

    def _emissions(self, sentences: Sequence[tuple[Sequence[str], Spans | None]]) -> np.ndarray:
        """Label scores of every token of every sentence, one row per token."""
        flat = [w for words, _ in sentences for w in words]
        self._add_words([w for w in dict.fromkeys(flat) if w not in self._words])
        # The tokens' part rows laid out with REACH padding rows before, between and after the
        # sentences, so a neighbour d words away is always d rows away: one gather a distance.
        lengths = [len(words) for words, _ in sentences]
        laid = np.empty((len(flat) + REACH * (len(sentences) + 1), len(DISTANCES) + 1), dtype=np.intp)
        laid[:] = self._padding_row
        at = np.arange(len(flat)) + REACH * np.repeat(np.arange(1, len(sentences) + 1), lengths)
        laid[at] = self._word_rows[np.array([self._words[w] for w in flat])]
        table = self._table[:self._size]
        scores = table[laid[at, 0]]
        for k, d in enumerate(DISTANCES):
            scores += table[laid[at + d, k + 1]]
        tokens, found = self._sentence_attributes(sentences)
        if found:
            np.add.at(scores, np.array(tokens), self.model.weights[np.array(found)])
        return scores

    def _span_rows(self, prefix: str, tag: str) -> list[tuple[int, int]]:
        """(distance, weight row) of the attributes a span tag gives the tokens around it."""
        rows = self._span_tag_rows.get((prefix, tag))
        if rows is None:
            tags: list[list[str]] = [[] for _ in range(5)]
            tags[2] = [tag]
            # the attributes token 2 gets from a tag two words away on either side, and its own
            seen = {d: gazetteer_attributes(tags, 2 - d, prefix) for d in (-2, -1, 0, 1, 2)}
            rows = [(d, row) for d, attributes in seen.items() for row in self.model.rows_of(attributes)
                    if row != self.model.unknown]
            self._span_tag_rows[(prefix, tag)] = rows
        return rows

    def _sentence_attributes(self, sentences: Sequence[tuple[Sequence[str], Spans | None]]
                             ) -> tuple[list[int], list[int]]:
        """(token, weight row) of the attributes that depend on more than one word: word pairs,
        gazetteer matches and names of the model's dictionary; only those the model knows."""
        get = self.model.attributes.get
        tokens: list[int] = []
        found: list[int] = []
        offset = 0
        for words, spans in sentences:
            low = [w.lower() for w in words]
            for i, (word, after) in enumerate(zip(low, low[1:], strict=False), offset):
                # (two plain lookups, no tuple of both: this loop runs once per word of the batch)
                row = get(pair_after(word, after))
                if row is not None:
                    tokens.append(i)
                    found.append(row)
                row = get(pair_before(word, after))
                if row is not None:
                    tokens.append(i + 1)
                    found.append(row)
            tagged = [("gz", gazetteer_tags(words, spans))]
            if self.model.dictionary:
                tagged.append(("dz", span_tags(len(words), self.model.dictionary.spans(words))))
            for prefix, span_tags_of in tagged:
                for j, tags in enumerate(span_tags_of):
                    for tag in tags:  # a tag at j gives "gz:TAG" to j and "d:gz:TAG" to j - d
                        for d, row in self._span_rows(prefix, tag):
                            if 0 <= j - d < len(words):
                                tokens.append(offset + j - d)
                                found.append(row)
            offset += len(words)
        return tokens, found


REACH = max(abs(d) for d in DISTANCES)


def viterbi(emissions: Sequence[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """The best label path of each sentence (emissions: tokens × labels), all sentences
    stepped together, longest first so that those still running are a prefix. Ties go to the
    lower label index, as in CRFsuite."""
    if len(emissions) == 1:
        return [_viterbi_one(emissions[0], transitions)]
    order = sorted(range(len(emissions)), key=lambda b: -len(emissions[b]))
    lengths = [len(emissions[b]) for b in order]
    paths: list[list[int]] = [[] for _ in emissions]
    if not lengths or lengths[0] == 0:
        return paths
    steps, labels = lengths[0], transitions.shape[0]
    # step-major arrays: what a step reads and writes of the running sentences is contiguous
    padded = np.zeros((steps, len(order), labels))
    for row, b in enumerate(order):
        padded[:lengths[row], row] = emissions[b]
    running = _running(lengths, steps)
    score = padded[0].copy()
    back = np.empty((steps, len(order), labels), dtype=np.intp)  # (only what a step writes is read)
    # candidates[b, j, i]: sentence b's score of label i, then i → j; the same sums as the other
    # way round, laid out so that the best i for each j is read along contiguous memory
    candidates = np.empty((len(order), labels, labels))
    into_from = np.ascontiguousarray(transitions.T)
    k = 0
    for t in range(1, steps):  # into buffers made once: a step's cost is its few numpy calls
        if running[t] != k:  # the views of the running sentences, made again only when one ends
            k = running[t]
            before, into, best = score[:k, None, :], candidates[:k], score[:k]
        np.add(before, into_from, out=into)
        into.argmax(axis=2, out=back[t, :k])
        into.max(axis=2, out=best)
        best += padded[t, :k]
    # back along each path, all sentences together: at step t the running ones take the label
    # their pointer at t + 1 names; a sentence ending at t starts from its best last label
    label = score.argmax(axis=1)
    path = np.empty((steps, len(order)), dtype=np.intp)
    rows = np.arange(len(order))
    for t in range(steps - 1, 0, -1):
        k = running[t]
        path[t, :k] = label[:k]
        label[:k] = back[t, rows[:k], label[:k]]
    path[0] = label
    for row, b in enumerate(order):
        paths[b] = path[:lengths[row], row].tolist()
    return paths


def _running(lengths: list[int], steps: int) -> list[int]:
    """How many of the sentences (their lengths, longest first) run at each step: a count that
    only falls, made in one pass."""
    running, k = [], len(lengths)
    for t in range(steps):
        while k and lengths[k - 1] <= t:
            k -= 1
        running.append(k)
    return running


def _viterbi_one(emission: np.ndarray, transitions: np.ndarray) -> list[int]:
    """viterbi() for one sentence: the same steps without the batch's slicing, which for one
    sentence costs more than the arithmetic."""
    steps, labels = emission.shape
    if steps == 0:
        return []
    back = np.empty((steps, labels), dtype=np.intp)
    candidates = np.empty((labels, labels))
    score = emission[0].copy()
    previous = score[:, None]  # a view: follows score as it is overwritten
    for t in range(1, steps):
        np.add(previous, transitions, out=candidates)
        candidates.argmax(axis=0, out=back[t])
        candidates.max(axis=0, out=score)
        score += emission[t]
    label = int(score.argmax())
    pointers = back.tolist()
    path = [label]
    for t in range(steps - 1, 0, -1):
        label = pointers[t][label]
        path.append(label)
    return path[::-1]


def labels_and_names(data: Any, path: Path, expected: str) -> tuple[list[str], list[str]]:
    """The labels and attribute names of a model's arrays, after checking its format (the NER
    and POS models are stored alike)."""
    if str(data["format"]) != expected:
        raise ValueError(f"{path}: not a {expected} model")
    labels = [str(label) for label in data["labels"]]
    names = data["names"].tobytes().decode("utf-8").split("\n") if data["names"].size else []
    return labels, names
