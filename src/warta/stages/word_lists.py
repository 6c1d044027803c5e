"""Word lists the stages read from data/ner.toml, data/organisations.toml and the generated word
files, each loaded once: the head words of bodies and places, words that name no one,
honorifics, the words that cue initials, the words that tell a body's sector, the joining words
and stops of names and titles, given names, ordinary Indonesian and English words, and which
towns abroad are named like Indonesian given names."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from warta.gazetteer import gazetteer, key_of
from warta.resources import data_path, load


@cache
def titles_list(name: str) -> frozenset[str]:
    """A word list of data/titles.toml ([name] words), as written."""
    return frozenset(load("titles")[name]["words"])


def _ner_list(*path: str, lower: bool = True) -> frozenset[str]:
    """A word list of data/ner.toml, by its table path."""
    table = load("ner")
    for key in path:
        table = table[key]
    if not isinstance(table, list):  # a path that stops at a table, not at its word list
        raise TypeError(f"ner.toml {'.'.join(path)} is no word list")
    return frozenset(w.lower() if lower else w for w in table)


@cache
def org_heads() -> frozenset[str]:
    """Words that open a body's name ("Kementerian", "Polres"), lower case."""
    return _ner_list("institution_heads", "ORG")


@cache
def place_heads() -> frozenset[str]:
    """Words that open an administrative place's name ("Kabupaten", "Desa"), lower case."""
    return _ner_list("institution_heads", "PLACE")


@cache
def head_words() -> frozenset[str]:
    """Words that open a body's or a place's name, lower case (built once: read per candidate)."""
    return org_heads() | place_heads()


@cache
def product_nouns() -> frozenset[str]:
    """Nouns of a kind of product before a brand or a model's name ("mobil", "aplikasi")."""
    return _ner_list("product_nouns", "words")


@cache
def head_compounds() -> frozenset[str]:
    """Ordinary two-word compounds with a head word ("ibu kota", "majelis hakim"), lower case."""
    return _ner_list("head_compounds", "words")


@cache
def office_compounds() -> frozenset[str]:
    """Offices whose second word is a head word ("kepala sekolah"), lower case."""
    return _ner_list("office_compounds", "words")


@cache
def school_kinds() -> frozenset[str]:
    """Words of a school's kind after its head ("Sekolah Tinggi", "Sekolah Dasar"), lower case."""
    return _ner_list("school_kinds", "words")


@cache
def country_after() -> frozenset[str]:
    """Words after which a country right after a name is a country of its own ("Anwar Ibrahim
    Malaysia dan …"), lower case."""
    return _ner_list("country_after", "words")


@cache
def not_names() -> frozenset[str]:
    """Capitalised words and short forms that name no one ("KTT", "STNK"), as written."""
    return _ner_list("not_names", "words", lower=False)


@cache
def english_heads() -> frozenset[str]:
    """English words that make a run of English words a body's name ("… Development Board")."""
    return _ner_list("english_heads", "words")


@cache
def member_words() -> frozenset[str]:
    """Those a body gathers, named right after its head ("Aliansi Mahasiswa", "Ikatan Dokter")."""
    return _ner_list("member_words", "words")


@cache
def kinds() -> frozenset[str]:
    """Kinds of bodies and papers written as names ("BUMN", "Lembaga Swadaya Masyarakat"): never an
    entity alone, though they may stand inside a title."""
    return _ner_list("kinds", "words", lower=False)


@cache
def honorifics() -> frozenset[str]:
    """Forms of address before a name ("Pak", "Kak", "Saudara"), lower case."""
    return _ner_list("honorifics", "words")


@cache
def foreign_body_heads() -> frozenset[str]:
    """Heads of a state's body that every state has ("DPR", "Kemlu", "Kedutaan Besar"), as written:
    with a country after them, that country's body."""
    return _ner_list("foreign_bodies", "words", lower=False)


@cache
def regional_titles() -> frozenset[str]:
    """Offices over a region, whose title names it ("Bupati Lembah Hijau"), as written."""
    return _ner_list("regional_titles", "words", lower=False)


