"""Spans of one sentence merged from their three sources: the NER model, the gazetteer and the
title grammar (stages/titled.py, stages/institutions.py). Gazetteer names win over a model span
of another type, titles split a model span that swallowed them, names after a title are people.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from warta.gazetteer import gazetteer, key_of
from warta.ner.corpus import bio_spans
from warta.stages.countries import country_named_in
from warta.stages.name_shape import MAX_NAME, name_like, surname_like_country
from warta.stages.word_lists import (
    area_kinds,
    client_titles,
    english_heads,
    english_names,
    foreign_body_heads,
    given_name_town,
    head_words,
    initials_cues,
    ordinary_words,
    place_heads,
    rank_corps,
    ranks,
    regional_titles,
    weekdays,
)


@dataclass
class Found:
    start: int  # token indexes within the sentence
    end: int
    type: str
    source: str  # "ner", "gazetteer", "title", "institution" or "cue"
    title: str | None = None  # the whole title a name was read after (stages/titled.py)


def bio_found(labels: Sequence[str]) -> list[Found]:
    return [Found(start, end, kind, "ner") for start, end, kind in bio_spans(labels)]


GAZ_TYPES = {"COUNTRY": "PLACE", "CITY": "PLACE", "AREA": "PLACE", "REGION": "PLACE", "DISTRICT": "PLACE",
             "ORG": "ORG"}


def merge(labels: Sequence[str], gaz: list[Found], titled: list[Found], words: Sequence[str]) -> list[Found]:
    """Model spans, with gazetteer spans taking precedence where they overlap a model span of
    another type or where the model found nothing. Titles split a model span that swallowed them
    ("Menteri Luar Negeri Korea Selatan Park Jin"); names after a title are people."""
    tagged = [cut for s in bio_found(labels) if (cut := _before_initials(s, words)).end > cut.start]
    # a title word (a rank), a body or a place just before: "Kejari Sidoarjo Jhon Franky …"
    bounds = {s.end for s in gaz}
    # or a comma or a bracketed short form: "Peneliti Celios, Galau D. Muhammad", "(CELIOS) Media Wahyu Askar"
    marks = {i + 1 for i, w in enumerate(words) if w in (",", ")")}
    titled = [t if t.start in bounds else _narrowed(t, tagged, t.start in marks, words) for t in titled]
    tagged = [_past_body(s, titled) for s in tagged]
    model = [s for s in tagged if not any(t.start < s.end and s.start < t.end for t in titled)
             and not any(_name_set_off(s, t, words) for t in titled)] + titled
    # a title word inside a titled name or its title's organisation is part of them ("Putri")
    titles = [s for s in gaz if s.type == "TITLE"
              and not any(t.start <= s.start and s.end <= t.end for t in titled)]
    owners = [(s, _surname_of(s, model, words)) for s in gaz]
    for country, person in owners:  # "Willy Indra Yunani mengatakan": the person's name runs on over it
        if person is not None:
            person.end = country.end
    gaz = [s for s, person in owners if person is None]
    model = [s for s in model if not any(p.type == "PERSON" and p.start <= s.start and s.end <= p.end
                                         and s.type != "PERSON" for p in model)]
    places = [s for s in gaz if s.type in GAZ_TYPES]
    countries = [s for s in gaz if s.type in ("COUNTRY", "ORG")]
    out: list[Found] = []
    for span in model:
        if span.source == "institution" or span.source == "title" and span.type == "ORG":
            # read whole: the places and bodies inside are part of its name; a body the title
            # grammar read may open inside the title's words ("Kepala Badan Gizi Nasional")
            if span.type == "PLACE" and _title_head_word(words, span):
                span = _past_office(span, words, gaz)
            out.append(span)
            continue
        pieces = [span]
        if _english_body(span, words):
            out.append(span)  # "Telkom University", "Indonesia Investment Authority": one body
            continue
        # "Kecamatan Gunung Putri": a title word inside a place named from its head is the place's
        place_named = span.type == "PLACE" and words[span.start].lower() in place_heads()
        for blocker in titles + countries:
            if not (place_named and blocker.type == "TITLE"):
                pieces = [p for piece in pieces for p in _cut(piece, blocker)]
        out.extend(p for p in pieces if p.end > p.start)
    for span in places:
        overlapping = [s for s in out if s.start < span.end and span.start < s.end]
        if any(s.type == "PERSON" and s.start <= span.start and span.end <= s.end
               and ((s.end - s.start) > (span.end - span.start) or s.source == "cue") for s in overlapping):
            continue  # a city inside a person's name (Xi Jinping, Lloyd Austin), or one who speaks ("kata Arse")
        if any(s.source == "title" and (s.start, s.end) == (span.start, span.end) and span.end - span.start == 1
               and given_name_town(words[span.start]) for s in overlapping):
            continue  # "Mentan Amran mengatakan": a given name after a title, though a town abroad too
        if any(_english_body(s, words) and s.start <= span.start and span.end <= s.end for s in overlapping):
            continue  # "Telkom University": no town named University
        if any(s.source == "institution" and s.start <= span.start and span.end <= s.end
               and (s.end - s.start) > (span.end - span.start) for s in overlapping):
            continue  # a place inside a body's name: Polres Boyolali, Dinas Kesehatan Kabupaten Cirebon
        out = [s for s in out if s not in overlapping]
        out.append(Found(span.start, span.end, GAZ_TYPES[span.type], "gazetteer"))
    # the corps of a rank is the rank's ("Letjen TNI Suharyanto", "Irjen Pol …"), no body named
    out = sorted((s for s in out if not _corps_of_rank(s, words)), key=lambda s: s.start)
    _names_run_on(out, words)
    return out


def _past_body(span: Found, titled: list[Found]) -> Found:
    """A person the model read from inside a body's name the body grammar closed before them
    ("Universitas [Airlangga] Rizal Fahmi Nugroho"): the person from where the body ends."""
    if span.type != "PERSON":
        return span
    body = next((t for t in titled if t.source == "institution" and t.start <= span.start < t.end < span.end), None)
    return Found(body.end, span.end, span.type, span.source, span.title) if body else span


def _title_head_word(words: Sequence[str], span: Found) -> bool:
    """Whether a place's first word closes the office before it ("Wali Kota Kendari", "Kepala Desa
    Sukamaju": the office's "Kota", the place Kendari)."""
    if span.end - span.start < 2 or span.start == 0 or words[span.start] not in area_kinds():
        return False
    return key_of(f"{words[span.start - 1]} {words[span.start]}") in gazetteer().titles


