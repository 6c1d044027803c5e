"""Models of the data names are found with: data/ner.toml, data/titles.toml,
data/organisations.toml, data/actors.toml, data/countries.toml and data/places.toml."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from warta.data_schemas.base import ISO3, SECTORS, Regex, Sector, Table, Word, WordList, Words, Year, one_of

# warta's entity types (model.Entity.type); ner/corpus.py maps corpus labels onto them
ENTITY_TYPES = ("PERSON", "ORG", "PLACE", "EVENT")
EntityType = Annotated[str, AfterValidator(one_of(*ENTITY_TYPES))]


class VehiclePlates(Table):
    """ner.toml [vehicle_plates]: a plate's pattern and the words of vehicles that cue it."""

    pattern: Regex
    cues: Words
    cue_words: Annotated[int, Field(ge=1)]


class Factions(Table):
    """ner.toml [factions]: the head of a party's faction and the houses that make it one body."""

    heads: Words
    houses: Words


class InstitutionHeads(Table):
    """[institution_heads]: word_lists.py reads ["ORG"] and ["PLACE"], the kinds of span
    stages/institutions.py makes."""

    ORG: Words
    PLACE: Words


class ActsAfterName(Table):
    """data/ner.toml [acts_after_name]: adverbs and verb prefixes after a sentence-opening name."""

    words: Words
    prefixes: Words


class LevyAcronyms(Table):
    """[levy_acronyms]: acronyms that also name a tax, and the words before them that say so."""

    acronyms: Words
    cues: Words


class StreetHeads(WordList):
    """[street_heads]: heads of a street's or landmark's name, and the words of its kind that may
    stand before its namesake ("Bandara Internasional Sam Ratulangi")."""

    qualifiers: Words


class HospitalHeads(WordList):
    """[hospital_heads]: heads of a hospital's name, and the words of its kind that may stand
    before its namesake ("Rumah Sakit Umum Daerah dr. Zainoel Abidin")."""

    qualifiers: Words


