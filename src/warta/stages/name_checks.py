"""Checks on names found, from what the whole article says of them.

- A suspect, a witness or a victim named by initials ("tersangka berinisial AS", "Saudara MY",
  "AS (22)": stages/initials.py finds them) is a person, not the United States or an organisation.
- A short form the article spells out in brackets ("izin mendirikan bangunan (IMB)",
  "Makan Bergizi Gratis (MBG)") names no one unless it is a body's.
- A "person" whose first word opens the name of a body ("Dinkes", "Polres Boyolali") is that body.
- A currency and its rate ("JPY 145", "SG$ 1", "GBP") names no one, nor a place in a stance
  ("Anti-Amerika", "pro-Rusia").
- A person the body calls by one name whom the headline names in full takes the full name.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import cache

from warta.gazetteer import Gazetteer, gazetteer, key_of
from warta.model import Document
from warta.morphology import derived_with
from warta.ner.features import organisation_words
from warta.resources import load
from warta.stages.initials import initials_after_cues
from warta.stages.name_shape import academic, name_like
from warta.stages.title_words import corps_after_rank
from warta.stages.word_lists import (
    alias_connectors,
    degrees,
    english,
    english_heads,
    field_stops,
    given_name_town,
    head_words,
    honorifics,
    known_people,
    list_joiners,
    name_joiners,
    name_particles,
    name_titles,
    name_words,
    ordinary_words,
    org_heads,
    product_nouns,
    ranks,
    stance_prefixes,
    weekdays,
)

INITIALS = re.compile(r"^(?:[A-Z]\.?){1,4}$")
ROMAN = re.compile(r"^[IVX]{2,5}$")
RANK_WINDOW = 30  # characters before a name read for a rank and its corps ("Brigjen Pol")


@cache
def _vehicle_plate() -> re.Pattern[str]:
    """A vehicle's registration plate ("BL 8812 XR"; data: ner.toml [vehicle_plates])."""
    return re.compile(rf"\b(?:{load('ner')['vehicle_plates']['pattern']})\b")


def _vehicle_plates(body: str) -> list[tuple[int, int]]:
    """(start, end) of each plate in the body that a word of vehicles stands a few words before
    ("truk bernopol BK 9921 AB"; not "KTT G 20 AS")."""
    cues, reach = _plate_cues()
    plates: list[tuple[int, int]] = []
    for m in _vehicle_plate().finditer(body):
        listed = bool(plates) and body[plates[-1][1]:m.start()].strip(" ,") in ("", "dan", "serta")
        if listed or cues & {w.lower().strip(".,") for w in body[max(0, m.start() - 60):m.start()].split()[-reach:]}:
            plates.append(m.span())  # (one listed after another plate is one too: "KG 95718 TS dan KG 93054 TS")
    return plates


@cache
def _plate_cues() -> tuple[frozenset[str], int]:
    """The words of vehicles that cue a plate, and how many words before it they may stand."""
    data = load("ner")["vehicle_plates"]
    return frozenset(data["cues"]), data["cue_words"]


