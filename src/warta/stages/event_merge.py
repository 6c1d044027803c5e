"""One event per act however often an article tells it: the same event key merged, and an act
retold with its doer left unnamed merged into the telling that names them (ANNOTATION.md: one
entry per act)."""

from __future__ import annotations

from warta.model import ActorRef, Event
from warta.ontology import event_key
from warta.stages.event_triggers import lexicon, noun_form


def merge_repeats(events: list[Event]) -> list[Event]:
    """One event however often the article tells it (ontology.event_key over the article's
    entities)."""
    merged: dict[tuple, Event] = {}
    for ev in _one_act_on_several(_named_over_unnamed(events)):
        # (an event's first pair keys it: a later sentence on one of its co-targets may tell another
        # act, as annotators have it — praise of Polri, then of the Kejaksaan, each its own)
        key = (*event_key(ev.cameo or ev.type, ev.type, _actor_key(ev.source), _actor_key(ev.target), ev.date),
               ev.negated)
        if key in merged:
            kept = merged[key]
            _add_telling(kept, ev)
            if _told_as_noun(kept) and not _told_as_noun(ev):
                # the clearest telling stands for the event: "Purbaya menolak keras penggunaan
                # APBN" over the lede's "menegaskan penolakannya terhadap …"
                kept.sentence, kept.trigger = ev.sentence, ev.trigger
                kept.date, kept.date_basis, kept.place = ev.date, ev.date_basis, ev.place
            continue
        merged[key] = ev
    out = _noun_retellings(_same_act_retold(list(merged.values())))
    for index, ev in enumerate(out):
        ev.id = f"v{index}"
    return out


def _named_over_unnamed(events: list[Event]) -> list[Event]:
    """An act on someone unnamed that the same sentence tells again, by the same doer of the
    same type, on someone it names is that act ("menggelar rapat dengar pendapat dengan Menteri
    Dalam Negeri …": one meeting, with the minister; "menggelar aksi unjuk rasa di depan Gedung
    DPRD": one protest, at the council)."""
    def unnamed_target(ev: Event) -> bool:
        return ev.target is not None and ev.target.entity is None and ev.target.name is None

    merged_types = lexicon().flags["merged_types"]

    def key(ev: Event) -> tuple:
        source = ev.source
        act = ev.type if ev.type in merged_types else ev.cameo  # "aksi unjuk rasa": one protest
        return (ev.sentence, act, (source.entity, source.name, source.start) if source else None)

    # a set of keys, not a pairwise comparison: the cost stays linear in the article's events
    named = {key(ev) for ev in events if ev.target is not None and ev.target.name is not None}
    return [ev for ev in events if not (unnamed_target(ev) and key(ev) in named)]


def _one_act_on_several(events: list[Event]) -> list[Event]:
    """One event for one act a sentence tells of several of one country, on one day: the same
    code by the same doer on several ("KPK menahan Andi dan Budi"), or by several on the same one
    ("Polda dan Polres membekuk pelaku"); the others kept as co-targets or co-sources, never both,
    so every pair the store derives was told (ANNOTATION.md: one entry per act; the store and the
    GDELT export give each pair its row, as GDELT does). Acts on several countries stay one event
    per country ("tarif atas Meksiko, Kanada dan China")."""
    kept: dict[tuple, Event] = {}
    out: list[Event] = []
    for ev in events:
        act = (ev.mentions[0].start if ev.mentions else ev.sentence, ev.cameo or ev.type,
               ev.negated, ev.intent, ev.hypothetical, ev.date, _country(ev.source), _country(ev.target))
        by_source, on_target = (act, "source", _who(ev.source)), (act, "target", _who(ev.target))
        doer = kept.get(by_source) if by_source[2] is not None else None
        done_to = kept.get(on_target) if on_target[2] is not None else None
        if doer is not None and not doer.co_sources and _who(ev.target) != _who(doer.target):
            _join(doer.co_targets, doer.target, ev.target)  # the same doer on another
        elif done_to is not None and not done_to.co_targets and _who(ev.source) != _who(done_to.source):
            if _who(done_to.source) is None:
                done_to.source = ev.source  # the doer as the sentence names them, over an unnamed one
            else:
                _join(done_to.co_sources, done_to.source, ev.source)  # another doer on the same one
        else:
            out.append(ev)
            # only an event's own actors key it: a merged one's would chain two acts together
            kept.setdefault(by_source, ev)
            kept.setdefault(on_target, ev)
    return out