class NerFile(Table):
    """data/ner.toml: corpus labels mapped to entity types, and the word lists of the entity
    stages (each read by its table name)."""

    types: dict[Word, EntityType]
    organisation_words: WordList
    not_names: WordList
    foreign_bodies: WordList
    branch_words: WordList  # stages/branch_names.py: "Ombudsman RI Perwakilan Sumatera Barat"
    holder_relations: WordList  # stages/initialled_titles.py: "istri Bupati … berinisial FH" is the wife
    name_abbreviations: WordList  # stages/name_shape.py: "Moh. Faisol Anwar"
    client_titles: WordList  # stages/span_merge.py: "Kuasa hukum Darto, Rony …": Darto a person
    client_only_titles: WordList  # stages/countries.py: "kuasa hukum Rizal, Yusuf …": a client, no country
    regional_titles: WordList  # stages/span_merge.py: "Bupati Lembah Hijau, Arif Santosa"
    place_named_heads: WordList  # stages/titled.py: "Universitas Lampung" in a title is the body's name
    member_words: WordList  # stages/institutions.py: those a body gathers, after its head
    kinds: WordList  # stages/entities.py: kinds of bodies and papers, never an entity alone
    name_words: WordList
    institution_heads: InstitutionHeads
    place_qualifiers: WordList
    name_particles: WordList
    initials_cues: WordList
    initials_cue_phrases: WordList  # stages/initials.py: "atas nama ARF", read by the pattern only
    initials_after: WordList  # stages/institutions.py: "berinisial RS dan MN": initials, no hospital
    initials_listing: WordList  # stages/initials.py: "pelaku adalah DS, ARH dan MA"
    birth_order_names: WordList  # stages/particle_names.py: "I Made Satria" is a person
    initials_groups: WordList  # stages/initials.py: "lima orang lainnya yakni AP, AM, dan MR"
    initials_alone: WordList  # stages/initials.py: one set of initials after a suspect's noun
    initials_verbs: WordList  # stages/initials.py: initials a verb of arrest takes as its object
    vehicle_plates: VehiclePlates  # stages/name_checks.py: "BL 8812 XR", a plate, no body
    secured_things: WordList  # stages/initials.py: "mengamankan HP": a phone, no one's initials
    initials_bodies: WordList  # stages/initials.py: "tiga konfederasi, yakni KSPI, KSPSI, dan KASBI"
    not_initials: WordList  # stages/initials.py: "Korban adalah IRT" names no one
    numbered_words: WordList  # stages/aged_names.py: "Ayat (1)" is no one aged one
    legal_forms: WordList  # stages/body_words.py: "PT Pertamina (Persero)" written whole
    ranks_not_cues: WordList  # stages/initials.py: "Kapten PSG" is a captain's club
    person_cues: WordList
    honorifics: WordList
    degrees: WordList
    company_heads: WordList
    company_closers: WordList  # stages/titled.py: "… (Persero) Tbk Sunarso": a name after it
    title_after: WordList
    district_titles: WordList
    affairs_words: WordList
    law_heads: WordList
    numbered_heads: NumberedHeads
    english_names: WordList
    english_heads: WordList  # stages/name_checks.py: a run of English words naming a body
    stance_prefixes: WordList
    acts_after_name: ActsAfterName  # stages/entities.py: a word-name opening a sentence acts
    title_from: WordList
    head_titles: WordList  # stages/countries.py: no home country for a head of state
    home_heads: WordList  # stages/countries.py: "Presiden Budi Santoso" in a story told from home
    other_country_after: WordList  # stages/countries.py: "Duta Besar Indonesia untuk Jepang"
    internal_units: WordList  # stages/body_words.py: "Departemen Komunikasi Bank Indonesia" is the bank
    origin_words: WordList  # stages/countries.py, event_agents.py: "investor asal Uni Emirat Arab, …"
    premises: WordList  # stages/institutions.py: "Kantor Kementerian Sosial"
    institution_stops: WordList  # stages/institutions.py: "… Fraksi PDI Perjuangan", "RT", "No"
    alias_connectors: WordList  # stages/name_checks.py: lower-case words inside a bracketed short form's name
    qualifier_joiners: WordList  # stages/titled.py: joins a title's qualifier
    title_coordinators: WordList  # stages/titled.py: a title after them is another person's
    office_joiners: WordList  # stages/titled.py: two offices of one person ("sekaligus")
    demonstratives: WordList  # stages/titled.py: "Pengemudi Pajero itu" is a description
    area_kinds: WordList  # stages/entities.py: "Kabupaten Karawang" is the place "Karawang"
    compass_points: WordList  # stages/entities.py: "Provinsi Timur" (Saudi's) is no district "Timur"
    hospital_heads: HospitalHeads  # stages/titled.py: "RSUD dr Soetomo" names a hospital
    street_heads: StreetHeads  # stages/titled.py: "Jalan Kapten P Tendean" names a street
    apposition_blockers: WordList  # stages/entities.py: "rapat dengan juru bicara …, Sunoto"
    apposition_attributions: WordList  # stages/entities.py: "menurut juru bicara …, Sunoto, …"
    title_run_joiners: WordList  # stages/office_runs.py: "Wakil Ketua MPR dari Fraksi PAN, Eddy Soeparno"
    field_stops: WordList  # stages/titled.py: function words end a lower-case office's field
    unspelled_areas: WordList  # stages/entity_groups.py: "… Kabupaten Garut" is "BPBD Garut"
    short_heads: dict[Word, str]  # stages/entity_groups.py: "Kejati Sumbar" spelled out
    unit_heads: WordList  # stages/entity_groups.py: "Rutan Polda Jatim" is not "Polda Jatim"
    unit_parents: WordList  # stages/institutions.py: "Ditreskrimsus (…) Polda Jawa Timur" goes on
    factions: Factions  # stages/institutions.py: "Fraksi PKS DPRD Jawa Barat", one body
    campus_parents: WordList  # stages/institutions.py: "(BEM) Universitas Cenderawasih" goes on
    fieldless_heads: WordList  # stages/institutions.py: "Direktorat Jenderal (Ditjen) Imigrasi" goes on
    party_organs: WordList  # stages/party_organs.py: "Fraksi Partai Gerindra" is the party
    levy_acronyms: LevyAcronyms  # stages/body_words.py: "kenaikan PBB" is a tax, not the UN
    home_nouns: WordList  # stages/entities.py: "kediaman Megawati Soekarnoputri" names the person
    list_joiners: WordList  # stages/name_checks.py: "…, hingga …" in a list of names
    title_prepositions: WordList  # stages/titled.py: a bare office after them is their object
    nickname_cues: WordList  # stages/name_checks.py: the name after them is the same person's
    name_joiners: WordList  # stages/name_checks.py: lower-case words inside bodies' names
    event_heads: WordList  # stages/named_events.py: head words of events named with their year
    event_openers: WordList  # stages/named_events.py: heads that name an event by what follows them
    event_opener_stops: WordList  # stages/named_events.py: "Konferensi Pers" names no event
    country_after: WordList  # stages/titled.py: a country after a name and before one of them is its own
    product_nouns: WordList  # stages/name_checks.py: a name after one is a product
    unit_joiners: WordList  # stages/titled.py: "Kabid … pada Puspenkum Kejagung"
    place_joiners: WordList  # stages/titled.py: "Duta Besar China untuk Indonesia Wang Lutong"
    name_continuers: WordList  # stages/title_words.py: "Ida Bagus …", "Anak Agung …"
    name_openers: WordList  # stages/titled.py: a Balinese name opens at them ("… Cemagi Putu …")
    opener_pairs: dict[Word, Words]  # stages/particle_names.py: "Anak" before "Agung" opens the name
    head_compounds: WordList  # stages/institutions.py: "ibu kota" opens no city's name
    office_compounds: WordList  # stages/institutions.py: "Kepala Sekolah SMP …": the school is the short form's
    school_kinds: WordList  # stages/institutions.py: "Kepala Sekolah Tinggi …" opens the school there


