"""The entity stage's candidates (one per mention found) and how mentions of one thing are
grouped: the same canonical name, or a shorter name inside a longer one of the same type
("Blinken", "Antony Blinken"), a middle name, a name cut short or misspelt by a doubled letter."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from warta.gazetteer import Gazetteer, Place, key_of
from warta.resources import load
from warta.stages.institutions import head_word, unit_parents
from warta.stages.name_shape import name_like
from warta.stages.word_lists import area_kinds, english_words

INSIDE_BRACKETS = re.compile(r"\(([^()]{1,30})\)")


@dataclass
class Candidate:
    text: str
    type: str
    start: int
    end: int
    sentence: int
    title: str | None = None
    sector: str | None = None
    country: str | None = None
    place: Place | None = None
    canonical: str | None = None
    part_of_name: bool = False  # a word of a person's full name, found alone mid-sentence
    also: tuple[str, ...] = ()  # other forms the mention writes ("Golkar" inside "Fraksi Golkar")


@dataclass
class Group:
    type: str
    name: str
    key: tuple[str, ...]
    mentions: list[Candidate] = field(default_factory=list)


def people_read_as_bodies(body: str, candidates: list[Candidate]) -> None:
    """A name the model read as a body whose first or last word names a person elsewhere in the
    article ("Cristian Romero" beside "Romero mendorong …"): a person, unless the name is a known
    body's, holds a word no name has, or goes on a run of capitalised words before it."""
    people = {key_of(c.text) for c in candidates if c.type == "PERSON" and " " not in c.text.strip()}
    for cand in candidates:
        words = cand.text.split()
        before = body[max(0, cand.start - 30):cand.start].split()[-1:]
        if cand.type != "ORG" or cand.canonical or not 2 <= len(words) <= 3 or not all(map(name_like, words)) \
                or head_word(words[0]) or any(w.lower() in english_words() for w in words) \
                or before and before[0][:1].isupper():
            continue  # "Sekolah Ilmu Lingkungan", "Corporate Affairs Shopee": a body's words
        if key_of(words[0]) in people or key_of(words[-1]) in people:
            cand.type, cand.country, cand.sector = "PERSON", None, None


PLACE_OPENERS = frozenset({"di", "ke", "dari", "asal", "menuju"})  # before a word only a place can be


def name_words_read_as_places(body: str, candidates: list[Candidate], home: str | None) -> None:
    """A one-word place abroad that is a word of a person's full name named before it ("Rizal", a
    Philippine province, after "Muhammad Rizal Firmansyah"): the person, called by that word; not
    after a word that only a place follows ("dikirim ke Yunani" after "Willy Indra Yunani")."""
    seen: set[str] = set()
    for cand in sorted(candidates, key=lambda c: c.start):
        words = cand.text.split()
        before = body[max(0, cand.start - 12):cand.start].split()[-1:]  # a few characters: linear cost
        if cand.type == "PERSON" and len(words) >= 2:
            seen.update(w for w in words if len(w) > 3 and w.isalpha())
        elif (cand.type == "PLACE" and cand.text in seen and cand.place is not None and home is not None
              and cand.place.country not in (home, None) and not (before and before[0].lower() in PLACE_OPENERS)):
            cand.type, cand.place, cand.country, cand.sector = "PERSON", None, None, None
            cand.part_of_name = True


def group_mentions(candidates: list[Candidate], g: Gazetteer) -> list[Group]:
    """Mentions of one thing together: same canonical name, or a shorter name that is part
    of a longer one of the same type (Blinken, Antony Blinken)."""
    groups: list[Group] = []
    spelled_keys: dict[tuple[str, ...], tuple[str, ...]] = {}

    def spell(key: tuple[str, ...]) -> tuple[str, ...]:
        if key not in spelled_keys:
            spelled_keys[key] = spelled_out(key, g)
        return spelled_keys[key]

    ordered = sorted(candidates, key=lambda c: -len(key_of(c.canonical or c.text)))
    for cand in ordered:
        name = cand.canonical or cand.text
        key = key_of(name)
        target = next((grp for grp in groups if grp.type == cand.type and grp.key == key), None)
        if target is None and cand.type == "ORG":
            # "KPU RI" is the KPU: the country's initials added to a body's name
            bare = key[:-1] if len(key) > 1 and key[-1] == "ri" else key
            target = next((grp for grp in groups if grp.type == "ORG" and bare in (grp.key, grp.key[:-1])
                           and (grp.key[-1:] == ("ri",)) != (key[-1:] == ("ri",))), None)
            if target is not None and key == bare:
                target.name, target.key = name, key  # the body's own name, not the one with "RI"
        if target is None and cand.type == "ORG":
            # "Kejati Sumbar" after "Kejaksaan Tinggi Sumatera Barat": one body, two names
            spelled = spell(key)
            target = next((grp for grp in groups if grp.type == "ORG" and _one_body(spell(grp.key), spelled)), None)
        if target is None and (cand.type == "PERSON" or cand.type == "ORG" and not cand.canonical):
            # a person the actor dictionary names ("Tito Karnavian") is still the one written
            # in full ("Muhammad Tito Karnavian")
            target = containing(groups, cand.type, key, cand.start)
        if target is None and cand.type == "PLACE":
            target = _area_of(groups, key)
        if target is None:
            target = Group(cand.type, name, key)
            groups.append(target)
        target.mentions.append(cand)
    return groups


