"""Names the training sentences tag, as a dictionary the tagger matches (lower-cased, longest
first): "names seen before" as a feature, which carries whole multi-word names across sentences
where the CRF's word features carry single words.

Trained naively, the model would learn that a dictionary match is always right, since every
training name is in a dictionary made from the training names. So the training sentences are
cut into folds and each fold is matched against the dictionary of the other folds (jackknifing),
and the model learns how far a match from unseen sentences can be trusted; the shipped model
carries the dictionary of all its training sentences.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from warta.ner.corpus import bio_spans

Sentence = Sequence[tuple[str, str]]
Spans = list[tuple[int, int, str]]
FOLDS = 5


class EntityDictionary:
    """Lower-cased token sequences → the type the training sentences gave them most often."""

    def __init__(self, entries: dict[tuple[str, ...], str]) -> None:
        self.entries = entries
        self.longest = max(map(len, entries), default=0)
        self.starts: dict[str, int] = {}  # first word → the most words an entry opening with it has
        for key in entries:
            self.starts[key[0]] = max(self.starts.get(key[0], 0), len(key))

    @classmethod
    def of(cls, sentences: Iterable[Sentence]) -> EntityDictionary:
        counts: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        for sentence in sentences:
            for start, end, kind in bio_spans([tag for _, tag in sentence]):
                counts[tuple(word.lower() for word, _ in sentence[start:end])][kind] += 1
        return cls({key: kinds.most_common(1)[0][0] for key, kinds in counts.items()})

    def spans(self, words: Sequence[str]) -> Spans:
        """Longest matches, left to right: (start, end, type)."""
        low = [w.lower() for w in words]
        found: Spans = []
        free = 0  # the first token not inside a match yet
        for i in [i for i, word in enumerate(low) if word in self.starts]:
            if i < free:
                continue
            for length in range(min(self.starts[low[i]], len(low) - i), 0, -1):
                kind = self.entries.get(tuple(low[i:i + length]))
                if kind:
                    found.append((i, i + length, kind))
                    free = i + length
                    break
        return found

    def lines(self) -> list[str]:
        """One entry per line, "TYPE<TAB>word word …" (tokens hold no whitespace)."""
        return [f"{kind}\t{' '.join(key)}" for key, kind in sorted(self.entries.items())]

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> EntityDictionary:
        entries = {}
        for line in lines:
            kind, _, words = line.partition("\t")
            entries[tuple(words.split(" "))] = kind
        return cls(entries)


def jackknifed_spans(sentences: Sequence[Sentence], folds: int = FOLDS) -> list[Spans]:
    """Each sentence's dictionary matches against the names of the other folds' sentences."""
    out: list[Spans] = [[] for _ in sentences]
    for fold in range(folds):
        others = EntityDictionary.of(s for i, s in enumerate(sentences) if i % folds != fold)
        for i in range(fold, len(sentences), folds):
            out[i] = others.spans([word for word, _ in sentences[i]])
    return out