def _past_office(span: Found, words: Sequence[str], gaz: list[Found]) -> Found:
    """What follows the office's "Kota"/"Desa": the place ("Wali Kota Kendari"), or, when no place
    of the gazetteer is named so after "Wali Kota" and a me-/ber- verb follows at once, the holder
    ("Wakil Wali Kota Armuji meninjau …"); a village the gazetteer lacks still is one ("Kepala Desa
    Karangsari tersebut …"), and so is a town it spells otherwise ("Wali Kota Tanjungpinang")."""
    rest = words[span.start + 1:span.end]
    verb_next = span.end < len(words) and words[span.end].startswith(("me", "ber")) and len(words[span.end]) > 4
    if not (verb_next and words[span.start] == "Kota") or not all(name_like(w) for w in rest) \
            or gazetteer().place(" ".join(rest)) is not None or _spelt_as_town(rest):
        return Found(span.start + 1, span.end, span.type, span.source, span.title)
    office = next((s for s in gaz if s.type == "TITLE" and s.end == span.start + 1), None)
    title = " ".join(words[office.start:office.end]) if office else None
    return Found(span.start + 1, span.end, "PERSON", "title", title)


def _spelt_as_town(rest: Sequence[str]) -> bool:
    """A one-word town the gazetteer writes as two ("Tanjungpinang" for Tanjung Pinang)."""
    word = rest[0] if len(rest) == 1 else ""
    return any(gazetteer().place(f"{word[:k]} {word[k:]}") is not None for k in range(3, len(word) - 2))


def _corps_of_rank(span: Found, words: Sequence[str]) -> bool:
    """A rank or a rank's corps read as a body ("Marsdya", the "TNI" of "Letjen TNI")."""
    if span.type != "ORG":
        return False
    return all(words[k] in ranks() or words[k] in rank_corps() and k > 0 and words[k - 1] in ranks()
               for k in range(span.start, span.end))


SET_OFF = frozenset({",", ".", "(", ")", ";", ":"})


