"""Entities: names found by the NER model and the gazetteers, resolved within the article.

Each mention is typed (PERSON, ORG, PLACE, EVENT), mentions of one real-world thing are grouped
into one entity under its fullest name (Blinken → Antony Blinken, AS → Amerika Serikat,
Kim Jong-un ≡ Kim Jong Un), and each entity gets what the text says of it: a title and sector
from the words before a person's name, a country from the title's country, an organisation or
place, the actor dictionary, or the sentence around it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from warta.gazetteer import Gazetteer, Place, gazetteer, key_of
from warta.model import Document, Entity, Geo, Mention
from warta.morphology import root_of
from warta.stages import entity_groups
from warta.stages.aged_names import aged_people
from warta.stages.body_words import (
    acts_next,
    after_currency,
    body_of_unit,
    legal_forms,
    levy_named,
    mid_sentence,
    person_at_home,
    person_by_apposed_office,
)
from warta.stages.branch_names import with_regional_branches
from warta.stages.countries import body_reading, country_between_title_and_name, country_named_in, group_countries
from warta.stages.entity_groups import Candidate, Group, bracket_forms, group_mentions, initials_of_people, skeleton
from warta.stages.initialled_titles import initialled_holders
from warta.stages.initials import initialled_people, introduced_initials
from warta.stages.institutions import bodies_in_titles, institutions
from warta.stages.known_actors import actor_index, actor_role, known_actors, typed_as_known_people
from warta.stages.name_checks import (
    check_names,
    named_in_full_by_the_title,
    outlet_key,
    own_outlet,
    rank_before,
)
from warta.stages.name_shape import name_like
from warta.stages.named_again import split_by_later_names
from warta.stages.named_events import named_events
from warta.stages.office_runs import apposed_title, office_after_name, office_run_before, title_before
from warta.stages.particle_names import joined_over_particles
from warta.stages.party_organs import party_organs, with_party_organs
from warta.stages.short_forms import bracket_aliases, nickname_aliases, split_running_mates
from warta.stages.span_merge import Found, foreign_bodies, merge
from warta.stages.spans import Occupied
from warta.stages.title_sectors import body_sector, title_sector
from warta.stages.title_words import short_form_end, titled_by_labels
from warta.stages.titled import cued_people, titled_people
from warta.stages.tokens import Token, sentence_spans, sentence_tokens
from warta.stages.word_lists import (
    area_kinds,
    case_roles,
    compass_points,
    honorifics,
    kinds,
    law_heads,
    member_words,
    name_words,
    not_names,
    ordinary_words,
    place_heads,
    place_qualifiers,
)

NAME_TOKEN = re.compile(r"^[A-Z]")


class Entities:
    """Fills ``doc.entities``."""

    name = "entities"
    reads = ("sentences", "article.published", "article.language", "article.title", "article.site", "article.url")
    writes = ("entities",)

    def __init__(self, tagger=None, actors: list[dict] | None = None) -> None:
        """`actors`: more entries in the form of data/actors.toml, such as a store learned."""
        self._tagger = tagger
        self._extra = actor_index(actors or [])

    @property
    def tagger(self):
        if self._tagger is None:
            from warta.ner.model import shipped_tagger

            self._tagger = shipped_tagger()
        return self._tagger

    def __call__(self, doc: Document) -> Document:
        g = gazetteer()
        year = int(doc.article.published[:4]) if doc.article.published else None
        home = "IDN" if doc.article.language == "id" else None
        candidates: list[Candidate] = []
        tokens = sentence_tokens(doc)
        words = [[t.text for t in sentence] for sentence in tokens]
        spans = sentence_spans(doc)
        tags = self.tagger.tag_many(list(zip(words, spans, strict=True)))  # all sentences at once: faster
        for index, sentence in enumerate(tokens):
            gaz = _gazetteer_spans(words[index], spans[index])
            found = merge(tags[index], gaz, _title_people(words[index], spans[index]), words[index])
            found = _national_forms(_with_bodies_in_titles(found, words[index], spans[index]), words[index], g)
            found = foreign_bodies(found, words[index], spans[index], home)
            candidates.extend(_candidates(doc.body, sentence, found, index, g, home))
        typed_as_known_people(candidates, self._extra)  # before their names' words are looked for alone ("Cook")
        candidates = joined_over_particles(doc.body, candidates + _repeated_names(doc.body, candidates))
        candidates = split_running_mates(split_by_later_names(doc.body, candidates))
        titled_by_labels(doc.body, candidates)
        aged_people(doc.body, candidates, _maker(candidates), add=False)  # bodies an age follows are people
        candidates = check_names(doc.body, candidates, g)
        own = own_outlet(doc.article.site, doc.article.url)
        candidates = [c for c in candidates if outlet_key(c.text) not in own]  # "kata Dadan kepada Kompas.com"
        typed_as_known_people(candidates, self._extra)
        entity_groups.people_read_as_bodies(doc.body, candidates)
        entity_groups.name_words_read_as_places(doc.body, candidates, home)
        with_party_organs(doc.body, candidates)
        candidates = bracket_aliases(doc.body, with_regional_branches(doc.body, candidates), _maker(candidates))
        candidates = nickname_aliases(doc.body, candidates, _maker(candidates))
        candidates = initialled_people(doc.body, candidates, _maker(candidates))
        candidates = aged_people(doc.body, candidates, _maker(candidates))
        candidates = named_events(doc.body, candidates, _maker(candidates))
        legal_forms(doc.body, candidates)
        _describe_people(candidates, doc, g, year, self._extra)
        groups = initials_of_people(group_mentions(candidates, g), g, introduced_initials(doc.body))
        doc.entities = _entities(groups, g, doc.body, home)
        named_in_full_by_the_title(doc)
        return doc


def _gazetteer_spans(words: Sequence[str], spans: Sequence[tuple[int, int, str]]) -> list[Found]:
    """The gazetteer matches that stand for names here (capitalised, not ordinary words)."""
    out = []
    for start, end, kind in spans:
        text = " ".join(words[start:end])
        if not NAME_TOKEN.match(text) and kind != "TITLE":
            continue  # a gazetteer name written in lower case is an ordinary word here
        if end - start == 1 and kind in ("CITY", "REGION", "DISTRICT") and root_of(text.lower()) \
                and key_of(text) not in gazetteer().seats:
            # a town named like a word ("Selama" is "during"): leave it to the model; not a seat of
            # government the press names for its government ("Manila memprotes keras China")
            continue
        if end - start == 1 and kind == "CITY" and _inside_foreign_name(words, start):
            continue  # "World's Best Bank", "Golden Coffee Beans", "Washington Post": a name's word
        out.append(Found(start, short_form_end(words, start, end) if kind == "TITLE" else end, kind, "gazetteer"))
    return out


def _inside_foreign_name(words: Sequence[str], i: int) -> bool:
    """Whether a one-word town abroad stands inside a run of capitalised words (not opening the
    sentence): a word of a foreign name, not the town. Indonesian towns open and end bodies'
    names ("Polres Bogor") and stay places."""
    place = gazetteer().place(words[i], prefer="IDN")
    if place is None or place.country == "IDN":
        return False
    before = i > 1 and words[i - 1][:1].isupper() and words[i - 1].replace("'s", "").isalpha()
    after = i + 1 < len(words) and words[i + 1][:1].isupper() and words[i + 1].isalpha()
    return before or after


def _with_bodies_in_titles(found: list[Found], words: Sequence[str],
                           spans: Sequence[tuple[int, int, str]]) -> list[Found]:
    """The spans found and the known bodies at the end of titles (stages/institutions.py); the
    "RI" of "DPR RI" is the body's, not a place of its own."""
    for b in bodies_in_titles(words, spans):
        body = Found(b.start, b.end, "ORG", "gazetteer")
        inside = [f for f in found if body.start <= f.start and f.end <= body.end and f.type == "PLACE"]
        if not any(f.start < body.end and body.start < f.end for f in found if f not in inside):
            found = sorted([f for f in found if f not in inside] + [body], key=lambda f: f.start)
    return found


