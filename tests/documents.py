"""Documents built by hand for the stage tests: fixed sentences and entities, so no change to
the sentence splitter or the NER can move what a later stage is tested on."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from warta.model import Article, Document, Entity, Mention, RawRecord, Sentence, Source
from warta.stages.page import build_document

Stage = Callable[[Document], Document]


def build(text: str, entities: Sequence[tuple[str | None, ...]] = (), stages: Sequence[Stage] = (),
          language: str = "id") -> Document:
    """One sentence per line; each entity (name, type, country, and optionally sector and title)
    at every place its name stands; then the given stages, in order."""
    sentences, at = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(start=at, end=at + len(line), text=line, paragraph=len(sentences)))
        at += len(line) + 1
    made = []
    for index, (name, kind, country, *more) in enumerate(entities):
        sector, title = (*more, None, None)[:2]
        mentions, start = [], text.find(name)
        while start >= 0:
            mentions.append(Mention(start=start, end=start + len(name), text=name))
            start = text.find(name, start + 1)
        made.append(Entity(id=f"e{index}", name=name, type=kind, country=country, sector=sector, title=title,
                           mentions=mentions))
    doc = Document(id="d", source=Source(input="t", format="text"), body=text, sentences=sentences, entities=made,
                   article=Article(published="2025-10-22", language=language))
    for stage in stages:
        doc = stage(doc)
    return doc


def coded_events(text: str, entities: Sequence[tuple[str, str, str | None]]) -> list[tuple]:
    """The events stage's reading of a hand-built document: (type, CAMEO, source name and
    country, target name and country) for each pair of each event (an act told of several:
    one pair each, as the store keeps them)."""
    from warta.stages.events import Events

    doc = build(text, entities, (Events(),))
    return [(e.type, e.cameo, s.name, s.country, t.name if t else None, t.country if t else None)
            for e in doc.events for s, t in e.dyads()]


def page_article(lines: Sequence[str]) -> Article:
    """The article fields the page stage reads from a scraped page given line by line."""
    return build_document(RawRecord(input="t.txt", text="\n".join(lines), format="text", layout="page")).article


def entities_read(text: str) -> list:
    """The entity stage's entities of a hand-built document (one sentence per line)."""
    from warta.stages.entities import Entities

    return Entities()(build(text)).entities


def entities_found(text: str) -> list[tuple[str, str]]:
    """(type, name) of each entity the entity stage reads in the text."""
    return [(e.type, e.name) for e in entities_read(text)]


def people_titled(text: str) -> dict[str, str | None]:
    """Each person the entity stage reads in the text, with the title it gives them."""
    return {e.name: e.title for e in entities_read(text) if e.type == "PERSON"}

