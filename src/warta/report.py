"""The terminal report of a reading, rendered with rich."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from warta.model import ActorRef, Document


class Reporter:
    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console()

    def show(self, doc: Document) -> None:
        self.console.print(Panel(Group(*self._parts(doc)), title=f"[bold]{doc.article.title or doc.id}",
                                 subtitle=self._where(doc), expand=True))

    @staticmethod
    def _where(doc: Document) -> str:
        src = doc.source
        return f"{src.input}{':' + src.record if src.record else ''} ({src.format})"

    def _parts(self, doc: Document) -> list:
        parts: list = [self._fields(doc)]
        paragraphs = Text()
        for i, para in enumerate(doc.article.paragraphs):
            paragraphs.append(("\n\n" if i else "") + para.text)
        parts += [Text("\nBody", style="bold"), paragraphs]
        for title, table in self._layers(doc):
            parts += [Text(f"\n{title}", style="bold"), table]
        if doc.warnings:
            parts.append(Text("\n" + "\n".join(f"warning: {w}" for w in doc.warnings), style="yellow"))
        return parts

    @staticmethod
    def _fields(doc: Document) -> Table:
        a = doc.article
        table = Table.grid(padding=(0, 2))
        table.add_column(style="cyan", no_wrap=True)
        table.add_column()
        language = f"{a.language} ({a.language_confidence:.2f})" if a.language else "unknown"
        rows = [
            ("caption", a.caption), ("category", a.category), ("teaser", a.teaser),
            ("authors", ", ".join(a.authors)), ("editors", ", ".join(a.editors)),
            ("dateline", a.dateline), ("published", a.published and f"{a.published}  [{a.published_basis}]"),
            ("language", language), ("url", a.url), ("site", a.site),
            ("layers", f"{len(a.paragraphs)} paragraphs, {len(doc.sentences)} sentences, "
                       f"{len(doc.entities)} entities, {len(doc.times)} times, "
                       f"{len(doc.events)} events, {len(doc.quotes)} quotes"
                       + (f", {len(doc.counts)} counts, {len(doc.amounts)} amounts" if doc.counts or doc.amounts
                          else "")),
            ("themes", ", ".join(t.name for t in doc.themes[:8])),
            ("tone", doc.tone and f"{doc.tone.tone:+.2f} (positive {doc.tone.positive:.2f}%, negative "
                                  f"{doc.tone.negative:.2f}%, {doc.tone.word_count} words)"),
        ]
        for key, value in rows:
            if value:
                table.add_row(key, Text(str(value)))
        return table

    @staticmethod
    def _layers(doc: Document) -> list[tuple[str, Table]]:
        out = []
        if doc.entities:
            table = Table("entity", "type", "title", "country", "mentions", box=None)
            for e in doc.entities:
                table.add_row(e.name, e.type, e.title or "", e.country or "", str(len(e.mentions)))
            out.append(("Entities", table))
        if doc.times:
            table = Table("time", "type", "value", box=None)
            for t in doc.times:
                table.add_row(t.text, t.type, t.value)
            out.append(("Times", table))
        if doc.events:
            table = Table("type", "cameo", "source", "target", "date", "trigger", "flags", box=None)
            for ev in doc.events:
                flags = ", ".join(f for f, on in (("negated", ev.negated), ("intent", ev.intent),
                                                  ("hypothetical", ev.hypothetical)) if on)
                table.add_row(ev.type, ev.cameo or "", _actors(ev.source, ev.co_sources),
                              _actors(ev.target, ev.co_targets), ev.date or "",
                              ev.trigger.text if ev.trigger else "", flags)
            out.append(("Events", table))
        if doc.quotes:
            table = Table("speaker", "quote", box=None)
            for q in doc.quotes:
                mark = "" if q.direct else "(indirect) "
                table.add_row((q.speaker and q.speaker.name) or "?", mark + q.text[:90])
            out.append(("Quotes", table))
        return out + _gkg_layers(doc)


def _gkg_layers(doc: Document) -> list[tuple[str, Table]]:
    """Counts and amounts, as GDELT's Knowledge Graph keeps them."""
    out = []
    if doc.counts:
        table = Table("count", "type", "number", "object", "cue", "place", box=None)
        for c in doc.counts:
            number = f"{c.low:g}–{c.high:g}" if c.vague else f"{c.number:g}"
            table.add_row(c.text, c.type, number, c.object or "", c.cue, c.place.name if c.place else "")
        out.append(("Counts", table))
    if doc.amounts:
        table = Table("amount", "kind", "value", "currency/unit", "what", box=None)
        for a in doc.amounts:
            value = f"{int(a.value):,}" if a.value.is_integer() else f"{a.value:,.4f}".rstrip("0")
            table.add_row(a.text, a.kind, value, a.currency or a.unit or "", a.object or "")
        out.append(("Amounts", table))
    return out


def _actors(first: ActorRef | None, others: list[ActorRef]) -> str:
    """An act's side as the report shows it: the first actor, then any others it was told with."""
    return ", ".join([_actor(first), *(_actor(a) for a in others)])


def _actor(ref) -> str:
    if ref is None:
        return ""
    return f"{ref.name} ({ref.country})" if ref.country else (ref.name or "")
