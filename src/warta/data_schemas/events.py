"""Models of the events stage's data: data/events.toml, data/events_codebook.toml (triggers),
data/agents.toml (unnamed actors) and data/contexts.toml (PLOVER contexts)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from warta.data_schemas.base import ISO3, CameoCode, CameoRoot, Sector, Table, Words, matching, one_of
from warta.data_schemas.entities import EntityType

# stages/event_frames.py `roles` and stages/events.py compare a trigger's frame with these
# names; any other falls through to "directed" without a word
FRAMES = ("directed", "meet", "visit", "give", "receive", "between", "thank")
Frame = Annotated[str, AfterValidator(one_of(*FRAMES))]


class Trigger(Table):
    """One [[trigger]] entry (stages/event_triggers.py reads each key with entry.get or entry[…])."""

    words: Words = []
    roots: Words = []
    except_: Words = Field([], alias="except")
    needs: Words = []
    # words before or after the trigger within which a needed word must stand (default 10 / 8)
    needs_within: Annotated[int, Field(ge=1, le=10)] | None = None
    needs_object: bool = False  # stages/event_triggers.py: the needed word is the verb's object
    # stages/event_checks.py: a needed word stands right after "sebagai"/"menjadi" after the object
    needs_as_object: bool = False
    not_next: Words = []
    not_after: Words = []
    not_after_target: Words = []  # stages/events.py: "merekomendasikan X sebagai …" asks X nothing
    not_before: Words = []  # stages/event_triggers.py: words shortly before that make it no act
    cameo: CameoCode
    intent_cameo: CameoCode | None = None
    civil_cameo: CameoCode | None = None  # the code when no state body or official acts
    by_law: bool = False  # only police, prosecutors, courts or KPK do it
    sectors: list[Sector] = []  # stages/events.py: only actors of these sectors do it
    not_sectors: list[Sector] = []  # stages/events.py: actors of these sectors never do it
    sector_cameo: dict[Sector, CameoCode] = {}  # stages/events.py: the code when an actor of that sector acts
    verbal_cameo: CameoCode | None = None  # the code when both sides are in politics (stages/events.py)
    frame: Frame
    # "passive" makes a trigger passive whatever its form; "active" keeps a di- form active (a noun
    # phrase's verb whose agents are listed after it: "Rapat itu dihadiri oleh A dan B")
    voice: Annotated[str, AfterValidator(one_of("passive", "active"))] | None = None
    reach: Annotated[int, Field(ge=1, le=8)] | None = None
    open_target: bool = False
    # the one acted on must be an entity of this type, right after the trigger
    target: EntityType | None = None
    source: str | None = None  # provenance, read by the tests only (events_codebook.toml)

    @model_validator(mode="after")
    def _matches_something(self) -> Trigger:
        """An entry with neither words nor roots would never fire."""
        if not self.words and not self.roots:
            raise PydanticCustomError("no_words", "a trigger needs `words` or `roots`")
        return self


class Flags(Table):
    """[flags]: word lists the events stage reads by name (lexicon().flags["…"])."""

    negation: Words
    intent: Words
    plan: Words
    hypothesis: Words
    wishes: Words
    powers: Words
    power_holders: Words  # stages/event_triggers.py: "Pihak berwenang menangkap …" acts
    clause_joiners: Words
    giving_passives: Words  # stages/event_frames.py: "atas beasiswa yang diberikan X" thanks X
    sequence_joiners: Words  # stages/event_frames.py: ", lalu menggeledah …" is the previous verb's doer's
    own_accounts: Words
    conditionals: Words  # stages/event_triggers.py: "Kalau ini jadi, kita memberikan …" is hypothetical
    initials_words: Words  # stages/event_actors.py, event_frames.py: "tersangka berinisial AS" is AS
    agreement_nouns: Words  # stages/event_frames.py: a passive signing of an agreement, not of a petition
    people_tails: Words  # stages/event_frames.py: "pegawai pajak yang dipecat oleh …"
    initials_stops: Words  # stages/event_agents.py, event_frames.py: "pelaku … terhadap seorang pelajar berinisial FA"
    topic_words: Words  # stages/event_triggers.py: "Kalau untuk kasus ini, …" is a topic, no condition
    done_words: Words  # stages/event_triggers.py: "…, kami sudah menahan …" is done, whatever the condition
    not_passives: Words  # stages/event_triggers.py: ter- words that are no verbs ("tersebut", "terhadap")
    description_stops: Words  # stages/event_agents.py: what ends a suspect's description
    crowds: Words  # stages/events.py: "Warga … Mereka menuntut": "mereka" is the crowd
    refused_requests: Words  # stages/event_replies.py: "menolak permintaan Australia": Australia asked
    body_members: Words  # stages/events.py: "dua oknum anggota TNI … diamankan": people of the body
    member_markers: Words  # stages/event_frames.py: "tujuh orang, termasuk Bupati …" names members
    list_followers: Words  # stages/event_lists.py: when or where after a closed list of names
    phrase_openers: Words  # stages/event_subjects.py: a body inside a verb's object ("dalam proyek Dinas …")
    object_markers: Words  # stages/events.py: "pentingnya pengawasan terhadap SPPG" asks no SPPG
    backgrounded: Words
    object_movers: Words  # stages/event_subjects.py: "menerima Kishida setelah berkunjung …": Kishida goes
    sequence_subordinators: Words  # stages/event_frames.py: "… sebelum bertolak ke Paris" is the subject's journey
    result_nouns: Words  # stages/events.py: "dari hasil penggeledahan …" tells no new search
    meeting_settings: Words
    said_at: Words
    said_passives: Words  # stages/event_implied.py: "disampaikan dalam rapat …" is the subject's meeting
    attributions: Words  # stages/event_frames.py: "Kata Hendra, …" names no subject of the clause
    citations: Words  # stages/event_frames.py: "Mengutip dari X, Y, …": Y is the source cited
    decision_nouns: Words  # stages/event_frames.py: "keputusan dari PSSI untuk …": PSSI acts
    obligations: Words
    verbal_obligations: Words  # stages/event_obligations.py: "perlu" obliges only before a verb
    fronted_obligations: Words  # stages/event_obligations.py: "sudah saatnya X …"
    not_subject_after: Words
    adverbs: Words
    phrase_closers: Words
    fates: Words
    copulas: Words
    interview_verbs: Words
    attempts: Words
    attempted_done: Words
    offences: Words  # stages/event_frames.py: no subject carried after "setelah" to violence
    money_words: Words
    merged_types: Words
    causes: Words
    purpose: Words
    clause_breaks: Words
    spoken_agents: Words  # stages/event_triggers.py: "Tersangka SH kami tahan" is held by us
    membership: Words  # stages/event_frames.py: "mahasiswa yang tergabung dalam BEM SI" act as BEM SI
    member_words: Words  # stages/event_frames.py: "oknum anggota Satpol PP" is the body
    place_nouns: Words
    near_nouns: Words  # stages/event_places.py: "di depan gedung DPRD" is near it, where; "di kantor X" is X's
    road_nouns: Words  # stages/event_places.py: "ruas jalan Sentani-Genyem" names a road, no actor
    venue_owners: Words  # stages/event_places.py: CAMEO roots that reach a venue's body
    aimed_at_venues: Words  # stages/event_places.py: CAMEO roots aimed at the building they stand before
    told_again: Words  # stages/events.py: "Penangkapan itu …" names an act told before
    predicate_nouns: Words  # stages/event_triggers.py said_of_subject: "Dadang keberatan dengan …" objects
    companions: Words  # stages/event_frames.py: "didampingi anaknya", "bersama anaknya": no subject
    intermediaries: Words  # stages/event_frames.py: "X melalui kuasa hukumnya …": X acts
    alleging: Words  # stages/event_checks.py alleged: "menuduh X menembakkan …": no attack told as done
    aspect_adverbs: Words  # stages/event_lists.py: "… dan BUMD Riau telah melakukan": a clause's subject
    answered_claims: Words  # stages/event_replies.py: "membantah tudingan tersebut" answers the accuser
    answered_codes: Words  # stages/event_replies.py: the CAMEO codes of accusations a denial answers
    group_recalls: Words  # stages/event_replies.py: "Mereka adalah DS, AM …" names a group's members
    light_verbs: Words
    guarded_acts: list[CameoRoot]
    condemned_attacks: list[CameoRoot]  # stages/event_checks.py: "mengecam serangan udara Israel terhadap …"
    attack_kinds: Words
    attack_not_done: Words
    event_heads: Words
    guarding_verbs: Words
    implied_agent: list[CameoRoot]
    court_acts: list[CameoRoot]  # stages/events.py: implied agents that are an unnamed court
    requests: list[CameoRoot]
    protests: list[CameoRoot]  # stages/event_frames.py: "unjuk rasa Aliansi X …": X protests
    deployments: list[CameoRoot]  # stages/event_frames.py: "menurunkan 60 personel": no target
    documents: Words  # stages/event_frames.py: "mengesahkan resolusi yang mengecam …": its author
    authoring_verbs: Words
    people_acted_on: list[CameoRoot]
    crowds_met_as_bodies: list[CameoRoot]  # stages/events.py: "menemui ratusan mahasiswa dari Aliansi …"
    judged_acts: list[CameoRoot]
    possessor_acted_on: list[CameoRoot]  # stages/event_triggers.py: "mengabulkan gugatannya"
    acted_on_acts: list[CameoRoot]
    implied_state: list[CameoRoot]
    aims: Words
    aim_adverbs: Words
    aims_only: list[CameoRoot]
    continuing: Words  # stages/event_checks.py: "akan terus mendukung" states a stance now
    stance_roots: Words
    decisions: Words
    victims: Words
    victims_acts: list[CameoRoot]
    law_sectors: list[Sector]
    law_agents: Words  # stages/events.py: "diperiksa penyidik": the story's police or prosecutors
    # prepositions marking an actor's part (stages/event_frames.py, stages/events.py)
    agent_markers: Words
    clause_openers: Words  # stages/event_frames.py: "…, sementara Polres …": a gift's receiver stops there
    suspicion_nouns: Words  # stages/event_frames.py: "melaporkan dugaan … yang dilakukan tim paslon"
    suspect_markers: Words  # … "oleh", "dilakukan" after "yang"
    not_suspects: Words  # … "dugaan pelaku": a suspect, no act
    not_doers: Words  # … "oleh karena itu", "dilakukan di …": no doer named
    suspect_adverbs: Words  # … "yang telah dilakukan oleh …"
    partner_markers: Words
    complementisers: Words  # stages/event_checks.py: "… bahwa … untuk membongkar" tells, asks nothing
    adjective_verbs: Words  # stages/event_checks.py: "kebutuhan yang mendesak" urges no one
    adjective_nouns: Words  # stages/event_checks.py: "kebutuhan mendesak": the noun qualified
    adjective_words: Words  # stages/event_checks.py: "hal yang mendesak", "penting dan mendesak"
    party_object_verbs: Words  # stages/event_frames.py: "menemui Kementerian Keuangan" meets the ministry
    thanked_for: Words
    giver_markers: Words
    receiver_markers: Words
    attacked_markers: Words
    place_markers: Words
    extent_markers: Words
    list_joiners: Words
    range_openers: Words
    owner_markers: Words
    taken_from_markers: Words
    law_takes: list[CameoRoot]
    placed_forces: list[CameoRoot]  # stages/events.py: a home place forces go to is no target
    political_sectors: list[Sector]  # stages/events.py: "menyerang" between them is words
    light_passives: Words
    described_after: Words
    team_words: Words  # stages/event_frames.py: "diselidiki tim Ditreskrimum …"
    crowd_words: Words  # stages/event_subjects.py: "Ratusan massa dari Aliansi …": the alliance
    kin_words: Words  # stages/event_lists.py: "… dan istrinya, Margaretha Lusi, …" is listed
    object_joiners: Words
    verb_prefixes: Words  # stages/event_triggers.py: a verb form, not a noun


class Evaluations(Table):
    """[evaluations], read by name in stages/event_evaluations.py."""

    verbs: Words
    saying_verbs: Words
    said_objects: Words
    objects: Words
    positive: Words
    negative: Words
    negators: Words
    not_evaluative: Words
    calls: Words
    questions: Words
    places: Words
    openers: Words
    state_sectors: list[Sector]  # unnamed bodies of state judged by how they work
    judged_agents: Words  # unnamed managements judged by how they run a body ("direksi lalai")


class Denials(Table):
    """[denials], read by name in stages/event_evaluations.py."""

    asserting: Words
    false_claims: Words
    not_true: Words
    claims: Words
    self_denials: Words
    changes: Words
    refusals: Words
    resolves: Words
    refusers: Words
    accusation_nouns: Words  # stages/event_evaluations.py: "membantah tudingan ICW bahwa …"
    denying_verbs: Words


class EventsFile(Table):
    """data/events.toml."""

    trigger: list[Trigger]
    flags: Flags
    evaluations: Evaluations
    denials: Denials
    give_kinds: dict[CameoCode, Words]  # what is given → the code it makes of a `give` trigger


class EventsCodebookFile(Table):
    """data/events_codebook.toml: triggers in the same form, and the codes no trigger reaches
    with the reason (read by the tests, not by the stage)."""

    trigger: list[Trigger] = []
    unreachable: dict[CameoCode, str] = {}


# ---- agents.toml -------------------------------------------------------------------------------

class Pronouns(Table):
    """[pronouns], read by name in stages/event_actors.py."""

    person: Words
    person_phrases: Words  # "yang bersangkutan": two words for the person last named
    speaker: Words
    speaker_subject: Words
    plural_speaker: Words
    plural: Words
    side: Words  # "pihaknya": the body or official named last
    pair: Words
    pair_countries: Words
    pair_people: Words
    openers: Words


class NearNames(Table):
    """[near_names], read by name in stages/event_actors.py."""

    quantifiers: Words
    numbers: Words
    title_joiners: Words
    title_before: Words
    former: Words
    for_the_body: Words
    bodies: Words
    possessed: Words
    kin_owners: Words  # stages/event_agents.py: "istri korban": a kin word that is someone's
    kin_compounds: Words  # stages/event_agents.py: "anak muda", "ibu kota": no kin after a passive
    foreign_compounds: Words  # stages/event_agents.py: "mitra dagang": partners abroad, no actor at home
    local: Words  # stages/event_agents.py: "polisi setempat": of the place the story is at
    locatives: Words  # stages/event_agents.py: "di Phnom Penh": where the story is, not whose
    qualified_only: Words  # stages/event_agents.py: "otoritas" acts only as "otoritas Malaysia/setempat"


class Epithets(Table):
    """[epithets], read by name in stages/event_actors.py."""

    heads: Words
    demonstratives: Words
    bodies: Words  # "Lembaga itu": the body named last
    named_heads: Words  # "Komisi itu": the last body whose name opens so
    object_heads: Words  # "meminta dinas tersebut …": heads read in an object's place too
    object_cues: Words  # words that address such a head, as a verb before it would
    between: Words


class AgentsFile(Table):
    """data/agents.toml: agent words by CAMEO sector."""

    agents: dict[Sector, Words]
    acted_on: dict[Sector, Words]
    counted: dict[Sector, Words]
    nationals: dict[Sector, dict[ISO3, Words]]
    kin: dict[Sector, Words]  # stages/event_agents.py: actors only as someone's ("tetangganya")
    pronouns: Pronouns
    near_names: NearNames
    epithets: Epithets


# PLOVER/POLECAT context names are lower-case words joined by "_" ("human_rights")
ContextName = Annotated[str, AfterValidator(matching(r"[a-z]+(?:_[a-z]+)*", "a PLOVER context name"))]


class ContextsFile(Table):
    """data/contexts.toml: cue words by PLOVER context."""

    cues: dict[ContextName, Words]
