"""Places around a trigger: where an act was, not who took part — a place after "di" (and a
place noun), places listed after one, how far something reached ("hingga Bandung"), a body's
seat right after its name, the place a "di" phrase goes on to (data: events.toml [flags])."""

from __future__ import annotations

import itertools

from warta.stages.agent_words import is_country
from warta.stages.event_actors import Actor
from warta.stages.event_triggers import Trigger, coded_under, lexicon, verb_form
from warta.stages.word_lists import place_heads

PLACE_OPENERS = ("di", "dari", "ke", "asal")  # before a place that is where, whence or whither
PLACE_PHRASE_WORDS = 8  # words of a "di" phrase a place after a comma goes on
ROAD_NAME_WORDS = 5  # words back from a road's second town to its noun ("ruas jalan Trans Papua Barat-Bintuni")


def places_listed(actors: list[Actor], low: list[str]) -> list[Actor]:
    """Places that go on a place named after "di" ("Warga di Perumahan Pondok Hijau, Ciputat,
    Tangerang Selatan memprotes …"): where, like the first, not who."""
    out: list[Actor] = []
    closing: list[Actor] = []  # regions named after a place gone to: the run of places ends there
    for prev, actor in itertools.pairwise(actors):
        if (prev.entity.type == actor.entity.type == "PLACE" and actor.start == prev.end + 1
                and low[prev.end] in ("dan", "serta")
                and (prev in out or where(low, prev.start) or prev.start and low[prev.start - 1] in PLACE_OPENERS)):
            out.append(actor)  # "petani dari Kabupaten Batang dan Kabupaten Kendal": both where they come from
            continue
        at = prev.end + (low[prev.end:prev.end + 1] == [")"])  # "(KBRI) di …": the short form's bracket
        after_one = prev.entity.type != "PLACE" and at < len(low) and low[at] == "di"
        if after_one and actor.start > at and (actor.start == at + 1 or where(low, actor.start) or (
                actor.entity.type == "PLACE" and low[actor.start - 1] == "," and actor.start - at <= 5)):
            # "Warga di Perumahan Pondok Hijau": where the residents are; "KBRI di Kuala Lumpur,
            # Malaysia": the country the city lies in, though the city is no actor
            out.append(actor)
        elif actor.entity.type != "PLACE" or actor.start != prev.end + 1 or low[prev.end] != ",":
            continue
        elif prev in out and prev not in closing:
            out.append(actor)  # ", Ciputat, Tangerang Selatan": the same place named more closely
        elif _gone_to(prev, low) and low[actor.end:actor.end + 1] in ([","], ["."], []):
            # "menurunkan tim ke Kabupaten Intan Jaya, Papua Tengah, untuk …": the province the
            # regency lies in (not "di Kuala Lumpur, Indonesia mengecam …", nor past it: "di Kuala
            # Lumpur, Malaysia, Indonesia mendesak …")
            out.append(actor)
            closing.append(actor)
    return out



def _gone_to(actor: Actor, low: list[str]) -> bool:
    """A place named after "ke", "di" or "dari": where, not who."""
    return actor.entity.type == "PLACE" and actor.start > 0 and low[actor.start - 1] in ("ke", "di", "dari")


def where(low: list[str], start: int) -> bool:
    """Whether the words before an actor make it a place: "di depan gedung DPR", "di kantor
    Kementerian Perhubungan" (data: [flags] place_nouns)."""
    nouns = lexicon().flags["place_nouns"]
    j = start - 1
    while j >= 0 and start - j <= 3 and low[j] in nouns:
        j -= 1
    return j >= 0 and j < start - 1 and low[j] == "di"



def names_road(actor: Actor, low: list[str]) -> bool:
    """Whether a place is named after a road's noun ("ruas jalan Sentani-Genyem"): the road's, no
    actor (data: [flags] road_nouns)."""
    if actor.entity.type != "PLACE" or actor.start == 0:
        return False
    roads = lexicon().flags["road_nouns"]
    if low[actor.start - 1] in roads:
        return True
    # the second town of "jalan Manokwari-Bintuni": past the hyphen, the road's noun before the first
    k = actor.start - 1
    while k >= 0 and actor.start - k <= ROAD_NAME_WORDS and low[k] not in roads and low[k] not in (",", ".", ";"):
        k -= 1
    return k >= 0 and low[k] in roads and low[actor.start - 1] == "-"


def reached(actor: Actor, actors: list[Actor], low: list[str]) -> bool:
    """Whether a place is named as how far something reached ("hingga Bandung dan Tasikmalaya"),
    the places listed after the first included; not the end of a range of actors that "dari"
    opens ("dari Amerika Serikat sampai Jepang mengecam …") (data: [flags] extent_markers,
    list_joiners, range_openers)."""
    if actor.entity.type != "PLACE":
        return False
    j = _list_start(actor, actors, low) - 1
    if j < 0 or low[j] not in lexicon().flags["extent_markers"]:
        return False
    k = j
    while k > 0 and low[k - 1] in lexicon().flags["list_joiners"]:
        k -= 1  # "Malaysia, Thailand, hingga Vietnam"
    before = next((a for a in actors if a.end == k), None)
    opened = _list_start(before, actors, low) - 1 if before is not None else -1
    return not (opened >= 0 and low[opened] in lexicon().flags["range_openers"])


