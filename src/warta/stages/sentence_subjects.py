"""Who each sentence of a story opens with, for the pronouns that carry a subject on.

A sentence is opened by a person where only punctuation, sentence openers ("Sementara itu,")
and a title ("Menko PM …") stand before their name; a sentence that speaks a direct quotation is
the speaker's ('"…," kata Budi'). A pronoun opening a later sentence ("Ia menyampaikan …", "Dia
menuding …") goes on telling of that person, not of whoever the sentence before named last
("Musk berselisih dengan Trump. Dia mengatakan …" is Musk's), so long as every sentence between
opens with a pronoun too: a sentence opened by anyone or anything else ("Polisi menangkap Budi.
Ia diduga …") breaks the chain, and the last person named is meant. The chain reaches back over
the pronoun's paragraph and the one before it.

Read by the events stage (whom "dia" stands for) and the quotes stage (who "Ia menegaskan …" and
a far "…," ujarnya are). The openers and pronouns are data (agents.toml [pronouns])."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cache

from warta.gazetteer import gazetteer, key_of
from warta.model import Document, Entity, Quote
from warta.resources import load
from warta.stages.word_lists import ordinary_words

PRONOUN = "pronoun"  # a sentence opened by a person pronoun: the chain goes on past it


@cache
def pronoun_words() -> dict[str, frozenset[str]]:
    """agents.toml [pronouns], each list a set (read by the events stage's actors too)."""
    return {kind: frozenset(words) for kind, words in load("agents")["pronouns"].items()}


@cache
def pronoun_ends() -> frozenset[str]:
    """The words the events stage's pronoun reading stops at (event_actors._pronouns): a pronoun
    of each kind, and the last word of a phrase for a person ("yang bersangkutan")."""
    p = pronoun_words()
    return (p["person"] | p["plural"] | p["side"] | p["speaker"] | p["speaker_subject"]
            | {phrase.rpartition(" ")[2] for phrase in p["person_phrases"]})


def opens_sentence(words_before: Sequence[str]) -> bool:
    """Whether a word after these (lower-cased) words of its sentence opens it."""
    openers = pronoun_words()["openers"]
    return all(w in openers or not w[:1].isalpha() for w in words_before)


class Subjects:
    """The opener of each sentence: a person (Entity), PRONOUN, or None (anyone or anything else)."""

    def __init__(self, doc: Document, quotes: Sequence[Quote] = ()) -> None:
        self.starts = [s.start for s in doc.sentences]
        self.paragraphs = [s.paragraph for s in doc.sentences]
        self.openers: list[Entity | str | None] = [None] * len(doc.sentences)
        first: dict[int, tuple[int, Entity]] = {}
        for entity in doc.entities:
            if entity.type != "PERSON":
                continue
            for m in entity.mentions:
                at = self.index(m.start)
                if at >= 0 and (at not in first or m.start < first[at][0]):
                    first[at] = (m.start, entity)
        for at, sentence in enumerate(doc.sentences):
            before = doc.body[sentence.start:first[at][0]] if at in first else ""
            if at in first and _only_title_before(before.split()):
                self.openers[at] = first[at][1]
            elif _pronoun_first(doc.body[sentence.start:sentence.end].split()):
                self.openers[at] = PRONOUN
        self.by_id = {e.id: e for e in doc.entities}
        self.add_speakers(quotes)

    def add_speakers(self, quotes: Sequence[Quote]) -> None:
        """'"…," kata Budi': a sentence speaking a direct quotation is its speaker's."""
        for q in quotes:
            speaker = self.by_id.get(q.speaker.entity) if q.direct and q.speaker and q.speaker.entity else None
            if speaker is not None and speaker.type == "PERSON":
                self.openers[self.index(max(q.start, q.end - 1))] = speaker

    def index(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def chained(self, offset: int) -> Entity | None:
        """The person a pronoun opening the sentence at `offset` stands for, by the chain of
        sentences before it; None where the chain breaks (the last person named is meant)."""
        at = self.index(offset)
        j = at - 1
        while j >= 0 and self.paragraphs[at] - self.paragraphs[j] <= 1:
            opener = self.openers[j]
            if isinstance(opener, Entity):
                return opener
            if opener != PRONOUN:
                return None
            j -= 1
        return None

    def last(self, offset: int, lo: int) -> Entity | None:
        """The last person to open a sentence or speak a quotation before `offset`, after `lo`."""
        j = self.index(offset) - 1
        while j >= 0 and self.starts[j] >= lo:
            if isinstance(self.openers[j], Entity):
                return self.openers[j]  # type: ignore[return-value]
            j -= 1
        return None


def _only_title_before(words: list[str]) -> bool:
    """Punctuation, openers and a title's words before a name: the sentence's first word may be
    capitalised as any first word is, so it must be an opener or a title, not an ordinary word
    ("Kepada Rudi Hartanto, Budi …", "Bersama Rudi …")."""
    openers = pronoun_words()["openers"]
    for k, word in enumerate(words):
        bare = word.strip(",;:()\"'“”")
        if not bare or bare.lower() in openers or not bare[:1].isalpha():
            continue
        if not bare[:1].isupper():
            return False
        if k == 0 and bare.lower() in ordinary_words() and key_of(bare) not in gazetteer().titles:
            return False
    return True


def _pronoun_first(words: list[str]) -> bool:
    """Whether the sentence's first word past its openers is a person pronoun ("Sekarang, dia …")."""
    pronouns, openers = pronoun_words()["person"], pronoun_words()["openers"]
    for word in words:
        bare = word.strip(",;:()\"'“”").lower()
        if bare in openers or not bare:
            continue
        return bare in pronouns
    return False
