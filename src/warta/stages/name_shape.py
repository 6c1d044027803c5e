"""What a word can be in a name read after a title (stages/titled.py) or checked alone
(stages/name_checks.py, stages/institutions.py): a given name or a family name, an ordinary
word, a field of a body's name, an acronym, initials, an academic prefix, a town abroad named
like a given name. Word-level tests only; the title grammar reads the runs."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from warta.gazetteer import gazetteer, key_of
from warta.morphology import root_of
from warta.ner.features import organisation_words
from warta.resources import load
from warta.stages.word_lists import (
    academic_prefixes,
    body_words,
    country_after,
    english,
    english_heads,
    hospital_heads,
    known_people,
    name_abbreviations,
    name_words,
    not_names,
    ordinary_words,
    org_heads,
    place_heads,
)

MAX_NAME = 4  # the most words of a person's name, after a title or run on from the model's span
INITIALS = re.compile(r"^[A-Z]{1,2}\.?$")
ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII)$")


def name_like(word: str) -> bool:
    """Whether a capitalised word can be part of a person's name (a particle such as "Al" or
    "bin" only between two name words: see _read_run)."""
    if ROMAN.match(word):
        return False  # "Komisi XI", "Pansus II": a number, not initials
    if INITIALS.match(word) and word not in not_names() and title_key(word) not in gazetteer().kinds \
            and word.lower() not in body_words():
        return True  # "ST Burhanuddin", "M. Tito": initials open a name ("UI", "RI" do not)
    if word in name_abbreviations():
        return True  # "Moh. Faisol Anwar": Mohammad written short
    if not word[:1].isupper() or not word.replace("'", "").replace("-", "").isalpha():
        return False
    low = word.lower()
    if word.isupper() and len(word) > 1:
        return False  # an acronym: KPK, BPKAD, III
    if field_noun(word) and low not in name_words():
        return False  # a field's noun, ke-…-an or pe-…-an: "Ketenagakerjaan", "Perhubungan"
    if word in not_names() or low in organisation_words() or low in org_heads() or low in english_heads():
        return False  # "Dikbud", "Polres", "Estate": a word of a body's name
    if low in _month_names() and low not in name_words():
        return False  # "Institut Teknologi Sepuluh Nopember": a date in a body's name ("Juli" is a name too)
    if low.endswith(("ullah", "illah")) and len(low) > 6:
        return True  # "Firjatullah", "Hidayatullah": the stemmer takes -lah for a particle
    return low in name_words() or (root_of(low) is None and low not in ordinary_words() and not english(low))


@cache
def _month_names() -> frozenset[str]:
    """The months as data/dates.toml spells them, but the three-letter short forms ("nopember",
    "agustus", "sept")."""
    return frozenset(m for m in load("dates")["months"] if len(m) > 3)


def field_noun(word: str) -> bool:
    """A field's ke-/pe-…-an noun ("Ketenagakerjaan", "Perhubungan")."""
    low = word.lower()
    return len(low) >= 9 and low.startswith(("ke", "pe")) and low.endswith("an")


def field_word(word: str) -> bool:
    """A capitalised ordinary word naming a field ("Ikan", "Informasi", "Teknologi"): no name,
    no acronym."""
    return word[:1].isupper() and word.isalpha() and not word.isupper() and not name_like(word)


def field_list_at(words: Sequence[str], i: int) -> bool:
    """Whether the comma at `i` lists the fields of one body's name ("Balai Karantina Hewan, Ikan,
    dan Tumbuhan", "Pusat Data, Informasi, dan Komunikasi"): capitalised ordinary words on both
    sides, ending in "dan" and one more field. A list of bodies, places or people is not one."""
    if words[i] != "," or i == 0 or not field_word(words[i - 1]):
        return False
    j, closed = i + 1, False
    while j < len(words):
        if words[j] == "dan" and not closed:
            closed, j = True, j + 1
            continue
        item = j
        while j < len(words) and field_word(words[j]):
            j += 1
        if j == item or words[item].lower() in body_words() | place_heads() or j - item > 2 and not closed:
            return False  # "Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah, dan …": bodies listed
        if closed:
            return True
        if j >= len(words) or words[j] not in (",", "dan"):
            return False
        j += words[j] == ","
    return False


def plain_word(word: str) -> bool:
    """A capitalised word with no derivation and no organisation meaning: "Bayu", "Aji"."""
    root = root_of(word.lower())
    return plain_or_derived(word) and (root is None or root == word.lower())


def plain_or_derived(word: str) -> bool:
    """A capitalised word that is no acronym, no organisation word and opens no title
    ("Wakil" opens "Wakil Presiden")."""
    low = word.lower()
    return (word[:1].isupper() and word.isalpha() and not (word.isupper() and len(word) > 1)
            and low not in organisation_words() and low not in english_heads()
            and low not in _name_openers())  # "… ARSA Foundation Haerani Akbar"


@cache
def _name_openers() -> frozenset[str]:
    """First words of the gazetteer's bodies, titles, countries and regions: no word of a
    person's name. Towns are left out: "Wong", "Sen" open towns abroad and Chinese-Indonesian
    names alike ("Ketua DPRD Kota Medan Wong Chun Sen")."""
    return frozenset(key[0] for key, kind in gazetteer().kinds.items() if kind not in ("CITY", "DISTRICT"))


def only_abroad(word: str) -> bool:
    """Whether every place of that name is outside Indonesia ("Fajar", "Ali"; not "Bima")."""
    places = gazetteer().places.get(title_key(word), [])
    return bool(places) and all(p.country != "IDN" for p in places)


