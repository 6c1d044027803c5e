"""Word-level tests a title's run makes as it reads towards the name (stages/titled.py): where a
name opens (a Balinese birth-order word, "La Ode", a rank's corps after it), what a place or a
company word inside the run belongs to, and whether an office is a preposition's object."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from warta.gazetteer import gazetteer, key_of
from warta.morphology import derived_with
from warta.resources import load
from warta.stages.event_triggers import lexicon, passive_form, verb_prefixes
from warta.stages.name_shape import (
    academic,
    academic_prefix_at,
    capital_word,
    field_noun,
    field_word,
    given_name_opens,
    letters_in_order,
    name_like,
    only_abroad,
    short_form,
    surname_like_country,
    title_key,
)
from warta.stages.title_sectors import title_in_full
from warta.stages.word_lists import (
    affairs_words,
    area_kinds,
    case_roles,
    deputy_prefixes,
    district_titles,
    field_stops,
    given_name_town,
    head_titles,
    head_words,
    honorifics,
    hospital_heads,
    name_continuers,
    name_openers,
    name_particles,
    name_titles,
    name_words,
    ordinary_words,
    place_heads,
    place_qualifiers,
    quantifiers,
    rank_corps,
    ranks,
    regional_titles,
    street_heads,
    title_joiners,
    title_prepositions,
    titles_list,
)

if TYPE_CHECKING:  # for the hints only: both modules read this one
    from warta.stages.entity_groups import Candidate
    from warta.stages.titled import TitledSpan


def corps_after_rank(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is a corps written after a rank ("Kombes Pol", "Letkol Inf")."""
    return words[i] in rank_corps() and i > 0 and words[i - 1] in ranks()


def openers_before(words: Sequence[str], start: int, floor: int) -> int:
    """The name's start, taking in the words that open a name before it ("Ni Putu …", "La Ode
    Muhammad Rusdin", "Wang Yi"); "I" only before another such word ("I Made …"; not "Komisi I")."""
    while start > floor and (words[start - 1] in name_openers() and (
            words[start - 1] != "I" or words[start] in name_openers() | name_continuers())
            or words[start - 1] in name_continuers() and start - 2 >= floor and words[start - 2] in name_openers()):
        start -= 1
    return start


def after_hospital_head(words: Sequence[str], i: int) -> bool:
    """Whether a hospital's head word, or its short form in brackets, stands right before `i`
    ("RSUD dr Soetomo", "Rumah Sakit Umum Pusat (RSUP) Prof Ngoerah")."""
    before = words[i - 2] if i >= 3 and words[i - 1] == ")" and words[i - 3] == "(" else words[i - 1] if i else ""
    return before.lower() in hospital_heads()


def from_name_opener(name: list[str], size: int) -> int:
    """A Balinese name opens at its birth-order word: what stands before it is the place's
    ("Perbekel Cemagi Putu Hendra Sastrawan"), unless it opens the name itself ("I Made …")."""
    at = next((n for n, w in enumerate(name) if w in name_openers()), None)
    if at and at + 1 < len(name) and name[at - 1] not in name_openers() | name_continuers():
        return size - at
    return size


def lower_field_at(words: Sequence[str], i: int, t_start: int, units: list[tuple[int, int, str]]) -> bool:
    """A lower-case word of a lower-case office's field ("pengamat politik", "pakar hukum tata
    negara"), up to three, before anything else of the run: an ordinary word that is no verb and
    no function word (data: ner.toml [field_stops])."""
    word = words[i]
    if words[t_start][:1].isupper() and not (_opens_sentence(words, t_start) and _office_of_note(words, t_start, i)):
        return False  # "Pengamat politik Adi Prayitno" opening a sentence is the same office
    if not word.isalpha() or not word.islower() or len(units) >= 3:
        return False
    if any(u[2] != "field" for u in units) or word in field_stops() or word not in ordinary_words():
        return False
    return not derived_with(word, verb_prefixes())


