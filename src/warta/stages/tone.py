"""Tone as GDELT measures it (GKG V1.5TONE): the share of an article's words that are positive
and negative in warta's Indonesian sentiment lexicon (data/sentiment.tsv, `warta build
sentiment`), their difference, their sum (polarity), the share of action verbs and of
first-person pronouns, and the word count; per sentence too. A polar word after a negator
("tidak baik") counts the other way."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.model import Document, SentenceTone, Tone
from warta.morphology import root_of
from warta.resources import data_path, load

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class ToneWords:
    """The word lists of data/tone.toml."""

    negators: frozenset[str]
    self_group: frozenset[str]
    verb_prefixes: tuple[str, ...]  # a tuple: str.startswith takes one
    set_phrases: dict[str, frozenset[str]]  # polar first word → the words that make it a set phrase


@cache
def tone_words() -> ToneWords:
    data = load("tone")
    return ToneWords(frozenset(data["negators"]), frozenset(data["self_group"]), tuple(data["verb_prefixes"]),
                     {word: frozenset(after) for word, after in data["set_phrases"].items()})


@cache
def lexicon() -> dict[str, int]:
    out = {}
    with data_path("sentiment.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            word, polarity, _ = line.rstrip("\n").split("\t")
            out[word] = int(polarity)
    return out


@cache
def _active(word: str) -> bool:
    """A verb of action: a me-, ber-, di- or ter- form of a known root (menyerang, berunding)."""
    if not word.startswith(tone_words().verb_prefixes) or len(word) < 5:
        return False
    root = root_of(word)
    return root is not None and root != word


def score(words: list[str]) -> tuple[int, int]:
    """(positive, negative) word counts; a negator flips the next polar word."""
    lex, listed = lexicon(), tone_words()
    set_phrases, negators = listed.set_phrases, listed.negators
    pos = neg = 0
    for i, word in enumerate(words):
        polarity = lex.get(word)
        if polarity is None or word in set_phrases and i + 1 < len(words) and words[i + 1] in set_phrases[word]:
            continue
        if i and words[i - 1] in negators or i > 1 and words[i - 2] in negators:
            polarity = -polarity
        if polarity > 0:
            pos += 1
        else:
            neg += 1
    return pos, neg


def label(text: str) -> str:
    """positive, negative or neutral: the side with more polar words."""
    pos, neg = score(WORD.findall(text.lower()))
    return "positive" if pos > neg else "negative" if neg > pos else "neutral"


def _pct(part: int, whole: int) -> float:
    return round(100 * part / whole, 4) if whole else 0.0


class Tones:
    name = "tone"
    reads = ("sentences",)
    writes = ("tone",)

    def __call__(self, doc: Document) -> Document:
        total_pos = total_neg = total_words = active = self_group = 0
        per_sentence: list[SentenceTone] = []
        listed = tone_words()
        for index, sentence in enumerate(doc.sentences):
            words = WORD.findall(sentence.text.lower())
            if not words:
                continue
            pos, neg = score(words)
            total_pos, total_neg, total_words = total_pos + pos, total_neg + neg, total_words + len(words)
            for w in words:
                if w in listed.self_group:
                    self_group += 1
                elif w.startswith(listed.verb_prefixes) and _active(w):
                    active += 1
            p, n = _pct(pos, len(words)), _pct(neg, len(words))
            # built from checked numbers: construct skips pydantic's validation, a fifth of the stage
            per_sentence.append(SentenceTone.model_construct(sentence=index, tone=round(p - n, 4), positive=p,
                                                             negative=n))
        positive, negative = _pct(total_pos, total_words), _pct(total_neg, total_words)
        doc.tone = Tone(tone=round(positive - negative, 4), positive=positive, negative=negative,
                        polarity=round(positive + negative, 4), activity=_pct(active, total_words),
                        self_group=_pct(self_group, total_words), word_count=total_words, sentences=per_sentence)
        return doc