@cache
def client_only_titles() -> frozenset[str]:
    """Offices after which a town's name names a client, never a country ("kuasa hukum"), lower case."""
    return _ner_list("client_only_titles", "words")


@cache
def client_titles() -> frozenset[str]:
    """Offices that serve a person named after them ("kuasa hukum", "ajudan"), lower case."""
    return _ner_list("client_titles", "words")


@cache
def name_titles() -> frozenset[str]:
    """Rulers' and imams' titles that are given names too (data/titles.toml [name_titles])."""
    return titles_list("name_titles")


@cache
def deputy_prefixes() -> frozenset[str]:
    """"Wakil": before any office, the deputy's (data/titles.toml [deputy_prefixes]), as written."""
    return titles_list("deputy_prefixes")


@cache
def place_named_heads() -> frozenset[str]:
    """Heads of bodies named by a place ("Universitas Lampung"), lower case: in a title the
    place after one is the body's name, not where the office is."""
    return _ner_list("place_named_heads", "words")


@cache
def company_heads() -> frozenset[str]:
    """Words that open a company's name ("PT", "CV"), as written."""
    return _ner_list("company_heads", "words", lower=False)


@cache
def title_after() -> frozenset[str]:
    """Words after a name that give the person's office ("selaku", "sebagai"), lower case."""
    return _ner_list("title_after", "words")


@cache
def affairs_words() -> frozenset[str]:
    """Words before "Negeri" that make it affairs, no jurisdiction ("Menteri Dalam Negeri"), lower case."""
    return _ner_list("affairs_words", "words")


@cache
def currency_words() -> frozenset[str]:
    """Words that name a currency before a country ("dolar AS", "dolar Singapura", "yen"), from
    data/amounts.toml [currency.after], lower case: the country there names a currency, no actor."""
    return frozenset(name.split()[0] for name in load("amounts")["currency"]["after"])


@cache
def numbered_heads() -> frozenset[str]:
    """Heads of bodies numbered right after them ("SMAN 3", "Kodim 0618"), as written."""
    return _ner_list("numbered_heads", "words", lower=False)


@cache
def school_standings() -> frozenset[str]:
    """Words of a school's standing its number may follow ("Negeri", "Swasta"), as written."""
    return _ner_list("numbered_heads", "standings", lower=False)


@cache
def law_heads() -> frozenset[str]:
    """Words that open the name of a law, a bill or an aid programme ("RUU", "BLT"), as written."""
    return _ner_list("law_heads", "words", lower=False)


@cache
def district_titles() -> frozenset[str]:
    """Titles of an office over a district ("Camat", "Kapolsek"), as written."""
    return _ner_list("district_titles", "words", lower=False)


@cache
def case_roles() -> frozenset[tuple[str, ...]]:
    """A party's standing in a case, which opens a name like a title ("Terdakwa"), as keys."""
    from warta.gazetteer import key_of

    return frozenset(key_of(w) for w in load("titles")["titles"]["ROLE"])


@cache
def degrees() -> frozenset[str]:
    """Academic degrees written after a name ("PhD", "S.H.", "M.Si"), as written."""
    return _ner_list("degrees", "words", lower=False)


@cache
def initials_after() -> frozenset[str]:
    """What may follow a suspect's initials ("dan", ","), as written."""
    return _ner_list("initials_after", "words", lower=False)


@cache
def initials_cues() -> frozenset[str]:
    """Words after which capital initials name a person ("tersangka", "berinisial"), as written."""
    return _ner_list("initials_cues", "words", lower=False)


@cache
def sector_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """(sector, words) in data/organisations.toml's order: the first sector a name's words hold wins."""
    table = load("organisations")["sector_words"]
    return tuple((sector, frozenset(words)) for sector, words in table.items())


@cache
def body_words() -> frozenset[str]:
    """Every word that tells a body's sector ("ui", "pn", "tni")."""
    return frozenset(w for _, words in sector_words() for w in words)


@cache
def person_cues() -> frozenset[str]:
    """Words after which capitalised name-like words are a person (ner.toml [person_cues],
    and the honorifics)."""
    return _ner_list("person_cues", "words") | honorifics()


