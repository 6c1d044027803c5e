"""The unnamed actors of a sentence (data/agents.toml: "polisi", "para menteri", "warga",
"WNI"), read around the named ones: of the story's country, of the country named right after
them, or of the one their word names, or, for the local ones ("polisi setempat"), of the place
the story is at; a name right after them is the actor instead."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from warta.model import Entity
from warta.stages.actor_types import AGENT, Actor
from warta.stages.agent_words import (
    OFFICE_SECTORS,
    agent_firsts,
    agent_words,
    counted_words,
    for_the_body,
    is_country,
    kin_words,
    national_words,
    near_name_words,
    official_words_at,
)
from warta.stages.event_triggers import Trigger, lexicon, passive_form, verb_form
from warta.stages.tokens import Token
from warta.stages.word_lists import area_kinds, calendar_words, demonstratives, honorifics, origin_words


def with_agents(named: list[Actor], tokens: Sequence[Token], home: str | None) -> list[Actor]:
    """The named actors and the unnamed ones (data/agents.toml: "polisi", "para menteri",
    "warga") outside any name, of the story's country or the country right after them."""
    taken = {i for a in named for i in range(a.start, a.end)}
    after = {a.start: a for a in named}
    places = {a.start: a.end for a in named if a.entity.type == "PLACE"}
    agents, firsts = agent_words(), agent_firsts()
    low = [_base_form(t.text.lower()) for t in tokens]
    out = list(named)
    i = 0
    while i < len(tokens):
        if low[i] not in firsts:  # most words open no agent's name: no tuples built for them
            i += 1
            continue
        for size in (4, 3, 2, 1):  # "badan usaha milik negara"
            words = tuple(low[i:i + size])
            if len(words) == size and words in agents and not taken & set(range(i, i + size)) \
                    and not _title_word(tokens, i, size, places) and _counted_if_needed(words, low, i) \
                    and (words not in kin_words() or _kin_of_someone(tokens, i, size, low)) \
                    and not set(low[max(0, i - 2):i]) & near_name_words()["possessed"] \
                    and " ".join(low[i:i + 2]) not in near_name_words()["foreign_compounds"] \
                    and _qualified(words, low, i + size, after):  # "belanja publik": whose
                sector, acted_on = agents[words]
                nxt = after.get(i + size)
                # "pelapor, Aris Carmadi"; "tersangka berinisial AS", "pelajar SMP berinisial AF":
                # the one named after
                cue = _initials_cue(low, i + size)
                past = _past_origin(low, i + size, after)  # "produsen asal Swiss, Stadler Rail,"
                between = tokens[past].text if past < len(tokens) else ""
                # (a name after the comma that a verb follows opens the next clause: "Usai bertemu
                # investor asal China, Bahlil mengatakan …")
                named_next = (after.get(cue + 1) if cue is not None
                              else after.get(past + 1) if between == "," and not _subject_at(low, past + 1, after)
                              else nxt)
                described = _described_person(low, i + size, after) if acted_on and not named_next else None
                if described is not None:
                    # "terdakwa kasus korupsi alat kesehatan RSUD Kota Salatiga, Sutrisno Wibowo,":
                    # the person the description sets off is the one acted on; what the
                    # description names is not
                    out = [a for a in out if not (i <= a.start and a.end <= described.start) and a is not described]
                    out.append(Actor(i, described.end, described.entity, described.mention_start,
                                     described.mention_end))
                    i = described.end - 1
                    break
                if named_next and (named_next.entity.type == "PERSON" or named_next.entity.type == "ORG" and (
                        nxt is not named_next or for_the_body(words, sector))):
                    if cue is not None and named_next in out:
                        # "seorang aparatur sipil negara berinisial WS": one actor from its noun to
                        # the initials, so the verb reaches it as one
                        first = i - 1 if i and counts(low[i - 1]) and i - 1 not in taken else i
                        out = [a for a in out if a is not named_next] + [
                            Actor(first, named_next.end, named_next.entity, named_next.mention_start,
                                  named_next.mention_end)]
                        i = named_next.end - 1
                        break
                    if past > i + size and named_next is after.get(past + 1):
                        # "investor asal Uni Emirat Arab, Al Nahda Group": one actor from the noun to
                        # the name (so a list reaches it), where they come from no actor of its own
                        out = [a for a in out if a.start != i + size + 1 and a is not named_next] + [
                            Actor(i, named_next.end, named_next.entity, named_next.mention_start,
                                  named_next.mention_end)]
                        i = named_next.end - 1
                        break
                    i += size - 1
                    break  # "pelapor, Aris Carmadi", "warga Budi", "penyidik KPK": the name is the actor
                country = national_words()[words][1] if words in national_words() else home
                origin = after.get(i + size + 1) if past > i + size else None
                if origin is not None:  # "investor asal China": one actor, of China
                    country, size = origin.entity.country, past - i
                    out.remove(origin)
                elif nxt and nxt.entity.type == "PLACE":  # "polisi Prancis": one actor, of France
                    country = nxt.entity.country
                    out.remove(nxt)
                    size = nxt.end - i
                elif (area := _area_after(tokens, i + size, after)) is not None:
                    # "Warga Desa Muara Kaman Ulu memblokade …": the village's people, one actor (no
                    # village acts), to the end of the village's name
                    country = area.entity.country or home
                    out.remove(area)
                    size = _name_end(tokens, area.end, taken) - i
                elif nxt and nxt.entity.type == "ORG":
                    # "nasabah Koperasi BLN", "mahasiswa Universitas Udayana": its people, not the body
                    country = nxt.entity.country or home
                    out.remove(nxt)
                    size = nxt.end - i
                owner = low[i + size] if i + size < len(low) else ""
                if words in kin_words() and owner in near_name_words()["kin_owners"]:
                    size += 1  # "ibu tiri korban": the victim's stepmother, one actor
                first = i - 1 if i and counts(low[i - 1]) and i - 1 not in taken else i
                while first < i and first and _number(low[first - 1]) and _number(low[first]) \
                        and first - 1 not in taken:
                    first -= 1  # "tujuh juta orang", "35 juta keluarga": every word of the number
                size, i = size + i - first, first  # "para gubernur", "seluruh kepala daerah"
                name = " ".join(t.text for t in tokens[i:i + size])
                kind = "ORG" if " ".join(words) in near_name_words()["bodies"] else "PERSON"
                entity = Entity(id=f"{AGENT}{'!' if acted_on else ''}{name.lower()}", name=name,
                                type=kind, sector=sector, country=country)
                out.append(Actor(i, i + size, entity, tokens[i].start, tokens[i + size - 1].end))
                i += size - 1
                break
        i += 1
    return sorted(out, key=lambda a: a.start)


