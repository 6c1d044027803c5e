"""A denial that names the accusation it answers ("Irwan membantah tudingan tersebut" after "ICW
menuding DPW Partai Nasdem …") is aimed at whoever made it: the source of the accusation the
story told last before the denial (ANNOTATION.md: the target is whom the act is aimed at). Read
across sentences, so a pass over the article's events, after each sentence is read."""

from __future__ import annotations

from warta.model import Document, Event
from warta.stages.event_triggers import lexicon

REJECT, ACCUSE = "REJECT", "ACCUSE"


def answer_accusers(doc: Document, events: list[Event]) -> list[Event]:
    """The events, a denial of "the accusation" with no one named given that accusation's maker."""
    flags = lexicon().flags
    for at, event in enumerate(events):
        if event.type != REJECT or not _unnamed(event) or event.trigger is None:
            continue
        after = doc.body[event.trigger.end:event.trigger.end + 40].lower().split()
        named_again = len(after) >= 2 and after[1].strip(".,") in flags["told_again"]
        if not named_again or after[0] not in flags["answered_claims"]:
            continue
        accusation = next((e for e in reversed(events[:at]) if e.type == ACCUSE and e.source is not None
                           and e.source.name != (event.source.name if event.source else None)), None)
        if accusation is not None:
            event.target = accusation.source.model_copy()
    return events


def _unnamed(event: Event) -> bool:
    return event.target is None or event.target.entity is None and event.target.name is None
