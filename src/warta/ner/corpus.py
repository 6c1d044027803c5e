"""NER corpora: one token per line (token TAB tag, or token POS tag), blank line between
sentences, BIO tags."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

from warta.resources import load

Sentence = list[tuple[str, str]]


def sentence_blocks(path: str | Path) -> Iterator[list[tuple[int, str]]]:
    """The sentences of a one-token-per-line file: the (line number, line) pairs between blank
    lines (shared by the NER and POS corpus readers)."""
    current: list[tuple[int, str]] = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if line.strip():
                current.append((number, line))
            elif current:
                yield current
                current = []
    if current:
        yield current


def read_conll(path: str | Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    for block in sentence_blocks(path):
        current: Sentence = []
        for number, line in block:
            parts = line.split("\t") if "\t" in line else line.split()
            if len(parts) < 2:
                raise ValueError(f"{path}:{number}: expected TOKEN TAG, found {line!r}")
            current.append((parts[0], parts[-1]))
        sentences.append(current)
    return sentences


@cache
def _types() -> dict[str, str]:
    return dict(load("ner")["types"])


def map_tag(tag: str) -> str:
    """A corpus tag mapped to warta's types: B-PPL → B-PERSON, B-FNB → O."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, label = tag.partition("-")
    mapped = _types().get(label.upper())
    return f"{prefix}-{mapped}" if mapped else "O"


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of the names in BIO tags; an I- without its B- opens a name, as in
    seqeval."""
    found: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O":  # (most tokens: it closes the name open before it and opens none)
            if start is not None:
                found.append((start, i, kind))
                start, kind = None, None
            continue
        inside = tag.startswith("I-") and tag[2:] == kind
        if start is not None and not inside:
            found.append((start, i, kind))
            start, kind = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and not inside):
            start, kind = i, tag[2:]
    return found
