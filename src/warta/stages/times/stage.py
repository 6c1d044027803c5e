"""The pipeline stage: ``Times`` fills ``doc.times`` against the article's publication date, and
``time_expr`` turns a found expression into the reading's ``TimeExpr`` layer.
"""

from __future__ import annotations

from datetime import date

from warta.model import Document, TimeExpr
from warta.stages.times.tagger import tag
from warta.stages.times.vocabulary import Found


def time_expr(f: Found) -> TimeExpr:
    """The reading's layer for a found expression."""
    return TimeExpr(start=f.start, end=f.end, text=f.text, type=f.type, value=f.value, mod=f.mod)


class Times:
    """Fills ``doc.times`` against the article's publication date."""

    name = "times"
    reads = ("sentences", "article.published")
    writes = ("times",)

    def __call__(self, doc: Document) -> Document:
        anchor = None
        if doc.article.published:
            try:
                anchor = date.fromisoformat(doc.article.published[:10])
            except ValueError:
                anchor = None
        doc.times = [time_expr(f) for f in tag(doc.body, anchor)]
        return doc