def _area_after(tokens: Sequence[Token], at: int, after: dict[int, Actor]) -> Actor | None:
    """The place named after a kind of area at `at` ("Desa Muara Kaman"), if it is an actor."""
    if at >= len(tokens) or tokens[at].text not in area_kinds():
        return None
    place = after.get(at + 1)
    return place if place is not None and place.entity.type == "PLACE" else None


def _name_end(tokens: Sequence[Token], end: int, taken: set[int]) -> int:
    """Past the capitalised words that go on a place's name where the gazetteer's ended ("Muara
    Kaman Ulu"), short of another kind of area."""
    while end < len(tokens) and end not in taken and tokens[end].text[:1].isupper() \
            and tokens[end].text.isalpha() and tokens[end].text not in area_kinds() \
            and tokens[end].text.lower() not in calendar_words():  # "Warga Desa Muara Kaman Selasa lalu …"
        end += 1
    return end


def _qualified(words: tuple[str, ...], low: list[str], at: int, after: dict[int, Actor]) -> bool:
    """An agent word of near_names `qualified_only` ("otoritas") with a place or a word of `local`
    right after it ("otoritas Malaysia", "otoritas setempat"); any other agent word always."""
    if " ".join(words) not in near_name_words()["qualified_only"]:
        return True
    nxt = after.get(at)
    return nxt is not None and nxt.entity.type == "PLACE" or at < len(low) and low[at] in near_name_words()["local"]


DESCRIPTION_WORDS = 12  # words of a suspect's description before the comma that sets off their name


def _described_person(low: list[str], at: int, after: dict[int, Actor]) -> Actor | None:
    """The person named after a comma that closes the description of one acted on ("terpidana
    kasus korupsi kredit fiktif BPR Kota Cirebon, Nana Suryana,"), the name closed by a comma, a
    bracket (its short form: "…, Sahat Tua Simanjuntak (STS)") or the sentence's end: the words
    between tell what of, with no verb and no word of `description_stops` (a relative clause, a
    time phrase) among them."""
    stops = lexicon().flags["description_stops"]
    for k in range(at, min(len(low) - 1, at + DESCRIPTION_WORDS)):
        if low[k] == ",":
            person = after.get(k + 1)
            closed = person is not None and low[person.end:person.end + 1] in ([","], ["."], [")"], ["("], [])
            return person if closed and person.entity.type == "PERSON" and k > at else None
        if low[k] in stops or verb_form(low[k]):
            return None  # "Setelah polisi menangkap pelaku pada Senin malam, Budi …": a clause, no description
    return None