def _national_forms(found: list[Found], words: Sequence[str], g: Gazetteer) -> list[Found]:
    """A body of Indonesia's with "RI" after it is the body's national form ("Ombudsman RI",
    "Kemenkes RI", "BPK RI"): the "RI" is the body's, not a place of its own ("Uni Eropa RI" is
    no body of Indonesia's)."""
    bodies = {f.end: f for f in found if f.type == "ORG"}
    national = [f for f in found if f.type == "PLACE" and f.end == f.start + 1 and words[f.start] == "RI"
                and f.start in bodies and _of_indonesia(" ".join(words[bodies[f.start].start:f.start]), g)]
    for place in national:
        bodies[place.start].end = place.end
    return [f for f in found if f not in national]


def _of_indonesia(text: str, g: Gazetteer) -> bool:
    """A body of Indonesia's, or one whose country is unknown and that is no international body."""
    country, sector, _ = _body_reading(text, g)
    return country == "IDN" or country is None and sector != "IGO"


def _title_people(words: Sequence[str], spans: Sequence[tuple[int, int, str]]) -> list[Found]:
    """Names printed after a title, organisations the title names (stages/titled.py), and
    bodies and places read whole from their head word (stages/institutions.py)."""
    people = [Found(t.start, t.end, t.type, "title", t.title) for t in titled_people(words, spans)]
    whole = [Found(b.start, b.end, b.type, "institution") for b in institutions(words, spans)]
    # "Kepala Kejaksaan Negeri Batubara": a one-word "name" ending a body read whole is its place;
    # so is one right after a place's head ("Warga Nagari Salimpek")
    # nor is one after an office word right after a body's head, which is the body's members
    # ("Serikat Petani Pasundan": stages/institutions.py reads it whole)
    offices = {s for s, _, kind in spans if kind == "TITLE"}  # read once per sentence, for every body
    office_ends = {e for _, e, kind in spans if kind == "TITLE"}
    people = [p for p in people if not (
        p.type == "PERSON" and p.end - p.start == 1 and p.start
        and any(b.start < p.start and p.end == b.end and (
            words[p.start - 1].lower() in place_qualifiers() | place_heads()
            or p.start == b.start + 2 and p.start - 1 in offices)
            for b in whole))]
    people += [Found(c.start, c.end, "PERSON", "cue") for c in cued_people(words, spans)
               if not any(p.start < c.end and c.start < p.end for p in people)]
    # "Kepala Desa Bukit Harapan, Kecamatan Loa Kulu, berinisial HS": the office's holder
    for h in initialled_holders(words, spans):
        same = [p for p in people if p.start < h.end and h.start < p.end]
        if not same or [(p.start, p.end, p.type, p.title) for p in same] == [(h.start, h.end, "PERSON", None)]:
            people = [p for p in people if p not in same] + [Found(h.start, h.end, "PERSON", "cue", h.title)]
    # "Direktorat Perlindungan Sosial Korban Bencana Alam": a member word inside a body read whole
    # is the body's, no title of a person after it
    people = [p for p in people if not (p.title and p.title.split()[0].lower() in member_words() and any(
        b.type == "ORG" and b.start < p.start and p.end <= b.end
        and p.title.split()[0] in words[b.start + 1:p.start] for b in whole))]
    bodies = [cut for b in whole if (cut := _before_person(b, people, words, offices, office_ends)) is not None]
    # a body read from its head word is fuller than one read from a title's last word
    people = [p for p in people if p.type == "PERSON" or not any(
        b.start < p.end and p.start < b.end for b in bodies)]
    return people + bodies


