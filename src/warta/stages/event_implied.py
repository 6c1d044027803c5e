"""Actors a clause leaves implicit: the agent of an act named as a noun ("penangkapan … oleh
polisi", "Aksi unjuk rasa itu dilakukan oleh …"), the story's police or prosecutors behind a
passive of the law ("ditahan", "disita"), the speaker of a quotation told at a meeting or of
a quoted sentence that opens with its act ('"Terima kasih kepada Pak Rudi …," ujar Siti'), the
giver of aid named after "oleh"/"dari", and the person an enclitic -nya stands for."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from warta.model import Document, Sentence
from warta.stages.event_actors import AGENT, Actor, Story, acts, unnamed
from warta.stages.event_frames import QUOTE_MARKS, actor_after, agent_by
from warta.stages.event_groups import COUNT_OPENERS
from warta.stages.event_triggers import Trigger, coded_under, lexicon, nominal, noun_form, passive_form, verb_form
from warta.stages.tokens import Token

HELD_REACH = 6  # words between a noun act and its agent after "dilakukan oleh" ("… rumah dinas Gubernur …")


def noun_roles(trig: Trigger, actors: list[Actor], low: list[str], law: Actor | None,
                sure: str | None) -> tuple[list[Actor], list[tuple[Actor, Actor]]]:
    """(subject, pairs) of a noun trigger with no light verb: "… berakhir dengan penangkapan
    pelaku (oleh polisi)" — its agent is named after it with "oleh", or is the story's police
    for an act of the law, never the actor before it (a place, the one the clause is about); an
    attack's attacker follows the noun ("serangan kelompok kriminal bersenjata (terhadap Polres
    Puncak Jaya)"), those attacked named after "terhadap"/"ke" or left unnamed."""
    held, pairs = held_by(trig, actors, low, sure)
    if held:
        return held, pairs
    agent = agent_by(trig, actors, low)
    if agent and any(passive_form(w) for w in low[trig.end:agent.start]):
        agent = None  # "Usulan Komisi III itu ditolak oleh Kejaksaan": the passive verb's agent
    if agent is None and trig.cameo[:2] in ("18", "19", "20"):
        attacker = next((a for a in actors if a.start == trig.end and acts(a)), None)
        aimed = actor_after(trig, actors, low, lexicon().flags["attacked_markers"])
        if attacker and (aimed or not nominal(low[trig.start])):
            # "serangan KKB", "penyerangan Hamas terhadap Israel": the attacker follows the noun;
            # "penembakan pelajar" with no one attacked named after: the one shot follows it
            target = aimed or (unnamed(sure, attacker) if sure else None)
            return [attacker], [(attacker, target)] if target else []
    if agent is None and implied_agent(trig):
        agent = law
    target = actor_after(trig, actors, low, reach=trig.reach or 4)
    if (target is not None and agent is not None and target.entity.id == agent.entity.id and target.start > trig.end
            and low[target.end:target.end + 1] in (["di"], ["ke"], ["terhadap"])):
        # "Penggeledahan oleh tim penyidik Kejati di kantor PT Andalas …": past its agent, the one
        # acted on (the office's body, for a search)
        past = dataclasses.replace(trig, start=target.end - 1, end=target.end)
        target = actor_after(past, actors, low, reach=trig.reach or 4)
    if target and "," in low[trig.end:target.start]:
        target = None  # "Untuk memperlancar penyelidikan, ketiga tersangka …": another clause
    return ([agent] if agent else []), ([(agent, target)] if agent and target and target is not agent else [])


def speaker_at(doc: Document, sentence: Sentence, trig: Trigger, low: list[str],
               story: Story) -> list[Actor]:
    """The speaker of a quotation told at a meeting ('"…," katanya saat Rapat Kerja dengan Komisi
    XII'): the meeting is theirs, though the sentence names them only as -nya; what was said
    there in the passive ("Informasi itu turut disampaikan dalam rapat kerja dengan Banggar") is
    the subject the sentences before carry on (stages/sentence_subjects.py), who met there."""
    flags = lexicon().flags
    if trig.frame != "meet" or not trig.start or low[trig.start - 1] not in flags["said_at"]:
        return []
    ids = [q.speaker.entity for q in doc.quotes
           if q.speaker and q.speaker.entity and sentence.start <= q.end <= sentence.end]
    entity = next((e for e in doc.entities if ids and e.id == ids[-1]), None)
    if entity is None and flags["said_passives"] & set(low[max(0, trig.start - 4):trig.start - 1]):
        entity = story.subjects.chained(sentence.start)
    return [Actor(trig.start, trig.start, entity, -1, -1)] if entity else []