COUNT = re.compile(r"\d{1,3}(?:\.\d{3})*")  # "630", "1.000"; not a year ("Sejak 2020 polisi …")


def counts(word: str) -> bool:
    """A quantifier or number before an unnamed actor ("para", "sejumlah", "tiga", "1.000")."""
    near = near_name_words()
    return word in near["quantifiers"] or word in near["numbers"] or bool(COUNT.fullmatch(word))


def _number(word: str) -> bool:
    """A number word or digits ("tujuh", "juta", "35"), not a quantifier ("sejumlah", "pihak")."""
    return word in near_name_words()["numbers"] or bool(COUNT.fullmatch(word))


def _counted_if_needed(words: tuple[str, ...], low: list[str], i: int) -> bool:
    """A noun of [counted] ("orang", "pihak") is an actor only counted or pointed at, and not when
    an agent word follows it ("sejumlah pihak", "pria itu"; not "pihak kepolisian": there the
    police act)."""
    if words not in counted_words():
        return True
    after = i + len(words)
    if after < len(low) and low[after] in demonstratives():
        return True  # "Pria itu memperkosa …": the one told of before
    if i > 1 and low[i - 1] == "orang" and counts(low[i - 2]) and words != ("lainnya",):
        return True  # "tujuh orang pria": counted through the classifier "orang" ("tiga orang lainnya" as before)
    # ("tiga orang lainnya": "lainnya" is the rest of those counted, no agent's word)
    return i > 0 and counts(low[i - 1]) and (i + 1 >= len(low) or low[i + 1] not in agent_firsts()
                                             or low[i + 1] == "lainnya")




def _kin_of_someone(tokens: Sequence[Token], i: int, size: int, low: list[str]) -> bool:
    """Whether kin words at `i` are someone's kin: possessed, counted or a passive's agent."""
    # right after a passive verb kin is its agent ("Korban dianiaya ibu tiri sejak Jumat",
    # "dianiaya suami"), unless the word is another noun's head ("dikritik anak muda")
    nxt = low[i + size] if i + size < len(low) else ""
    agent = i > 0 and passive_form(low[i - 1]) and nxt not in near_name_words()["kin_compounds"]
    return _possessed(tokens, i + size - 1) or bool(i and counts(low[i - 1])) or agent


def _possessed(tokens: Sequence[Token], last: int) -> bool:
    """Whether a kin word is someone's: "-nya" on it or a word of `kin_owners` after it
    ("menusuk tetangganya", "istri korban"; not "negara tetangga"); one counted is someone too
    ("Seorang istri …")."""
    word = tokens[last].text.lower()
    nxt = tokens[last + 1].text.lower() if last + 1 < len(tokens) else ""
    return word.endswith("nya") or nxt in near_name_words()["kin_owners"]


@lru_cache(maxsize=20_000)  # every word of every sentence asks; bounded for long ingests
def _base_form(word: str) -> str:
    """The agent word a token may be: "menterinya" is "menteri" (his ministers), "ibunya" "ibu";
    "hanya" stays whole; a plural told by doubling is the noun once ("mitra-mitra",
    "pejabat-pejabatnya"), unless the doubled word is an agent word itself ("laki-laki")."""
    if word.endswith("nya") and len(word) > 5 and word not in agent_firsts():  # "lainnya" is a word of its own
        word = word[:-3]
    if "-" not in word:
        return word
    half, _, rest = word.partition("-")
    return half if half and half == rest and word not in agent_firsts() else word


def _title_word(tokens: Sequence[Token], i: int, size: int, places: dict[int, int]) -> bool:
    """A capitalised agent word inside a run of capitalised words is part of a title or a name
    ("Perdana Menteri Jepang Shigeru Ishiba", "Gubernur Pramono"); "Polisi Prancis menangkap"
    (a place after it, then no name) is the agent of that country. An acronym listed as an agent
    word is one ("tiga WNI", "ASN")."""
    first = tokens[i].text
    words = tuple(_base_form(t.text.lower()) for t in tokens[i:i + size])
    if not first[:1].isupper() or agent_words().get(words, ("",))[0] not in OFFICE_SECTORS:
        return False  # "Warga Kampung Bayam": only an office opens a name ("Gubernur Pramono")
    if (i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].text.isalpha()
            and tokens[i - 1].text.lower() not in near_name_words()["quantifiers"]
            and tokens[i - 1].text.lower() not in honorifics()):  # "Bapak Presiden meminta …": the office, addressed
        return True
    j = i + size
    texts = [t.text.lower() for t in tokens[j:j + 3]]
    if texts[:2] == ["ke", "-"] and len(texts) == 3 and texts[2].isdigit():
        j += 3  # "Presiden ke-7 RI Joko Widodo": the office's ordinal
    j = places.get(j, j)
    return j < len(tokens) and tokens[j].text[:1].isupper() and tokens[j].text.isalpha()