def _before_person(body: Found, people: list[Found], words: Sequence[str], offices: set[int],
                   office_ends: set[int]) -> Found | None:
    """A body read from its head word, or the part of it before a person read after a title
    runs into it ("Rektor Universitas Hasanuddin Arifin Nur": the university is a body of its
    own, ANNOTATION.md): only where the body opens right after an office and a word of its name,
    no office word ("Ketua Majelis Hakim Khamozaro"), ends it before a name-like word; else none."""
    starts = [p.start for p in people if p.type == "PERSON" and p.start < body.end and body.start < p.end]
    if not starts:
        return body
    end = min(starts)
    if (end - body.start < 2 or body.start not in office_ends or end - 1 in offices or not name_like(words[end])
            or not all(w[:1].isupper() or w in ("dan", "-", "/") for w in words[body.start:end])):
        return None
    return Found(body.start, end, body.type, body.source)


def _candidates(body: str, tokens: Sequence[Token], found: list[Found], sentence: int,
                g: Gazetteer, home: str | None) -> list[Candidate]:
    out, words = [], [t.text for t in tokens]
    for span in found:
        last = span.end - 1
        if (last > span.start and tokens[last].text.isdigit() and tokens[last].start == tokens[last - 1].end
                and tokens[last - 1].text[-1:].isalpha()):
            last -= 1  # "Natalius Pigai4": a list's number glued to the name (stages/tokens.py)
        last = _before_next_label(tokens, span.start, last, g)
        span = body_of_unit(person_by_apposed_office(person_at_home(span, tokens, last), words, g), words, g)
        start, end = tokens[span.start].start, tokens[last].end
        text = body[start:end]
        start += len(text) - len(text.lstrip(" .,;:-'\"“”‘’"))
        text = text.strip(" .,;:-'\"“”‘’")
        if (not text or not any(c.isalpha() for c in text) or not text[0].isupper() or text in not_names()
                or text in kinds() or text.split()[0] in law_heads()):
            continue  # "RUU Sistranas", "BLT Kesra": a bill, a programme
        if span.type == "PLACE" and after_currency(body, start):
            continue  # "15 juta dolar AS": a currency, not the United States
        if levy_named(body, start, text):
            continue  # "kenaikan PBB": a tax, not the United Nations
        cand = Candidate(text, span.type, start, start + len(text), sentence)
        cand.place = _place_named(text, g, home) if span.type == "PLACE" else None
        if cand.place:
            cand.country = cand.place.country
            # a country or province under another of its names is that country or province
            # ("AS", "Jatim"); a city keeps the name written
            cand.canonical = cand.place.name if cand.place.kind in ("country", "province") else None
        if span.type == "ORG":
            cand.country, cand.sector, cand.canonical = _body_reading(text, g)
        if span.type == "PERSON":
            cand.title = _without_honorifics(span.title) or _without_honorifics(
                title_before(tokens, span.start, g) or apposed_title(tokens, span.start, found, g)
                or office_run_before(tokens, span.start, g, [(f.start, f.end) for f in found if f.type == "PERSON"]))
            if cand.title is None or key_of(cand.title) in case_roles():
                # "Terdakwa Eka Sapanca selaku Direktur Utama PT …": the office, not the standing
                cand.title = office_after_name(tokens, span.end) or cand.title
        out.append(cand)
    return out


