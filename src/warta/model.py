"""The document model: one article with standoff layers.

A reader turns an input into a :class:`RawRecord`; the pipeline's stages turn that into a
:class:`Document` and add layers to it. Every layer is a list of spans whose ``start``/``end``
are character offsets into ``Document.body`` (the article's clean paragraphs joined by blank
lines), so any layer can be lined up with any other and with the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

Layout = Literal["page", "body"]


MAX_REASON = 300  # characters of a failure reason: one line in a terminal, even a wide one


def one_line(message: str, limit: int = MAX_REASON) -> str:
    """A message on one line (libraries raise multi-line ones: warcio, pydantic), shortened."""
    flat = " ".join(str(message).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass
class RawRecord:
    """What a reader hands to the pipeline: text plus whatever metadata the format carried.

    ``layout`` says how to read ``text``: ``page`` is a scraped page whose header (caption,
    category, title, teaser, byline) precedes the body; ``body`` is the article text alone, its
    title and the rest coming from ``meta``.
    """

    input: str
    text: str
    format: str
    layout: Layout = "body"
    record: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ReadFailure:
    """An input (or one record of it) that could not be read, with the reason."""

    input: str
    reason: str
    record: str | None = None

    def __post_init__(self) -> None:
        # the contract of every failure: one line, whatever a library put in its message
        self.reason = one_line(self.reason)
        if self.record is not None:
            self.record = one_line(self.record)

    def __str__(self) -> str:
        where = f"{self.input}:{self.record}" if self.record else self.input
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Skipped:
    """An article not read again because the store already holds a current reading of it."""

    id: str


class Layer(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Layer):
    start: int = Field(description="offset of the first character in Document.body")
    end: int = Field(description="offset just past the last character in Document.body")
    text: str


class Paragraph(Span):
    pass


class Sentence(Span):
    paragraph: int = Field(description="index of the paragraph holding the sentence")


class Mention(Span):
    pass


class Geo(Layer):
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None


class Entity(Layer):
    id: str
    name: str = Field(description="canonical name: the fullest form used in the article")
    type: Literal["PERSON", "ORG", "PLACE", "EVENT"]
    aliases: list[str] = []
    title: str | None = None
    sector: str | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    mentions: list[Mention] = []
    geo: Geo | None = None


class TimeExpr(Span):
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str = Field(description="TimeML TIMEX3 value")
    mod: str | None = Field(None, description="TimeML TIMEX3 mod: APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_MORE, "
                                              "EQUAL_OR_LESS, START, MID or END")


class ActorRef(Layer):
    entity: str | None = Field(None, description="id of the entity in Document.entities")
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    start: int | None = None
    end: int | None = None


class Event(Layer):
    id: str
    type: str = Field(description="PLOVER event type")
    mode: str | None = None
    contexts: list[str] = Field([], description="PLOVER contexts: the CAMEO code's and those the sentence cues")
    cameo: str | None = None
    score: float | None = Field(None, description="conflict-cooperation score")
    quad_class: int | None = None
    source: ActorRef | None = None
    target: ActorRef | None = None
    date: str | None = None
    date_basis: str | None = None
    place: ActorRef | None = None
    sentence: str = ""
    trigger: Span | None = None
    negated: bool = False
    intent: bool = False
    hypothetical: bool = False
    confidence: float = 0.0
    mentions: list[Span] = []
    co_sources: list[ActorRef] = Field([], description="others told doing the same act with the source")
    co_targets: list[ActorRef] = Field([], description="others the same act befell, told with the target")

    def dyads(self) -> list[tuple[ActorRef | None, ActorRef | None]]:
        """Each source with each target of the act, as GDELT codes one event per pair."""
        return [(s, t) for s in [self.source, *self.co_sources] for t in [self.target, *self.co_targets]]


class Speaker(Layer):
    entity: str | None = None
    name: str | None = None


class Quote(Span):
    speaker: Speaker | None = None
    direct: bool = True
    place: str | None = None
    date: str | None = None


class Count(Span):
    """A number of people or things an act befell ("tiga orang tewas"), as GDELT's GKG counts."""

    type: str = Field(description="GKG count type: KILL, WOUND, MISSING, EVACUATION, ARREST, SUSPECT, PROTEST, "
                                  "AFFECT, KIDNAP, DEPLOY, DAMAGE")
    number: float = Field(description="the number; a vague quantity ('puluhan') at its lower bound")
    low: float | None = Field(None, description="lower bound of a vague quantity")
    high: float | None = Field(None, description="upper bound of a vague quantity")
    vague: bool = False
    mod: str | None = Field(None, description="TimeML-style modifier the text gives: APPROX, MORE_THAN, "
                                              "EQUAL_OR_MORE, LESS_THAN, EQUAL_OR_LESS")
    object: str | None = Field(None, description="the counted noun: orang, warga, rumah, personel …")
    cue: str = Field("", description="the words that say the act")
    place: ActorRef | None = Field(None, description="a place the sentence puts it in (after 'di')")
    sentence: int = Field(-1, description="index of the sentence in Document.sentences")