COPULA_REACH = 8  # words after a quotation's opening verb read for a copula
OPENING_MARKS = frozenset(QUOTE_MARKS | {"‘", "’", "(", "-", "—"})


def opens_quotation(words: Sequence[str], i: int) -> bool:
    """Whether only quotation marks, a bracket or a dash stand before word `i` ('"Mohon …')."""
    return all(w in OPENING_MARKS for w in words[:i])


def quote_opener(trig: Trigger, tokens: Sequence[Token], story: Story) -> list[Actor]:
    """The speaker of a quoted sentence that opens with an active act and names no doer
    ('"Terima kasih kepada Pak Rudi …," ujar Bupati', '"Mohon Kapolri menindak …," kata Ketua
    RT'): what the quotation does, its speaker does."""
    first = tokens[trig.start].text
    opening = opens_quotation([t.text for t in tokens[:trig.start]], trig.start)
    if (trig.passive or nominal(first.lower()) or first.isupper() or _an_noun(first.lower()) or not opening
            or _copula_after(trig, tokens)):
        # '"OTT-nya belum …', '"Penangkapan itu …", '"Menangkap pelaku adalah tugas kami"': a
        # quotation naming an act, not doing it
        return []
    at = tokens[trig.start].start
    entity = next((e for start, end, e in story.speakers if start <= at < end), None)
    return [Actor(trig.start, trig.start, entity, -1, -1)] if entity else []


def _an_noun(word: str) -> bool:
    """A noun in -an of a verb's root ("usulan", "tuntutan", "desakan"): it names an act."""
    return word.endswith("an") and noun_form(word)


def _copula_after(trig: Trigger, tokens: Sequence[Token]) -> bool:
    """A copula in the clause the trigger opens, before any comma ('"Menangkap pelaku adalah
    tugas kami"'; not '"Terima kasih atas kehadiran Bapak, Sekolah Rakyat adalah …"')."""
    for token in tokens[trig.end:trig.end + COPULA_REACH]:
        if token.text == ",":
            return False
        if token.text.lower() in lexicon().flags["copulas"]:
            return True
    return False


def held_by(trig: Trigger, actors: list[Actor], low: list[str],
             sure: str | None) -> tuple[list[Actor], list[tuple[Actor, Actor]]]:
    """An act named as a noun and held by someone after a light verb's passive ("Aksi unjuk rasa
    itu dilakukan oleh Aliansi Mahasiswa …", "Penangkapan Rudi Hartono dilakukan oleh Polda
    Metro Jaya"): that one acts, on whom the noun names before the verb, else on whom is named
    after the agent (not where they come from), else, for an act that may leave it open, on
    someone unnamed."""
    flags = lexicon().flags
    agent = agent_by(trig, actors, low, reach=HELD_REACH) or _agent_after_light_verb(trig, actors, low)
    between = low[trig.end:agent.start] if agent else []
    if agent is None or not flags["light_passives"] & set(between) or flags["clause_breaks"] & set(between):
        return [], []
    verb = trig.end + next(k for k, w in enumerate(between) if w in flags["light_passives"])
    target = next((a for a in actors if trig.end <= a.start and a.end <= verb), None)
    if target is None:
        # "… oleh ratusan mahasiswa dari Universitas Indonesia": where they come from; "…, didampingi
        # Kejagung": who came along (the trigger's `not_after`), past a comma no one acted on
        elsewhere = {"di", *flags["place_markers"], *trig.not_after}
        target = next((a for a in actors if agent.end <= a.start <= agent.end + (trig.reach or 4)
                       and low[a.start - 1] not in elsewhere and "," not in low[agent.end:a.start]), None)
    target = target or (unnamed(sure, agent) if sure and trig.open_target else None)
    return [agent], ([(agent, target)] if target else [])


def _agent_after_light_verb(trig: Trigger, actors: list[Actor], low: list[str]) -> Actor | None:
    """A body right after a light verb's passive without "oleh" ("OTT terhadap Noel dilakukan KPK
    pada Rabu"); not in a relative clause ("… yang dilakukan KPK" describes the act, told
    elsewhere)."""
    flags = lexicon().flags
    verb = next((k for k in range(trig.end, min(len(low), trig.end + HELD_REACH)) if low[k] in flags["light_passives"]),
                None)
    if verb is None or low[verb - 1] == "yang" or flags["clause_breaks"] & set(low[trig.end:verb]):
        return None
    agent = next((a for a in actors if a.start == verb + 1), None)
    return agent if agent is not None and agent.entity.type == "ORG" else None