def _body_reading(text: str, g: Gazetteer) -> tuple[str | None, str | None, str | None]:
    """(country, sector, canonical name) of a body; "Kemenkes RI" is the Kemenkes, of Indonesia."""
    reading = body_reading(text, g, lambda rest: _place_named(rest, g, None))
    if reading[2] is None and text.endswith(" RI"):
        country, sector, canonical = body_reading(text[:-3], g, lambda rest: _place_named(rest, g, None))
        if canonical is not None:
            return country or "IDN", sector, canonical
    return reading


def _before_next_label(tokens: Sequence[Token], start: int, last: int, g: Gazetteer) -> int:
    """The span's last token before the label of the next line that runs into it ("Ketua: Ani
    Lestari Wakil Sekretaris: …", a list whose line breaks were lost): the longest title ending
    right before the colon leaves the span."""
    if last + 1 >= len(tokens) or tokens[last + 1].text != ":":
        return last
    labels = [k for k in range(start + 1, last + 1)
              if key_of(" ".join(t.text for t in tokens[k:last + 1])) in g.titles]
    return labels[0] - 1 if labels else last


def _place_named(text: str, g: Gazetteer, home: str | None) -> Place | None:
    """The place of that name, or of the name after its kind of area ("Kabupaten Karawang",
    "Provinsi Banten"), which the gazetteer lists without it, where that place is at home."""
    place = g.place(text, home)
    head, _, rest = text.partition(" ")
    # (a point of the compass alone after the kind names no place at home: "Provinsi Timur" of
    # Saudi Arabia is not the district "Timur")
    if place is None and rest and head in area_kinds() and rest not in compass_points():
        place = g.place(rest, home)
        return place if place is not None and (home is None or place.country == home) else None
    return place


