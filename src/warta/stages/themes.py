"""Themes: GDELT GKG theme names told by Indonesian cue words (data/themes.toml), per sentence
and for the article. A cue is a word or a phrase matched on whole lower-cased words; a kind
(NATURAL_DISASTER_FLOOD) brings its parent theme (NATURAL_DISASTER) along."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warta.model import Document, Span, Theme
from warta.resources import load
from warta.stages.numbers import Tokens, document_tokens, tokens


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]
    theme: str


@cache
def cues() -> tuple[dict[str, list[Cue]], dict[str, str | None]]:
    """First word → cues (longest first); theme → its parent."""
    by_first: dict[str, list[Cue]] = {}
    parents: dict[str, str | None] = {}
    for name, entry in load("themes")["theme"].items():
        parents[name] = entry.get("parent")
        for phrase in entry["cues"]:
            words = tuple(tokens(phrase).low)
            by_first.setdefault(words[0], []).append(Cue(words, name))
    for options in by_first.values():
        options.sort(key=lambda c: -len(c.words))
    return by_first, parents


def themes_in(text: str, offset: int = 0, toks: Tokens | None = None) -> list[tuple[str, int, int]]:
    """(theme, start, end) of every cue in the text, the longest cue at each place (`toks` its
    tokens when the caller has them)."""
    by_first, _ = cues()
    toks = toks if toks is not None else tokens(text, offset)
    low = toks.low
    out = []
    i = 0
    while i < len(low):
        for cue in by_first.get(low[i], ()):
            if tuple(low[i:i + len(cue.words)]) == cue.words:
                out.append((cue.theme, toks.start[i], toks.end[i + len(cue.words) - 1]))
                i += len(cue.words) - 1
                break
        i += 1
    return out


class Themes:
    name = "themes"
    reads = ("sentences",)
    writes = ("themes",)

    def __call__(self, doc: Document) -> Document:
        _, parents = cues()
        found: dict[str, Theme] = {}

        def add(name: str, index: int, start: int, end: int) -> None:
            theme = found.setdefault(name, Theme(name=name, parent=parents.get(name)))
            theme.mentions.append(Span.model_construct(start=start, end=end, text=doc.body[start:end]))
            if not theme.sentences or theme.sentences[-1] != index:
                theme.sentences.append(index)

        for index, (sentence, words) in enumerate(zip(doc.sentences, document_tokens(doc), strict=True)):
            for name, start, end in themes_in(sentence.text, sentence.start, words):
                add(name, index, start, end)
                parent = parents.get(name)
                if parent:
                    add(parent, index, start, end)
        # most told first, then by name: a stable order for the export
        doc.themes = sorted(found.values(), key=lambda t: (-len(t.mentions), t.name))
        return doc