def _office_of_note(words: Sequence[str], t_start: int, i: int) -> bool:
    """Whether the title before a field names an office or a profession, not ordinary people
    ("Warga sekitar Budi …": a resident, no title)."""
    head = [w for w in words[t_start:i] if not w.islower()]
    title = gazetteer().titles.get(title_key(" ".join(head)))
    return title is not None and title.sector != "CVL"


def _opens_sentence(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` opens the sentence or a quotation, where any word is capitalised."""
    return i == 0 or words[i - 1] in ('"', "\u201c", "(")


def name_opens(words: Sequence[str], i: int) -> bool:
    """Whether a name may open at `i`: a name word, or a plain word a name word follows ("Timur Kapadze");
    never a street's head ("Kantor Gubernur Jawa Tengah, Jalan Pahlawan": an address)."""
    if words[i].lower().rstrip(".") in street_heads():
        return False
    return name_like(words[i]) or (capital_word(words[i]) and i + 1 < len(words) and name_like(words[i + 1]))


def title_short_form(words: Sequence[str], t_start: int, i: int) -> bool:
    """Whether the one word in brackets at `i` is the short form of the office written before it,
    its last word included ("Direktur Reserse Siber (Dirressiber)"): its letters in order, from
    the office's first letter, with the first letter of every word of the office; not a nickname
    that closes a name ("Kepala Desa Joko Kuswanto (Kuswo)", "… Pramono Aji (Oney)")."""
    if i + 2 >= len(words) or words[i + 2] != ")" or not words[i + 1].isalpha() or i - t_start < 2:
        return False
    short = words[i + 1].lower()
    letters = "".join(words[t_start:i]).lower()
    before_last = "".join(words[t_start:i - 1]).lower()
    initials = "".join(w[0] for w in words[t_start:i]).lower()
    return len(short) >= 4 and short[0] == letters[0] and letters_in_order(short, letters) \
        and not letters_in_order(short, before_last) and letters_in_order(initials, short)


OFFICE_FIELD_WORDS = 3  # words of an office's field between its known title and its short form


def short_form_end(words: Sequence[str], t_start: int, t_end: int) -> int:
    """Where the office that opens at a known title ends with the field words after it and its
    short form in brackets ("Direktur Reserse | Siber (Dirressiber)"), else `t_end`: the field is
    the office's, no body or name of its own."""
    for k in range(t_end, min(len(words), t_end + OFFICE_FIELD_WORDS + 1)):
        if words[k] == "(":
            return k + 3 if k > t_end and title_short_form(words, t_start, k) else t_end
        if not words[k][:1].isupper():
            break
    return t_end


APPOSED_NAME_WORDS = 3  # a name set off by commas: up to three words before a town that ends it


def closes_apposed_name(words: Sequence[str], i: int, units: list[tuple[int, int, str]]) -> bool:
    """Whether the one-word place at `i` ends a name set off by commas after an office, its
    first word name-like ("Sekda Mimika, Petrus Yogi Kambu,": Kambu a district too); not a
    place's head before it ("…, Kecamatan Cibadak,": the place more closely named)."""
    comma = max((n for n, u in enumerate(units) if words[u[0]] == ","), default=None)
    if comma is None:
        return False
    after = units[comma + 1:]
    closes = i + 1 >= len(words) or words[i + 1] in (",", ".")
    return closes and 2 <= len(after) <= APPOSED_NAME_WORDS and name_like(words[after[0][0]]) and all(
        kind == "word" and words[s].isalpha() and not words[s].isupper() and words[s].lower() not in place_heads()
        for s, _, kind in after)


def place_opens_name(words: Sequence[str], i: int, skip: dict[int, tuple[int, int, str]]) -> bool:
    """A one-word place that a name word follows after a comma opens the name ("…, Timur Kapadze,"),
    or one that is a given name too, with one more capitalised word closing the name ("…, Bintang
    Pamungkas."), though that word is a word too."""
    if not (skip[i][1] == i + 1 and skip[i][2] in ("CITY", "DISTRICT", "REGION") and i + 1 < len(words)
            and (i + 1) not in skip):
        return False
    return name_like(words[i + 1]) or (words[i].lower() in name_words() and capital_word(words[i + 1])
                                       and words[i + 2:i + 3] in ([","], ["."]))


def object_of(words: Sequence[str], t_start: int) -> bool:
    """A bare office after a preposition, or after the passive verb of an opening phrase, is its
    object or agent, so a comma after it closes the phrase: "kritik kepada Menkeu, Gus Maksum
    justru menilai" (Gus Maksum is no Menkeu), "Usai ditangkap polisi, Budi Santoso …" (Budi is no
    policeman); not an official credited after a passive ("dibenarkan Kapolsek, Iptu Budi")."""
    if t_start == 0:
        return False
    opening = all(w.lower() in lexicon().flags["backgrounded"] for w in words[:t_start - 1])
    return words[t_start - 1].lower() in title_prepositions() or opening and passive_form(words[t_start - 1])


def after_company(tail: list[tuple[int, int, str]], tail_words: list[str]
                  ) -> tuple[list[tuple[int, int, str]], list[str]]:
    """The name after a company's: the run from the first known given name that is no ordinary
    word on ("PT Antam Nicolas Kanter"); none when none follows ("… PT Permata Dunia Sukses
    Utama": "Utama" is a name, but also "main")."""
    for n, word in enumerate(tail_words):
        low = word.lower()
        if low in name_words() and (low not in ordinary_words() or given_name_opens(tail_words[n:])) \
                and all(name_like(w) for w in tail_words[n:]):
            return tail[n:], tail_words[n:]
    return [], []


def _closes_run(words: Sequence[str], i: int) -> bool:
    """Whether the title-case word at `i` is the last of the capitalised run, before a lower-case
    word, a comma or a stop ("… Keamanan Bambang Wirawan meninjau"): a surname, though it is a
    word too (wirawan)."""
    return (i + 1 < len(words) and words[i][:1].isupper() and words[i].isalpha() and not words[i].isupper()
            and (words[i + 1] in (",", ".") or words[i + 1][:1].islower()))


def _surname_closing_run(words: Sequence[str], i: int, units: list[tuple[int, int, str]]) -> bool:
    """Whether the one-word place at `i` closes a title's run right after two name-like words
    that open the run or follow a break in it, no body's word before them: the name's last word,
    though a town has it too (not "Anggota Bapemperda Andi Rahmat Salam", whose run holds a body's word)."""
    # only after an office over a region ("Bupati", "Kepala Desa"), whose holder follows it: after a
    # head of a body the words are the body's ("Rektor Atma Jaya Yogyakarta", "Ketua Yayasan Budi
    # Mulia Jakarta"); not after a hero's rank ("Bandara … Jenderal Ahmad Yani Semarang")
    return (len(units) >= 2 and all(kind == "word" and name_like(words[s]) for s, _, kind in units[-2:])
            and (len(units) == 2 or units[-3][2] != "word")
            and words[units[0][0] - 1] in _regional_title_ends()
            and not any(kind == "org" for _, _, kind in units) and _closes_run(words, i))


@cache
def _regional_title_ends() -> frozenset[str]:
    """The last words of the offices over a region ([regional_titles]: "Bupati", "Desa" of "Kepala Desa")."""
    return frozenset(title.split()[-1] for title in regional_titles())


def inside_name(words: Sequence[str], i: int, span: tuple[int, int, str], units: list[tuple[int, int, str]],
                 skip: dict[int, tuple[int, int, str]]) -> bool:
    """A one-word place after a name's first word ("Muhaimin Iskandar") or after the country
    that qualifies the title ("Menteri Luar Negeri AS Antony Blinken") is part of the name; after
    a city it is the city's ("Kota Mataram Amiruddin")."""
    if span[1] - span[0] != 1:
        return False
    nxt = words[i + 1] if i + 1 < len(words) else "."
    if units and words[units[-1][0]] == "," and place_opens_name(words, i, skip):
        return True
    closes = i + 2 >= len(words) or words[i + 2] in (",", ".")
    if len(units) >= 2 and words[units[-2][0]] == "," and units[-1][2] == "word" and (
            name_like(nxt) or closes and nxt[:1].isupper() and nxt.isalpha() and not nxt.isupper()):
        # "Pengacara RK, Muslim Jaya Butar-butar": between the words after the comma; "Sekda,
        # Yohanes Dalung Ajang,": the name set off by commas ends in a word
        return True
    if _surname_closing_run(words, i, units):
        return True  # "Bupati Yohanes Lawing Apui menghormati …": after two words of a name, a town closing the run
    if closes_apposed_name(words, i, units):
        return True  # "Sekda Mimika, Petrus Yogi Kambu,": a longer name set off by commas ends in a town
    if (len(units) >= 2 and words[units[-2][0]] == "," and units[-1][2] == "word" and nxt == ","
            and span[2] == "CITY" and only_abroad(words[i]) and name_like(words[units[-1][0]])):
        return True  # "Gubernur Kalimantan Barat, Hendrikus Apui,": set off by commas, a town abroad ends the name
    if units and units[-1][2] == "join" and academic(words[units[-1][0]]) and name_like(words[i]) \
            and name_like(nxt):
        return True  # "…, Prof. Ali Ghufron Mukti": after the prefix, a town's name opens the name
    if span[2] in ("CITY", "DISTRICT") and i > 0 and (words[i - 1] in ranks() or corps_after_rank(words, i - 1)) \
            and name_like(nxt):
        return True  # after a rank only a name stands ("Komjen Pol Agung Setiadi": Agung a district too)
    if span[2] == "CITY" and given_name_town(words[i]) and (
            not nxt[:1].isupper()
            or i > 0 and (words[i - 1] in ranks() or corps_after_rank(words, i - 1)) and name_like(nxt)):
        # towns abroad where only a name can stand: ending a title's run before its verb ("Ketua
        # NasDem Sumut Iskandar mendesak", "Mentan Amran mengatakan"), or after a rank ("Brigjen
        # Ade Ary"); "Pelatih Chelsea Enzo Maresca" and "Wali Kota Darwin …" keep the town
        return True
    if not units:
        # right after an abbreviated title, which takes no place, a town named like a given name
        # opens the name ("Prof. Ali Ghufron Mukti": Ali is a town somewhere); after "Wali Kota"
        # it is the town ("Wali Kota Bima Muhammad Lutfi"); a standing in a case takes no place
        # either ("Terdakwa Vienna Varella Angeli Parinussa")
        if i > 0 and title_key(words[i - 1]) in case_roles() and name_like(nxt):
            return True
        if span[2] == "CITY" and name_like(nxt) and any(whole_office(words[j:i]) for j in range(max(0, i - 4), i)):
            # a whole office takes no town before its holder ("Menteri Pertanian Amran Sulaiman":
            # Amran is a town in Yemen), only a country ("Menteri Pertanian Jepang …")
            return True
        if (i > 0 and given_name_town(words[i], districts_too=words[i - 1] not in district_titles())
                and (name_like(nxt) or _closes_run(words, i + 1))
                and (words[i - 1].lower() not in place_heads() | place_qualifiers()
                                        or i > 1 and words[i - 2].lower() in affairs_words())
                and not (i + 2 < len(words) and name_like(words[i + 2]))):
            # "Gubernur Bank Indonesia Perry Warjiyo": Perry is a town abroad and a given name,
            # a two-word name with it ("Menteri Dalam Negeri Bambang Sutrisno": Bambang a district
            # too, which only an office over a district takes); "Pelatih Chelsea Enzo Maresca" keeps the town (a club)
            return True
        return (i > 0 and words[i - 1].endswith(".") and span[2] in ("CITY", "DISTRICT")
                and words[i].lower() in name_words() and name_like(nxt))
    if span[2] == "COUNTRY":
        return surname_like_country(words, i, [u[0] for u in units if u[2] == "word"])
    if span[2] not in ("CITY", "REGION", "DISTRICT"):
        return False
    before = units[-1]
    after_country = before[2] == "skip" and skip.get(before[0], (0, 0, ""))[2] == "COUNTRY"
    # "Kepala Dinas … Jawa Timur Isa Anshori", "Direktur Utama ICDX Fajar Wibhiyadi", "Direktur
    # Riset Ali Noer Zaman": after the title's region, the body's short form or a field, a given
    # name that is also a town somewhere opens the name when a name's word follows
    # after a short form or a field only a town abroad ("Kepala BPBD Bima Ahmad Yani": Bima is
    # the regency)
    bounded = before[2] == "skip" or (short_form(words[before[0]]) or field_word(words[before[0]])) and (
        only_abroad(words[i]))
    # a town only abroad after the title's region ("Wakil Gubernur DKI Jakarta Rano Karno") too
    after_region = bounded and (words[i].lower() in name_words() or before[2] == "skip" and only_abroad(words[i])) \
        and name_like(nxt) and i + 1 not in skip
    # a given name that is also a place, ending the name before its verb ("… I Wayan Purna Jaya menyebut")
    last_name = before[2] == "word" and words[i].lower() in name_words() and not nxt[:1].isupper()
    # a district named like a name's word, between a known first name and another name word
    # ("Wamenlu Ratna Sekar Kinanti"), or after a ruler's title that is a given name here ("Raja
    # Juli Antoni")
    opener = words[before[0]]
    if span[2] == "DISTRICT" and before[2] == "word" and (
            opener.lower() in gazetteer().first_names or opener in name_titles()) \
            and nxt[:1].isupper() and nxt.isalpha() and i + 1 not in skip:
        return True
    # after a name's word, or a name's particle ("Maria de Fatima Soares": Fátima is a town)
    return name_like(words[i]) and (after_country or after_region or last_name
                                    or before[2] == "word" and (name_like(words[before[0]])
                                                                or words[before[0]].lower() in name_particles()))


@cache
def _whole_office_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(key_of(head) for head in load("titles")["whole_offices"]["words"])


def whole_office(title_words: Sequence[str]) -> bool:
    """An office that names its ministry ("Menteri Perdagangan", "Mendag" written out; data:
    titles.toml [whole_offices]): no body or place follows it before the holder's name."""
    full = title_in_full(key_of(" ".join(title_words)))
    heads = _whole_office_heads()
    # "Menteri Koordinator" is a head itself, whose field follows ("… Perekonomian Airlangga …")
    return full not in heads and any(len(full) > len(head) and full[:len(head)] == head for head in heads)


def whole_office_head(title_words: Sequence[str]) -> bool:
    """A head of `whole_office` with no ministry yet ("Wakil Menteri"): the field word after it
    names the ministry ("Wakil Menteri Perdagangan Tom Wiranata")."""
    return title_in_full(key_of(" ".join(title_words))) in _whole_office_heads()


@cache
def _office_tails() -> tuple[tuple[str, ...], ...]:
    """Words after an office that say when or which, before its holder set off by a comma ("Bupati
    Kuantan Singingi saat itu, Sukarmis"; data/titles.toml [office_tails]), longest first."""
    return tuple(sorted((tuple(w.split()) for w in load("titles")["office_tails"]["words"]), key=len, reverse=True))


def office_tail_at(words: Sequence[str], i: int) -> int:
    """How many words of an office's tail stand at `i` right before a comma (0 if none)."""
    for tail in _office_tails():
        end = i + len(tail)
        if tuple(w.lower() for w in words[i:end]) == tail and end < len(words) and words[end] == ",":
            return len(tail)
    return 0


def prefixed_name(words: Sequence[str], i: int) -> bool:
    """Whether a rank or an academic prefix opens a name at `i` ("…, AKBP Rio Wahyu", "…, Prof. Ari")."""
    return words[i] in ranks() or academic_prefix_at(words, i)


REGION_KINDS = ("CITY", "REGION", "AREA", "DISTRICT")


def region_then_holder(words: Sequence[str], at: int, skip: dict[int, tuple[int, int, str]]) -> int:
    """The end of a region named between commas inside a title when the holder follows it
    ("Bupati Sleman, DIY, Sri Purnomo", "Kapolres Bogor, Jawa Barat, AKBP Rio", "Kepala Desa
    Tondo, Kabupaten Sigi, Ismail Lamakarate"): 0 when no
    region or no holder stands there (without the second comma a one-word town may open the
    name: "…, Timur Kapadze")."""
    if at not in skip and at + 1 < len(words) and words[at].lower() in place_heads():
        at += 1  # "Kepala Desa Tondo, Kabupaten Sigi, Ismail …": the region after its head word
    if at not in skip or skip[at][2] not in REGION_KINDS:
        return 0
    end = skip[at][1]
    if end + 1 >= len(words) or words[end] != "," or end + 1 in skip:
        return 0
    return end if prefixed_name(words, end + 1) or name_like(words[end + 1]) else 0


def title_spans(words: Sequence[str], spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The titles the gazetteer finds, each from "Wakil" when a deputy's ("Wakil Dekan": the
    gazetteer lists only the office; data: [deputy_prefixes])."""
    deputies = deputy_prefixes()
    found = sorted((s - (s > 0 and words[s - 1] in deputies), e)
                   for s, e, k in spans if k == "TITLE" and e <= len(words))
    return [(s, e) for s, e in found if not _given_name_in_office(words, s, e, found)]


def _given_name_in_office(words: Sequence[str], start: int, end: int, titles: list[tuple[int, int]]) -> bool:
    """Whether a ruler's or imam's title is a given name here: written before a name at the end of
    another office's run of capitalised words ("Ketua DPD RI Sultan Bachtiar …", "Menteri Kehutanan
    Raja Juli Antoni", "Direktur Utama PT Pertamina Gas Gamal Imam Santoso"; data: [name_titles])."""
    if end - start != 1 or words[start] not in name_titles() or end >= len(words) or not words[end][:1].isupper():
        return False
    for t_start, t_end in titles:
        between = words[t_end:start]
        if t_start < start and t_end <= start and all(w[:1].isupper() or w in ("(", ")") for w in between):
            # not after a ruler's own office ("Raja Malaysia Sultan Ibrahim") nor inside a place or
            # body named after a ruler ("General Manager Bandara Sultan Hasanuddin …")
            office = " ".join(words[t_start:t_end])
            return (words[t_start] not in name_titles() and office not in head_titles()
                    and words[start - 1].lower() not in place_heads() | head_words())
    return False


def acting_offices(words: Sequence[str], titles: list[tuple[int, int]]
                   ) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The titles less the acting prefixes before an office ("Pj Bupati Garut", "Pelaksana Tugas
    (Plt.) Kepala Dinas Sosial"; data: [acting_prefixes]), and each such office's start → its
    prefix as written: the office is read as it would be alone, then the prefix opens its title."""
    acting = titles_list("acting_prefixes")
    out: list[tuple[int, int]] = []
    prefixes: dict[int, str] = {}
    prefix: tuple[int, int, int] | None = None  # the last acting prefix: start, end, where its office opens
    for start, end in titles:
        if prefix and prefix[1] <= start < prefix[2] - 1:
            continue  # the prefix's short form in brackets ("(Plt.)")
        if prefix and start == prefix[2]:
            out.remove((prefix[0], prefix[1]))
            prefixes[start] = " ".join(words[prefix[0]:prefix[1]])
        out.append((start, end))
        prefix = None
        if " ".join(words[start:end]).rstrip(".") in acting:
            close = next((k for k in range(end, min(len(words), end + 6)) if words[k] == ")"), None)
            prefix = (start, end, close + 1 if end < len(words) and words[end] == "(" and close is not None else end)
    return out, prefixes


def after_comma_name(words: Sequence[str], mark: int, tail_words: list[str]) -> bool:
    """Whether the words after a comma or a bracketed short form closing a title's body are a name:
    capitalised words or name words ("Muslim Jaya Butar-butar", "Galau D. Muhammad", "(CELIOS) Media
    Wahyu Askar"); after a bracket no word of a field, which goes on with the title ("(Apindo) Bidang
    Ketenagakerjaan Bob Azam")."""
    if words[mark] == ",":
        return all(capital_word(w) or name_like(w) for w in tail_words)
    return tail_words[0].lower() not in title_joiners() and all(
        name_like(w) or capital_word(w) and not field_noun(w) for w in tail_words)


_LABEL_BEFORE = re.compile(r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) ?: ?$")
_LABEL = re.compile(r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) ?:")
LABEL_REACH = 32  # characters before a name where its label ends (three words and the colon)
LIST_REACH = 160  # characters either side of a label where the list's next or last label stands


def titled_by_labels(body: str, candidates: list[Candidate]) -> None:
    """People listed under an office's label ("Ketua: I Made Sudarsa Sekretaris: …", a list whose
    line breaks the page lost) take the label as their title when nothing else titles them; a
    lone label is no list ("Hakim: Andi, apakah …" is a transcript's speaker)."""
    for cand in candidates:
        if cand.type != "PERSON" or cand.title is not None or not (
                found := _LABEL_BEFORE.search(body, max(0, cand.start - LABEL_REACH), cand.start)):
            continue  # (the search only for an untitled person: most candidates are none)
        label = _title_ending(found[1])
        after = body[cand.end:cand.end + LABEL_REACH].lstrip(" ")
        # the name closes its line: the next label, a line break or the list's end follows it
        closed = not after.strip() or after[0] in ".\n" or ((nxt := _LABEL.match(after)) and _title_ending(nxt[1]))
        if label and closed and sum(bool(_title_ending(m[1])) for m in _LABEL.finditer(
                body, max(0, cand.start - LIST_REACH), min(len(body), cand.end + LIST_REACH))) >= 2:
            cand.title = label


def _title_ending(words: str) -> str | None:
    """The longest title of the gazetteer that ends the words ("Wakil Ketua Umum" of "… Wakil
    Ketua Umum"), or None."""
    parts = words.split()
    return next((" ".join(parts[k:]) for k in range(len(parts)) if key_of(" ".join(parts[k:])) in gazetteer().titles),
                None)


def lower_case_office(words: Sequence[str], t_start: int, t_end: int, found: list[TitledSpan]) -> bool:
    """An office written in lower case mid-sentence ("kata anggota Komisi VI DPR Rieke Diah
    Pitaloka", "jubir KPK Budi Prasetyo") names a person of two words or more; a description
    of ordinary people ("warga Jalan Ciliwung …") or of many ("para menteri …") is no office."""
    person = next((s for s in found if s.type == "PERSON"), None)
    title = gazetteer().titles.get(title_key(" ".join(words[t_start:t_end])))
    plural = t_start > 0 and words[t_start - 1].lower() in quantifiers()  # "para menteri Kabinet …"
    return (person is not None and (person.end - person.start >= 2 or _named_after_short_form(words, person))
            and not plural and (title is None or title.sector != "CVL"))


def _named_after_short_form(words: Sequence[str], person: TitledSpan) -> bool:
    """One name-like word right after a body's short form ("ketua KPU Afifuddin"): the holder,
    called by a single name as the press does."""
    before = words[person.start - 1]
    return (person.end - person.start == 1 and before.isupper() and len(before) >= 3
            and key_of(before) in gazetteer().acronyms and name_like(words[person.start]))


def named_whole_office(words: Sequence[str], t_start: int, t_end: int,
                       units: list[tuple[int, int, str]]) -> bool:
    """An office that names its ministry, or an office and its place or body, followed by a name of
    two or more words: the holder is named, so a comma after it closes the run rather than
    setting off the name."""
    tail = _tail_words(units)
    if len(tail) < 2 or not all(name_like(words[u[0]]) for u in tail):
        return False
    # "Bupati Sleman Hartono Wibowo, Joko …": after the office's place or body, the holder's name
    return len(tail) == len(units) and whole_office(words[t_start:t_end]) or (
        len(tail) < len(units) and units[-len(tail) - 1][2] == "skip"
        and all(words[u[0]].lower() in name_words() for u in tail)
        # "Desa Cikarang Sari Mulya": a village
        and " ".join(words[t_start:t_end]) not in titles_list("settlement_heads"))


def title_of_no_one(words: Sequence[str], t_start: int, t_end: int, title_starts: set[int]) -> bool:
    """A title that opens no run of its own: a hospital's or a street's namesake ("RSUD dr
    Soetomo", "Jalan Kapten P Tendean"), or a form of address before a title ("Pak Menko Pangan":
    an office-holder addressed by the title, read on its own)."""
    return (t_end - t_start == 1 and academic(words[t_start]) and after_hospital_head(words, t_start)
            or t_start > 0 and words[t_start - 1].lower().rstrip(".") in street_heads()
            or words[t_start].lower() in honorifics() and t_end in title_starts)


def name_after_particles(words: Sequence[str], k: int) -> bool:
    """Whether words[k] is name-like, or particles end there that a name-like word opens ("Pieter
    van der Meulen": "van" before "der")."""
    while k > 0 and words[k].lower() in name_particles():
        k -= 1
    return k >= 0 and name_like(words[k])


SERVED_KINDS = ("COUNTRY", "CITY", "REGION")  # what an envoy serves ("… untuk Indonesia")
MAX_HYPHEN_LOOK = 8  # words of a name set off by a comma looked through for a hyphen


def served_place(words: Sequence[str], i: int, skip: dict[int, tuple[int, int, str]]) -> bool:
    """A country or city an envoy serves, the name after it ("… untuk Indonesia Wang Lutong",
    "… untuk Indonesia, Masaki Yasushi,"). A hyphenated name set off by a comma ("…, Khalid bin
    Saud Al-Harbi,") is left to be read untitled: the run reads "-" as a joiner and would cut it."""
    place = skip.get(i)
    if place is None or place[2] not in SERVED_KINDS or place[1] >= len(words):
        return False
    if words[place[1]] != ",":
        return True
    after = words[place[1] + 1:place[1] + 1 + MAX_HYPHEN_LOOK]
    return "-" not in (after[:after.index(",")] if "," in after else after)


def particles_then_capital(words: Sequence[str], k: int) -> bool:
    """Whether a capitalised word stands at k, after any particles ("van der Meulen" from "der")."""
    while k < len(words) and words[k].lower() in name_particles():
        k += 1
    return k < len(words) and words[k][:1].isupper()


def after_field_opener(words: Sequence[str], name_start: int, size: int) -> int:
    """The name's size less its first word when a word of titles.toml [field_openers] stands right
    before it ("Menteri Koordinator Bidang Pangan Zulkifli Hasan": "Pangan" is the field's)."""
    # only a word of a field ("Pangan", "Koordinasi"): "Kepala Bidang Budi Santoso" names Budi
    return (size - 1 if size > 1 and name_start and words[name_start - 1] in titles_list("field_openers")
            and field_word(words[name_start]) else size)


def trailing_name(words: Sequence[str], units: list[tuple[int, int, str]]) -> bool:
    """Whether the run ends in two or more name-like words."""
    tail = _tail_words(units)
    return len(tail) >= 2 and all(name_like(words[u[0]]) for u in tail)


def _tail_words(units: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The run's last units that are words (in reverse order)."""
    return list(itertools.takewhile(lambda u: u[2] == "word", reversed(units)))


def area_of_office_end(words: Sequence[str], i: int, skip: dict[int, tuple[int, int, str]]) -> int:
    """Where an area the gazetteer lacks, named right after an office's body, ends ("Kepala Dinas
    PUPR Kabupaten Muratara berinisial NR": the regency the office serves, no one's name), else
    i. One word of its name: longer names are the gazetteer's, and a holder's name may follow
    (a one-word holder after it is not told from a second word of the area's name)."""
    if i in skip or words[i] not in area_kinds() or i + 1 >= len(words) or i + 1 in skip:
        return i
    return i + 2 if words[i + 1][:1].isupper() and words[i + 1].isalpha() else i