def _names_run_on(found: list[Found], words: Sequence[str]) -> None:
    """A person's name the model cut after its first words runs on over the capitalised words
    after it, up to the next span: words that can only be a name's ("Budi Sitorus"), or any
    capitalised words when the run ends the name's phrase at a mark ("…, Yohanes Dalung Ajang,
    sebagai saksi": family names that are also words); never over an acronym, a day or a body's
    or place's head."""
    starts = {s.start for s in found}
    for span in found:
        if span.type != "PERSON" or span.source != "ner":
            continue
        end, shaped = span.end, span.end
        while (end < len(words) and end - span.start < MAX_NAME and end not in starts and words[end][:1].isupper()
               and not (words[end].isupper() and len(words[end]) > 1) and words[end].lower() not in weekdays()
               and words[end].lower() not in head_words()):
            shaped += shaped == end and name_like(words[end])
            end += 1
        set_off = end == len(words) or words[end] in SET_OFF
        span.end = end if set_off else shaped


def _name_set_off(span: Found, titled: Found, words: Sequence[str]) -> bool:
    """A model's person that ends a regional office's title a comma sets off from the titled name
    ("Bupati Lembah Hijau, Arif Santosa": the regency the model took for a person; not "Kuasa
    hukum Darto, Rony Simanjuntak", whose client is someone). Data: ner.toml [regional_titles]."""
    title = titled.title or ""
    if not (span.type == "PERSON" and titled.type == "PERSON" and titled.start == span.end + 1
            and words[span.end] == "," and title.endswith(" ".join(words[span.start:span.end]))):
        return False
    # a regional office names a region; any other names a body or a person, and what opens with
    # no given name is a body's ("Koordinator Gabdem, Guntur Harahap") unless the office serves
    # someone ("Kuasa hukum Darto, Rony Simanjuntak"; data: ner.toml [regional_titles], [client_titles])
    if any(title.startswith(head + " ") for head in regional_titles()):
        return True
    return not _given_name(words[span.start]) and not any(
        title.lower().startswith(head + " ") for head in client_titles())


def _after_rank(words: Sequence[str], at: int) -> bool:
    """Whether a rank ends right before `at` ("Irjen Pol Bambang …", "AKBP Bambang …"): what
    follows is a name, even a word that is also a district ("Camat Bambang" is the district's)."""
    before = words[max(0, at - 2):at]
    return bool(before) and (before[-1] in ranks() or len(before) == 2 and before[0] in ranks()
                             and before[1].rstrip(".") in rank_corps())


def _given_name(word: str) -> bool:
    """A given name that is no ordinary word ("Bambang", "Muhammad"; not "Lembah")."""
    return word.lower() in gazetteer().first_names and word.lower() not in ordinary_words()


def _english_body(span: Found, words: Sequence[str]) -> bool:
    """A model's body of two or more capitalised words ending in an English head ("Telkom
    University", "Abu Dhabi Investment Authority"), or opening with one and joined by "of" or
    "for" ("Bank of Thailand", "University of Melbourne"): named whole, whatever names stand inside."""
    inside = words[span.start:span.end]
    if span.type != "ORG" or span.source != "ner" or len(inside) < 2:
        return False
    if inside[-1].lower() in english_heads() and all(w[:1].isupper() for w in inside):
        return True
    joined = [w for w in inside[1:-1] if w.islower()]
    return (len(inside) >= 3 and inside[0].lower() in english_heads() and bool(joined)
            and all(w in english_names() for w in joined)
            and all(w[:1].isupper() for w in inside if not w.islower()))


def _surname_of(place: Found, named: list[Found], words: Sequence[str]) -> Found | None:
    """The person whose name a one-word country ends ("Willy Indra Yunani mengatakan"), if any."""
    person = next((s for s in named if s.type == "PERSON" and place.start - 2 >= s.start
                   and s.end in (place.start, place.end)), None)
    if place.type != "COUNTRY" or person is None or place.end != place.start + 1:
        return None
    return person if surname_like_country(words, place.start, list(range(person.start, place.start))) else None


