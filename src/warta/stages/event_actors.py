"""The actors of a sentence, for the events stage: the entities mentioned in it, the people
"ia"/"dia"/"beliau" stand for and the speaker "kami"/"saya" stand for inside a quotation, and
the unnamed actors of data/agents.toml ("polisi", "para menteri", "warga"), each of a country.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.gazetteer import gazetteer, key_of
from warta.model import Document, Entity, Sentence
from warta.morphology import root_of
from warta.stages.actor_types import AGENT, Actor
from warta.stages.affiliations import bodies_of_officers
from warta.stages.agent_words import (
    agent_words,
    epithet_words,
    near_name_words,
)
from warta.stages.countries import story_country
from warta.stages.event_agents import local_agents, with_agents
from warta.stages.event_groups import pairs_in, suspects_before
from warta.stages.event_triggers import act_opens_at, lexicon, passive_form, spoken_verb_at, verb_form
from warta.stages.initialled_titles import INTRODUCING
from warta.stages.sentence_subjects import Subjects, opens_sentence, pronoun_ends, pronoun_words
from warta.stages.spans import ByStart
from warta.stages.title_sectors import holds_title
from warta.stages.tokens import Token
from warta.stages.word_lists import head_titles

GROUP_REACH = 400  # characters back to the group a sentence-opening "mereka" stands for


@dataclass
class Story:
    """What the events stage knows of the whole article before reading its sentences."""

    home: str | None  # the country unnamed actors are of
    sure: str | None  # the country an unnamed target is of, when the story surely is its
    people: list[tuple[int, Entity]]  # every mention of a person, by where it ends
    mentions: ByStart  # every mention that can act, by where it starts
    law: Entity | None  # the police or prosecutors the story names most
    speakers: list[tuple[int, int, Entity]]  # the direct quotes and the entity who spoke each
    subjects: Subjects  # who opens each sentence, for a sentence-opening "dia"
    # the body or group that acted last (where its act was told, and who), for "mereka" opening a
    # sentence after it; the events stage keeps it as it reads the sentences in order
    last_group: tuple[int, Entity] | None = None
    last_side: tuple[int, Entity] | None = None  # the same, or a titled person: what "pihaknya" stands for
    # the counted group the events last acted on ("menangkap tujuh orang"): a "mereka" before a
    # passive verb after it ("Mereka kemudian diperiksa …"), when no suspects were named by initials
    last_acted_on: tuple[int, Entity] | None = None
    officers: dict[str, Entity] | None = None  # a titled person's id → the body their title names


def story_of(doc: Document, law: Entity | None) -> Story:
    acting = [(m.start, (entity, m)) for entity in doc.entities
              if not (entity.type == "EVENT" or (entity.type == "PLACE" and not entity.country))
              for m in entity.mentions]  # regions (Asia, Timur Tengah) act in no one's name
    by_id = {e.id: e for e in doc.entities}
    speakers = [(q.start, q.end, by_id[q.speaker.entity]) for q in doc.quotes
                if q.speaker and q.speaker.entity in by_id]
    return Story(home_country(doc), home_country(doc, strict=True), people_by_end(doc), ByStart(acting), law,
                 speakers, Subjects(doc, doc.quotes), officers=bodies_of_officers(doc.entities, doc.body))


def actors_in(doc: Document, sentence: Sentence, tokens: Sequence[Token], story: Story,
              spans: Sequence[tuple[int, int, str]]) -> list[Actor]:
    """The actors of a sentence; `spans` are its gazetteer matches."""
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    out = []
    for entity, m in story.mentions.starting_in(sentence.start, sentence.end):
        if m.end > sentence.end:
            continue
        first = bisect.bisect_right(ends, m.start)  # the first token ending after the mention starts
        last = bisect.bisect_left(starts, m.end) - 1  # the last token starting before it ends
        if first < len(tokens) and last >= first:
            out.append(Actor(first, last + 1, entity, m.start, m.end))
    out += _pronouns(tokens, {a.start for a in out}, story)
    pairs = pairs_in(tokens, {i for a in out for i in range(a.start, a.end)}, story)
    out = _epithets(out + pairs, tokens, story, sentence.start)
    out.sort(key=lambda a: a.start)
    # an office opening a named person's title is theirs, not a bare title of its own ("bertemu
    # Menteri Luar Negeri dan Kerja Sama Timor-Leste Adelino …" is not the minister named before)
    out = with_agents(out + _bare_titles(tokens, _with_titles(out, tokens), story, spans), tokens, story.home)
    out = local_agents(out, tokens, lambda at: _place_before(story, doc.body, at))
    out = _body_epithets(out, tokens, story)
    out = _with_titles(out, tokens)
    # a place or organisation right before a person, or inside the title before them, names
    # the person's side, not an actor: "Menteri Luar Negeri AS Antony Blinken", "Kepala BPKAD
    # Provinsi Banten Rina Dewiyanti"; so does an office inside a named person's title
    # ("Kapolsek Sungai Raya, Iptu Hendra Kusuma")
    people = [b for b in out if b.entity.type == "PERSON"]
    named = [b for b in people if not b.entity.id.startswith(AGENT)]
    return [a for a in out if not (a.entity.id.startswith(AGENT) and any(
        p.start <= a.start and a.end <= p.end for p in named)) and (
        a.entity.type == "PERSON" or not any(p.start <= a.start and a.end <= p.end or a.end == p.start
                                             for p in people))]




def _body_epithets(actors: list[Actor], tokens: Sequence[Token], story: Story) -> list[Actor]:
    """"perusahaan itu", "kementerian tersebut": the body of that sector the story named last
    before ("… tambang milik PT Karya Bumi Sentosa. Mereka menuntut perusahaan itu …")."""
    out = []
    demonstratives = epithet_words()["demonstratives"]
    for actor in actors:
        e = actor.entity
        if (e.id.startswith(AGENT) and e.type == "ORG" and e.name and e.sector and actor.end < len(tokens)
                and tokens[actor.end].text.lower() in demonstratives and " " not in e.name
                and (actor.start == 0 or tokens[actor.start].text[:1].islower())):  # "Satgas tersebut": a name's
            at = tokens[actor.start].start
            body = _body_named_before(story, at, e.sector)
            if body is not None:
                actor = Actor(actor.start, actor.end + 1, body, tokens[actor.start].start, tokens[actor.end].end)
        out.append(actor)
    return _generic_body_epithets(out, tokens, story)


def _generic_body_epithets(actors: list[Actor], tokens: Sequence[Token], story: Story) -> list[Actor]:
    """"Lembaga itu meminta …", "Komisi tersebut": the body the story named last before, of any
    sector (a head of agents.toml [epithets] bodies), or, for a head that opens bodies' names
    ("komisi"), the last body whose name it opens."""
    words = epithet_words()
    if words["bodies"].isdisjoint([t.text.lower() for t in tokens]):
        return sorted(actors, key=lambda a: a.start)  # most sentences name no body so
    taken = {i for a in actors for i in range(a.start, a.end)}
    out = list(actors)
    for i in range(len(tokens) - 1):
        low = tokens[i].text.lower()
        # in subject position only: opening the sentence or its clause after a comma ("menyita
        # komisi tersebut" is a fee, "Komisi tersebut" mid-sentence may be a name)
        if (low in words["bodies"] and i not in taken and tokens[i + 1].text.lower() in words["demonstratives"]
                and (i == 0 or tokens[i - 1].text == "," and tokens[i].text[:1].islower()
                     or low in words["object_heads"] and tokens[i].text[:1].islower() and i
                     and _verb_before(tokens[i - 1].text.lower()))):
            body = _body_named_before(story, tokens[i].start, None, low)
            if body is not None:
                out.append(Actor(i, i + 2, body, tokens[i].start, tokens[i + 1].end))
    return sorted(out, key=lambda a: a.start)


def _verb_before(word: str) -> bool:
    """Whether the word before "dinas tersebut" is a verb or a word that addresses ("meminta dinas
    tersebut"; not "rumah dinas tersebut", "mobil dinas tersebut": an official house, a car)."""
    return word in epithet_words()["object_cues"] or (word.startswith(("me", "di", "ber")) and verb_form(word))


def _body_named_before(story: Story, at: int, sector: str | None, head: str = "") -> Entity | None:
    """The body of that sector named last before `at`, within GROUP_REACH characters (the scan
    stops there, so an article's length costs nothing per epithet); of any sector (None), the
    last that opened a sentence ("Ombudsman memeriksa Dinas Pendidikan … Lembaga itu": the
    Ombudsman, not the office it examined), and with `head`, one whose name opens with it."""
    for entity, mention in story.mentions.last_starting_before(at):
        if at - mention.start > GROUP_REACH:
            return None
        if entity.type != "ORG" or sector is not None and entity.sector != sector:
            continue
        named = head in epithet_words()["object_heads"]  # "Dinas …": its name says which body it is
        if sector is None and not named and story.subjects.starts[story.subjects.index(mention.start)] != mention.start:
            continue
        if head not in epithet_words()["named_heads"] or entity.name.lower().startswith(head):
            return entity
    return None


def _with_titles(actors: list[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """A titled person's actor begins where the title written before the name does ("mantan
    Direktur Utama PT Timah Riza Pahlevi"), so that a verb's reach counts the title as part of
    the one acted on, however long it is."""
    out = []
    ends = {a.end for a in actors if a.entity.type == "PERSON" and not a.entity.id.startswith(AGENT)}
    for actor in actors:
        title = actor.entity.title if actor.entity.type == "PERSON" else None
        if title and actor.mention_start >= 0 and not actor.entity.id.startswith(AGENT):
            actor = _titled(actor, tokens, title.split()[0].lower(), ends)
        out.append(actor)
    return out


def _titled(actor: Actor, tokens: Sequence[Token], head: str, person_ends: set[int]) -> Actor:
    """The actor from the nearest word before the name that opens its title, over capitalised
    words, numbers and joiners only (and the comma that sets the name off: "mantan Direktur Utama
    PDAM Tirta Deli, Hasudungan Simatupang"), never past another person's name."""
    # two commas at most: the one setting the name off and one after a region named more closely
    # ("mantan Kepala Desa Tondo, Kabupaten Sigi, Ismail Lamakarate")
    i, start, commas = actor.start - 1, None, 2
    if i > 0 and tokens[i].text.lower() in INTRODUCING:
        # "Kepala Desa Bukit Harapan, Kecamatan Loa Kulu, berinisial HS": past the word that
        # introduces initials, and the places set off after the office (stages/initialled_titles.py)
        i, commas = i - 1, 3
    while i >= 0 and i + 1 not in person_ends:
        word = tokens[i].text
        if word.lower() == head:
            start = i
            break
        if word == "," and commas:
            commas -= 1  # "Kapolsek Sungai Raya, Iptu Hendra Kusuma": one comma, before the name (and rank)
        elif not (word[:1].isupper() or word.isdigit() or word.lower() in near_name_words()["title_joiners"]):
            break
        i -= 1
    if start is None:
        return actor
    if start > 0 and tokens[start - 1].text.lower() in near_name_words()["title_before"]:
        start -= 1
    return Actor(start, actor.end, actor.entity, actor.mention_start, actor.mention_end)


def _pronouns(tokens: Sequence[Token], taken: set[int], story: Story) -> list[Actor]:
    """"ia", "dia", "beliau" opening a sentence as the subject the sentences before carry on
    (stages/sentence_subjects.py), else as the person the story named last before them; "kami",
    "saya" inside a quotation as its speaker."""
    pronouns, read_at = pronoun_words(), pronoun_ends()
    out = []
    low = [t.text.lower() for t in tokens]  # once per sentence, for every pronoun's checks
    for i, token in enumerate(tokens):
        word = low[i]
        if i in taken or word not in read_at:
            continue
        if i and f"{low[i - 1]} {word}" in pronouns["person_phrases"] and i - 1 not in taken:
            people = story.people  # "Yang bersangkutan …": the person named last
            at = bisect.bisect_left(people, (tokens[i - 1].start,)) - 1
            if at >= 0:
                out.append(Actor(i - 1, i + 1, people[at][1], tokens[i - 1].start, token.end))
        elif word in pronouns["person"]:
            # inside a quotation, "dia" is someone the speaker talks of: the last person named
            quoted = any(start <= token.start < end for start, end, _ in story.speakers)
            opening = not quoted and opens_sentence(low[:i])
            subject = story.subjects.chained(token.start) if opening else None
            if subject is not None:
                out.append(Actor(i, i + 1, subject, token.start, token.end))
                continue
            people = story.people
            at = bisect.bisect_left(people, (token.start,)) - 1
            if at >= 0:
                out.append(Actor(i, i + 1, people[at][1], token.start, token.end))
        elif word in pronouns["plural"] and story.last_group and token.start - story.last_group[0] <= GROUP_REACH \
                and opens_sentence(low[:i]) \
                and not any(start <= token.start < end for start, end, _ in story.speakers) \
                and not _before_passive(tokens, i + 1):
            # "Mereka menilai …"; not "Mereka ditangkap …", told of those the group acted on
            out.append(Actor(i, i + 1, story.last_group[1], token.start, token.end))
        elif word in pronouns["plural"] and opens_sentence(low[:i]) and _before_passive(tokens, i + 1) \
                and not any(start <= token.start < end for start, end, _ in story.speakers):
            # "Mereka dijerat Pasal 114 …": the suspects the sentences before named by their
            # initials ("berinisial AS dan RT"), not those who acted on them
            suspects = suspects_before(story, tokens[0].start)
            acted_on = story.last_acted_on
            if not suspects and acted_on and token.start - acted_on[0] <= GROUP_REACH:
                suspects = [acted_on[1]]  # "Polisi menangkap tujuh orang. Mereka kemudian diperiksa …"
            out += [Actor(i, i + 1, person, token.start, token.end) for person in suspects]
        elif word in pronouns["side"]:
            side = _side_before(story, tokens, i)
            if side is not None:
                out.append(Actor(i, i + 1, _body_spoken_for(side, story), token.start, token.end))
        elif word in pronouns["speaker"] or word in pronouns["speaker_subject"] and (
                _before_verb(tokens, i + 1) or spoken_verb_at(low, i + 1)
                or act_opens_at(low, _past_adverbs(low, i + 1))):
            speaker = next((e for start, end, e in story.speakers if start <= token.start < end), None)
            if speaker and word in pronouns["plural_speaker"]:
                speaker = _body_spoken_for(speaker, story)  # "kami tahan", said by the KPK's spokesman
            if speaker:
                out.append(Actor(i, i + 1, speaker, token.start, token.end))
    return out


def _body_spoken_for(entity: Entity, story: Story) -> Entity:
    return (story.officers or {}).get(entity.id, entity)


def _side_before(story: Story, tokens: Sequence[Token], i: int) -> Entity | None:
    """The side "pihaknya" (the i-th token) stands for: the speaker of the quotation or reported
    speech it is in ("Yudha menyebut pihaknya …"); else the body or titled person opening its own
    sentence ("Kejari Bogor menyebut pihaknya …"; not one in a clause before it: "Setelah Wulan
    ditetapkan …, pihaknya …"); else, of those within GROUP_REACH characters before the sentence,
    the later of the last quotation's speaker and the body or group that acted last (an untitled
    person acted on has no side: "Polres Bogor menangkap Budi. Pihaknya juga menyita …")."""
    at = tokens[i].start
    speaking = next((who for start, end, who in story.speakers if start <= at < end), None)
    if speaking is not None:
        return speaking
    low, starts = [t.text.lower() for t in tokens[:i]], [t.start for t in tokens]
    for entity, mention in story.mentions.starting_in(tokens[0].start, at):
        opening = opens_sentence(low[:bisect.bisect_left(starts, mention.start)])
        if opening and (entity.type == "ORG" or entity.type == "PERSON" and entity.title):
            return entity
        break  # only the sentence's first name may be its subject
    spoke = max(((end, who) for _, end, who in story.speakers if end <= tokens[0].start), default=None,
                key=lambda pair: pair[0])
    acted = story.last_side
    near = [pair for pair in (spoke, acted) if pair and tokens[0].start - pair[0] <= GROUP_REACH]
    return max(near, key=lambda pair: pair[0])[1] if near else None


def _before_passive(tokens: Sequence[Token], i: int) -> bool:
    """Whether a passive verb follows, past adverbs ("Mereka kemudian ditangkap …")."""
    return passive_form(_word_past_adverbs(tokens, i))


def _before_verb(tokens: Sequence[Token], i: int) -> bool:
    """Whether a verb (a me-, ber- or di- form) follows at `i`, past adverbs ("kita akan berunding")."""
    return verb_form(_word_past_adverbs(tokens, i))


def _word_past_adverbs(tokens: Sequence[Token], i: int) -> str:
    """The first word from `i` on that is no adverb or word of intent, lower case ("" at the end)."""
    low = [t.text.lower() for t in tokens[i:i + 8]]
    at = _past_adverbs(low, 0)
    return low[at] if at < len(low) else ""


def _past_adverbs(low: Sequence[str], i: int) -> int:
    """Where the first word from `i` on that is no adverb or word of intent stands."""
    adverbs = lexicon().flags["adverbs"] | lexicon().flags["intent"]
    while i < len(low) and low[i] in adverbs:
        i += 1
    return i


def _bare_titles(tokens: Sequence[Token], named: list[Actor], story: Story,
                 spans: Sequence[tuple[int, int, str]]) -> list[Actor]:
    """An office named without a name ("Kapolri menegaskan …", "JPU menuntut …", "Gubernur
    Jawa Barat meminta …") is the person the story gave that title, else an unnamed actor of
    the title's sector."""
    taken = {i for a in named for i in range(a.start, a.end)}
    after = {a.start: a for a in named}
    words = [t.text for t in tokens]
    g = gazetteer()
    out = []
    for start, end, kind in spans:
        if kind != "TITLE" or not words[start][:1].isupper() or taken & set(range(start, end)):
            continue
        following = after.get(end)
        stop = following.end if following and following.entity.type in ("PLACE", "ORG") else end
        region = _region_after(words, stop, g) if stop == end else None
        at_office = start > 0 and words[start - 1].lower() in lexicon().flags["place_nouns"]  # "Kantor Bupati Demak"
        if tuple(w.lower() for w in words[start:end]) in agent_words() and (not region or at_office):
            continue  # an agent word ("Polisi", "Bupati") is read as one below, but not one whose
            # region the reading left inside the title ("Ia mendesak Bupati Badung segera …")
        if region:  # "Kapolres Bogor", its region no entity of its own: still the office's
            stop, country = region
        if stop < len(words) and (words[stop][:1].isupper() or words[stop] in ("(", ",") and _named_next(after, stop)):
            continue  # a name follows: the title is the named person's
        if _bracketed(words, start, stop) or _short_form_then_name(words, stop, after):
            continue  # "Perdana Menteri (PM) Anthony Albanese": the title, its short form, the name
        key = key_of(" ".join(words[start:end]))
        if not region:
            country = following.entity.country if following and following.entity.type == "PLACE" else None
        # "Kapolda Jawa Tengah" is the Kapolda whose title names Jawa Tengah, not another one
        holder = _holder(story, key_of(" ".join(words[start:stop])), tokens[start].start, country)
        if holder is None:
            # "Kepala Kejaksaan Negeri Batubara": the body's sector when the title has none
            sector = g.titles[key].sector or (following.entity.sector if following else None)
            if sector is None:
                continue  # "Ketua", "Kepala" alone say nothing of who
            home = None if g.titles[key].name in head_titles() else story.home  # "Kaisar" may be anyone's
            holder = Entity(id=f"{AGENT}{' '.join(words[start:stop]).lower()}", name=" ".join(words[start:stop]),
                            type="PERSON", sector=sector,
                            country=country or (following.entity.country if following and following.entity.country
                                                else home))
        out.append(Actor(start, stop, holder, tokens[start].start, tokens[stop - 1].end))
    return out


def _region_after(words: list[str], at: int, g) -> tuple[int, str | None] | None:
    """The end and country of a place of the gazetteer named right after an office (up to three
    words: "Kapolres Bogor", "Kapolda Jawa Barat") that the reading left inside the title."""
    for size in (3, 2, 1):
        name = words[at:at + size]
        if len(name) == size and all(w[:1].isupper() for w in name):
            place = g.place(" ".join(name))
            if place is not None and place.kind != "country":
                return at + size, place.country
    return None


def _bracketed(words: list[str], start: int, stop: int) -> bool:
    return start > 0 and stop < len(words) and words[start - 1] == "(" and words[stop] == ")"


def _short_form_then_name(words: list[str], at: int, after: dict[int, Actor]) -> bool:
    """Whether a bracketed short form at `at` is followed by a person's name."""
    if at >= len(words) or words[at] != "(" or ")" not in words[at:at + 4]:
        return False
    name = after.get(words.index(")", at) + 1)
    return name is not None and name.entity.type == "PERSON"


def _named_next(after: dict[int, Actor], at: int) -> bool:
    nxt = after.get(at + 1)
    return nxt is not None and nxt.entity.type == "PERSON"


def _holder(story: Story, key: tuple[str, ...], offset: int, country: str | None) -> Entity | None:
    """The person the story named before `offset` whose title opens with the title's words (of
    the country named after the title, when one is: "Menteri Perdagangan Jepang" is not
    Indonesia's trade minister)."""
    for _, person in reversed(story.people):
        if (holds_title(person.title, key) and any(m.start < offset for m in person.mentions)
                and (country is None or person.country == country)):
            return person
    return None


def _epithets(actors: list[Actor], tokens: Sequence[Token], story: Story, sentence_start: int) -> list[Actor]:
    """"Mantan Gubernur Kalimantan Selatan itu", "Aktris berusia 39 tahun itu": the person the
    story named last before the phrase (data: agents.toml [epithets]); the places and bodies
    inside the phrase only describe that person."""
    words = epithet_words()
    low = [t.text.lower() for t in tokens]
    if not words["demonstratives"] & set(low):
        return actors  # every epithet closes with "itu", "tersebut" or "ini"
    out = list(actors)
    i = 0
    while i < len(tokens):
        end = _epithet_end(tokens, low, i, words) if _epithet_head(tokens[i].text, low[i], words) else None
        # the one named before the sentence: "Kompol Budi mengatakan, pria tersebut ditangkap"
        # speaks of another man
        person = _named_before(story, sentence_start) if end else None
        if person is not None and low[i] not in words["heads"] and not _titled_so(person, low[i]):
            person = None  # "Sopir Pajero itu" after the police spokesman: another person, the driver
        if end is None or person is None or any(a.start < i < a.end for a in out):
            i += 1
            continue
        out = [a for a in out if not (i <= a.start and a.end <= end)]
        out.append(Actor(i, end, person, tokens[i].start, tokens[end - 1].end))
        i = end
    return out


def _titled_so(person: Entity, word: str) -> bool:
    """Whether the person's title holds the office word an epithet opens with ("Gubernur itu"),
    or the person has no title the story gave to tell."""
    return not person.title or word in person.title.lower().split()


def _epithet_head(text: str, low: str, words: dict[str, frozenset[str]]) -> bool:
    return low in words["heads"] or text[:1].isupper() and low in _one_word_titles()


@cache
def _one_word_titles() -> frozenset[str]:
    return frozenset(key[0] for key in gazetteer().titles if len(key) == 1)


def _epithet_end(tokens: Sequence[Token], low: list[str], i: int, words: dict[str, frozenset[str]]) -> int | None:
    """Where a phrase opened at i ends (just past its demonstrative), if it is an epithet."""
    for j in range(i + 1, min(len(tokens), i + 10)):
        if low[j] in words["demonstratives"]:
            return j + 1 if j > i + 1 or low[i] not in near_name_words()["former"] else None
        text = tokens[j].text
        # the head's own modifier, one plain noun right after it: "taipan teknologi tersebut"
        # (not a time after a name: "Presiden Prabowo siang ini")
        modifier = j == i + 1 and low[j].isalpha() and root_of(low[j]) in (None, low[j])
        if not (text[:1].isupper() or text[:1].isdigit() or low[j] in words["between"] or modifier):
            return None
    return None


def _named_before(story: Story, offset: int) -> Entity | None:
    at = bisect.bisect_left(story.people, (offset,)) - 1
    return story.people[at][1] if at >= 0 else None


def people_by_end(doc: Document) -> list[tuple[int, Entity]]:
    """Every mention of a person, by where it ends (for "ia", "dia", "beliau")."""
    return sorted(((m.end, e) for e in doc.entities if e.type == "PERSON" for m in e.mentions),
                  key=lambda pair: pair[0])


def acts(actor: Actor) -> bool:
    """Whether the actor can be the one acting (a suspect or a victim cannot)."""
    return not actor.entity.id.startswith(AGENT + "!")


LOCAL_REACH = 1500  # characters back over which a story's place is looked for (a few paragraphs)


def _place_before(story: Story, body: str, at: int) -> Entity | None:
    """The place with a country named last before the offset `at`, within LOCAL_REACH, after a
    word of near_names `locatives` ("di Phnom Penh"): where the story is, not a nationality."""
    locatives = near_name_words()["locatives"]
    for entity, mention in story.mentions.last_starting_before(at):
        if mention.start < at - LOCAL_REACH:
            return None
        before = body[max(0, mention.start - 12):mention.start].split()
        if entity.type == "PLACE" and entity.country and before and before[-1].lower() in locatives:
            return entity
    return None


def home_country(doc: Document, strict: bool = False) -> str | None:
    """The country the story is told from, by its entities' mentions (stages/entities.py's
    rule): unnamed actors are of it."""
    home = "IDN" if doc.article.language in (None, "id") else None
    return story_country([e.country for e in doc.entities if e.country for _ in e.mentions], home, strict)


def unnamed(country: str, beside: Actor, sector: str | None = None) -> Actor:
    """An actor the text leaves unnamed, of `country` (and `sector` where the act tells it),
    placed at the actor it is told with."""
    entity = Entity(id=AGENT, name="", type="PERSON", country=country, sector=sector)
    return Actor(beside.start, beside.end, entity, beside.mention_start, beside.mention_start)