def _without_honorifics(title: str | None) -> str | None:
    """A title less the forms of address that open it ("Pak Menteri Keuangan" is "Menteri
    Keuangan"; "Pak" alone is no title, ANNOTATION.md)."""
    words = (title or "").split()
    while words and words[0].lower() in honorifics():
        words = words[1:]
    return " ".join(words) or None


def _repeated_names(body: str, candidates: list[Candidate]) -> list[Candidate]:
    """Document-level consistency: a name found once is that name everywhere in the article,
    and a person's family or given name alone is that person (Blinken, Park)."""
    taken = Occupied(len(body))
    for c in candidates:
        taken.take(c.start, c.end)
    sentence_at = _sentence_finder(candidates)
    forms: dict[str, str] = {}
    word_names: set[str] = set()  # a person's name that is also a word: only where it stands mid-sentence
    firsts = {c.text.split()[0] for c in candidates if c.type == "PERSON"}
    middle_words: set[str] = set()  # a middle name that is also a word ("Iftitah")
    name_parts: set[str] = set()  # every word of a person's full name: alone it is that person ("Doli")
    for cand in candidates:
        forms.setdefault(cand.text, cand.type)
        parts = cand.text.split()
        if cand.type == "PERSON" and len(parts) >= 2:
            name_parts.update(p for p in parts if len(p) > 3 and p[:1].isupper() and p.isalpha()
                              and p.lower() not in ordinary_words())  # words are word_names' (below)
            for part in (parts[0], parts[-1]):
                if len(part) > 2 and not root_of(part.lower()):
                    forms.setdefault(part, "PERSON")
                elif (len(part) > 3 or len(part) == 3 and _short_given_name(part)) and part.isalpha() \
                        and part[0].isupper() and forms.get(part, "PERSON") == "PERSON":
                    # "Hanif" of "Hanif Faisol Nurofiq" is a word too: the person's where the sentence
                    # does not open with it ("Makanya, Hanif mendorong …"), though found alone elsewhere
                    forms[part] = "PERSON"
                    word_names.add(part)
            for k, part in enumerate(parts[1:-1], start=1):
                # a middle name the press calls a person by ("Doli" for "Ahmad Doli Kurnia"), so
                # long as it opens no other person's name; one that is also a word ("Iftitah" of
                # "M. Iftitah Sulaiman Suryanagara") only where it cannot be the word (see below)
                if len(part) <= 3 or not part[0].isupper() or parts[k - 1].lower() in honorifics():
                    continue  # "KH Maksum Faqih": after the form of address, the given name
                if part.lower() in ordinary_words():
                    word_names.add(part)
                    middle_words.add(part)
                if part not in firsts or part in middle_words:
                    forms.setdefault(part, "PERSON")
    for cand in candidates:  # the model's own find of a name's word alone ("Iftitah mengatakan", "kata Doli")
        cand.part_of_name = cand.part_of_name or cand.type == "PERSON" and (
            cand.text in middle_words | name_parts
            or cand.text in word_names and (mid_sentence(body, cand.start) or acts_next(body, cand.end)))
    out = []
    for text, kind in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        for s in _occurrences(body, text):
            e = s + len(text)
            if not taken.free(s, e) or text in word_names and not (mid_sentence(body, s) or acts_next(body, e)):
                continue
            if kind == "PLACE" and after_currency(body, s) or levy_named(body, s, text):
                continue  # "dolar AS", "kenaikan PBB" name a currency, a tax wherever the article names the body
            taken.take(s, e)
            out.append(Candidate(text, kind, s, e, sentence_at(s), part_of_name=text in word_names | name_parts))
    return out


