"""Indonesian bodies and administrative places named by a head word and what follows it.

"Polres Tasikmalaya Kota", "Dinas Kesehatan Kabupaten Cirebon", "Kejati Jabar", "Komisi VI DPR",
"Kementerian Investasi dan Hilirisasi", "Desa Cikidang": a head word from data/ner.toml
([institution_heads]) opens the name and the run of capitalised words, acronyms, numerals and
places after it closes it. The NER model and the gazetteer each see only part of such names (the
place inside wins over the body), so the stage reads them whole and they take precedence. A
title inside the run, or a person's name at its end, is not part of the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.gazetteer import gazetteer, key_of
from warta.resources import load
from warta.stages.name_shape import (
    ROMAN,
    academic,
    after_class,
    field_list_at,
    given_name_opens,
    name_like,
    surname_like_country,
)
from warta.stages.word_lists import (
    area_kinds,
    company_closers,
    company_heads,
    day_written_at,
    head_compounds,
    hospital_heads,
    hospital_qualifiers,
    initials_after,
    initials_cues,
    institution_stops,
    member_words,
    name_openers,
    name_words,
    numbered_heads,
    office_compounds,
    ordinary_words,
    premises,
    rank_corps,
    ranks,
    school_kinds,
    school_standings,
    street_heads,
    street_qualifiers,
)

MAX_WORDS = 12
PLACE_KINDS = ("COUNTRY", "CITY", "REGION", "AREA", "DISTRICT", "ORG")


@dataclass
class InstitutionSpan:
    start: int  # token indexes
    end: int
    type: str  # ORG or PLACE


@cache
def _heads() -> dict[str, str]:
    table = load("ner")["institution_heads"]
    return {word.lower(): kind for kind, words in table.items() for word in words}


@cache
def _pair_openers() -> frozenset[str]:
    """The first words of the heads of two words ("kamar" of "Kamar Dagang"): only after one is a
    pair looked up."""
    return frozenset(head.split()[0] for head in _heads() if " " in head)


def head_word(word: str) -> bool:
    """Whether a word opens a body's or a place's name ("SD", "Dinas", "Desa"; ner.toml)."""
    return word.lower() in _heads()


def institutions(words: Sequence[str], spans: Sequence[tuple[int, int, str]]) -> list[InstitutionSpan]:
    """Bodies and places opened by a head word, longest first, not overlapping."""
    heads, pair_openers = _heads(), _pair_openers()
    low = [w.lower() for w in words]  # (once per sentence: every word is looked up)
    if heads.keys().isdisjoint(low) and pair_openers.isdisjoint(low):
        return []  # no word opens a head of one word or of two: most sentences
    # the gazetteer matches case-folded: "tetap" and "itu" are places somewhere
    places = {s: e for s, e, k in spans if k in PLACE_KINDS and words[s][:1].isupper()}
    titles = {s for s, _, k in spans if k == "TITLE" and words[s][:1].isupper()}
    title_ends = {e for s, e, k in spans if k == "TITLE" and words[s][:1].isupper()}
    countries = frozenset(s for s, e, k in spans if k == "COUNTRY" and e == s + 1)
    regions = frozenset(s for s, _, k in spans
                        if k in ("CITY", "REGION", "DISTRICT", "AREA") and words[s][:1].isupper())
    bodies = {s: e for s, e, k in spans if k == "ORG"}
    out: list[InstitutionSpan] = []
    i = 0
    while i < len(words):
        # a head of two words ("Kamar Dagang dan Industri Jepang", "Rumah Sakit Bhayangkara"), read
        # before a head of one that opens it ("Distrik Navigasi Tanjung Priok" is no district)
        paired = (i + 1 < len(words) and low[i] in pair_openers
                  and heads.get(f"{words[i]} {words[i + 1]}".lower()))
        kind = paired or heads.get(low[i])
        if not kind:
            i += 1  # most words are no head: none of the readings below starts here
            continue
        before = f"{words[i - 1]} {words[i]}".lower() if kind and i else ""
        if kind and (before in head_compounds()
                     or i + 1 < len(words) and f"{words[i]} {words[i + 1]}".lower() in head_compounds()
                     or before in office_compounds()
                     and (i + 1 >= len(words) or words[i + 1].lower() not in school_kinds())):
            # "Ibu Kota Politik Indonesia": a capital, no city of that name; "Majelis Hakim" no body;
            # "Kepala Sekolah SMP …": the school is the short form's
            kind = None
        if kind and words[i].lower() in premises() and i + 1 < len(words) and (
                heads.get(words[i + 1].lower()) == "ORG" or _body_alone(words, i + 1, bodies)):
            i += 1  # "Kantor Kementerian Sosial", "Kantor DPR": the body, not its office
            continue
        if kind and words[i].isupper() and i and words[i - 1].lower() in initials_cues() and (
                i + 1 == len(words) or words[i + 1] in initials_after()):
            # "tersangka berinisial RS dan MN": initials, not "RS" (rumah sakit) opening a hospital;
            # "siswa SMAN 3 Bandung" names a school
            i += 1
            continue
        if kind and words[i][:1].isupper():
            # a head that opens a known name ("Partai Golkar") runs on after that name, so a
            # person's name after it is no part of the body ("Partai Golkar Zulfikar Arse Sadikin")
            opened = i + 2 if paired else places.get(i, i + 1)  # ("Rumah" is a town abroad too)
            end = _run_end(words, opened, places, titles, kind, not paired and i in places, countries, regions,
                           after_title=i in title_ends)
            inner_head = end == i + 2 and heads.get(words[i + 1].lower()) == "ORG" and words[i + 1][:1].isupper()
            if kind == "ORG" and end == i + 2 and inner_head:
                # "Konfederasi Serikat Buruh Sejahtera Indonesia": a head whose name is another
                # body's, read on as that one's run ("Buruh" is an office word too)
                end = _run_end(words, places.get(i + 1, i + 2), places, titles, kind, i + 1 in places, countries,
                               regions)
            if _faction_of_party_alone(words, i, end):
                i += 1  # "dari Fraksi PDI Perjuangan, Yohana …": the party, read alone
                continue
            if end > i + 1 + bool(paired) and any(words[k].lower() not in heads for k in range(i + 1, end)):
                out.append(InstitutionSpan(i, end, kind))  # "Pemerintah Kota" alone names no one
                i = end
                continue
        i += 1
    return out


def _another_body_after(words: Sequence[str], i: int, heads: dict[str, str]) -> bool:
    """Whether a body's head word stands one or two capitalised words after `i`: after a body whose
    name ended in its place, "Polsek Kuta dan Resmob Polda Sulawesi Utara" names two bodies
    ("Fakultas Ekonomi dan Bisnis Universitas Indonesia", "Badan Pengawas Obat dan Makanan" one)."""
    if i + 1 < len(words) and heads.get(f"{words[i]} {words[i + 1]}".lower()) == "ORG" and words[i][:1].isupper():
        return True  # "Kementerian Luar Negeri AS dan Kedutaan Besar Australia": a head of two words
    return any(k < len(words) and heads.get(words[k].lower()) == "ORG" and words[k][:1].isupper()
               and all(w[:1].isupper() for w in words[i:k]) for k in (i + 1, i + 2))


def _run_end(words: Sequence[str], i: int, places: dict[int, int], titles: set[int], kind: str,
             after_known: bool = False, countries: frozenset[int] = frozenset(),
             regions: frozenset[int] = frozenset(), after_title: bool = False) -> int:
    start = i
    place_ends = set(places.values())
    heads = _heads()
    names: list[int] = []  # name-like words at the end of the run, which may be a person's
    hyphenated = False
    while i < len(words) and i - start < MAX_WORDS:
        word = words[i]
        if i > start and words[i - 1] in company_closers() and word not in company_closers() and word != ")":
            break  # "PT Semen Padang Tbk Indra Jaya Koto": the company's name has closed
        following = words[i + 1] if i + 1 < len(words) else ""
        if kind == "ORG" and i in place_ends and word in ranks() and (
                following in rank_corps() or name_like(following)):
            # "Badan Reserse Kriminal Polri Komjen Pol Agung …": after the body's known name a rank
            # opens an officer's title ("Bandara … Jenderal Ahmad Yani", "RSUD Jenderal …" keep it)
            break
        if i > start and not names and word in name_openers() and (
                word != "I" or " ".join(words[i + 1:i + 2]) in name_openers()) and not _namesake_due(words, start, i):
            break  # "Dinas Pariwisata Kabupaten Karangasem I Wayan Purna Jaya": a Balinese name follows
        if academic(word) and _namesake_due(words, start, i, hospital=True) and (
                i == start or _town_closes(words, i + 1 + (i + 1 < len(words) and words[i + 1] == "."), regions)):
            # past words of its kind the prefix opens a namesake only where a town closes the name
            # ("RSUD … dr. M. Haulussy Ambon"; "Direktur Rumah Sakit Umum Daerah dr. Andi Wijaya
            # mengatakan" names the director)
            i += 2 if i + 1 < len(words) and words[i + 1] == "." else 1  # "RSUD dr. Soetomo": the namesake's prefix
            continue
        street = words[start - 1].lower().rstrip(".") in street_heads()  # "Jalan Kapten P Tendean"
        if i in titles and not (kind == "ORG" and (i == start and _title_in_name(words, i) or i > start and (
                words[i].lower() in member_words()))) and not street \
                or word in institution_stops() or day_written_at(words, i):
            # "Polres Bogor AKBP Rio Wahyu": a rank opens a person's title; right after the head a
            # title word is the body's ("Kementerian Koordinator …") or the members it gathers
            # ("Aliansi Mahasiswa", "Ikatan Dokter"), further on as well ("Majelis Permusyawaratan Ulama Aceh")
            break
        if names and word in name_openers():
            i, names = i + 1, names + [i]  # "Majelis Hakim Wa Ode Sania": Wa opens a name, though a town abroad
            continue
        if i in places and places[i] == i + 1 and i in countries and surname_like_country(words, i, names):
            i, names = i + 1, names + [i]  # "… Jawa Tengah Willy Indra Yunani mengatakan"
            continue
        if i in places and places[i] == i + 1 and _given_name_abroad(words, i):
            i, names = i + 1, names + [i]  # "Universitas Airlangga Rizal Fahmi Nugroho": Rizal a town abroad too
            continue
        if i in places:
            i, names, hyphenated = places[i], [], False  # "Universitas Al-Azhar Indonesia Asep …": names again
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        # "Badan Pengawas Obat dan Makanan"; not "Desa Cijulang dan Bojongtipar" (two places)
        # nor "Pemerintah Indonesia dan Australia" (two governments: a place after "dan"), nor
        # "UIN … Ambon dan Unpatti" (a body whose name ended in its town, then another's one word;
        # "Kementerian … Aparatur Negara dan Reformasi Birokrasi" goes on)
        joins = (word in ("dan", "-") and nxt[:1].isupper() and nxt.lower() not in heads
                 and (kind == "ORG" or word == "-")  # "Bandara Soekarno-Hatta"
                 and not (word == "dan" and (i + 1 in places or i in place_ends and (
                     _another_body_after(words, i + 1, heads)
                     or not (i + 2 < len(words) and words[i + 2][:1].isupper())))))
        if joins or word == "/" and (nxt.lower() in heads or _unit_named_after_slash(words, start, i)) or (
                kind == "ORG" and field_list_at(words, i) and not after_known
                and key_of(" ".join(words[start - 1:i])) not in gazetteer().organisations):
            # "Balai Karantina Hewan, Ikan, dan Tumbuhan"; not "Kementerian Keuangan, Kesehatan, dan
            # Pendidikan" (a known body, then others of its kind)
            i, names = i + 1, []  # "Badan Pengawas Obat dan Makanan"; not "Kabupaten X dan Kabupaten Y"
            hyphenated = hyphenated or word == "-"
            continue
        if word == "untuk" and kind == "ORG" and i > start and _purpose_then_short_form(words, i) \
                and _international(words[start - 1:i]):
            i, names = words.index("(", i), []  # "Badan … PBB untuk Pengungsi Palestina (UNRWA)"
            continue
        if word == "(" and kind == "ORG" and (_inserted_short_form(words, i, regions)
                                              or _field_after_short_form(words, start, i)
                                              or _kind_then_namesake(words, start, i, regions)):
            i, names = i + 3 + (words[i + 3].isdigit()), []  # "Detasemen Khusus (Densus) 88 Antiteror"
            continue
        if not word[:1].isupper() and not (kind == "ORG" and _unit_number(word)
                                           and words[start - 1] in numbered_heads()
                                           and (i == start or words[i - 1] in school_standings())
                                           and (i + 1 < len(words) and words[i + 1][:1].isupper()
                                                or words[start - 1] in numbered_units())):
            break  # roman numerals ("Komisi VI") are capitals too; "SD Negeri 1 Cikadu" numbers its school
        # after a hyphen ("Pondok Pesantren Al-Amien Prenduan") the words are the body's, no person's
        names = names + [i] if (name_like(word) or word in name_openers()) and not word.isupper() \
            and not hyphenated else []
        i += 1
    if words[start - 1] in company_heads():
        # "PT Permata Dunia Sukses Utama": a company's name runs on; a known given name after
        # it is a person's ("PT Antam Nicolas Kanter")
        known = next((k for k, n in enumerate(names) if words[n].lower() in name_words()
                      and (words[n].lower() not in ordinary_words()
                           or given_name_opens([words[m] for m in names[k:]]))), None)
        names = names[known:] if known is not None else []
    # "Jalan KH Ahmad Dahlan": after a street's head and any title, the name is the street's
    namesake = bool(names) and words[start - 1].lower().rstrip(".") in street_heads() and all(
        k in titles or words[k].isupper() or words[k].lower() in street_qualifiers() for k in range(start, names[0]))
    # "Rumah Sakit Bhayangkara Sartika Asih": a hospital is named after someone
    namesake = namesake or bool(names) and words[start - 1].lower() in hospital_heads()
    if not namesake and len(names) >= 2 and (names[0] > start or after_known) or (
            names and after_title and names[0] > start and names[0] in place_ends):
        # "Kementerian Pariwisata Bayu Aji": the name is not the body's; nor, after a title, a
        # name after the body's region ("Kepala Dikbud Kendari Saemina"); a class a body is graded
        # by is followed by its seat ("Rumah Tahanan Kelas IIB Sungguminasa Hendra Wijaya")
        i = names[1] if (len(names) >= 3 and after_class(words, names[0])
                         and words[names[0]].lower() not in name_words()) else names[0]
    elif not namesake and len(names) >= NAMED_BODY_AND_PERSON and names[0] == start and names[-1] + 1 == i:
        # "Universitas Airlangga Rizal Fahmi Nugroho": a body named after someone, then a person
        # of two or three given names
        i = next((names[k] for k in range(1, len(names) - 1)
                  if all(words[n].lower() in name_words() for n in names[k:]) and len(names) - k <= MAX_NAME_WORDS), i)
    while i > start and words[i - 1] in ("dan", "/", "-"):
        i -= 1
    return i


def _namesake_due(words: Sequence[str], start: int, i: int, hospital: bool = False) -> bool:
    """Whether the i-th word opens the name of the person a landmark or a hospital is named after:
    its head and only words of its kind stand before ("Bandara Internasional I Gusti Ngurah Rai",
    "Rumah Sakit Umum Daerah dr. Zainoel Abidin")."""
    heads, kinds = (hospital_heads(), hospital_qualifiers()) if hospital else (street_heads(), street_qualifiers())
    # ("I" of "I Gusti"; the kind's short form in brackets: "Rumah Sakit Umum Daerah (RSUD) dr. …")
    return words[start - 1].lower().rstrip(".") in heads and all(
        w.lower() in kinds or w in name_openers() or w in ("(", ")") or w.isupper() for w in words[start:i])


def bodies_in_titles(words: Sequence[str], spans: Sequence[tuple[int, int, str]]) -> list[InstitutionSpan]:
    """A known body at the end of a title the gazetteer lists whole ("Ketua MPR", "Ketua DPR",
    "Juru Bicara KPK"): the body is an entity of its own (ANNOTATION.md), the title stays whole;
    "Ketua DPR RI" names "DPR RI" when that is a known body too."""
    g = gazetteer()
    out = []
    for start, end, kind in spans:
        if kind != "TITLE":
            continue
        for k in range(start + 1, end):
            # a title in lower case names its body too ("jaksa KPK mendakwa …"); a body written in
            # lower case is no name, and the name checks drop it
            if key_of(" ".join(words[k:end])) in g.organisations:
                longer = end < len(words) and key_of(" ".join(words[k:end + 1])) in g.organisations
                out.append(InstitutionSpan(k, end + longer, "ORG"))
                break
    return out


@cache
def numbered_units() -> frozenset[str]:
    """Military units whose number alone ends their name ("Korem 061"; ner.toml [numbered_heads]
    units), as written."""
    return frozenset(load("ner")["numbered_heads"]["units"])


def _unit_named_after_slash(words: Sequence[str], start: int, i: int) -> bool:
    """A numbered unit's name after a slash ("Kodam V/Brawijaya", "Korem 061/Suryakancana"): the
    slash follows the unit's number right after its head, and a capitalised word follows it."""
    roman = all(c in "IVXL" for c in words[i - 1])  # "Komando Daerah Militer XIV/Hasanuddin"
    return (i > start and (words[start - 1] in numbered_heads() or roman) and i + 1 < len(words)
            and words[i + 1][:1].isupper() and (_unit_number(words[i - 1]) or roman))