def _country(actor: ActorRef | None) -> str | None:
    return actor.country if actor else None


def _who(actor: ActorRef | None) -> str | None:
    """Who an actor is, for telling two actors of one sentence apart (None: unnamed)."""
    if actor is None:
        return None
    return actor.entity or (actor.name or "").lower() or None


def _join(others: list[ActorRef], first: ActorRef | None, actor: ActorRef | None) -> None:
    if actor is not None and _who(actor) not in {_who(first), *(_who(a) for a in others)}:
        others.append(actor)


def _same_act_retold(events: list[Event]) -> list[Event]:
    """One event for an act the article retells with its doer named another way: the same code
    on the same named target, by the same side where one telling leaves the doer unnamed ("polisi
    menangkapnya" after "Polres Deli Serdang menangkap Iskandar"), on no other day (ANNOTATION.md:
    one entry per act, however often the article repeats it)."""
    out: list[Event] = []
    for ev in events:
        kept = next((k for k in out if _retells(k, ev)), None)
        if kept is None:
            out.append(ev)
            continue
        _add_telling(kept, ev)
        if kept.source and ev.source and not kept.source.entity and ev.source.entity:
            kept.source = ev.source  # the doer as the article names it
    return out


def _noun_retellings(events: list[Event]) -> list[Event]:
    """An act told again as a noun ("Kejagung telah menyita puluhan mobil …" then "penyitaan
    dilakukan pada Senin (7/7)"): the latest earlier event of the same code, by the same named
    doer on the same one, of a date that fits (a month holds its days) is that act."""
    out: list[Event] = []
    for ev in events:
        kept = next((k for k in reversed(out) if _noun_retells(k, ev)), None) if _told_as_noun(ev) else None
        if kept is None:
            out.append(ev)
        else:
            _add_telling(kept, ev)
    return out


def _noun_retells(kept: Event, ev: Event) -> bool:
    if kept.cameo != ev.cameo or kept.negated != ev.negated or not (kept.source and ev.source):
        return False
    if not kept.source.entity or kept.source.entity != ev.source.entity:
        return False
    a, b = kept.target, ev.target
    same_target = (a is None and b is None) or (a is not None and b is not None and (
        (a.entity is None and a.name is None and b.entity is None and b.name is None)
        or (a.entity is not None and a.entity == b.entity)))
    shorter = min(len(kept.date or ""), len(ev.date or ""))
    return same_target and (kept.date or "")[:shorter] == (ev.date or "")[:shorter]


def _add_telling(kept: Event, ev: Event) -> None:
    """The mentions of another telling of the kept event, unless it is the same sentence's."""
    if all(m.start != ev.mentions[0].start for m in kept.mentions):
        kept.mentions.extend(ev.mentions)


def _retells(kept: Event, ev: Event) -> bool:
    if kept.cameo != ev.cameo or kept.negated != ev.negated or not (kept.target and ev.target):
        return False
    if not kept.target.entity or kept.target.entity != ev.target.entity:
        return False
    if kept.date and ev.date and kept.date[:10] != ev.date[:10]:
        return False
    a, b = kept.source, ev.source
    if a is None or b is None or (a.entity and b.entity):
        return False  # two named doers are two acts (or the same, merged by key already)
    return a.sector is not None and a.sector == b.sector and a.country == b.country


def _told_as_noun(ev: Event) -> bool:
    """Whether the event's trigger is a noun ("penolakannya", "kunjungan"), not a verb."""
    words = (ev.trigger.text if ev.trigger else "").lower().split()
    return bool(words) and noun_form(words[0])


def _actor_key(actor: ActorRef | None) -> str:
    if actor is None:
        return ""
    return actor.entity or actor.name or ""
