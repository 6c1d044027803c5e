"""A person's name that runs on over a particle ("Muhammad Rizal bin Abdullah", "Ujang Sobari bin
Oman", "Rosmawati br Simanjuntak"): the model often reads the words either side of "bin" or "br" as
two names, or the part after it as a place (Oman); they are one name (data/ner.toml [name_particles]).
So too a Balinese title before a name the model read without it ("Anak Agung Ngurah Oka"; data:
[opener_pairs])."""

from __future__ import annotations

import re
from functools import cache

from warta.gazetteer import gazetteer, key_of
from warta.resources import load
from warta.stages.entity_groups import Candidate
from warta.stages.name_shape import MAX_NAME
from warta.stages.word_lists import name_particles, weekdays

# a particle written before a capitalised word (" bin Abdullah"), and a capitalised word of a name
# after a space (" Abdullah", " Al-Harbi", " O'Neil")
_PARTICLE = re.compile(r" ([a-z]+)(?= [A-Z])")
_NAME_WORD = re.compile(r" [A-Z][\w'’-]*")


def joined_over_particles(body: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each person whose name goes on past a particle extended over it and the
    capitalised words after (at most MAX_NAME of them); candidates inside the extension dropped."""
    particles = name_particles()
    swallowed: set[int] = set()
    for person in sorted((c for c in candidates if c.type == "PERSON"), key=lambda c: c.start):
        if id(person) in swallowed:
            continue
        end = _name_end(body, person.end, particles, person.text.split()[-1].lower() in particles)
        if end == person.end:
            continue
        person.end, person.text = end, body[person.start:end]
        swallowed |= {id(c) for c in candidates if c is not person and person.start <= c.start and c.end <= end}
    for cand in candidates:
        if cand.type != "PERSON" and _opened_as_a_name(body, cand):
            # "I Nyoman Giri Prasta", "Ni Made Sri Sutarmi": the openers only ever open a person's name
            cand.type, cand.sector, cand.canonical, cand.place = "PERSON", None, None, None
    for person in candidates:
        if person.type == "PERSON" and id(person) not in swallowed:
            _back_over_openers(body, person)
    return [c for c in candidates if id(c) not in swallowed]


@cache
def _opener_pairs() -> dict[str, frozenset[str]]:
    return {opener: frozenset(nexts) for opener, nexts in load("ner")["opener_pairs"].items()}


@cache
def _birth_order_names() -> frozenset[str]:
    return frozenset(load("ner")["birth_order_names"]["words"])


_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]*) $")  # a whole word: not the "I" ending "KONI"


def _opened_as_a_name(body: str, cand: Candidate) -> bool:
    """Whether a Balinese title pair with a birth-order name ([birth_order_names]) opens the
    candidate, in it ("I Made Satria") or right before it ("I" before "Nyoman Giri Prasta")."""
    pairs, words, g = _opener_pairs(), cand.text.split(), gazetteer()
    if key_of(cand.text) in g.organisations or g.place(cand.text) is not None:
        return False  # "I Gusti Ngurah Rai": the airport the gazetteer knows by the hero's name
    before = _WORD_BEFORE.search(body, max(0, cand.start - 12), cand.start)
    births = _birth_order_names()
    return (len(words) >= 3 and words[1] in pairs.get(words[0], ()) and words[1] in births
            or len(words) >= 2 and before is not None and words[0] in pairs.get(before.group(1), ())
            and words[0] in births)


def _back_over_openers(body: str, person: Candidate) -> None:
    """The person's name opened by the Balinese titles written right before it ("Anak" before
    "Agung Ngurah Oka", then "I" before "Gusti …"), each only before the words it goes with."""
    pairs, start, first = _opener_pairs(), person.start, person.text.split()[0]
    while (word := _WORD_BEFORE.search(body, max(0, start - 12), start)) and first in pairs.get(word.group(1), ()):
        start, first = word.start(1), word.group(1)
    if start != person.start:
        person.start, person.text = start, body[start:person.end]


def _name_end(body: str, at: int, particles: frozenset[str], after_particle: bool) -> int:
    """Where a name that ends at `at` ends once run on over particles and the name words after
    them; `at` itself when no particle and name word follow."""
    end, words = at, 0
    while words < MAX_NAME:
        particle = None if after_particle else _PARTICLE.match(body, end)
        if not after_particle and not (particle and particle.group(1) in particles):
            break
        following = _name_word_at(body, particle.end() if particle else end)
        if following is None:
            break
        end, words, after_particle = following, words + 1, False
        while words < MAX_NAME and (more := _name_word_at(body, end)) is not None:
            end, words = more, words + 1  # the name's words after the particle ("bin Hamad Al Thani")
    return end


def _name_word_at(body: str, at: int) -> int | None:
    """Where the name word after the space at `at` ends, if one stands there."""
    word = _NAME_WORD.match(body, at)
    return word.end() if word and _name_word(word.group(0)[1:]) else None


def _name_word(word: str) -> bool:
    """A capitalised word that may go on a name: no day ("… bin Oman Senin malam"), title or body."""
    g = gazetteer()
    return word not in weekdays() and key_of(word) not in g.titles and key_of(word) not in g.organisations
