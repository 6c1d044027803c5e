"""Sentence boundaries within paragraphs.

A rule splitter: a full stop, question or exclamation mark (with any closing quotes or
brackets) followed by space and a capital, digit or opening quote ends a sentence, unless the
word before is an abbreviation listed in data/sentences.toml or a single initial. Hand-written
because spaCy's and NLTK's splitters would add a large dependency for the same rule, and
neither ships Indonesian abbreviations.
"""

from __future__ import annotations

import re
from functools import cache

from warta.model import Document, Sentence
from warta.resources import load

# (the first mark written apart from the rest of the run: a pattern that opens with a class lets
# a search skip from one mark to the next, where "[…]+" first is tried at every position)
BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in load("sentences")["abbreviations"])


@cache
def before_numbers() -> frozenset[str]:
    return frozenset(load("sentences")["before_numbers"])


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a paragraph."""
    spans, start = [], 0
    known = abbreviations()
    for match in BOUNDARY.finditer(text):
        if text[match.start()] == ".":
            word = _word_before(text, start, match.start()).lower().rstrip(".")
            if word in known and not (word in before_numbers() and not _number_next(text, match.end())):
                continue
        end = match.end()
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _word_before(text: str, start: int, end: int) -> str:
    r"""The word characters and full stops that close text[start:end] (before a line break that
    ends it), as r"([\w.]+)$" finds them: read back from the end, where a search for that
    pattern tried every position of the sentence so far."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    first = end
    while first > start and (text[first - 1].isalnum() or text[first - 1] in "_."):
        first -= 1
    return text[first:end]


SHORT_NEXT = 3  # letters of a word after "No." that is another abbreviation ("No. Pol", "No. Rek")


def _number_next(text: str, at: int) -> bool:
    """Whether a number, a bracket or a short abbreviation follows (what "No.", "Telp." precede)."""
    rest = text[at:at + 12].lstrip()
    word = re.match(r"[A-Za-z]+", rest)
    return rest[:1].isdigit() or rest[:1] == "(" or bool(word and len(word.group()) <= SHORT_NEXT)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Sentences:
    """Fills ``doc.sentences`` with offsets into the body."""

    name = "sentences"
    reads = ("article.paragraphs",)
    writes = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        doc.sentences = [
            Sentence(start=para.start + s, end=para.start + e, text=para.text[s:e], paragraph=i)
            for i, para in enumerate(doc.article.paragraphs)
            for s, e in split_sentences(para.text)
        ]
        return doc