def academic(word: str) -> bool:
    """An academic or professional prefix, dot or not ("Prof.", "dr", "Dr"): data/titles.toml."""
    return word.rstrip(".") in academic_prefixes()


def academic_prefixes_end(words: Sequence[str], i: int) -> int:
    """The end of a run of academic prefixes at `i` that a name follows ("Dr. dr. Rina
    Wulandari"; a dot may be a token of its own), or `i`: none, or after a hospital's head,
    whose name it opens ("RSUD dr Soetomo")."""
    j = i
    while j < len(words) and (academic(words[j]) or j > i and words[j] == "." and academic(words[j - 1])):
        j += 1
    if j > i and j < len(words) and name_like(words[j]) and not (i > 0 and words[i - 1].lower() in hospital_heads()):
        return j
    return i


def academic_prefix_at(words: Sequence[str], i: int) -> bool:
    return academic_prefixes_end(words, i) > i


def short_form(word: str) -> bool:
    """A body's short form in capitals ("ICDX", "BPKAD"): no initials, no Roman number."""
    return len(word) >= 3 and word.isupper() and word.isalpha() and not ROMAN.match(word)


def capital_word(word: str) -> bool:
    """A capitalised word, no acronym and no organisation word ("Timur", a place's word too)."""
    return (word[:1].isupper() and word.isalpha() and not (word.isupper() and len(word) > 1)
            and word.lower() not in organisation_words())


def surname_like_country(words: Sequence[str], i: int, name_words_before: Sequence[int]) -> bool:
    """A one-word country right after two words of a name and before a lower-case word or the
    clause's end is the name's last word ("Willy Indra Yunani mengatakan", "… dengan Kepala Balai
    Karantina Jawa Tengah Willy Indra Yunani."): a country never follows a name bare."""
    nxt = words[i + 1] if i + 1 < len(words) else "."
    joining = nxt in country_after()
    if i >= 2 and key_of(" ".join(words[i - 2:i])) in known_people():
        return False  # "Prabowo Subianto Indonesia": a known person, and the country theirs
    return (len(name_words_before) >= 2 and name_words_before[-1] == i - 1 and name_words_before[-2] == i - 2
            and all(name_like(words[k]) for k in (i - 2, i - 1)) and (nxt[:1].islower() or nxt in (".", ",", ";"))
            and not joining)


def title_key(text: str) -> tuple[str, ...]:
    return key_of(text)


def given_name_opens(names: Sequence[str]) -> bool:
    """Whether the last name-like words of a company's run, from a given name that is also a word
    ("Rudi", "Budi"), are a person's: two or three words, the surnames names' words and the last
    no word ("PT Sinar Abadi Rudi Hartono"; not "PT Indah Kiat Pulp", "PT Sawit Prima Lestari")."""
    return (2 <= len(names) <= 3 and names[0].lower() in gazetteer().first_names
            and all(w.lower() in name_words() for w in names[1:]) and names[-1].lower() not in ordinary_words())


def after_ordinal(words: Sequence[str], units: list[tuple[int, int, str]]) -> bool:
    """Whether the run ends in words after an office's ordinal ("ke-7 Joko Widodo")."""
    tail = list(itertools.takewhile(lambda u: u[2] == "word", reversed(units)))
    before = units[len(units) - len(tail) - 1] if len(tail) < len(units) else None
    return bool(tail) and before is not None and words[before[0]] == "ke" and before[2] == "join"


def initials_in_brackets(words: Sequence[str], i: int, units: list[tuple[int, int, str]]) -> bool:
    """Whether "(" at `i` opens the initials of the capitalised words that end the run ("Ridwan
    Kamil (RK)")."""
    if not (i + 2 < len(words) and words[i + 2] == ")" and words[i + 1].isupper() and 2 <= len(words[i + 1]) <= 4):
        return False
    tail = list(itertools.takewhile(lambda u: u[2] == "word", reversed(units)))
    before = units[len(units) - len(tail) - 1] if len(tail) < len(units) else None
    if before is None or words[before[0]] != "," and "".join(words[i + 3:i + 4])[:1].isupper():
        return False  # "… DPR RI Bambang Haryo (BH) mendesak" ends; "PT Prima Global (PG) Mustika …" goes on
    initials = "".join(words[u[0]][:1] for u in reversed(tail[:len(words[i + 1])]))
    return len(tail) >= len(words[i + 1]) and initials.upper() == words[i + 1]


CLASS_MARKS = frozenset({"Khusus", "TPI", "Non", "-"})  # "Kelas I Khusus TPI", "Kelas II Non-TPI"


def after_class(words: Sequence[str], i: int) -> bool:
    """Whether a body's class stands right before the i-th word ("Lapas Kelas IIA", "Kantor
    Imigrasi Kelas I Khusus TPI"): what follows it first is the body's seat."""
    k = i - 1
    while k > 0 and words[k] in CLASS_MARKS:
        k -= 1
    grade = words[k].rstrip("ABC") if len(words[k]) > 1 else words[k]
    return k > 0 and words[k - 1] == "Kelas" and (grade == "I" or bool(ROMAN.match(grade)))


def letters_in_order(short: str, letters: str) -> bool:
    """Whether every letter of `short` stands in `letters`, in order (a short form's letters in
    the words it shortens: "dirressiber" in "direkturreservesiber")."""
    rest = iter(letters)
    return all(ch in rest for ch in short)