class Amount(Span):
    """Money, a percentage or a physical quantity, normalised."""

    kind: Literal["money", "percent", "quantity"]
    value: float
    currency: str | None = Field(None, description="ISO 4217 code, for money")
    unit: str | None = Field(None, description="the unit of a quantity: ton, hektare, barel/hari, km, MW …")
    object: str | None = Field(None, description="what the money is (kerugian negara, anggaran, suap …) or "
                                                 "what is measured")
    sentence: int = -1


class Theme(Layer):
    """A theme of the article in GDELT's GKG names, with the cue words that tell it."""

    name: str
    parent: str | None = Field(None, description="the broader theme of a kind (NATURAL_DISASTER for floods)")
    mentions: list[Span] = []
    sentences: list[int] = Field([], description="indexes of the sentences the theme is told in")


class SentenceTone(Layer):
    sentence: int
    tone: float
    positive: float
    negative: float


class Tone(Layer):
    """GDELT's V1.5 tone: percentages of the article's words that are positive and negative."""

    tone: float = Field(description="positive minus negative, -100 … +100")
    positive: float = Field(description="% of words positive")
    negative: float = Field(description="% of words negative")
    polarity: float = Field(description="% of words positive or negative")
    activity: float = Field(description="% of words that are verbs of action (me-, ber-, di- forms)")
    self_group: float = Field(description="% of words that are pronouns of the speaker or their group")
    word_count: int
    sentences: list[SentenceTone] = []


class Article(Layer):
    title: str | None = None
    category: str | None = None
    caption: str | None = None
    teaser: str | None = None
    authors: list[str] = []
    editors: list[str] = []
    dateline: str | None = Field(None, description="the place the dateline names (JAKARTA), without the outlet")
    dateline_text: str | None = Field(None, description="the dateline as written: 'JAKARTA, KOMPAS.com', "
                                                        "'SEOUL, Kamis (9/11/2023)'")
    published: str | None = Field(None, description="ISO 8601 date or date-time")
    published_basis: str = Field("none", description="where the publication date came from")
    language: str | None = Field(None, description="ISO 639-1 code")
    language_confidence: float | None = None
    url: str | None = None
    site: str | None = None
    sources_cited: list[str] = []
    paragraphs: list[Paragraph] = []


class Source(Layer):
    input: str = Field(description="the path, URI or '-' the article was read from")
    record: str | None = Field(None, description="where in the input: line, row, entry, record")
    format: str
    record_id: str | None = Field(None, description="the record's own id, when it has one")