def check_names(body: str, candidates: list, g: Gazetteer) -> list:
    """The candidates with initials made people, spelt-out acronyms dropped and bodies typed
    as bodies. Candidates are the entity stage's (text, type, place, country, canonical)."""
    cued, spelt_out = initials_after_cues(body), _spelt_out_forms(body)
    # (a body's short form of three letters or more after a standing is the body's suspect,
    # "tersangka KPK"; two letters are a person's initials more often: "tersangka MA")
    initials = {c.text for c in candidates if INITIALS.match(c.text) and c.text in cued
                and not (len(c.text) > 2 and key_of(c.text) in g.organisations)}
    spelt = {c.text for c in candidates if c.text in spelt_out and c.text not in initials
             and (c.text.isupper() or len(c.text) <= 6) and key_of(c.text) not in g.organisations}
    person_words = {w for c in candidates if c.type == "PERSON" and " " in c.text
                    for w in (c.text.split()[0], c.text.split()[-1]) if len(w) > 3}
    # a one-word name read as a person more often than as anything else is the person everywhere
    # ("disampaikan Rifaid" … "Rifaid"), not a body the model saw once ("Ecolab")
    read_as = Counter((c.text, c.type == "PERSON") for c in candidates if " " not in c.text and len(c.text) > 3)
    person_words |= {text for (text, person), n in read_as.items() if person and n > read_as[(text, False)]
                     and not text.isupper()}
    # a town abroad named like a given name is the person wherever the article names a person
    # so after a title ("Ketua NasDem Sumut Iskandar" … "terhadap Iskandar"), however often the
    # gazetteer read the town; a person read without a title ("Olimpiade Rio") spreads no name
    person_words |= {w for c in candidates if c.type == "PERSON" and c.title
                     for w in c.text.split() if given_name_town(w)}
    # or read alone as a person once (only a verb of saying or a title makes a town a person
    # alone: "kata Afif" … "Afif menjelaskan")
    person_words |= {text for (text, person) in read_as if person and given_name_town(text)}
    full_names = [c.text.split() for c in candidates if c.type == "PERSON" and len(c.text.split()) >= 2]
    plates = _vehicle_plates(body)
    out = []
    for cand in candidates:
        if cand.type == "PERSON":
            _without_number(body, cand)
            _without_opening_word(body, cand, full_names)
        if cand.text in spelt or _currency(cand.text) or _currency(body[cand.start:cand.end + 1]) \
                or any(s < cand.end and cand.start < e for s, e in plates):
            continue
        if cand.type == "PLACE" and _stance_before(body, cand.start):
            continue  # "kebijakan Anti-Amerika": a stance, not America
        if cand.type == "ORG" and LETTER_PREFIX.search(body, max(0, cand.start - 3), cand.start):
            continue  # "E-TLE", "e-KTP": a service's name after its letter, no body ("B-Jakarta" a place)
        if cand.type == "ORG" and cand.text in person_words and key_of(cand.text) not in g.organisations:
            cand.type, cand.sector, cand.canonical = "PERSON", None, None  # "Dijelaskan Veronica, …"
        if cand.type == "PLACE" and cand.text in person_words and not (
                cand.place and cand.place.kind in ("country", "province")):
            # "Burhanuddin" after "ST Burhanuddin": the person, not a town of that name
            cand.type, cand.place, cand.country, cand.canonical = "PERSON", None, None, None
        if cand.text in initials:
            cand.type, cand.place, cand.country, cand.canonical, cand.sector = "PERSON", None, None, None, None
        elif cand.type == "PERSON" and cand.text.split()[0].lower() in org_heads():
            cand.type, cand.title = "ORG", None
        elif cand.type == "PERSON" and not cand.title and _place_in_place(body, cand, g):
            cand.type = "PLACE"  # "di Khan Younis, Jalur Gaza": a place, named with the one it lies in
        elif cand.type == "ORG" and _named_like_a_person(cand.text, g):
            cand.type, cand.sector = "PERSON", None  # "Mochammad Mierza Firjatullah" the model took for a body
        elif ROMAN.match(cand.text):
            continue  # "IV" of "Komisi IV" names nothing alone
        elif _english_phrase(cand.text) and key_of(cand.text) not in g.organisations and not cand.place:
            continue  # "Fixed Wireless Access", "Smart Nation": English words that name no body
        elif (cand.type in ("ORG", "PERSON") or cand.type == "PLACE" and cand.country != "IDN" and not (
                cand.place and cand.place.kind in ("country", "province"))) and _after_product_noun(body, cand.start):
            # "motor sport Ducati", "aplikasi WhatsApp", "pesawat Hercules": a product, no one who
            # acts nor a town abroad ("produk Jepang" is still Japan, "truk tangki Surabaya" where it
            # comes from)
            continue
        elif cand.text.count("(") != cand.text.count(")"):
            continue  # "Persero) Tbk": the tail of "PT Bank Rakyat Indonesia (Persero) Tbk", no name
        elif cand.type in ("ORG", "PLACE") and _head_alone(cand.text):
            continue  # "di Kantor Gubernur …", "Kabupaten": a head word names no one body or place
        elif cand.type in ("ORG", "PLACE") and _common_word_inside(cand.text):
            continue  # "Aedes nigripes", "LSM terjaring OTT": a species or a run of words, no body
        elif cand.type == "PERSON" and (key_of(cand.text) in g.titles or not _person_name(cand, g)
                                        and not cand.part_of_name and key_of(cand.text) not in known_people()
                                        and not (rank_before(body, cand.start) and _not_a_day(cand.text))
                                        and not _set_off_after_title(body, cand)):
            # "Pakar Hukum", "Pelaksana Tugas Deputi Penindakan": a title, no name; but "Hanif"
            # of "Hanif Faisol Nurofiq" is a name though it is a word too
            continue
        elif cand.type == "PERSON" and any(w.islower() and w not in name_particles() for w in cand.text.split()):
            continue  # "Family office", "Jumping Wildcat device": a name has no common word but "bin", "van"
        out.append(cand)
    return out


@cache
def _currency_marks() -> frozenset[str]:
    """The currency marks of data/amounts.toml written before a number ("JPY", "SG$", "Rp")."""
    return frozenset(load("amounts")["currency"]["before"])


