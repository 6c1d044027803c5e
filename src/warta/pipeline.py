"""The pipeline: a raw record becomes a Document, then each component adds its layer.

Modelled on spaCy: the first step makes the Document (here from a reader's RawRecord, where
spaCy tokenises text), then components run in order, each reading the layers before it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from warta.model import Document, RawRecord, ReadFailure
from warta.stages.amounts import Amounts
from warta.stages.counts import Counts
from warta.stages.dates import PublicationDate
from warta.stages.entities import Entities
from warta.stages.events import Events
from warta.stages.language import LanguageId
from warta.stages.page import build_document
from warta.stages.quotes import Quotes
from warta.stages.sentences import Sentences
from warta.stages.themes import Themes
from warta.stages.times import Times
from warta.stages.tone import Tones

Component = Callable[[Document], Document]


class Pipeline:
    def __init__(self, components: list[Component]) -> None:
        self.components = components

    @property
    def names(self) -> list[str]:
        return [getattr(c, "name", type(c).__name__) for c in self.components]

    def __call__(self, raw: RawRecord) -> Document:
        return self.annotate(build_document(raw))

    def annotate(self, doc: Document) -> Document:
        """Runs every component on a document the page stage made."""
        for component in self.components:
            doc = component(doc)
        return doc

    def run(self, records: Iterable[RawRecord | ReadFailure],
            skip: Callable[[str], bool] | None = None) -> Iterator[Document | ReadFailure | str]:
        """Documents for the records; a record the pipeline fails on becomes a ReadFailure.
        With `skip`, a record whose document id it accepts is not read again: its id is yielded."""
        for rec in records:
            if isinstance(rec, ReadFailure):
                yield rec
                continue
            try:
                doc = build_document(rec)
                if skip is not None and skip(doc.id):
                    yield doc.id
                    continue
                yield self.annotate(doc)
            except Exception as err:  # one bad record must not stop a batch; it is reported
                yield ReadFailure(rec.input, f"pipeline failed: {type(err).__name__}: {err}",
                                  rec.record)


def default_pipeline(date_order: str | None = None, actors: list[dict] | None = None) -> Pipeline:
    """warta's pipeline with its embedded defaults; `actors` adds to the actor dictionary."""
    # quotes before events: "kami" and "saya" inside a quotation act for its speaker
    return Pipeline([PublicationDate(date_order), LanguageId(), Sentences(), Entities(actors=actors), Times(),
                     Quotes(), Events(), *gkg_components()])


def gkg_components() -> list[Component]:
    """What GDELT's Global Knowledge Graph holds beyond events: counts, amounts, themes, tone."""
    return [Counts(), Amounts(), Themes(), Tones()]
