"""Acts whose parties the next sentences tell: a denial that names the accusation it answers
("Irwan membantah tudingan tersebut" after "ICW menuding DPW Partai Nasdem …") is aimed at whoever
made it, the source of the accusation the story told last before the denial; a group acted on
whose members the next sentence names ("… meringkus tiga pelaku. Mereka adalah DS (24), AM (19) …")
is acted on in each member (ANNOTATION.md: the target is whom the act is aimed at, one event per
person named); a request refused ("Kemenkeu menolak permintaan Pemprov Papua Tengah agar …") was
made, by the one whose request it was to the one who refuses. Read across sentences, so passes over
the article's events once all are read."""

from __future__ import annotations

import bisect

from warta.model import ActorRef, Document, Event
from warta.ontology import code
from warta.stages.event_triggers import lexicon

REJECT, ACCUSE, REQUEST = "REJECT", "ACCUSE", "REQUEST"  # PLOVER types
REQUEST_CODE = "100"  # CAMEO 100, "demand, not specified below": as "meminta" is coded


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
        denier = event.source.entity if event.source else None
        told = [e for e in events[:at] if e.type == ACCUSE and e.cameo in flags["answered_codes"]
                and e.source is not None and e.source.name != (event.source.name if event.source else None)]
        # the accusation of the one who denies, else the last one told
        accusation = next((e for e in reversed(told) if denier and e.target and e.target.entity == denier),
                          told[-1] if told else None)
        if accusation is not None:
            event.target = accusation.source.model_copy()
    return events


def _unnamed(event: Event) -> bool:
    return event.target is None or event.target.entity is None and event.target.name is None


def members_of_groups(doc: Document, events: list[Event]) -> list[Event]:
    """The events, each act on an unnamed group followed by one act on each person the next
    sentence names as its members ("Mereka adalah DS (24), AM (19), dan seorang remaja")."""
    out: list[Event] = []
    starts = [s.start for s in doc.sentences]  # made once: the sentence after each act is found by bisection
    for event in events:
        out.append(event)
        target = event.target
        if target is None or target.entity is not None or not target.name or event.trigger is None:
            continue
        for person in _members_next(doc, starts, event.trigger.end):
            out.append(event.model_copy(update={"target": ActorRef(
                entity=person.id, name=person.name, country=person.country, sector=person.sector)}))
    return out


def _members_next(doc: Document, starts: list[int], after: int) -> list:
    """The people named in the sentence after the one holding `after` when it opens by recalling
    a group and listing ("Mereka adalah", "Keduanya yakni")."""
    flags = lexicon().flags
    at = bisect.bisect_right(starts, after)
    if at >= len(doc.sentences):
        return []
    nxt = doc.sentences[at]
    head = doc.body[nxt.start:nxt.start + 40].lower()
    recall = next((r for r in flags["group_recalls"] if head.startswith(r + " ")), None)
    if recall is None:
        return []
    rest = head[len(recall) + 1:] + " "
    if not any(rest.startswith(m + " ") for m in (*flags["member_markers"], *flags["copulas"])):
        return []
    named = [(m.start, e) for e in doc.entities if e.type == "PERSON"
             for m in e.mentions if nxt.start <= m.start < nxt.end]
    return [e for _, e in sorted(named, key=lambda pair: pair[0])]


def requests_refused(doc: Document, events: list[Event]) -> list[Event]:
    """The events, each refusal of someone's request named right after its noun ("menolak
    permintaan Australia untuk …") followed by that request, made by the one refused to the one who
    refuses, unless the story already told a request of theirs (data: [flags] refused_requests:
    no proposal, petition or court demand)."""
    nouns = lexicon().flags["refused_requests"]
    out: list[Event] = []
    for event in events:
        out.append(event)
        if event.type != REJECT or event.trigger is None or event.source is None or _unnamed(event):
            continue
        # the noun ends the trigger's phrase ("menolak permintaan") or follows the verb, and the one
        # refused is named right after it ("permintaan Australia"; not "permintaan maaf Budi", an apology)
        after = doc.body[event.trigger.end:event.trigger.end + 40].split()
        if event.trigger.text.lower().split()[-1] in nouns:
            named = after[:1]
        else:
            named = after[1:2] if after[:1] and after[0].lower() in nouns else []
        if not named or not named[0][:1].isupper():
            continue
        # a request the story told before, in this sentence or an earlier one, is not made again
        told = any(e.type == REQUEST and e.source and e.source.name == event.target.name for e in events)
        if not told:
            entry = code(REQUEST_CODE)
            out.append(event.model_copy(update={
                "type": entry.plover, "cameo": REQUEST_CODE, "mode": entry.mode, "score": entry.goldstein,
                "quad_class": entry.quad_class, "source": event.target.model_copy(),
                "target": event.source.model_copy()}))
    return out