def _common_word_inside(text: str) -> bool:
    """Whether a name holds a lower-case word that joins no name's parts ("Badan Pengawas Obat
    dan Makanan", "Bank of America" do; "Aedes nigripes", "Business Deals gelaran" do not)."""
    return any(w.islower() and w.isalpha() and w not in alias_connectors() and w not in name_joiners()
               and not academic(w) for w in text.split())  # "RSUD dr Saiful Anwar": the namesake's prefix


def _head_alone(text: str) -> bool:
    """A body's or place's head word that is an ordinary word, alone ("Kantor", "Kabupaten");
    "Istana" alone names the palace (the presidency), as the press writes it."""
    low = text.lower()
    return " " not in low and low in head_words() and low in ordinary_words() and low != "istana"


def _currency(text: str) -> bool:
    """"JPY 145", "SG$ 1", "GBP": a currency (with its rate), as exchange-rate reports list them."""
    words = text.split()  # (the mark first: most names open with none, and the numbers are not read)
    return bool(words) and words[0] in _currency_marks() and all(re.fullmatch(r"[\d.,]+", w) for w in words[1:]) \
        and (len(words) > 1 or len(words[0]) == 3 and words[0].isupper())


# a single letter and a hyphen right before a name ("E-TLE", "e-Katalog", "m-Banking")
LETTER_PREFIX = re.compile(r"(?<![\w-])[A-Za-z]-$")


def _stance_before(body: str, start: int) -> bool:
    """Whether a name is the second half of "Anti-Amerika", "pro-Rusia" (data/ner.toml)."""
    if not 2 <= start <= len(body) or body[start - 1] != "-":
        return False
    word = re.search(r"(\w+)$", body[max(0, start - 12):start - 1])
    return bool(word) and word.group(1).lower() in stance_prefixes()


def _named_like_a_person(text: str, g: Gazetteer) -> bool:
    """Two to four name-like words opening with a known given name that is no ordinary word, no
    organisation word among them and no known body: a person's name."""
    words = text.split()
    first = words[0].lower()
    if len(words) == 1:  # "kata Nasrul": a known given name alone, no ordinary word, no acronym
        return (not text.isupper() and first in name_words() and first not in ordinary_words()
                and key_of(text) not in g.kinds and first not in organisation_words())
    return (2 <= len(words) <= 4 and key_of(text) not in g.organisations and first in name_words()
            and first not in ordinary_words() and all(name_like(w) for w in words)
            and not any(w.lower() in organisation_words() for w in words))


PLACE_IN = re.compile(r",\s+((?:[A-Z][\w'-]+ ?){1,3})")


def _place_in_place(body: str, cand, g: Gazetteer) -> bool:
    """Whether an untitled "person" stands after "di" and before a comma and a place the gazetteer
    knows: a place in that place ("di Khan Younis, Jalur Gaza", "di Aek Kanopan, Sumatera Utara")."""
    before = body[max(0, cand.start - 4):cand.start]
    after = PLACE_IN.match(body, cand.end)
    if not before.endswith(("di ", "Di ")) or after is None or cand.text.split()[0].lower() in g.first_names:
        return False
    words = after.group(1).split()
    return any(g.place(" ".join(words[:n])) is not None for n in range(len(words), 0, -1))


def _set_off_after_title(body: str, cand) -> bool:
    """Whether a titled person's words stand between two commas right after the title ("Juru bicara
    Kementerian Luar Negeri Tiongkok, Wang Lei, mengatakan"): a name, though its words are words
    too (wang, lei)."""
    return (bool(cand.title) and body[max(0, cand.start - 2):cand.start] == ", "
            and body[cand.end:cand.end + 1] == "," and all(w[:1].isupper() for w in cand.text.split()))


def _person_name(cand, g: Gazetteer) -> bool:
    """Whether a person's name holds a word that can be a name once leading title words
    ("Apoteker Noel Wicks", "Brigjend Nunung") are taken off; the title words go to the title."""
    while " " in cand.text and cand.text.split()[-1].strip(",") in degrees():
        cand.text = cand.text[:cand.text.rindex(" ")].rstrip(" ,")  # "Supangat PhD": the degree is no name
        cand.end = cand.start + len(cand.text)
    words = cand.text.split()
    lead = 0
    while lead < len(words) - 1 and (key_of(words[lead]) in g.titles or words[lead].lower() in honorifics()):
        if cand.title and words[lead] in name_titles():
            break  # "Menteri Kehutanan Raja Juli Antoni": after an office, a ruler's title is a given name
        lead += 1
    if lead:
        cut = cand.text.index(words[lead])
        title = " ".join(w for w in words[:lead] if w.lower() not in honorifics())
        cand.title = cand.title or title or None  # an honorific ("Kak", "Pak") is no title
        cand.text, cand.start = cand.text[cut:], cand.start + cut
    return any(name_like(w) for w in cand.text.split())