def _unit_number(word: str) -> bool:
    """A number inside a body's name, after its head or "Negeri" ("SD Negeri 1", "SMAN 3",
    "Kodim 0618"), not a year ("Kabinet 2024")."""
    return word.isdigit() and len(word) <= 4 and not (len(word) == 4 and word[:2] in ("19", "20"))


NAMED_BODY_AND_PERSON = 4  # the fewest name words after a head that hold a body's name and a person's
MAX_NAME_WORDS = 3  # the most words of that person's name


def _given_name_abroad(words: Sequence[str], i: int) -> bool:
    """A given name that is only a small town abroad, opening name-like words ("Rizal Fahmi
    Nugroho": Rizal, a town in the Philippines), so a name, not the body's region."""
    place = gazetteer().place(words[i], "IDN")
    return (place is not None and place.country not in (None, "IDN") and place.kind == "city"
            and (place.population or 0) < 1_000_000 and words[i].lower() in name_words()
            and i + 1 < len(words) and name_like(words[i + 1]))


def _international(words: Sequence[str]) -> bool:
    """Whether a body's words so far name an international body ("Badan … PBB"): such bodies say
    whom they serve in their names; an Indonesian office's "untuk" names a programme it funds
    ("Dinas Pendidikan … untuk Bantuan Operasional Sekolah (BOS)")."""
    g = gazetteer()
    return any((org := g.organisations.get(key_of(w))) is not None and org.sector == "IGO" for w in words)


