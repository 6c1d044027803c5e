"""The store's rows of one reading, made without a connection (on a cluster's workers, say)
and written by the store's one writer: named rows, not tuples read by position."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import NamedTuple

from warta.gazetteer import gazetteer, key_of


class ArticleRow(NamedTuple):
    url: str | None
    title: str | None
    published: str | None
    language: str | None
    source: str
    record: str
    pipeline: str
    reading: str | None  # None in a cluster shard: the reading travels in its own column


class EventRow(NamedTuple):
    """An event as the events table holds it, source and target as places in ArticleRows.entities."""

    type: str
    cameo: str | None
    score: float | None
    quad_class: int | None
    source: int | None
    target: int | None
    source_country: str | None
    target_country: str | None
    date: str | None
    place: str | None
    place_country: str | None
    sentence: str
    negated: bool
    intent: bool
    hypothetical: bool
    link: str
    # added with schema 3: a shard written before still loads
    source_sector: str | None = None
    target_sector: str | None = None
    mode: str | None = None
    contexts: str = ""


class QuoteRow(NamedTuple):
    speaker: int | None  # a place in ArticleRows.entities
    name: str | None
    text: str
    direct: bool
    published: str | None


@dataclass
class ArticleRows:
    """One reading as the store's rows, entities referred to by their place in `entities`.

    Made without a connection (on a cluster's workers, say) and written by the store's one
    writer, which only has to give each entity its id."""

    id: str
    article: ArticleRow
    search: tuple  # title, body
    entities: list[tuple]  # key, name, type, country
    mentions: list[tuple]  # entity, surface, title, start, end
    article_entities: list[tuple]  # entity, title, month, mentions
    actors: list[tuple]  # entity, title, country, first seen, last seen
    events: list[EventRow]
    quotes: list[QuoteRow]
    # defaults: a shard written before schema 4 still loads
    counts: list[tuple] = field(default_factory=list)  # type, number, object, place, day
    themes: list[str] = field(default_factory=list)
    tone: float | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ArticleRows:
        data = json.loads(text)
        data["search"] = tuple(data["search"])
        for name in ("entities", "mentions", "article_entities", "actors", "counts"):
            data[name] = [tuple(row) for row in data.get(name, [])]
        data["article"] = ArticleRow(*data["article"])
        data["events"] = [EventRow(*e) for e in data["events"]]
        data["quotes"] = [QuoteRow(*q) for q in data["quotes"]]
        return cls(**data)


def entity_key(name: str) -> str:
    """The store's key of an entity: its folded name, or the folded name the gazetteer gives the
    body it names, so "KPK" and "Komisi Pemberantasan Korupsi" (each the name of the entity in an
    article that writes only that form, or writes it out) are one entity across articles."""
    key = key_of(name)
    body = gazetteer().organisations.get(key)
    return " ".join(key_of(body.name) if body else key)
