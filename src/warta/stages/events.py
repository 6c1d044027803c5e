"""Events: who did what to whom, when and where, coded in CAMEO and PLOVER.

Per sentence, triggers from data/events.toml (matched by root, so mengecam, dikecam and kecaman
are one entry) are tied to actors — the entities of the sentence — by the trigger's frame: the
subject before it, the object after it, "dengan", "antara … dan", "kepada", the place of a
visit. Passive forms swap the roles. The date is the time expression nearest the trigger in its
sentence, else the article's date; the place is a place after "di". An event told twice (teaser
and first paragraph, or two paragraphs) is one event with all its mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.model import ActorRef, Document, Entity, Event, Sentence, Span, TimeExpr
from warta.morphology import root_of
from warta.ontology import code
from warta.resources import load
from warta.stages.entities import Token, tokenize
from warta.stages.event_actors import AGENT, Actor, Story, actors_in, acts, story_of, unnamed

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
NOT_SUBJECT_AFTER = ("kepada", "dengan", "terhadap", "bagi", "ke", "di", "dari")
CALENDAR_VALUE = re.compile(r"^\d{4}(-\d{2})?(-\d{2})?")


@dataclass
class Trigger:
    start: int  # token indexes
    end: int
    cameo: str
    frame: str
    intent_cameo: str | None
    needs: tuple[str, ...]
    passive: bool = False
    reach: int | None = None
    not_next: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    open_target: bool = False


@dataclass
class Lexicon:
    phrases: dict[str, list[tuple[tuple[str, ...], dict]]]  # first word → phrases, longest first
    roots: dict[str, dict]
    flags: dict[str, frozenset[str]]
    give_kinds: dict[str, frozenset[str]]


@cache
def lexicon() -> Lexicon:
    data = load("events")
    phrases, roots = [], {}
    # the hand-written frames first; the rest of the CAMEO codebook (events_codebook.toml) only
    # where they leave a root or phrase free
    seen: set[tuple[str, ...]] = set()
    for entry in [*data["trigger"], *load("events_codebook").get("trigger", [])]:
        for words in entry.get("words", []):
            phrase = tuple(words.lower().split())
            if phrase not in seen:
                seen.add(phrase)
                phrases.append((phrase, entry))
        for root in entry.get("roots", []):
            roots.setdefault(root, entry)
    phrases.sort(key=lambda p: -len(p[0]))
    by_first: dict[str, list[tuple[tuple[str, ...], dict]]] = {}
    for phrase, entry in phrases:
        by_first.setdefault(phrase[0], []).append((phrase, entry))
    flags = {name: frozenset(words) for name, words in data["flags"].items()}
    kinds = {cameo: frozenset(words) for cameo, words in data["give_kinds"].items()}
    return Lexicon(by_first, roots, flags, kinds)


def find_triggers(words: Sequence[str]) -> list[Trigger]:
    lex = lexicon()
    low = [w.lower() for w in words]
    out: list[Trigger] = []
    i = 0
    while i < len(low):
        matched = None
        for phrase, entry in lex.phrases.get(low[i], ()):
            if tuple(low[i:i + len(phrase)]) == phrase:
                matched = (len(phrase), entry, _passive(low[i]))
                break
        if matched is None and low[i].isalpha():
            root = root_of(low[i])
            if root in lex.roots and _verb_form(low[i], root) and low[i] not in lex.roots[root].get("except", ()):
                matched = (1, lex.roots[root], low[i].startswith("di") and not root.startswith("di"))
        if matched:
            length, entry, passive = matched
            out.append(Trigger(i, i + length, entry["cameo"], entry["frame"], entry.get("intent_cameo"),
                               tuple(entry.get("needs", [])), passive, entry.get("reach"),
                               tuple(entry.get("not_next", [])), tuple(entry.get("not_after", [])),
                               entry.get("open_target", False)))
            i += length
        else:
            i += 1
    return out


VERB_PREFIXES = ("me", "ber", "be", "di", "ter")


def _passive(word: str) -> bool:
    """A di- verb (ditahan, dinonaktifkan), not a word that begins with di (dialog)."""
    root = root_of(word)
    return word.startswith("di") and root is not None and root != word and not root.startswith("di")


def _noun(word: str) -> bool:
    """A trigger word that is no verb form (serangan, penandatanganan, KTT)."""
    return not word.startswith(VERB_PREFIXES) and root_of(word) != word


def _nominal(word: str) -> bool:
    """A pe-…-an or ke-…-an noun ("pengamanan", "penanganan", "kegiatan")."""
    return word.endswith("an") and word.startswith(("pe", "ke")) and len(word) > 6


def _verb_form(word: str, root: str) -> bool:
    """A verb built on the root (mengecam, bertemu, dikecam, menelepon), not a noun (kecaman)."""
    if word == root:
        return len(root) > 3
    return word.startswith(VERB_PREFIXES) and not word.endswith("an") or word.endswith(("kan", "i"))


class Events:
    """Fills ``doc.events``."""

    name = "events"

    def __call__(self, doc: Document) -> Document:
        events: list[Event] = []
        # unnamed actors take the story's country; an unnamed target only where it is surely home's
        story = story_of(doc, law_enforcer(doc))
        for sentence in doc.sentences:
            events.extend(_sentence_events(doc, sentence, story))
        doc.events = _merge_repeats(events)
        return doc


def _sentence_events(doc: Document, sentence: Sentence, story: Story) -> list[Event]:
    tokens = tokenize(sentence.text, sentence.start)
    words = [t.text for t in tokens]
    low = [w.lower() for w in words]
    actors = actors_in(doc, sentence, tokens, story)
    if not actors:
        return []
    lex = lexicon()
    out: list[Event] = []
    subjects: list[list[Actor]] = []
    law, sure = (Actor(0, 0, story.law, -1, -1) if story.law else None), story.sure
    for trig in find_triggers(words):
        if not _passive(low[trig.start]) and any(w in lex.flags["backgrounded"]
                                                 for w in low[max(0, trig.start - 2):trig.start]):
            continue  # "setelah (menghadiri) pembicaraan" is told elsewhere; "usai ditegur" is news
        if trig.needs and not any(w in trig.needs for w in low[max(0, trig.start - 10):trig.end + 8]):
            # what the verb needs may follow it or precede it ("datang ke Polresta … untuk melaporkan X")
            continue
        if trig.end < len(low) and low[trig.end] in trig.not_next:
            continue
        if not trig.intent_cameo and any(w in lex.flags["plan"] for w in low[max(0, trig.start - 3):trig.start]):
            continue  # a plan is not an act done; only intents to meet or cooperate are coded
        negated, intent, hypothetical = _flags(trig, low)
        if negated or hypothetical and not (intent and trig.intent_cameo):
            # "belum berani melapor", "kemungkinan menyerang": no act done (ANNOTATION.md); an
            # awaited summit that issues "dapat" be discussed at is still an intent to meet
            continue
        if out and _noun(low[trig.start]):
            continue  # "mengecam … serangan terhadap media": the noun is what is condemned
        if _noun(low[trig.start]) and trig.start and _nominal(low[trig.start - 1]):
            continue  # "personel pengamanan unjuk rasa": the protest only names what is guarded
        speaker = _speaker_after_quote(trig, actors, low)
        if speaker:
            # '"Kami mohon …," tegur Tomsi': the verb after a quotation is its speaker's act on
            # whom the quotation names last
            inside = [a for a in actors if a.end < trig.start and a.entity.id != speaker.entity.id]
            subject = [speaker]
            subjects.append(subject)
            pairs = [(speaker, inside[-1])] if inside else []
        elif trig.frame == "directed" and _noun(low[trig.start]) and not (
                lex.flags["light_verbs"] & set(low[max(0, trig.start - 4):trig.start])):
            # "… berakhir dengan penangkapan pelaku (oleh polisi)": a noun's agent is named after
            # it with "oleh", or is the story's police for an act of the law; never the actor
            # before it (a place, the one the clause is about)
            agent = _after(trig, actors, low, ("oleh",))
            if agent is None and _implied_agent(trig):
                agent = law
            subject = [agent] if agent else []
            subjects.append(subject)
            target = _after(trig, actors, low, reach=trig.reach or 4)
            pairs = [(agent, target)] if agent and target and target is not agent else []
        else:
            subject = _subject(trig, actors, words, subjects)
            subjects.append(subject)
            pairs = _roles(trig, subject, actors, low)
        if (not pairs and subject and trig.passive and _implied_agent(trig) and _right_before(subject[-1], trig, low)
                and not lex.flags["intent"] & set(low[subject[-1].end:trig.start])):  # "untuk diperiksa": a purpose
            # "ketiga tersangka langsung ditahan di Lapas": the story's police or prosecutors
            # act, though the sentence does not name them
            agent = law or (unnamed(sure, subject[-1]) if sure else None)
            pairs = [(agent, s) for s in subject] if agent else []
        if not pairs and subject and sure and _open_target(trig):
            # "Purbaya menolak keras penggunaan APBN …": the one refused, asked or praised is
            # left unnamed, and in a story told from home it is of home
            pairs = [(s, unnamed(sure, s)) for s in subject]
        for source, target in pairs:
            if source.entity.id == target.entity.id or _own_country(source, target) or not acts(source):
                continue
            out.append(_event(doc, sentence, tokens, trig, source, target, low, (negated, intent, hypothetical)))
    return out


QUOTE_MARKS = {'"', "”", "“", "'"}


def _speaker_after_quote(trig: Trigger, actors: list[Actor], low: list[str]) -> Actor | None:
    """The speaker named right after a verb that follows a closing quotation mark."""
    before = low[max(0, trig.start - 2):trig.start]
    if not before or before[-1] not in QUOTE_MARKS and not (before[-1] == "," and before[0] in QUOTE_MARKS):
        return None
    return next((a for a in actors if trig.end <= a.start <= trig.end + 1), None)


def _implied_agent(trig: Trigger) -> bool:
    """Whether a passive of this code, with no agent named, is the law's act (data: [flags]
    implied_agent, CAMEO roots)."""
    return any(trig.cameo.startswith(root) for root in lexicon().flags["implied_agent"])


def law_enforcer(doc: Document) -> Entity | None:
    """The police or prosecutors the story names most (data: [flags] law_sectors)."""
    sectors = lexicon().flags["law_sectors"]
    bodies = [e for e in doc.entities if e.type == "ORG" and e.sector in sectors]
    return max(bodies, key=lambda e: len(e.mentions), default=None)


def _open_target(trig: Trigger) -> bool:
    """Whether the trigger codes an act whose target may go unnamed (its entry's open_target)."""
    return trig.open_target and trig.frame in ("directed", "give") and not trig.passive


def _own_country(source: Actor, target: Actor) -> bool:
    """A person or body acting on their own country is a misread ("Trump … mitra dagang AS")."""
    return (target.entity.type == "PLACE" and source.entity.type == "PERSON"
            and target.entity.country is not None and target.entity.country == source.entity.country
            and target.entity.name in gazetteer_country_names())


@cache
def gazetteer_country_names() -> frozenset[str]:
    from warta.gazetteer import gazetteer

    return frozenset(gazetteer().country_names.values())


def _subject(trig: Trigger, actors: list[Actor], words: list[str], previous: list[list[Actor]]) -> list[Actor]:
    """The actors before the trigger doing it: the nearest, with any coordinated with it
    ("Park Jin dan … Antony Blinken"); after "dan" + verb, the previous verb's subject."""
    lex = lexicon()
    low = [w.lower() for w in words]
    j = trig.start - 1
    while j >= 0 and low[j] in lex.flags["adverbs"] | lex.flags["intent"] | lex.flags["negation"]:
        j -= 1
    if j >= 0 and low[j] == "dan" and previous and previous[-1]:
        return previous[-1]  # "Blinken menelepon Yoon dan bertemu dengan Cho"
    # an actor after "kepada", "dengan" or "terhadap" is addressed, not acting ("Kepada Kampus
    # Udayana, kami juga meminta …"); after "ke", "di", "dari" it is a place ("datang ke Polresta")
    before = [a for a in actors if a.end <= trig.start
              and not (a.start > 0 and low[a.start - 1] in NOT_SUBJECT_AFTER)]
    if not before:
        return []
    subject = [before[-1]]
    for earlier in reversed(before[:-1]):
        gap = words[earlier.end:subject[0].start]
        if gap and gap[0].lower() == "dan" and all(w[:1].isupper() for w in gap[1:]):
            subject.insert(0, earlier)
        else:
            break
    return subject


def _after(trig: Trigger, actors: list[Actor], low: list[str], markers: Sequence[str] = (),
           reach: int | None = None) -> Actor | None:
    """The first actor after the trigger (within `reach` words of it, when given); with
    markers, the first after one of them."""
    start = trig.end
    if markers:
        found = [i for i in range(trig.end, min(len(low), trig.end + 12)) if low[i] in markers]
        if not found:
            return None
        start = found[0] + 1
    # a place after "di" is where it happened, not who took part; the trigger may name more
    # such words ("menggugat … ke Mahkamah Konstitusi": the court, not the one sued)
    skip = {"di", *trig.not_after}
    actor = next((a for a in actors if a.start >= start and not (a.start > 0 and low[a.start - 1] in skip)), None)
    return actor if actor and (reach is None or actor.start - start <= reach) else None


def _roles(trig: Trigger, subject: list[Actor], actors: list[Actor], low: list[str]) -> list[tuple[Actor, Actor]]:
    if trig.passive:
        if subject and subject[-1].start > 0 and low[subject[-1].start - 1] in ("ke", "dari"):
            return []  # "dibawa ke Las Vegas … disita oleh polisi": a place gone to is not acted on
        agent = _after(trig, actors, low, ("oleh",))
        if agent is None and subject and _right_before(subject[-1], trig, low):
            # "Rohidin ditahan KPK": without "oleh" the agent follows the verb and the one acted
            # on stands right before it ("perpu itu tidak ditolak DPR" names no actor acted on)
            agent = next((a for a in actors if a.start == trig.end and a.entity.type in ("ORG", "PERSON")), None)
        return [(agent, s) for s in subject] if agent and subject else []
    frame = trig.frame
    if frame == "between":
        return _between(trig, actors, low)
    if frame == "receive":
        giver = _after(trig, actors, low)
        return [(giver, s) for s in subject] if giver else []
    if not subject:
        return []
    if frame == "meet":
        # the partner stands close after "dengan": "berkolaborasi dengan perguruan tinggi … Indonesia"
        other = _after(trig, actors, low, ("dengan", "bersama"), reach=trig.reach or 8)
        if other is None and low[trig.end - 1] in ("dengan", "bersama"):
            other = _after(trig, actors, low, reach=trig.reach or 8)  # "berkoordinasi dengan pihak China"
        if other:
            return [(s, other) for s in subject]
        if len(subject) >= 2:
            return [(subject[0], s) for s in subject[1:]]
        between = _between(trig, actors, low)
        if between:
            return between
        # "bertemu Menlu Retno": a person met; "membahas anggaran RSUD" names a topic, not a party
        other = _after(trig, actors, low, reach=trig.reach or 4)
        return [(subject[0], other)] if other and other.entity.type == "PERSON" else []
    if frame == "visit":
        # a visit is a named visitor's: tourists or residents going somewhere are no diplomacy
        place = next((a for a in actors if a.start >= trig.end and a.entity.type == "PLACE"), None)
        return [(s, place) for s in subject if not s.entity.id.startswith(AGENT)] if place else []
    if frame == "give":
        # "memberi Rusia amunisi": the receiver right after the verb, else after "kepada"
        other = next((a for a in actors if a.start == trig.end), None) or _after(
            trig, actors, low, ("kepada", "ke", "untuk", "bagi", "terhadap")) or _after(trig, actors, low)
        return [(s, o) for s in subject for o in _with_coordinated(other, actors, low)] if other else []
    other = _after(trig, actors, low, reach=trig.reach)
    return [(s, o) for s in subject for o in _with_coordinated(other, actors, low)] if other else []


def _right_before(actor: Actor, trig: Trigger, low: list[str]) -> bool:
    """Whether only adverbs, negation or intent words stand between the actor and the trigger."""
    flags = lexicon().flags
    between = low[actor.end:trig.start]
    if 1 < len(between) <= 4 and between[-1] in flags["backgrounded"] and all(w.isalpha() for w in between):
        return True  # "Bobby buka suara usai ditegur Kemendagri": what befell the subject
    return all(w in flags["adverbs"] | flags["negation"] | flags["intent"] for w in between)


def _with_coordinated(first: Actor, actors: list[Actor], low: list[str]) -> list[Actor]:
    """An object and those listed with it: "terhadap Meksiko, Kanada, dan China"."""
    out = [first]
    for nxt in (a for a in actors if a.start > first.start):
        gap = [w for w in low[out[-1].end:nxt.start]]
        if gap and all(w in (",", "dan", "serta") for w in gap):
            out.append(nxt)
        else:
            break
    return out


def _between(trig: Trigger, actors: list[Actor], low: list[str]) -> list[tuple[Actor, Actor]]:
    """"… antara X dan Y" within a few words after the trigger, or "X-Y" right after it."""
    window = range(trig.end, min(len(low), trig.end + 8))
    antara = next((i for i in window if low[i] == "antara"), None)
    after = [a for a in actors if a.start >= (antara + 1 if antara is not None else trig.end)]
    if len(after) >= 2:
        first, second = after[0], after[1]
        joint = low[first.end:second.start]
        if antara is not None and "dan" in joint:
            return [(first, second)]
        if antara is None and first.start == trig.end and joint == ["-"]:
            return [(first, second)]
    return []


def _flags(trig: Trigger, low: list[str]) -> tuple[bool, bool, bool]:
    lex = lexicon()
    before = low[max(0, trig.start - 3):trig.start]
    negated = any(w in lex.flags["negation"] for w in before)
    intent = any(w in lex.flags["intent"] for w in before)
    hypothetical = any(w in lex.flags["hypothesis"] for w in before)
    return negated, intent, hypothetical


def _event(doc: Document, sentence: Sentence, tokens: list[Token], trig: Trigger, source: Actor,
           target: Actor, low: list[str], flags: tuple[bool, bool, bool]) -> Event:
    # the flags the sentence loop read (a negated act never reaches here: `negated` stays in
    # the model and the store for readings of other versions)
    negated, intent, hypothetical = flags
    cameo = trig.cameo
    if trig.frame == "give":
        given = set(low[trig.end:trig.end + 8]) | set(low[trig.start:trig.end])
        cameo = next((c for c, words in lexicon().give_kinds.items() if given & words), cameo)
    if intent and trig.intent_cameo:
        cameo = trig.intent_cameo
    entry = code(cameo)
    start, end = tokens[trig.start].start, tokens[trig.end - 1].end
    date, basis = _date(doc, sentence, start, intent)
    place = _place(doc, tokens, low)
    confidence = 0.9 if trig.frame in ("directed", "meet", "visit") else 0.7
    if hypothetical or negated:
        confidence -= 0.2
    return Event(
        id="", type=entry.plover, mode=entry.mode, contexts=contexts_of(entry.context, low), cameo=cameo,
        score=entry.goldstein, quad_class=entry.quad_class, source=_ref(source), target=_ref(target),
        date=date, date_basis=basis, place=place, sentence=sentence.text,
        trigger=Span(start=start, end=end, text=doc.body[start:end]),
        negated=negated, intent=intent, hypothetical=hypothetical, confidence=round(confidence, 2),
        mentions=[Span(start=sentence.start, end=sentence.end, text=sentence.text)])


@cache
def _context_cues() -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    cues = load("contexts")["cues"]
    return tuple((name, tuple(tuple(cue.split()) for cue in words)) for name, words in cues.items())


def contexts_of(code_context: str | None, low: Sequence[str]) -> list[str]:
    """The CAMEO code's PLOVER contexts ("crime; corruption") and those cue words in the
    sentence tell (data/contexts.toml), each once, in that order."""
    found = [c.strip() for c in (code_context or "").split(";") if c.strip()]
    words = set(low)
    pairs = {tuple(low[i:i + 2]) for i in range(len(low) - 1)} | {tuple(low[i:i + 3]) for i in range(len(low) - 2)}
    for name, cues in _context_cues():
        if name not in found and any(cue in pairs if len(cue) > 1 else cue[0] in words for cue in cues):
            found.append(name)
    return found


def _ref(actor: Actor) -> ActorRef:
    e = actor.entity
    told = bool(e.name) and actor.mention_start >= 0  # an implied or unnamed actor has no place in the text
    return ActorRef(entity=None if e.id.startswith(AGENT) else e.id, name=e.name or None, country=e.country,
                    sector=e.sector, start=actor.mention_start if told else None,
                    end=actor.mention_end if told else None)


def _date(doc: Document, sentence: Sentence, position: int, intent: bool = False) -> tuple[str | None, str]:
    """The calendar time expression nearest the trigger in its sentence, else the article's
    date. An act done is not dated after the article ("… demi Indonesia Emas 2045"); an
    intent may be."""
    published = (doc.article.published or "")[:10]
    times: list[TimeExpr] = [t for t in doc.times if sentence.start <= t.start < sentence.end
                             and t.type in ("DATE", "TIME") and CALENDAR_VALUE.match(t.value)
                             and (intent or not published or t.value[:len(published)] <= published)]
    if times:
        nearest = min(times, key=lambda t: abs(t.start - position))
        return CALENDAR_VALUE.match(nearest.value).group(0), f"time expression {nearest.text!r}"
    if doc.article.published:
        return doc.article.published[:10], "article date"
    return None, "none"


def _place(doc: Document, tokens: list[Token], low: list[str]) -> ActorRef | None:
    """The place after "di" in the sentence, when it is an entity."""
    for i, word in enumerate(low):
        if word != "di" or i + 1 >= len(tokens):
            continue
        start = tokens[i + 1].start
        for entity in doc.entities:
            if entity.type == "PLACE" and any(m.start == start for m in entity.mentions):
                m = next(m for m in entity.mentions if m.start == start)
                return ActorRef(entity=entity.id, name=entity.name, country=entity.country, start=m.start, end=m.end)
    return None


def _merge_repeats(events: list[Event]) -> list[Event]:
    """One event however often the article tells it: same code, same actors (either order
    for CONSULT, AGREE and COOPERATE), same day."""
    merged: dict[tuple, Event] = {}
    for ev in events:
        actors = (_actor_key(ev.source), _actor_key(ev.target))
        if ev.type in SYMMETRIC:
            actors = tuple(sorted(actors))
        key = (ev.cameo, actors, (ev.date or "")[:10], ev.negated)
        if key in merged:
            kept = merged[key]
            if all(m.start != ev.mentions[0].start for m in kept.mentions):
                kept.mentions.extend(ev.mentions)
            continue
        merged[key] = ev
    out = list(merged.values())
    for index, ev in enumerate(out):
        ev.id = f"v{index}"
    return out


def _actor_key(actor: ActorRef | None) -> str:
    if actor is None:
        return ""
    return actor.entity or actor.name or ""