def _list_start(actor: Actor, actors: list[Actor], low: list[str]) -> int:
    """Where the list of places an actor closes starts ("Bandung, Garut, serta Tasikmalaya")."""
    joiners = lexicon().flags["list_joiners"]
    start = actor.start
    while start > 0 and low[start - 1] in joiners:
        j = start - 1
        while j > 0 and low[j - 1] in joiners:
            j -= 1  # ", serta"
        listed = next((a for a in actors if a.end == j and a.entity.type == "PLACE"), None)
        if listed is None:
            break
        start = listed.start
    return start


def venue(trig: Trigger, low: list[str], start: int) -> bool:
    """Whether an actor after "di" and a place noun is only where the act was: a search or a
    seizure "di kantor Dinas PUPR" is of the office's body, but not one "di depan gedung" (data:
    [flags] venue_owners, near_nouns); aid handed out or a meeting held "di aula Pemkab" is only
    there; a protest is aimed at whoever sits in the building it stands before (aimed_at_venues)."""
    if coded_under(trig.cameo, "aimed_at_venues") or not where(low, start):
        return False
    near = bool(set(low[max(0, start - 3):start]) & lexicon().flags["near_nouns"])
    return near or not coded_under(trig.cameo, "venue_owners")



def seat_of_body(place: Actor, before: list[Actor], low: list[str]) -> bool:
    """Whether a place inside the body's own country follows its name (or its short form in
    brackets) with nothing between: the province or city of that body's office, not a second
    actor; a country there is one ("Atas permintaan KPK Singapura menahan …"). A place at home set
    off by commas right after a group or a body says where it is ("Warga Desa Sukamaju, Kabupaten
    Kediri, memblokade …"), no actor either; not one of a list ("Pemkab Sleman, Bantul, dan …")."""
    if place.entity.type == "PLACE" and place.start > 1 and low[place.start - 1] == "," \
            and low[place.end:place.end + 1] == [","] and low[place.end + 1:place.end + 2] not in (["dan"], ["serta"]) \
            and not any(b.start == place.end + 1 and not _chain_goes_on(place, b, low) for b in before) \
            and place.entity.country == "IDN" \
            and not is_country(place.entity.name) and _set_off_after_group(place, before, low):
        return True
    if place.entity.type != "PLACE" or not any(
            b.entity.type == "ORG" and b.entity.country == place.entity.country
            and (b.end == place.start or b.end == place.start - 1 and low[b.end] == ")") for b in before):
        return False
    return not is_country(place.entity.name)



SEAT_NAME_WORDS = 4  # words of a village's name between a group and the places set off after it


def _chain_goes_on(place: Actor, after: Actor, low: list[str]) -> bool:
    """Whether the actor after the place's comma names a wider area, the place named with its
    head word ("Kecamatan Cibadak, Kabupaten Sukabumi", "Kabupaten Sukabumi, Jawa Barat"): a chain
    of where, not a list ("Sleman, Bantul, …")."""
    return after.entity.type == "PLACE" and low[place.start] in place_heads()


def _set_off_after_group(place: Actor, before: list[Actor], low: list[str]) -> bool:
    """Whether the place set off by commas closes a chain that a group or a body opens: right
    after it, after places set off by commas before it ("Warga Desa Sukamaju, Kecamatan Cibadak,
    Kabupaten Sukabumi, …"), or after a village's name the group's words run into ("Puluhan warga
    Desa Sumber Rejo, Kecamatan …": the village no actor of its own)."""
    comma = place.start - 1
    while True:
        prev = next((b for b in before if b.end == comma), None)
        if prev is None:
            head = next((k for k in range(comma - 1, max(-1, comma - 1 - SEAT_NAME_WORDS), -1)
                         if low[k] in place_heads()), None)
            return head is not None and "," not in low[head:comma] and any(
                b.end == head and b.entity.type in ("PERSON", "ORG") for b in before)
        if prev.entity.type in ("PERSON", "ORG"):
            return True
        if prev.entity.type != "PLACE" or prev.start < 2 or low[prev.start - 1] != ",":
            return False
        comma = prev.start - 1


def place_phrase_goes_on(actor: Actor, low: list[str]) -> bool:
    """A place after a comma that goes on a "di" phrase ("berbincang dengan warga di Johor,
    Malaysia"): where, like the place before it."""
    return place_phrase_start(actor, low) is not None


def place_phrase_start(actor: Actor, low: list[str]) -> int | None:
    """Where the "di" stands whose phrase a place after a comma goes on, or None."""
    if actor.entity.type != "PLACE" or actor.start < 3 or low[actor.start - 1] != ",":
        return None
    # past a building and the body it belongs to ("di depan gedung rektorat Universitas Halu Oleo, Kendari")
    first = max(0, actor.start - PLACE_PHRASE_WORDS - 1)
    at = max((k for k in range(first, actor.start - 1) if low[k] == "di"), default=None)
    if at is None or any(verb_form(w) or w == "," for w in low[at + 1:actor.start - 1]):
        return None
    return at


def after_subject_s_phrase(place: Actor, actors: list[Actor], low: list[str]) -> bool:
    """Whether a place goes on a "di" phrase that follows an actor (the subject where it was); not
    in a clause opening the sentence ("Setelah kapal China masuk di perairan Natuna, Indonesia, …")."""
    at = place_phrase_start(place, low)
    return at is not None and low[0] not in lexicon().flags["backgrounded"] and any(b.end <= at for b in actors)
