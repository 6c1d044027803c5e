"""Tokens: words and punctuation with their character offsets, made once per sentence text
and shared by the stages that read words (entities, events, countries). A token's part of
speech is filled in only when a stage asks for it (stages/pos.py)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from warta.gazetteer import gazetteer
from warta.model import Document
from warta.stages.sentences import abbreviations

# Hyphens join a word to a lower-case tail (Jong-un, Tae-yong) and stand apart between two
# names (Israel-Hamas, Korea Utara-Rusia), as in the NER corpora.
TOKEN = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*(?:-[^\W\d_A-Z][^\W_]*)*\.?|[^\w\s]", re.UNICODE)

# A capitalised word with a list's number and its dot glued to it where the scrape lost a line
# break ("Natalius Pigai4. Menteri …"): the word and the number are two tokens ("Trans7" stays).
GLUED_NUMBER = re.compile(r"([A-Z][a-z]{2,})(\d{1,2})")


class Token(NamedTuple):
    start: int
    end: int
    text: str
    pos: str = ""  # UPOS tag: empty in sentence_tokens(); stages/pos.py's tagged_sentences() fills it


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words and punctuation with their offsets; hyphens stand apart, as in the NER corpora."""
    return list(_tokens(text, offset))


# Tokens are made by the tuple constructor with every field given: NamedTuple's own __new__ is a
# Python function with defaults, and a body's hundred thousand tokens made through it cost more
# than the regular expression that finds them.
_make = tuple.__new__


@lru_cache(maxsize=512)  # short texts are tokenised again by the country readers (a title, a window)
def _tokens(text: str, offset: int) -> tuple[Token, ...]:
    out: list[Token] = []
    append = out.append
    for match in TOKEN.finditer(text):
        word = match.group(0)
        start, end = offset + match.start(), offset + match.end()
        dot = word[-1] == "." and len(word) > 1 and not _abbreviation(word)
        if not dot:
            append(_make(Token, (start, end, word, "")))
            continue
        core, core_end = word[:-1], end - 1
        # "Natalius Pigai4. Menteri …": after another capitalised word; not "di Trans7." nor "Trans7,"
        glued = GLUED_NUMBER.fullmatch(core) if out and out[-1].text[:1].isupper() else None
        if glued:
            cut = start + len(glued.group(1))
            append(_make(Token, (start, cut, glued.group(1), "")))
            append(_make(Token, (cut, core_end, glued.group(2), "")))
        else:
            append(_make(Token, (start, core_end, core, "")))
        append(_make(Token, (end - 1, end, ".", "")))
    return tuple(out)


ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.")


def _abbreviation(word: str) -> bool:
    """"A.S.", "Dr.", "Tbk."; a short name ending a sentence ("… Bayu Aji.") is not one."""
    if not ABBREVIATION.fullmatch(word):
        return False
    return word.count(".") > 1 or len(word) == 2 or word[:-1].lower() in abbreviations()


# Tuples, not lists: the garbage collector stops tracking a tuple of immutable items once it has
# seen it, while it would walk every list of every document kept in memory at each collection.

def sentence_tokens(doc: Document) -> list[tuple[Token, ...]]:
    """Every sentence's tokens, in order, made once per document (the entity and event stages
    share them)."""
    return doc.memo("tokens", lambda: [_tokens(s.text, s.start) for s in doc.sentences])


def sentence_spans(doc: Document) -> list[tuple[tuple[int, int, str], ...]]:
    """Every sentence's gazetteer matches (Gazetteer.spans over its tokens), made once per
    document."""
    g = gazetteer()
    return doc.memo("spans", lambda: [tuple(g.spans([t.text for t in tokens])) for tokens in sentence_tokens(doc)])