def taken_by_law(trig: Trigger, actors: list[Actor], low: list[str], law: Actor | None,
                  sure: str) -> list[tuple[Actor, Actor]]:
    """A passive seizure naming no one seizing ("Uang tunai itu disita dari rumah seorang
    pejabat", "Ada pula Vespa … yang disita"): the story's law takes it from whom it names after
    "dari"/"milik", or from someone unnamed; with no law in the story, only from someone named."""
    flags = lexicon().flags
    if not coded_under(trig.cameo, "law_takes"):
        return []
    # only right after the verb: "aset yang disita sebanyak 38, terdiri dari …" names no owner
    owner = (actor_after(trig, actors, low, flags["taken_from_markers"], reach=4)
             if trig.end < len(low) and low[trig.end] in flags["taken_from_markers"] else None)
    if law is None and owner is not None:
        law = unnamed(sure, owner)
    return [] if law is None else [(law, owner or unnamed(sure, law))]


def force_deployed(trig: Trigger, actors: list[Actor], low: list[str], sure: str) -> list[tuple[Actor, Actor]]:
    """A force sent, told in the passive with no one sending it ("Sebanyak 350 personel gabungan
    TNI, Polri, BPBD, dan relawan juga dikerahkan untuk …"): the personnel it counts show their
    strength, whom they face left unnamed. Only police or troops told as such ("personel",
    "prajurit", their count) open the clause; a body named there ("Helikopter milik TNI", "Menurut
    Polda Jatim, 1.000 relawan …") sends nothing."""
    if not coded_under(trig.cameo, "deployments"):
        return []
    force = next((a for a in actors if a.end <= trig.start and a.entity.sector in ("COP", "MIL")
                  and a.entity.id.startswith(AGENT) and (a.start == 0 or low[a.start - 1] in (*COUNT_OPENERS, ","))
                  and not any(w in (";", "yang") or verb_form(w) for w in low[a.end:trig.start])), None)
    return [(force, unnamed(sure, force))] if force else []


def enclitic_pairs(trig: Trigger, subject: list[Actor], story: Story,
                    tokens: Sequence[Token]) -> list[tuple[Actor, Actor]]:
    """"partai politik memintanya berkantor di IKN": the one -nya stands for is the person the
    story named last, other than the one acting; a thing's owner ("mengabulkan gugatannya") was
    named before the sentence (not "Ketua MK Suhartoyo mengatakan MK mengabulkan …")."""
    acting = {s.entity.id for s in subject}
    at = tokens[0].start if trig.possessive else tokens[trig.start].start
    person = next((e for end, e in reversed(story.people) if end <= at and e.id not in acting), None)
    if person is None:
        return []
    told = tokens[trig.start]
    return [(s, Actor(trig.start, trig.end, person, told.start, told.end)) for s in subject]


def implied_agent(trig: Trigger) -> bool:
    """Whether a passive of this code, with no agent named, is the law's act (data: [flags]
    implied_agent, CAMEO roots)."""
    return coded_under(trig.cameo, "implied_agent")


def giver_named(trig: Trigger, actors: list[Actor], low: list[str]) -> Actor | None:
    """The giver of passive aid the sentence names: after "oleh" ("diberikan … oleh relawan
    Partai Golkar"), or after "dari" before the verb ("Bantuan dari Jepang disalurkan …")."""
    flags = lexicon().flags
    agent = actor_after(trig, actors, low, flags["agent_markers"])
    if agent is not None:
        return agent
    return next((a for a in reversed(actors) if a.end <= trig.start and a.start > 0
                 and low[a.start - 1] in flags["giver_markers"]), None)


def law_at(trig: Trigger, actors: list[Actor], low: list[str]) -> Actor | None:
    """The police or prosecutors a passive names as where it was done ("ditetapkan tersangka di
    Polda Metro Jaya", "diperiksa di Kejati"): the ones who did it."""
    sectors = lexicon().flags["law_sectors"]
    return next((a for a in actors if trig.end <= a.start <= trig.end + 3 and low[a.start - 1] == "di"
                 and a.entity.type == "ORG" and a.entity.sector in sectors), None)