@cache
def place_qualifiers() -> frozenset[str]:
    """Words after which a body's name goes on with its place ("Kejaksaan Negeri …"), lower case."""
    return _ner_list("place_qualifiers", "words")


@cache
def name_particles() -> frozenset[str]:
    """Particles inside personal names ("Al", "bin", "van"), lower case."""
    return _ner_list("name_particles", "words")


@cache
def head_titles() -> frozenset[str]:
    """Titles of a head of state or government ("Presiden", "Raja"): no home country, as written."""
    return _ner_list("head_titles", "words", lower=False)


@cache
def home_heads() -> frozenset[str]:
    """The heads of state Indonesia has ("Presiden", "Wakil Presiden"), as written."""
    return _ner_list("home_heads", "words", lower=False)


@cache
def other_country_after() -> frozenset[str]:
    """Prepositions after which a country in a title is another's ("… untuk Jepang"), lower case."""
    return _ner_list("other_country_after", "words")


@cache
def origin_words() -> frozenset[str]:
    """Words of origin before a place ("asal"), lower case."""
    return _ner_list("origin_words", "words")


@cache
def premises() -> frozenset[str]:
    """A body's building before its name ("Kantor Kementerian Sosial"), lower case."""
    return _ner_list("premises", "words")


@cache
def institution_stops() -> frozenset[str]:
    """Words that end a body's or place's name ("RT", "No", "Fraksi"), as written."""
    return _ner_list("institution_stops", "words", lower=False)


@cache
def numbered_words() -> frozenset[str]:
    """Capitalised words a number in brackets follows that name no one aged ("Ayat (1)"; ner.toml)."""
    return _ner_list("numbered_words", "words", lower=False)


@cache
def calendar_words() -> frozenset[str]:
    """Weekdays and months, lower case (data/dates.toml): "selasa", "maret"."""
    dates = load("dates")
    return frozenset([*dates["weekdays"], *dates["months"]])


@cache
def weekdays() -> frozenset[str]:
    """The days of the week as a name writes them (data/dates.toml): "Senin", "Jumat"."""
    return frozenset(day.capitalize() for day in load("dates")["weekdays"])