PURPOSE_WORDS = 4  # the most capitalised words of a body's purpose before its short form


def _purpose_then_short_form(words: Sequence[str], i: int) -> bool:
    """Whether "untuk" at `i` opens a few capitalised words closed by a short form in brackets:
    the body's name says whom it serves ("Komisariat Tinggi PBB untuk Pengungsi (UNHCR)"); an
    act's purpose would run on in lower case ("Kementerian Sosial untuk korban")."""
    k = i + 1
    while k < len(words) and k - i <= PURPOSE_WORDS and (words[k][:1].isupper() and words[k].isalpha()
                                                         or words[k] in ("dan", "-")):
        k += 1
    return (k > i + 1 and k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")"
            and words[k + 1].isupper() and words[k + 1].isalpha())


def _inserted_short_form(words: Sequence[str], i: int, regions: frozenset[int]) -> bool:
    """Whether "( X )" at `i` is a short form written inside a body's name, which goes on with a
    number or the region it serves: "Detasemen Khusus (Densus) 88 Antiteror Polri", "Kepolisian
    Daerah (Polda) Jawa Barat", "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut"; not
    "Badan Anggaran (Banggar) DPR" (another body), "Kementerian Kesehatan (Kemenkes) RI" (the
    country) or "… (Kemenkes) Budi Gunadi Sadikin"."""
    if i + 3 >= len(words) or words[i + 2] != ")" or not words[i + 1][:1].isupper():
        return False
    nxt = words[i + 3]
    area = nxt in area_kinds() and i + 4 in regions  # "(BPBD) Kabupaten Garut"
    # a town abroad after a body's short form, names following it, opens a person's name: "(DEN) Mari
    # Elka Pangestu" (a town in Turkmenistan is Mary); a mission's city abroad is its region
    # ("Kantor Dagang dan Ekonomi Indonesia (KDEI) Taipei")
    place = gazetteer().place(nxt, "IDN")
    abroad = place is not None and place.country not in (None, "IDN")
    region = i + 3 in regions and (nxt in area_kinds() or not (abroad and i + 4 < len(words)
                                                               and name_like(words[i + 4])))
    campus = nxt in campus_parents() and key_of(words[i + 1]) not in gazetteer().organisations
    parent = (nxt in unit_parents() or campus) and i + 4 < len(words) and words[i + 4][:1].isupper()
    return nxt.isdigit() and len(nxt) <= 3 or bool(ROMAN.match(nxt)) or region or area or parent  # not a year