def _short_given_name(part: str) -> bool:
    """A three-letter part of a name that stands for the person alone: a given name ("Isa"), not
    an everyday noun a name may also be ("Tim" of "Tim Cook": a team)."""
    low = part.lower()
    return low in name_words() or low not in ordinary_words()


def _sentence_finder(candidates: list[Candidate]):
    """The sentence a place in the body is in: the largest sentence index of the candidates
    that start at or before it (0 before the first)."""
    ordered = sorted((c.start, c.sentence) for c in candidates)
    starts = [pos for pos, _ in ordered]
    best, running = [], 0
    for _, index in ordered:
        running = max(running, index)
        best.append(running)

    def sentence_at(position: int) -> int:
        i = bisect.bisect_right(starts, position)
        return best[i - 1] if i else 0

    return sentence_at


def _maker(candidates: list[Candidate]):
    """Builds a candidate at a place in the body, in the sentence the nearest candidate before
    it is in."""
    sentence_at = _sentence_finder(candidates)

    def make(text: str, kind: str, start: int, end: int) -> Candidate:
        return Candidate(text, kind, start, end, sentence_at(start))

    return make


def _occurrences(body: str, text: str) -> list[int]:
    """Where `text` stands in `body` as a whole word: not inside a word or a hyphenated
    compound. (str.find over a regex: an article has dozens of names, and compiling a pattern
    for each cost more than the search.)"""
    found, at = [], body.find(text)
    while at >= 0:
        end = at + len(text)
        if not (at and _joins(body[at - 1])) and not (end < len(body) and _joins(body[end])):
            found.append(at)
        at = body.find(text, at + 1)
    return found


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _describe_people(candidates: list[Candidate], doc: Document, g: Gazetteer, year: int | None,
                     extra: dict[tuple[str, ...], dict] | None = None) -> None:
    """Countries of people: from what stands between their title and name, from the actor
    dictionary, from the world list of people where the article names that country, else from
    the nearest entity with a country in the same sentence."""
    by_sentence: dict[int, list[Candidate]] = {}
    for cand in candidates:
        by_sentence.setdefault(cand.sentence, []).append(cand)
    written = [key_of(c.text) for c in candidates if c.type == "PERSON" and " " in c.text]
    named = {c.country for c in candidates if c.type != "PERSON" and c.country}
    for cand in candidates:
        if cand.type != "PERSON":
            continue
        if cand.title:
            cand.sector = title_sector(cand.title, rank_before(doc.body, cand.start))
        cand.country = country_between_title_and_name(doc.body, cand, g) or (
            country_named_in(cand.title, g) if cand.title else None)
        dict_title, dict_country, canonical = actor_role(cand.text, year, extra)
        if canonical != cand.text and _named_otherwise(key_of(cand.text), key_of(canonical), written):
            continue  # "Harris" after "Harris Turino" is Harris Turino, not the dictionary's Kamala Harris
        if canonical != cand.text:
            cand.canonical = canonical
        # a foreign politician of the world list is of their country where the article names it
        # ("Kevin Rudd" in a story that names Australia); a namesake at home stays at home
        world = g.world_people.get(" ".join(key_of(cand.text)))
        cand.country = cand.country or dict_country or (world if world in named else None)
        if cand.title is None and dict_title:
            cand.title = dict_title
            title = g.titles.get(key_of(dict_title))
            cand.sector = title.sector if title else None