def _not_a_day(text: str) -> bool:
    """Whether no word of a name is a day of the week ("Kombes Pol Senin lalu" names no one)."""
    return not weekdays() & set(text.split())


def rank_before(body: str, start: int) -> str:
    """The rank (and its corps) that stands right before `start` ("Kombes Pol"), else "": after
    a rank only a name stands, though its words are ordinary ones ("Satria Wibawa")."""
    words = body[max(0, start - RANK_WINDOW):start].split()
    if words and corps_after_rank(words, len(words) - 1):
        return " ".join(words[-2:])
    return words[-1] if words and words[-1] in ranks() else ""


# a short form in brackets right after a word: "… (IMB)", "… (crude palm oil/CPO)", "… (TKDN)"
SPELT = re.compile(r"[a-z]\s*\((?:[a-z][\w ]*/\s*)?([A-Z][\w-]{1,11})\)")


def _english_phrase(text: str) -> bool:
    """A run of English words with no word that makes it a body's name (data/ner.toml
    [english_heads]): "Water Use Efficiency", "Home Pass"; not "Economic Development Board"."""
    words = [w.lower().strip(",.&") for w in text.split()]
    return all(w and w.isalpha() and english(w) for w in words) and not english_heads() & set(words)


def _without_number(body: str, cand) -> None:
    """A person's name holds no number ("Gibran 71,4 persen"): the candidate (the entity stage's
    Candidate) ends before it."""
    words = cand.text.split()
    while len(words) > 1 and words[-1].isdigit():
        words.pop()
    text = " ".join(words)
    if text != cand.text and body[cand.start:cand.start + len(text)] == text:
        cand.text, cand.end = text, cand.start + len(text)


def _without_opening_word(body: str, cand, full_names: list[list[str]]) -> None:
    """A sentence's first word that is an ordinary word, before the end of another person's
    longer name, is no part of the name ("Janji Burhanuddin diucapkan …" after "Jaksa Agung ST
    Burhanuddin": the promise of Burhanuddin); the candidate starts after it."""
    words = cand.text.split()
    if len(words) < 2 or words[0].lower() not in ordinary_words() or words[0].lower() in name_words():
        return
    rest = words[1:]
    if not _sentence_opens_at(body, cand.start) or not any(
            len(full) > len(rest) and full[-len(rest):] == rest and full[-len(words):] != words
            for full in full_names):  # another's name: "Subur Saroso" is no "Saroso" with a word before
        return
    cut = body.index(rest[0], cand.start)
    cand.text, cand.start = body[cut:cand.end], cut


def _sentence_opens_at(body: str, at: int) -> bool:
    before = body[max(0, at - 3):at].rstrip(" ")
    return not before or before[-1] in ".!?\n\"”"


def _after_product_noun(body: str, start: int) -> bool:
    """Whether a name follows a noun of a kind of product within three lower-case words
    ("mobil Nissan GTR", "BBM jenis Pertamax Turbo"; data/ner.toml [product_nouns]), or stands
    in a list of such names ("mobil BMW, Hyundai Palisade, hingga Mitsubishi Pajero Sport")."""
    before = body[max(0, start - 120):start].split()
    k = len(before) - 1
    while k >= 0 and (before[k][:1].isupper() and before[k].endswith(",") or before[k].lower() in list_joiners()
                      or before[k][:1].isupper() and k + 1 < len(before) and before[k + 1][:1].isupper()):
        k -= 1  # back over the names listed before this one
    for n, word in enumerate(reversed(before[max(0, k - 2):k + 1])):
        if word.lower().strip(",") in product_nouns() and (word.islower() or word.isupper()):
            # "mobil", "BBM"; not "Produk Halal", a body's word ("sebuah mobil, Toyota …"), nor a person
            # set off after a comma ("pengendara motor, Doni Saputra (27)", "motor, RD alias Bedul")
            return not (word.endswith(",") and _person_named_at(body, start))
        if word.endswith(",") and word.islower() and (n > 0 or _acts_after_name(body, start)):
            # "dilalui kendaraan roda dua, Rismanto mengimbau …", "pesawat terbang, bangun Krakatau
            # Steel": a comma closed the phrase (right before the name, only when a clause opens there)
            return False
        if not word.islower() or word in field_stops() or derived_with(word, ("di", "me")):
            return False  # "mobil itu diamankan Polres …": the noun's phrase closed, a verb follows
    return False


