"""The POS corpora as sentences of (word, UPOS): BaPOS and POSP (token TAB BIO-prefixed tag,
mapped onto UPOS by data/pos.toml) and the UD treebanks (CoNLL-U, UPOS as given)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from warta.ner.corpus import sentence_blocks
from warta.resources import load

Tagged = list[tuple[str, str]]
CORPORA = ("bapos", "posp")


@dataclass(frozen=True)
class TagMap:
    """One corpus's tags → UPOS, and the (tag, lower-case word) pairs mapped otherwise."""

    tags: dict[str, str]
    words: dict[tuple[str, str], str]

    def upos(self, word: str, tag: str) -> str:
        found = self.words.get((tag, word.lower()))
        if found:
            return found
        if tag not in self.tags:
            raise KeyError(f"tag {tag!r} is not mapped in data/pos.toml")
        return self.tags[tag]


@cache
def upos_tags() -> tuple[str, ...]:
    return tuple(load("pos")["upos"])


@cache
def tag_map(corpus: str) -> TagMap:
    """The mapping of `corpus` ("bapos" or "posp") from data/pos.toml."""
    data = load("pos")
    words = {}
    for key, upos in data[f"{corpus}_words"].items():
        tag, _, word = key.partition(" ")
        words[(tag, word)] = upos
    return TagMap(dict(data[corpus]), words)


def _bare(tag: str) -> str:
    """The tag without its B-/I- prefix (BaPOS and POSP mark multi-word units so)."""
    return tag[2:] if tag[:2] in ("B-", "I-") else tag


def read_tagged(path: str | Path, corpus: str) -> list[Tagged]:
    """Sentences of a BaPOS or POSP file, tags mapped onto UPOS. BaPOS writes a possessive
    "-nya" as two more tokens ("harta", "-", "nya"), where warta's tokenizer (and the text) keep
    one word: they are joined back, the word keeping its host's tag."""
    mapping = tag_map(corpus)
    sentences: list[Tagged] = []
    for block in sentence_blocks(path):
        current: Tagged = []
        raw: list[tuple[str, str]] = []  # the sentence's words with their corpus tags
        for number, line in block:
            word, sep, tag = line.partition("\t")
            if not sep:
                raise ValueError(f"{path}:{number}: expected TOKEN TAB TAG, found {line!r}")
            if word == "nya" and tag.startswith("I-") and len(raw) >= 2 and raw[-1][0] == "-":
                raw.pop()
                current.pop()
                host, host_tag = raw[-1]
                raw[-1] = (host + "nya", host_tag)
                current[-1] = (host + "nya", mapping.upos(host, host_tag))
                continue
            raw.append((word, _bare(tag)))
            current.append((word, mapping.upos(word, _bare(tag))))
        sentences.append(current)
    return sentences


def read_conllu(path: str | Path) -> list[Tagged]:
    """Sentences of a UD treebank as its surface words: a word UD splits ("ayahnya" → ayah
    + nya, "apakah" → apa + kah) is one word here, as warta's tokenizer keeps it, with the
    tag of its first part (the host)."""
    sentences: list[Tagged] = []
    current: Tagged = []
    inside: set[int] = set()  # the parts of the current multi-word token
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if current:
                    sentences.append(current)
                current, inside = [], set()
                continue
            if line.startswith("#"):
                continue
            fields = line.split("\t")
            if "-" in fields[0]:
                first, last = map(int, fields[0].split("-"))
                inside = set(range(first, last + 1))
                current.append((fields[1], ""))
            elif "." not in fields[0]:  # an empty node has no surface word
                if int(fields[0]) not in inside:
                    current.append((fields[1], fields[3]))
                elif not current[-1][1]:
                    current[-1] = (current[-1][0], fields[3])
    if current:
        sentences.append(current)
    return sentences
