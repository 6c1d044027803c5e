"""The part-of-speech layer: each sentence's tokens with their UPOS tags (Token.pos), on the
pattern of spaCy's tagged tokens, but lazily: the tagger runs only on the sentences a stage asks
for, once per document, so a stage that needs no tags pays nothing and one that needs a few
sentences pays for those.

The document keeps each tagged sentence's tags (one tuple of strings per sentence); the tokens
with their tags are made from them when asked for and not kept. Keeping a new token object for
every word set off the garbage collector's full collections over everything in memory: tagging
every sentence of 300 Detik articles held in memory took 1.2 s that way and 0.11 s keeping the
tags alone (`sentence_tags`, for a stage that needs no offsets).
"""

from __future__ import annotations

from collections.abc import Iterable

from warta.model import Document
from warta.stages.tokens import Token, sentence_tokens


def _tagger():
    from warta.pos.model import shipped_tagger

    return shipped_tagger()


def sentence_tags(doc: Document, indexes: Iterable[int] | None = None) -> dict[int, tuple[str, ...]]:
    """The UPOS tags of the sentences `indexes` (all by default), by sentence index. Sentences
    are tagged together the first time they are asked for and kept on the document."""
    tokens = sentence_tokens(doc)
    done: dict[int, tuple[str, ...]] = doc.memo("pos", dict)
    wanted = list(dict.fromkeys(range(len(tokens)) if indexes is None else indexes))
    new = [i for i in wanted if i not in done]
    if new:
        for i, tags in zip(new, _tagger().tag_many([[t.text for t in tokens[i]] for i in new]), strict=True):
            done[i] = tuple(tags)
    return {i: done[i] for i in wanted}


def tagged_sentences(doc: Document, indexes: Iterable[int] | None = None) -> dict[int, tuple[Token, ...]]:
    """The tokens of the sentences `indexes` (all by default) with their POS, by sentence index."""
    tokens = sentence_tokens(doc)
    return {i: tuple(Token(t.start, t.end, t.text, tag) for t, tag in zip(tokens[i], tags, strict=True))
            for i, tags in sentence_tags(doc, indexes).items()}


def tagged_sentence(doc: Document, index: int) -> tuple[Token, ...]:
    """One sentence's tokens with their POS."""
    return tagged_sentences(doc, [index])[index]