def day_written_at(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is a day of the week told as a date: a date, a time of day, a
    comma or the sentence's end follows ("Kejari Sidoarjo Senin (20/10)"); "Yayasan Jumat
    Berkah", "Sekolah Minggu" name bodies."""
    if words[i] not in weekdays():
        return False
    nxt = words[i + 1] if i + 1 < len(words) else "."
    return nxt in ("(", ",", ".", ";") or nxt[:1].isdigit() or nxt.lower() in _day_parts()


@cache
def _day_parts() -> frozenset[str]:
    """The first words of the parts of a day (data/timex.toml: "pagi", "malam", "dini hari")."""
    return frozenset(part.split()[0] for part in load("timex")["words"]["part"])


@cache
def alias_connectors() -> frozenset[str]:
    """Lower-case words inside a full name a bracketed short form stands for ("dan"), as written."""
    return _ner_list("alias_connectors", "words", lower=False)


@cache
def qualifier_joiners() -> frozenset[str]:
    """Words and marks joining the parts of a title's qualifier ("dan", "(", "/"), as written."""
    return _ner_list("qualifier_joiners", "words", lower=False)


@cache
def title_coordinators() -> frozenset[str]:
    """Words after which a title opens another person's run ("dan", "serta"), as written."""
    return _ner_list("title_coordinators", "words", lower=False)


@cache
def list_joiners() -> frozenset[str]:
    """Words joining a list of names ("dan", "hingga"), lower case."""
    return _ner_list("list_joiners", "words")


@cache
def field_stops() -> frozenset[str]:
    """Function words that end a lower-case office's field ("pengamat politik dari …")."""
    return _ner_list("field_stops", "words")


@cache
def hospital_heads() -> frozenset[str]:
    """Heads of a hospital's name ("rsud", "sakit"): a prefix after one names the hospital's namesake."""
    return _ner_list("hospital_heads", "words")


@cache
def hospital_qualifiers() -> frozenset[str]:
    """"umum", "daerah": a hospital's kind between its head and its namesake (lower case)."""
    return _ner_list("hospital_heads", "qualifiers")


@cache
def company_closers() -> frozenset[str]:
    """"Tbk", "Persero": the end of a company's name, as written."""
    return _ner_list("company_closers", "words", lower=False)


@cache
def street_heads() -> frozenset[str]:
    """"jalan", "jl": a title after one names the street's namesake (lower case)."""
    return _ner_list("street_heads", "words")


@cache
def street_qualifiers() -> frozenset[str]:
    """"internasional": a landmark's kind between its head and its namesake (lower case)."""
    return _ner_list("street_heads", "qualifiers")


@cache
def compass_points() -> frozenset[str]:
    """Points of the compass as written ("Timur"): alone after a kind of area they name no place."""
    return _ner_list("compass_points", "words", lower=False)


@cache
def area_kinds() -> frozenset[str]:
    """Kinds of administrative area before a place's name ("Kabupaten", "Provinsi"), as written."""
    return _ner_list("area_kinds", "words", lower=False)


@cache
def place_joiners() -> frozenset[str]:
    """"untuk": joins an envoy's office to the country it serves in a title, as written."""
    return _ner_list("place_joiners", "words", lower=False)


@cache
def unit_joiners() -> frozenset[str]:
    """"pada": joins a unit's office to its parent body in a title, as written."""
    return _ner_list("unit_joiners", "words", lower=False)


@cache
def name_abbreviations() -> frozenset[str]:
    """Given names written short with a stop ("Moh.", "Muh."), as written."""
    return _ner_list("name_abbreviations", "words", lower=False)


@cache
def holder_relations() -> frozenset[str]:
    """Nouns of people tied to an office's holder ("istri", "ajudan"), lower case."""
    return _ner_list("holder_relations", "words")


@cache
def branch_words() -> frozenset[str]:
    """Words between a body's name and the region of its office ("Perwakilan"), as written."""
    return _ner_list("branch_words", "words", lower=False)


@cache
def apposition_blockers() -> frozenset[str]:
    """Words before a title that make the name after its comma someone else ("dengan", "kepada")."""
    return _ner_list("apposition_blockers", "words")


@cache
def apposition_attributions() -> frozenset[str]:
    """Verb-like words before a title that leave it the name's after the comma ("menurut")."""
    return _ner_list("apposition_attributions", "words")


@cache
def name_continuers() -> frozenset[str]:
    """Words that go on a Balinese caste title in a name ("Bagus" of "Ida Bagus"), as written."""
    return _ner_list("name_continuers", "words", lower=False)


@cache
def name_openers() -> frozenset[str]:
    """Words that open a Balinese name ("Putu", "Made", "Ni"), as written."""
    return _ner_list("name_openers", "words", lower=False)


@cache
def demonstratives() -> frozenset[str]:
    """"itu", "tersebut", "ini": after a title's run, a description, not a name (as written)."""
    return _ner_list("demonstratives", "words", lower=False)


@cache
def office_joiners() -> frozenset[str]:
    """Words joining two offices of one person ("sekaligus", "merangkap"), as written."""
    return _ner_list("office_joiners", "words", lower=False)


@cache
def title_from() -> frozenset[str]:
    """Words after "dari" that go on with a legislator's title ("Fraksi", "Partai"), as written."""
    return _ner_list("title_from", "words", lower=False)


@cache
def stance_prefixes() -> frozenset[str]:
    """Prefixes that make a place's name a stance ("Anti-Amerika"), lower case."""
    return _ner_list("stance_prefixes", "words")


@cache
def english_names() -> frozenset[str]:
    """Words that mark a body's name as English ("The", "of"), as written."""
    return _ner_list("english_names", "words", lower=False)


@cache
def ranks() -> frozenset[str]:
    """Police and military ranks (data/titles.toml [ranks]), as written."""
    return titles_list("ranks")


@cache
def rank_corps() -> frozenset[str]:
    """Corps written after a rank ("Kombes Pol", "Letkol Inf"; data/titles.toml [rank_corps])."""
    return titles_list("rank_corps")


@cache
def academic_prefixes() -> frozenset[str]:
    """Academic prefixes between an office and a name ("Prof.", "dr": data/titles.toml), as written."""
    return titles_list("academic_prefixes")


@cache
def title_joiners() -> frozenset[str]:
    """Words that may stand inside a title before a name ("bidang", "urusan": data/agents.toml)."""
    return frozenset(load("agents")["near_names"]["title_joiners"])


@cache
def quantifiers() -> frozenset[str]:
    """Words before a noun that make it many ("para", "seluruh": data/agents.toml)."""
    return frozenset(load("agents")["near_names"]["quantifiers"])


@cache
def title_prepositions() -> frozenset[str]:
    """Prepositions whose object a bare office is ("kepada Menkeu, …"), lower case."""
    return _ner_list("title_prepositions", "words")


@cache
def name_joiners() -> frozenset[str]:
    """Lower-case words inside bodies' and places' names ("Bank of America", "Kampung di Atas
    Awan"), as written."""
    return _ner_list("name_joiners", "words", lower=False)


@cache
def nickname_cues() -> tuple[str, ...]:
    """Phrases between a name and its nickname ("atau", "yang akrab disapa"), longest first."""
    return tuple(sorted(_ner_list("nickname_cues", "words"), key=len, reverse=True))


@cache
def name_words() -> frozenset[str]:
    """Given names that are also ordinary words (Bayu, Sri, Putri), the name gazetteer's and the
    words mostly inside names in the NER training sentences (data/name_words.txt)."""
    g = gazetteer()
    extra = load("ner")["name_words"]["words"]
    learned = data_path("name_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset({*g.first_names, *g.last_names, *(w.lower() for w in extra),
                      *(w for w in learned if w and not w.startswith("#"))})