# gazetteer.py reads "ANY" as a title of no sector, "ROLE" as a party's standing in a case
TitleSector = Annotated[str, AfterValidator(one_of(*SECTORS, "ANY", "ROLE"))]


class TitlesFile(Table):
    """data/titles.toml: titles by CAMEO sector."""

    titles: dict[TitleSector, Words]
    ranks: WordList
    rank_corps: WordList  # stages/titled.py: "Kombes Pol": the corps is the rank's
    deputy_prefixes: WordList  # stages/titled.py: "Wakil Dekan": the deputy's office
    name_titles: WordList  # stages/title_words.py: "Ketua DPD RI Sultan …": a given name after an office
    settlement_heads: WordList  # stages/title_words.py: "Kepala Desa Cikarang Sari Mulya, Asep …"
    name_nobles: WordList  # stages/titled.py: "Kepala Desa Daeng Agus Salim" names no village "Daeng"
    village_heads: WordList  # stages/titled.py: "Kades Oelpuah Simon Tefa": the village, then the holder
    lettered_bodies: WordList  # stages/titled.py: "Komisi E Sri Wahyuningsih": E is the commission's
    field_openers: WordList  # stages/title_words.py: "… Bidang Pangan Zulkifli Hasan": the field's word
    acting_prefixes: WordList  # stages/titled.py: "Pj Bupati Garut": one acting office
    academic_prefixes: WordList  # stages/titled.py: an office runs on over them to the name
    office_tails: WordList  # stages/title_words.py: "Bupati … saat itu, Sukarmis": dropped before the name
    whole_offices: WordList  # stages/title_words.py: "Mendag Tom Lembong": the holder's name follows
    abbreviations: dict[Word, Word]  # stages/titled.py: "Menaker" is "Menteri Ketenagakerjaan"


class Organisation(Table):
    """An [organisations] entry (gazetteer.py: aliases, country and sector, each with .get)."""

    aliases: Words = []
    country: ISO3 | None = None
    sector: Sector | None = None


class OrganisationsFile(Table):
    """data/organisations.toml."""

    organisations: dict[Word, Organisation]
    sector_words: dict[Sector, Words]


class Role(Table):
    """A title an actor held, from one year to another (to: still in office when absent)."""

    title: Word
    from_: Year = Field(alias="from")
    to: Year | None = None

    @model_validator(mode="after")
    def _in_order(self) -> Role:
        """A term that ends before it begins is a typo in a year."""
        if self.to is not None and self.to < self.from_:
            raise PydanticCustomError("years", "a term cannot end ({to}) before it begins ({start})",
                                      {"to": self.to, "start": self.from_})
        return self


class Actor(Table):
    """An [[actor]] entry (stages/entities.py: name, aliases, country, roles)."""

    name: Word
    aliases: Words = []
    country: ISO3 | None = None
    roles: list[Role] = []


class ActorsFile(Table):
    """data/actors.toml."""

    actor: list[Actor]


class CountriesFile(Table):
    """data/countries.toml: press forms of country names by ISO3 code, and seats of government."""

    aliases: dict[ISO3, Words]
    seats: dict[Word, ISO3]
    demonyms: dict[ISO3, Words]  # "Indonesian" inside a body's English name


class Area(Table):
    """An [areas] entry (gazetteer.py: aliases and country, with .get)."""

    aliases: Words = []
    country: ISO3 | None = None


class City(Table):
    """An [indonesian_cities] entry."""

    population: Annotated[int, Field(ge=0)] = 0


class NumberedHeads(Table):
    """[numbered_heads]: heads numbered after them, and the standings a number may follow."""

    words: Words
    standings: Words
    units: Words  # stages/institutions.py: "Korem 061 membantu …": the number alone ends the name


class PlacesFile(Table):
    """data/places.toml (gazetteer.py reads [areas] by index, the others with .get)."""

    areas: dict[Word, Area]
    indonesian_cities: dict[Word, City] = {}
    province_short_forms: dict[Word, Words] = {}
    regency_short_forms: dict[Word, Words] = {}
