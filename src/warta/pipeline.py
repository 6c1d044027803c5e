"""The pipeline: a raw record becomes a Document, then each component adds its layer.

Modelled on spaCy: the first step makes the Document (here from a reader's RawRecord, where
spaCy tokenises text), then components run in order, each reading the layers before it.

A record has a time budget (`max_seconds`): a degenerate article (thousands of one-word
sentences) must not hold a batch up for hours. The budget is checked between components
everywhere, and in the main thread of a POSIX process a timer also interrupts the component
that overruns it (a thread cannot take a signal, so the web server and cluster workers have the
check between components only).
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator

from warta.model import Document, RawRecord, ReadFailure, Skipped
from warta.readers.base import DEFAULT_MAX_SECONDS, describe
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


class OverBudget(BaseException):
    """A record took longer than the pipeline's `max_seconds`. Not an Exception, so that the
    `except Exception` of a stage or a library does not swallow the timer's interruption."""


# What the page stage (build_document) makes before any component runs.
MADE_BY_PAGE = ("body", "article.title", "article.paragraphs", "article.dateline", "article.published",
                "article.site", "article.url")


class Pipeline:
    def __init__(self, components: list[Component], max_seconds: float | None = DEFAULT_MAX_SECONDS) -> None:
        check_order(components)
        self.components = components
        self.max_seconds = max_seconds if max_seconds and max_seconds > 0 else None

    @property
    def names(self) -> list[str]:
        return [_name(c) for c in self.components]

    def __call__(self, raw: RawRecord) -> Document:
        return self.annotate(build_document(raw))

    def annotate(self, doc: Document, stage: list[str] | None = None, deadline: float | None = None) -> Document:
        """Runs every component on a document the page stage made. `stage` (when given) holds the
        name of the component running, for the failure's reason; past `deadline` (a
        time.monotonic() value) the next component does not start."""
        for component in self.components:
            if stage is not None:
                stage[0] = _name(component)
            if deadline is not None and time.monotonic() > deadline:
                raise OverBudget
            doc = component(doc)
        return doc

    def pipe(self, records: Iterable[RawRecord | ReadFailure]) -> Iterator[Document | ReadFailure]:
        """Readings of a stream of raw records, one by one, in order (spaCy's `nlp.pipe`): a
        Document for each record read, a ReadFailure for each that could not be, and the stream
        goes on after a failure."""
        for item in self.run(records):
            if not isinstance(item, Skipped):  # never: only a run given `skip` skips
                yield item

    def run(self, records: Iterable[RawRecord | ReadFailure],
            skip: Callable[[str], bool] | None = None) -> Iterator[Document | ReadFailure | Skipped]:
        """Documents for the records; a record the pipeline fails on becomes a ReadFailure.
        With `skip`, a record whose document id it accepts is not read again: Skipped(id)."""
        for rec in records:
            if isinstance(rec, ReadFailure):
                yield rec
                continue
            stage = ["page"]
            try:
                with _budget(self.max_seconds):
                    deadline = time.monotonic() + self.max_seconds if self.max_seconds else None
                    doc = build_document(rec)
                    if skip is not None and skip(doc.id):
                        result: Document | Skipped = Skipped(doc.id)
                    else:
                        result = self.annotate(doc, stage, deadline)
            except OverBudget:
                result = ReadFailure(rec.input, f"took over {self.max_seconds:g} s (the --max-seconds limit), "
                                                f"stopped at the {stage[0]} stage", rec.record)
            except RecursionError:
                result = ReadFailure(rec.input, f"pipeline failed in the {stage[0]} stage: nested too deeply "
                                                "(Python's recursion limit)", rec.record)
            except Exception as err:  # one bad record must not stop a batch; it is reported
                result = ReadFailure(rec.input, f"pipeline failed in the {stage[0]} stage: {describe(err)}",
                                     rec.record)
            yield result


def check_order(components: list[Component]) -> None:
    """Each component's declared `reads` (the Document layers it reads, as spaCy components
    declare `requires`) must be made by the page stage or by a component before it (its
    `writes`); a component that declares nothing is not checked. Raises ValueError naming the
    component and the layer."""
    made = set(MADE_BY_PAGE)
    for component in components:
        missing = [layer for layer in getattr(component, "reads", ()) if layer not in made]
        if missing:
            raise ValueError(f"component {_name(component)!r} reads {', '.join(missing)}, "
                             "which no component before it writes")
        made.update(getattr(component, "writes", ()))


def _name(component: Component) -> str:
    return getattr(component, "name", type(component).__name__)


class _Alarm:
    """Whether the timer may interrupt: only while a record is inside `_budget`, so a signal
    that arrives as the record ends is ignored rather than raised in the caller's code."""

    armed = False

    @classmethod
    def handler(cls, signum: int, frame: object) -> None:
        if cls.armed:
            cls.armed = False
            raise OverBudget


@contextlib.contextmanager
def _budget(seconds: float | None) -> Iterator[None]:
    """A timer that interrupts the record after `seconds`, where signals can be had and no
    one else's timer is running (there is one per process: the caller's would be lost)."""
    if (not seconds or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()
            or signal.getitimer(signal.ITIMER_REAL)[0] > 0):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _Alarm.handler)
    _Alarm.armed = True
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        _Alarm.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


def default_pipeline(date_order: str | None = None, actors: list[dict] | None = None,
                     max_seconds: float | None = DEFAULT_MAX_SECONDS) -> Pipeline:
    """warta's pipeline with its embedded defaults; `actors` adds to the actor dictionary;
    `max_seconds` is each record's time budget (None: no limit)."""
    # quotes before events: "kami" and "saya" inside a quotation act for its speaker
    return Pipeline([PublicationDate(date_order), LanguageId(), Sentences(), Entities(actors=actors), Times(),
                     Quotes(), Events(), *gkg_components()], max_seconds)


def gkg_components() -> list[Component]:
    """What GDELT's Global Knowledge Graph holds beyond events: counts, amounts, themes, tone."""
    return [Counts(), Amounts(), Themes(), Tones()]