class Document(Layer):
    id: str
    source: Source
    article: Article = Article()
    body: str = Field("", description="clean paragraphs joined by blank lines; offsets refer here")
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    times: list[TimeExpr] = []
    events: list[Event] = []
    quotes: list[Quote] = []
    counts: list[Count] = []
    amounts: list[Amount] = []
    themes: list[Theme] = []
    tone: Tone | None = None
    warnings: list[str] = []
    # what stages derive from the text and share (a sentence's tokens and gazetteer matches, the
    # mentions by position), made once per document and never serialised; see stages/tokens.py
    _memo: dict[Any, Any] = PrivateAttr(default_factory=dict)

    def memo(self, key: Any, make: Callable[[], Any]) -> Any:
        """The value stored under `key`, made by `make()` the first time it is asked for."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def mentions_in(self, start: int, end: int, types: Iterable[str] | None = None
                    ) -> list[tuple[Entity, Mention]]:
        """The (entity, mention) pairs whose mention starts in [start, end), by start; at one
        start in the order of ``entities`` and of each entity's mentions. `types` keeps the
        entities of those types only ("PERSON", "ORG", …)."""
        index = self._mention_index()
        wanted = None if types is None else frozenset(types)
        lo, hi = bisect_left(index.starts, start), bisect_left(index.starts, end)
        return [pair for pair in index.pairs[lo:hi] if wanted is None or pair[0].type in wanted]

    def entity_at(self, offset: int, types: Iterable[str] | None = None) -> Entity | None:
        """The entity one of whose mentions covers `offset` (start <= offset < end); of nested
        mentions the innermost (the one starting last, then the shortest, then the first in
        ``entities``). None when no mention (of the given `types`) covers it."""
        index = self._mention_index()
        wanted = None if types is None else frozenset(types)
        # only a mention starting within the longest mention's length before `offset` can reach it
        lo, hi = bisect_left(index.starts, offset - index.longest + 1), bisect_right(index.starts, offset)
        found = None
        for entity, m in index.pairs[lo:hi]:
            if m.end > offset and (wanted is None or entity.type in wanted) and (
                    found is None or (m.start, -m.end) > (found[1].start, -found[1].end)):
                found = (entity, m)
        return found[0] if found else None

    def _mention_index(self) -> _MentionIndex:
        """Every mention sorted by start, made once per entities layer: a question about one
        place then costs a binary search, not a scan of every mention (the quotes stage asks
        one per quotation). Made again when the layer is replaced or grows."""
        made = self._memo.get("mentions")
        if made is None or made.entities is not self.entities or made.size != len(self.entities):
            made = self._memo["mentions"] = _MentionIndex(self.entities)
        return made

    def to_json(self) -> str:
        return self.model_dump_json(exclude_none=False)

    def to_spacy(self, nlp: Any = None) -> Any:
        """The body as a spaCy Doc (`pip install 'warta[spacy]'`): the entities' mentions as
        `doc.ents` (labels PERSON, ORG, PLACE, EVENT; `kb_id_` the entity's id, so the mentions of
        one entity stay one) and the time expressions in `doc.spans["times"]` (labels DATE, TIME,
        DURATION, SET), for displaCy and spaCy pipelines. `nlp` tokenises (spaCy's blank
        Indonesian by default)."""
        import spacy
        from spacy.util import filter_spans

        nlp = nlp or spacy.blank("id")
        doc = nlp.make_doc(self.body)
        ents = [span for e in self.entities for m in e.mentions
                if (span := doc.char_span(m.start, m.end, label=e.type, kb_id=e.id, alignment_mode="expand"))]
        doc.ents = filter_spans(ents)  # spaCy allows no overlapping entities; the longest stays
        doc.spans["times"] = [span for t in self.times
                              if (span := doc.char_span(t.start, t.end, label=t.type, alignment_mode="expand"))]
        return doc


class _MentionIndex:
    """The mentions of an entities layer sorted by start (ties in the layer's order)."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities, self.size = entities, len(entities)
        pairs = [(e, m) for e in entities for m in e.mentions]
        order = sorted(range(len(pairs)), key=lambda n: (pairs[n][1].start, n))
        self.pairs = [pairs[n] for n in order]
        self.starts = [m.start for _, m in self.pairs]
        self.longest = max((m.end - m.start for _, m in pairs), default=0)


def document_schema() -> dict[str, Any]:
    """The JSON Schema of what ``warta analyze --json`` prints, one object per article."""
    return Document.model_json_schema()