def _field_after_short_form(words: Sequence[str], start: int, i: int) -> bool:
    """Whether "( X )" at `i` closes a head that names no body without its field, which follows
    the short form: "Direktorat Jenderal (Ditjen) Imigrasi" (data/ner.toml [fieldless_heads])."""
    return (i + 3 < len(words) and words[i + 2] == ")" and words[i + 3][:1].isupper()
            and " ".join(words[start - 1:i]) in _fieldless_heads())


@cache
def _fieldless_heads() -> frozenset[str]:
    return frozenset(load("ner")["fieldless_heads"]["words"])


NAMESAKE_WORDS = 6  # the most capitalised words of a namesake and its seat after a kind's short form


def _kind_then_namesake(words: Sequence[str], start: int, i: int, regions: frozenset[int]) -> bool:
    """Whether "( X )" at `i` is the short form of the kind of body spelled out before it, from its
    head, and the name of whom the body is named after follows: a doctor's prefix, or capitalised
    words up to the town it stands in ("Universitas Islam Negeri (UIN) Abdul Muthalib Sangadji
    Ambon", "Rumah Sakit Umum Daerah (RSUD) dr. M. Haulussy Ambon"); not a person after a body's
    short form ("Komisi Pemberantasan Korupsi (KPK) Asep Guntur Rahayu, …")."""
    if i + 3 >= len(words) or words[i + 2] != ")":
        return False
    head = start - 1 - (start >= 2 and f"{words[start - 2]} {words[start - 1]}".lower() in _heads())
    initials = "".join(w[0] for w in words[head:i] if w[:1].isupper())
    if words[i + 1].upper() != initials.upper():
        return False
    if academic(words[i + 3]):
        return True
    return _town_closes(words, i + 3, regions)