def _narrowed(titled: Found, tagged: list[Found], bounded: bool, words: Sequence[str]) -> Found:
    """A name read after a title, started where the model starts a person ending with it: the
    grammar knows where a name ends, the model is better at where it begins ("Direktur Bisnis
    Bank Mega Syariah Rasmoro Pramono Aji"), except right after a rank or a body, which
    bound it ("AKBP Pradana Aditya Nugraha") or a place the title ends with ("Kejari Sidoarjo Jhon
    Franky Yanafia Ariandi"), or a comma or a bracket (`bounded`). Where the model's person starts
    with the grammar's and runs on, the rest is a family name the grammar took for a word
    ("…, Hasudungan Sidabalok,")."""
    if titled.type != "PERSON":
        return titled
    longer = [s for s in tagged if s.type == "PERSON" and s.start == titled.start and s.end > titled.end
              and all(w[:1].isupper() for w in words[titled.end:s.end])]  # not "… Santosa menandatangani"
    if longer:  # "…, Hasudungan Sidabalok,": a family name that parses as a derived word
        return Found(titled.start, longer[0].end, "PERSON", titled.source, titled.title)
    wider = next((s for s in tagged if s.type == "PERSON" and s.end == titled.end and s.start < titled.start
                  and titled.start - s.start <= 2 and titled.title
                  and all(_given_name(w) or _after_rank(words, s.start) and given_name_town(w, districts_too=True)
                          for w in words[s.start:titled.start])), None)
    if wider is not None:
        # "Irjen Pol Bambang Sukmo Wibowo", "Terdakwa Muhammad Ridwan bin Abdul Karim": a given
        # name the grammar took for the title's word or for a district opens the model's person
        given = " " + " ".join(words[wider.start:titled.start])
        title = titled.title[:-len(given)] if titled.title.endswith(given) else titled.title
        return Found(wider.start, titled.end, "PERSON", titled.source, title)
    if bounded or titled.end - titled.start < 3:
        return titled
    inner = [s for s in tagged if s.type == "PERSON" and s.end == titled.end
             and titled.start < s.start and s.end - s.start >= 2]
    if not inner:
        return titled
    return Found(inner[0].start, titled.end, "PERSON", titled.source, titled.title)


def _before_initials(span: Found, words: Sequence[str]) -> Found:
    """A model span cut before "berinisial" inside it ("CV Tani Makmur Abadi berinisial HS": the
    company, then the person named by initials, whom stages/initials.py reads)."""
    cue = next((k for k in range(span.start, span.end) if words[k] in initials_cues() and "inisial" in words[k]), None)
    return span if cue is None else dataclasses.replace(span, end=cue)


def _cut(piece: Found, blocker: Found) -> list[Found]:
    if blocker.end <= piece.start or piece.end <= blocker.start:
        return [piece]
    if blocker.start <= piece.start and piece.end <= blocker.end:
        return [] if blocker.type == "TITLE" else [piece]
    if blocker.type not in ("TITLE", "COUNTRY", "ORG"):
        return [piece]
    left = Found(piece.start, blocker.start, piece.type, piece.source)
    right = Found(blocker.end, piece.end, piece.type, piece.source)
    return [p for p in (left, right) if p.end > p.start]


def foreign_bodies(found: list[Found], words: Sequence[str], spans: Sequence[tuple[int, int, str]],
                   home: str | None) -> list[Found]:
    """A state's body named by a head every state has, then a country not home's, a region of
    states or a province ("DPR AS", "Kemlu Jepang", "Kedutaan Besar Jepang", "Komisi Eropa", "DPR
    Aceh"; data: ner.toml [foreign_bodies]): one body, not Indonesia's DPR and a place. "DPR RI"
    stays as the gazetteer reads it."""
    heads = foreign_body_heads()
    out = list(found)
    for first, end, kind in spans:
        if kind not in ("COUNTRY", "AREA", "REGION"):
            continue
        size = next((n for n in (4, 3, 2, 1) if first >= n
                     and " ".join(words[first - n:first]) in heads), 0)
        if not size:
            continue  # (most places follow no head: the country is looked up only after one)
        code = country_named_in(" ".join(words[first:end]), gazetteer())
        if kind != "REGION" and code is not None and code == home:
            continue  # "DPR RI": home's house, as the gazetteer reads it; "DPR Aceh" the province's
        start = first - size
        inside = [f for f in out if f.start < end and start < f.end]
        # (the place read may take in the head's last word: "Angkatan Laut Australia" read as the
        # sea "Laut Australia")
        if size and any(f.type == "PLACE" and f.end == end for f in inside) and not any(
                f.type == "PERSON" or f.start < start for f in inside):
            out = [f for f in out if f not in inside] + [Found(start, end, "ORG", "institution")]
    return sorted(out, key=lambda f: f.start)