_NAME_THEN_WORD = re.compile(r"(?:[A-Z][\w'-]*\s+)+([a-z]+)")


def _acts_after_name(body: str, start: int) -> bool:
    """Whether a verb (a me-, ber- or di- word) follows the capitalised words at `start`: the
    name opens a clause ("…, Rismanto mengimbau"), it is no brand set off in a phrase ("…, Honda
    Beat hitam, …")."""
    found = _NAME_THEN_WORD.match(body, start)
    return bool(found) and derived_with(found[1], ("me", "ber", "di"))


_NAME_THEN_MARK = re.compile(r"((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*)\s*(\(\d{1,3}\)|alias\b)?")


def _person_named_at(body: str, start: int) -> bool:
    """Whether the capitalised words at `start` name a person: an age in brackets or "alias"
    follows them, or they open with a given name."""
    found = _NAME_THEN_MARK.match(body, start)
    return bool(found) and (found[2] is not None or found[1].split()[0].lower() in name_words())


def _spelt_out_forms(body: str) -> set[str]:
    """Short forms the article spells out in brackets ("izin mendirikan bangunan (IMB)",
    "Tingkat Komponen Dalam Negeri (TKDN)"): a thing, a programme or a document unless it is a
    known body or its full name opens with a body's head word (then `bracket_aliases` makes the
    pair one entity)."""
    return {m.group(1) for m in SPELT.finditer(body)}


# a short form in brackets: one word, or up to three ("(FMDM SIL UI)")
def named_in_full_by_the_title(doc: Document) -> None:
    """A person the body calls by one name whom the headline names in full ("Atalarik" in the
    body, "Atalarik Syach" in the title) takes the full name; the body's form stays an alias."""
    title = doc.article.title or ""
    taken = {name for e in doc.entities for name in (e.name, *e.aliases)}
    titles = gazetteer().titles
    for entity in doc.entities:
        if entity.type != "PERSON" or " " in entity.name or entity.name not in title:
            continue
        match = re.search(rf"\b{re.escape(entity.name)}((?:\s+[A-Z][\w'-]+){{1,2}})", title)
        rest = match.group(1).split() if match else []
        # headlines capitalise every word: only words that are no ordinary word extend a name
        # nor a name of another entity ("Gibran Kaesang Kompak …": two people side by side)
        # (nor an office's word: "Menlu Sugiono Terima …" names the minister, not "Menlu Sugiono")
        def extends(word: str, known: frozenset[str] = frozenset()) -> bool:
            return name_like(word) and (word.lower() in known or word.lower() not in ordinary_words()) \
                and word not in taken and key_of(word) not in titles

        rest = list(itertools.takewhile(extends, rest))
        before = re.search(rf"((?:[A-Z][\w'-]+\s+){{1,2}}){re.escape(entity.name)}\b", title)
        # before a surname a given name may also be a word of the dictionary ("Elon")
        lead = list(itertools.takewhile(lambda w: extends(w, name_words()),
                                        reversed(before.group(1).split()))) if before else []
        # "Elon Musk Bikin Partai …" over a body that says "Musk"
        full = " ".join([*reversed(lead), entity.name] if lead and not rest else [entity.name, *rest])
        if (rest or lead) and full not in taken:
            entity.aliases = [entity.name, *entity.aliases]
            entity.name = full
            taken.add(full)


def outlet_key(name: str) -> str:
    """An outlet's name reduced for comparison: "Kompas.com", "KOMPAS.com", "kompas" → "kompas"."""
    low = name.lower().strip()
    low = re.sub(r"^(?:www\.)", "", low)
    low = re.sub(r"\.(?:com|co\.id|co|id|net|org)$", "", low)
    return re.sub(r"[^a-z0-9]", "", low)


def own_outlet(site: str | None, url: str | None) -> frozenset[str]:
    """The article's own outlet, from its site and its URL's domain ("news.detik.com" → detik,
    detikcom): the outlet is not an entity of its own story (ANNOTATION.md)."""
    keys = set()
    if site:
        keys.add(outlet_key(site))
    host = re.match(r"(?:https?://)?([^/:]+)", url or "")
    if host:
        parts = host.group(1).lower().split(".")
        labels = [p for p in parts if p not in ("www", "news", "m", "com", "co", "id", "net", "org")]
        keys.update(labels[-1:])
        keys.update(f"{label}com" for label in labels[-1:])
    return frozenset(k for k in keys if k)