def _named_otherwise(key: tuple[str, ...], canonical: tuple[str, ...], written: list[tuple[str, ...]]) -> bool:
    """Whether the article writes in full another person whose name opens or ends with `key`:
    the article's own full name wins over the actor dictionary's reading of a short form, unless
    the article writes the dictionary's person in full too ("Prabowo Subianto" and "Listyo Sigit
    Prabowo": "Prabowo" alone is the president)."""
    n = len(key)
    if canonical in written:
        return False
    return any(len(full) > n and full != canonical and (full[:n] == key or full[-n:] == key) for full in written)


def _written_name(grp: Group, mentions: list[Candidate], body: str) -> str:
    """A person's name is the fullest form the article writes (ANNOTATION.md): the actor
    dictionary groups "Prabowo" with "Prabowo Subianto" and "Cak Imin" with "Muhaimin Iskandar",
    but names no one by a form the text does not use. Places and bodies keep their canonical
    name ("AS" is Amerika Serikat, "Kejagung" Kejaksaan Agung), but a body known by its short form
    is named in full where the text writes it out ("Badan Pusat Statistik", not "BPS")."""
    if grp.type == "ORG" and grp.name.isupper() and " " not in grp.name:
        spelt = [m.text for m in mentions if len(m.text.split()) > 1 and m.text.split()[0] != grp.name
                 and "(" not in m.text and m.text.split()[0] not in party_organs()]  # "DPC PDIP" is PDIP
        return max(spelt, key=lambda text: (len(text.split()), len(text))) if spelt else grp.name
    if grp.type != "PERSON":
        return grp.name
    if grp.name in body:
        return grp.name
    fullest = max(len(m.text.split()) for m in mentions)
    spellings = [m.text for m in mentions if len(m.text.split()) == fullest]
    if len(set(spellings)) > 1 and len({skeleton(key_of(text)) for text in spellings}) == 1:
        # a name the text also misspells: the spelling the actor dictionary knows ("Afifuddin",
        # not "Affifuddin"), else the one it uses most
        return max(set(spellings), key=lambda text: (key_of(text) in known_actors(), spellings.count(text),
                                                     -body.find(text)))
    return max((m.text for m in mentions), key=lambda text: (len(text.split()), len(text)))


def _entities(groups: list[Group], g: Gazetteer, body: str, home: str | None = None) -> list[Entity]:
    entities = []
    countries = group_countries(groups, g, home, body)
    for index, grp in enumerate(sorted(groups, key=lambda x: min(m.start for m in x.mentions))):
        mentions = sorted(grp.mentions, key=lambda m: m.start)
        name = _written_name(grp, mentions, body)
        texts = []
        for form in (f for m in mentions for f in (*bracket_forms(m.text), *m.also)):  # "Kepolisian Daerah (Polda) …"
            if form not in texts and form != name:
                texts.append(form)
        titled = next((m for m in mentions if m.title), None)
        country = countries[id(grp)]
        place = next((m.place for m in mentions if m.place), None)
        geo = Geo(geonames_id=place.geonames_id, lat=place.lat, lon=place.lon) if place and place.geonames_id else None
        entities.append(Entity(
            id=f"e{index}", name=name, type=grp.type, aliases=texts,
            title=titled.title if titled else None,
            sector=(titled.sector if titled else None) or next((m.sector for m in mentions if m.sector), None)
            or (body_sector(name) if grp.type == "ORG" else None),
            country=country,
            mentions=[Mention(start=m.start, end=m.end, text=m.text) for m in mentions], geo=geo))
    return entities