def _town_closes(words: Sequence[str], at: int, regions: frozenset[int]) -> bool:
    """Whether capitalised words from `at` (initials and their stops among them, and the body's
    short form in brackets: "dr. Zainoel Abidin (RSUDZA) Banda Aceh") run to a town within
    NAMESAKE_WORDS words: a namesake, then where the body stands."""
    reach = NAMESAKE_WORDS
    k = at
    while k < min(len(words), at + reach):
        if k in regions:
            return k > at
        if not (words[k][:1].isupper() or words[k] in (".", "(", ")")):
            return False
        reach += 2 if words[k] == "(" else 0  # the brackets of a short form take no word of the name's
        k += 1
    return False


def _faction_of_party_alone(words: Sequence[str], i: int, end: int) -> bool:
    """Whether the head at `i` is a party's faction named without its house ("Fraksi PDI
    Perjuangan"): the party itself is named; "Fraksi PKS DPRD Jawa Barat" is the faction, one body
    (data/ner.toml [factions])."""
    heads, houses = _factions()
    return words[i] in heads and houses.isdisjoint(words[i + 1:end])


@cache
def _factions() -> tuple[frozenset[str], frozenset[str]]:
    """data/ner.toml [factions]: the heads of a party's faction and the houses that make it one body."""
    data = load("ner")["factions"]
    return frozenset(data["heads"]), frozenset(data["houses"])