@cache
def english_words() -> frozenset[str]:
    """English words (data/english_words.txt, from FreeDict): "Priority", "Banking" are no names."""
    lines = data_path("english_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def english(low: str) -> bool:
    """Whether a lower-case word is an English word or its plural, -ing or -ed form ("chemicals",
    "banking", "fixed"), so long as no name list knows it as a name."""
    if low in name_words():
        return False
    forms = (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else "",
             low[:-3] if low.endswith("ing") else "", low[:-2] if low.endswith("ed") else "",
             low[:-1] if low.endswith("ed") else "")
    return any(f in english_words() for f in forms if f)


@cache
def ordinary_words() -> frozenset[str]:
    """Ordinary Indonesian words (data/words.txt, from Hunspell): "Intelijen" is no name."""
    lines = data_path("words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=20_000)  # asked per candidate word; news repeats its names
def given_name_town(word: str, districts_too: bool = False) -> bool:
    """A town abroad named like an Indonesian given name ("Iskandar" in Uzbekistan, "Hatta" in
    India): every place of that name is a foreign town of under a million people, not a capital,
    and the word is a given name that is no ordinary word; or only another name of a foreign city
    ("Ade" for Aden); with `districts_too`, also a district at home ("Bambang"). The title
    grammar and the name checks read such a town as the person where a title, a rank or a verb
    of saying names one so."""
    low = word.lower()
    key = key_of(word)
    # a word is no name, unless the given names list it ("Bambang") or the actor dictionary does
    not_a_name = low not in name_words() or low in ordinary_words() and key[0] not in gazetteer().first_names
    if not_a_name and key not in known_people():
        return False
    places = gazetteer().places.get(key, [])
    return bool(places) and all(p.kind == "city" and p.country != "IDN" and (
        key_of(p.name) != key or (p.population or 0) < 1_000_000 and key not in gazetteer().seats)
        or districts_too and p.kind == "district" for p in places)


@cache
def known_people() -> frozenset[tuple[str, ...]]:
    """The actor dictionary's names and aliases (data/actors.toml), folded: names however they
    are written ("AHY", "Zulhas")."""
    return frozenset(key_of(name) for actor in load("actors")["actor"]
                     for name in [actor["name"], *actor.get("aliases", [])])
