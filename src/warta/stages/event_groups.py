"""Words that stand for several actors the story named before: "kedua pihak", "kedua menlu"
(the two parties named last, the two holding that office for two people) and a "mereka" before a
passive verb (the suspects named by their initials before).
Read by stages/event_actors.py over its Story."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warta.model import Entity, Event
from warta.stages.actor_types import AGENT, Actor
from warta.stages.agent_words import agent_firsts, agent_words, country_names, group_words
from warta.stages.event_agents import counts
from warta.stages.event_triggers import lexicon
from warta.stages.sentence_subjects import pronoun_words
from warta.stages.title_sectors import holds_title
from warta.stages.tokens import Token

if TYPE_CHECKING:
    from warta.stages.event_actors import Story


def pairs_in(tokens: Sequence[Token], taken: set[int], story: Story) -> list[Actor]:
    """"keduanya", "kedua pihak", "kedua negara": the two parties the story named last, both
    standing where the phrase stands (data: agents.toml [pronouns] pair…)."""
    if not any(t.text[:1] in "kK" and t.text[:5].lower() == "kedua" for t in tokens):
        return []  # every phrase for two parties opens with "kedua"/"keduanya"
    pronouns = pronoun_words()
    low = [t.text.lower() for t in tokens]
    out = []
    for i in range(len(tokens)):
        for size in (3, 2, 1):
            if i + size > len(tokens):
                continue
            phrase = " ".join(low[i:i + size])
            kind = next((k for k in ("pair", "pair_countries", "pair_people") if phrase in pronouns[k]), None)
            if kind and not taken & set(range(i, i + size)):
                for entity in _last_two(story, tokens[i].start, kind, tuple(low[i + 1:i + size])):
                    out.append(Actor(i, i + size, entity, tokens[i].start, tokens[i + size - 1].end))
                break
    return out


def _last_two(story: Story, offset: int, kind: str, office: tuple[str, ...]) -> list[Entity]:
    """The two distinct entities of the kind mentioned last before `offset`; for two people,
    those whose title opens with the office the phrase names, its short form written out first
    ("kedua menteri": the two ministers, not the president named between them; "kedua menlu":
    the two foreign ministers, not an ambassador; "kedua perdana menteri": not a minister)."""
    if kind == "pair_people":
        titled = _last_two_of(story, offset, kind, lambda e: holds_title(e.title, office))
        if titled:
            return titled
    return _last_two_of(story, offset, kind, lambda e: True)


def _last_two_of(story: Story, offset: int, kind: str, wanted) -> list[Entity]:
    found: list[Entity] = []
    for entity, _ in story.mentions.last_starting_before(offset):
        if not wanted(entity):
            continue
        if kind == "pair_people" and entity.type != "PERSON" or kind == "pair_countries" and not (
                entity.type == "PLACE" and entity.name in country_names()):
            continue
        if kind == "pair" and entity.type == "PLACE":
            continue
        if all(entity.id != e.id for e in found):
            found.append(entity)
        if len(found) == 2:
            return found[::-1]
    return []


INITIALS = re.compile(r"[A-Z]{2,4}")
ACTED_ON_REACH = 300  # characters back to the people a "mereka" before a passive stands for


def suspects_before(story: Story, at: int) -> list[Entity]:
    """The people named by their initials in the ACTED_ON_REACH characters before `at`, in the
    order named: the suspects a plural pronoun before a passive verb stands for ("… berinisial AS
    dan RT. Mereka dijerat …"); people named in full may be victims or witnesses, and are left."""
    found: list[Entity] = []
    for entity, mention in story.mentions.last_starting_before(at):
        if at - mention.start > ACTED_ON_REACH:
            break
        if entity.type == "PERSON" and INITIALS.fullmatch(entity.name) and all(e.id != entity.id for e in found):
            found.append(entity)
    return found[::-1]


COUNT_OPENERS = ("sebanyak", "setidaknya", "sekitar", "sedikitnya")  # "Sebanyak 300 karyawan …"


def group_opening(tokens: Sequence[Token], home: str | None) -> tuple[int, Entity] | None:
    """A counted group that opens a sentence telling no act ("Sebanyak 300 karyawan PT Sinar
    Jaya belum menerima gaji", "Ratusan petani mendatangi Kantor Pertanahan …"), and where: what
    a "mereka" opening the next sentence stands for."""
    low = [t.text.lower() for t in tokens[:6]]
    first = k = 1 if low[:1] and low[0] in COUNT_OPENERS else 0
    if k >= len(low) or not (low[k] in group_words() or low[k].replace(".", "").isdigit()):
        return None
    k += 1
    for size in (2, 1):
        words = tuple(low[k:k + size])
        if len(words) == size and words in agent_words():
            name = " ".join(t.text for t in tokens[first:k + size])
            sector = agent_words()[words][0]
            return tokens[first].start, Entity(id=f"{AGENT}{name.lower()}", name=name, type="PERSON", sector=sector,
                                           country=home)
    return None


SINGLE = ("seorang", "satu", "sebuah")  # counts of one: no group a later "mereka" stands for


def _many(word: str) -> bool:
    """A word that makes an unnamed actor a group: a quantifier ("ratusan", "para") or a number
    of more than one ("1.500 petani", "tujuh mahasiswa")."""
    return word in group_words() or counts(word) and word not in SINGLE


def group_acting(found: list[Event], by_id: dict[str, Entity], titled: bool = False) -> tuple[int, Entity] | None:
    """The body or group (or, `titled`, titled person) that is the first source of a sentence's
    events, and where: what a sentence-opening "mereka" (or "pihaknya") after it stands for."""
    for event in found:
        source = event.source
        if source is None or source.start is None:
            continue
        entity = by_id.get(source.entity) if source.entity else None
        if entity is not None and (entity.type == "ORG" or titled and entity.type == "PERSON" and entity.title):
            return source.start, entity
        first = source.name.split()[0].lower() if source.name else ""
        crowd = _many(first) or first in lexicon().flags["crowds"]
        if source.entity is None and first and crowd:
            # an unnamed group told by its number ("ratusan mahasiswa", "para buruh") or a crowd
            # ("Warga Desa Sumberejo memblokade jalan … Mereka menuntut …")
            return source.start, Entity(id=f"{AGENT}{source.name.lower()}", name=source.name, type="PERSON",
                                        sector=source.sector, country=source.country)
        return None
    return None


LAW_CODES = ("09", "112", "17")  # investigated, accused of a crime, arrested or held: what the law does


def group_acted_on(found: list[Event]) -> tuple[int, Entity] | None:
    """A counted group a sentence's acts of the law act on ("Polisi menangkap tujuh orang"), and where:
    what a "mereka" opening a later sentence before a passive verb stands for ("Mereka kemudian
    diperiksa oleh penyidik")."""
    for event in found:
        target = event.target
        if target is None or target.start is None or target.entity is not None or not target.name:
            continue
        if not (event.cameo or "").startswith(LAW_CODES):
            continue  # evacuees or those given aid are not the "mereka" a later arrest or search is of
        first = target.name.split()[0].lower()
        if _many(first):
            return target.start, Entity(id=f"{AGENT}{target.name.lower()}", name=target.name, type="PERSON",
                                        sector=target.sector, country=target.country)
    return None


def group_told(tokens: Sequence[Token]) -> bool:
    """Whether the sentence tells of a counted group anywhere ("Sementara itu, ratusan mahasiswa
    tetap bertahan …"): a quantifier or a number of more than one before a noun of people."""
    low = [t.text.lower() for t in tokens]
    agents, firsts = agent_words(), agent_firsts()
    # the noun first: two lookups, where the count's test costs several calls for every word
    return any(low[i + 1] in firsts and ((low[i + 1],) in agents or tuple(low[i + 1:i + 3]) in agents)
               and _many(low[i]) for i in range(len(low) - 1))