def _area_of(groups: list[Group], key: tuple[str, ...]) -> Group | None:
    """The one place written with its kind of area before the name ("Kota Surabaya" for a later
    "Surabaya"): one place, as annotators have it; none when two kinds share the name ("Kota
    Bogor", "Kabupaten Bogor")."""
    kinds = {kind.lower() for kind in area_kinds()}
    matches = [grp for grp in groups if grp.type == "PLACE" and grp.key[1:] == key and grp.key[0] in kinds]
    return matches[0] if len(matches) == 1 else None


def bracket_forms(text: str) -> list[str]:
    """The forms a mention writes: itself, or, with a short form in brackets inside it, the short
    form with the rest ("Polda Metro Jaya" of "Kepolisian Daerah (Polda) Metro Jaya"); where the
    rest is the unit's parent ("Pusat Penerangan Hukum (Puspenkum) Kejaksaan Agung"), the unit's
    own name and short form too: every form the text uses for it is an alias (ANNOTATION.md)."""
    match = INSIDE_BRACKETS.search(text)
    if match is None:
        return [text]
    before, short, rest = text[:match.start()].strip(), match.group(1), text[match.end():].strip()
    if not rest:
        return [form for form in (before, short) if form]
    if rest.split()[0] in unit_parents():
        return [form for form in (before, short, f"{short} {rest}") if form]
    return [f"{short} {rest}"]


def initials_of_people(groups: list[Group], g: Gazetteer, introduced: frozenset[str]) -> list[Group]:
    """A person the press calls by the initials of their name ("STY" for Shin Tae-yong, "RK" for
    Ridwan Kamil): an acronym no gazetteer knows, read as a body or as a person alone, joins the
    one person of the article whose name's initials it spells; not initials the article names
    someone by ("pelaku berinisial HS" is no "Hadi Santoso": `introduced`)."""
    people: dict[str, list[Group]] = {}
    for grp in groups:
        if grp.type == "PERSON":
            initials = "".join(w[0] for w in re.split(r"[\s-]+", grp.name) if w[:1].isalpha()).upper()
            if len(initials) >= 2:
                people.setdefault(initials, []).append(grp)
    out = []
    for grp in groups:
        owners = people.get(grp.name, []) if _unknown_acronym(grp, g) and grp.name not in introduced else []
        if len(owners) == 1:
            for cand in grp.mentions:
                cand.type = "PERSON"
            owners[0].mentions.extend(grp.mentions)
            continue
        out.append(grp)
    return out


def _unknown_acronym(grp: Group, g: Gazetteer) -> bool:
    name = grp.name
    return (grp.type in ("ORG", "PERSON") and 2 <= len(name) <= 5 and name.isalpha() and name.isupper()
            and grp.key not in g.organisations and grp.key not in g.places and grp.key not in g.titles
            and not any(c.canonical for c in grp.mentions))


@cache
def _short_heads() -> dict[str, tuple[str, ...]]:
    return {short: tuple(full.split()) for short, full in load("ner")["short_heads"].items()}


@cache
def _unspelled_areas() -> frozenset[str]:
    return frozenset(load("ner")["unspelled_areas"]["words"])


@cache
def _unit_heads() -> frozenset[str]:
    return frozenset(load("ner")["unit_heads"]["words"])