# How far a noun's description may run before the initials it ends with ("tersangka korupsi dana
# kapitasi puskesmas berinisial NW" spans six words)
INITIALS_REACH = 7


@cache
def _people_firsts() -> frozenset[str]:
    """The first words of agent words for people, not bodies ("tersangka", "anak"; not "bank")."""
    return agent_firsts() - near_name_words()["bodies"]


def _initials_cue(low: list[str], at: int) -> int | None:
    """Where "berinisial"/"inisial" stands in the description that follows a noun of people,
    if it ends that description: not past a comma (but one that sets the initials off), a verb,
    a second noun of people ("terdakwa pencabulan anak tiri berinisial MR" names the child) or a
    word opening one ("tersangka dan saksi berinisial …", "pelaku … terhadap seorang pelajar
    berinisial FA"; [flags] initials_stops)."""
    cues, stops, people = lexicon().flags["initials_words"], lexicon().flags["initials_stops"], _people_firsts()
    for k in range(at, min(len(low), at + INITIALS_REACH)):
        if low[k] in cues:
            return k
        if low[k] == "," and k + 1 < len(low) and low[k + 1] in cues:
            return k + 1  # "pengelola tempat karaoke di Jati, berinisial MF,"
        if not low[k].isalnum() or low[k] in stops or low[k] in people or verb_form(low[k]):
            return None
    return None


def _subject_at(low: list[str], at: int, after: dict[int, Actor]) -> bool:
    """Whether an actor named at `at` is a clause's subject: a verb follows it."""
    name = after.get(at)
    return name is not None and name.end < len(low) and verb_form(low[name.end])


def _past_origin(low: list[str], at: int, after: dict[int, Actor]) -> int:
    """Past "asal <country>" told of people right after their noun ("investor asal Uni Emirat Arab,
    Al Nahda Group,"): where the name they are set off by would begin (a town of origin is only
    where they come from: "TKW asal Indramayu")."""
    place = after.get(at + 1) if at < len(low) and low[at] in origin_words() else None
    return place.end if place is not None and is_country(place.entity.name) else at


def agent_right_after(trig: Trigger, actors: list[Actor], low: list[str]) -> Actor | None:
    """The actor right after a passive verb, its agent without "oleh" ("ditahan KPK"); an official's
    word may lead into the body's name ("digeledah penyidik Kejaksaan Tinggi Riau")."""
    return next((a for a in actors if a.start in (trig.end, past_team(low, trig.end))), None)


def past_team(low: list[str], start: int) -> int:
    """Where a body's name opens after the team, members or official that lead into it at `start`
    ("tim Ditreskrimum …", "oknum anggota Satpol PP", "penyidik KPK", "jaksa penuntut umum
    Kejari Depok"), or `start`."""
    flags = lexicon().flags
    k = start
    while k < min(len(low), start + 2) and (low[k] in flags["team_words"] or (
            k > start and low[k] in flags["member_words"] and low[k - 1] in flags["team_words"])):
        k += 1
    return k + official_words_at(low, k)


def local_agents(actors: list[Actor], tokens: Sequence[Token],
                 place_before: Callable[[int], Entity | None]) -> list[Actor]:
    """An unnamed actor followed by a word of `local` ("polisi setempat", "otoritas setempat") is
    of the country of the place the story is at: one named after a word of `locatives` later in
    the sentence ("… menahan empat WNI di Phnom Penh"), else the last such place before it
    (`place_before(offset)`). A story of Indonesians held in Cambodia speaks of Cambodia's police."""
    words = near_name_words()
    out = []
    for actor in actors:
        place = None
        local = actor.end < len(tokens) and tokens[actor.end].text.lower() in words["local"]
        if actor.entity.id.startswith(AGENT) and local:
            place = next((a.entity for a in actors if a.start > actor.end and a.entity.type == "PLACE"
                          and a.entity.country and tokens[a.start - 1].text.lower() in words["locatives"]),
                         None) or place_before(tokens[actor.start].start)
        if place is not None and place.country and place.country != actor.entity.country:
            entity = actor.entity.model_copy(update={"country": place.country})
            actor = Actor(actor.start, actor.end, entity, actor.mention_start, actor.mention_end)
        out.append(actor)
    return out