@cache
def campus_parents() -> frozenset[str]:
    """data/ner.toml [campus_parents]: a campus named after the short form of a unit of theirs."""
    return frozenset(load("ner")["campus_parents"]["words"])


@cache
def unit_parents() -> frozenset[str]:
    """data/ner.toml [unit_parents]: a regional parent named after a unit's short form."""
    return frozenset(load("ner")["unit_parents"]["words"])


def _title_in_name(words: Sequence[str], i: int) -> bool:
    """Whether a title word right after a body's head is a word of the body's name: the members it
    gathers ("Aliansi Mahasiswa"), or a word the name goes on after with a field, a short form or a
    head ("Kementerian Koordinator Bidang …", "Kantor Perwakilan Bank Indonesia"); not an office's
    building ("Kantor Gubernur Jawa Tengah") nor a name after it ("DPD Sultan Bachtiar …")."""
    if words[i].lower() in member_words():
        return True
    following = words[i + 1] if i + 1 < len(words) else ""
    if words[i] in ranks() and (following in rank_corps() or name_like(following)):
        return False  # "Polda Metro Jaya Kombes Pol Hengki Haryadi": a rank opens an officer's title
    after = i + 2 if i + 1 < len(words) and key_of(" ".join(words[i:i + 2])) in gazetteer().titles else i + 1
    nxt = words[after] if after < len(words) else ""  # past a two-word title: "Kantor Wali Kota Surabaya"
    if words[i - 1].lower() in premises():
        return nxt.lower() in _heads() or nxt.isupper() and len(nxt) > 1
    return nxt[:1].isupper() and nxt.isalpha() and not name_like(nxt) and nxt not in name_openers()


def _body_alone(words: Sequence[str], i: int, bodies: dict[int, int]) -> bool:
    """A known body at `i` that ends the run of capitalised words: "Kantor DPR" is the DPR, but
    "Kantor Imigrasi Kelas I Jakarta Selatan" is an office of its own."""
    end = bodies.get(i)
    return end is not None and (end >= len(words) or not words[end][:1].isupper())