def spelled_out(key: tuple[str, ...], g: Gazetteer) -> tuple[str, ...]:
    """A body's name with its short head and a province's short form spelled out ("kejati
    sumbar" → "kejaksaan tinggi sumatera barat"; data/ner.toml [short_heads], the gazetteer)."""
    if not key:
        return key
    words = list(_short_heads().get(key[0], key[:1]))
    for word in key[1:]:
        options = g.places.get((word,), ())
        province = next((p for p in options if p.kind == "province" and key_of(p.name) != (word,)), None)
        words.extend(key_of(province.name) if province else (word,))
    return tuple(words)


def _one_body(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two spelled-out names of one body: the same, or the same but for the kind of area before
    the place that only one of them writes ("… Kabupaten Garut" and "BPBD Garut"; not "BPBD
    Provinsi Gorontalo" and "BPBD Kabupaten Gorontalo"; data: ner.toml [unspelled_areas])."""
    if a == b:
        return True
    (bare_a, area_a), (bare_b, area_b) = _without_area(a), _without_area(b)
    return bare_a == bare_b and not (area_a and area_b)


@lru_cache(maxsize=4096)
def _without_area(key: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """A spelled-out name less its kinds of area, and whether it wrote one (linear per name)."""
    areas = _unspelled_areas()
    bare = tuple(w for w in key if w not in areas)
    return bare, len(bare) < len(key)


def containing(groups: list[Group], kind: str, key: tuple[str, ...], at: int | None = None) -> Group | None:
    """The one group whose name holds `key` as its first or last words; of several people, the
    one named last before `at` ("Rahmat" after "Rahmat Hidayatullah" was introduced, though
    "Muhammad Faisal Rahmat" spoke earlier), else none. A body's unit named with its parent at
    the end ("Rutan Polda Jatim") does not hold the parent."""
    matches = [grp for grp in groups if grp.type == kind and len(grp.key) > len(key)
               and (grp.key[:len(key)] == key or grp.key[-len(key):] == key
                    and not (kind == "ORG" and _unit_heads() & set(grp.key[:-len(key)])))]
    if len(matches) > 1 and kind == "PERSON" and at is not None:
        return _named_last_before(matches, at)
    if not matches and kind == "PERSON" and len(key) == 1:
        # the press often calls a person by a middle name: "Faruk" for "Moch Faruk Rozi"
        matches = [grp for grp in groups if grp.type == kind and len(grp.key) > 2 and key[0] in grp.key[1:-1]]
    if not matches and kind == "PERSON" and len(key) == 1 and len(key[0]) >= 3:
        # or by a name cut short: "Pras" for "Prasetyo Hadi", "Afif" for "Mochammad Afifuddin"
        matches = [grp for grp in groups if grp.type == kind and len(grp.key) > 1
                   and any(w.startswith(key[0]) and len(w) > len(key[0]) + 1 for w in grp.key)]
    if not matches and kind == "PERSON" and len(key) == 2:
        # or by first and last names: "Andi Rahim" for "Andi Abdullah Rahim"; or by two names
        # inside: "Sri Wahyudi" for "Muhammad Sri Wahyudi Suliswanto"
        matches = [grp for grp in groups if grp.type == kind and len(grp.key) > 2
                   and (grp.key[0] == key[0] and grp.key[-1] == key[1]
                        or any(grp.key[i:i + 2] == key for i in range(1, len(grp.key) - 2)))]
    if not matches and kind == "PERSON":
        # or misspelt by a letter doubled or not: "Affifudin", "Affifuddin" for "Mochammad Afifuddin"
        sk = skeleton(key)
        long_enough = sum(map(len, key)) >= 6  # "Ana" and "Anna" may be two people
        matches = [grp for grp in groups if long_enough and grp.type == kind and (
            skeleton(grp.key) == sk or len(key) == 1 and len(grp.key) > 1 and sk[0] in skeleton(grp.key))]
    return matches[0] if len(matches) == 1 else None


def _named_last_before(groups: list[Group], at: int) -> Group | None:
    """Of several people a short name may stand for, the one whose latest mention before `at` is
    the latest; none when none was named before it."""
    latest = [(max(m.start for m in grp.mentions if m.start < at), n) for n, grp in enumerate(groups)
              if any(m.start < at for m in grp.mentions)]
    return groups[max(latest)[1]] if latest else None


@cache
def skeleton(key: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words with doubled letters single ("affifuddin" → "afifudin")."""
    return tuple(re.sub(r"(.)\1+", r"\1", word) for word in key)
