"""Events: who did what to whom, when and where, coded in CAMEO and PLOVER.

Per sentence, triggers from data/events.toml (matched by root, so mengecam, dikecam and kecaman
are one entry) are tied to actors — the entities of the sentence — by the trigger's frame: the
subject before it, the object after it, "dengan", "antara … dan", "kepada", the place of a
visit. Passive forms swap the roles. The date is the time expression nearest the trigger in its
sentence, else the article's date; the place is a place after "di". An event told twice (teaser
and first paragraph, or two paragraphs) is one event with all its mentions.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from warta.model import ActorRef, Document, Entity, Event, Sentence, Span, TimeExpr
from warta.ontology import SYMMETRIC, code
from warta.stages.agent_words import country_names
from warta.stages.event_actors import (
    AGENT,
    Actor,
    Story,
    actors_in,
    acts,
    story_of,
    unnamed,
)
from warta.stages.event_agents import agent_right_after
from warta.stages.event_checks import (
    adjective_use,
    after_dan,
    alleged,
    an_aim,
    attacker_named,
    cause_described,
    holder_after,
    in_relative_clause,
    inside_name,
    light_verb_before,
    may_do,
    needs_met,
    object_of_verb,
    open_target,
    quoted_phrases,
    same_clause,
    stance_pledged,
)
from warta.stages.event_contexts import contexts_of
from warta.stages.event_evaluations import ACCUSATION, denials, evaluations, reported_accusations
from warta.stages.event_frames import (
    actor_after,
    right_before,
    roles,
    speaker_after_quote,
    subject_of,
    visitor_after,
)
from warta.stages.event_groups import group_acted_on, group_acting, group_opening, group_told
from warta.stages.event_implied import (
    enclitic_pairs,
    force_deployed,
    giver_named,
    held_by,
    implied_agent,
    law_at,
    noun_roles,
    quote_opener,
    speaker_at,
    taken_by_law,
)
from warta.stages.event_lists import members_named, named_in_apposition
from warta.stages.event_merge import merge_repeats
from warta.stages.event_obligations import obligations, obliging_verb_at
from warta.stages.event_replies import answer_accusers, members_of_groups, requests_refused
from warta.stages.event_subjects import as_their_body
from warta.stages.event_triggers import (
    Trigger,
    coded_under,
    find_triggers,
    flags_before,
    lexicon,
    nominal,
    noun_form,
    passive_form,
    said_of_subject,
    verb_form,
)
from warta.stages.tokens import Token, sentence_spans, sentence_tokens

CALENDAR_VALUE = re.compile(r"^\d{4}(-\d{2})?(-\d{2})?")


class Events:
    """Fills ``doc.events``."""

    name = "events"
    reads = ("sentences", "entities", "times", "quotes", "article.published", "article.language")
    writes = ("events",)

    def __call__(self, doc: Document) -> Document:
        events: list[Event] = []
        # unnamed actors take the story's country; an unnamed target only where it is surely home's
        story = story_of(doc, law_enforcer(doc))
        by_id = {e.id: e for e in doc.entities}
        for sentence, tokens, spans in zip(doc.sentences, sentence_tokens(doc), sentence_spans(doc), strict=True):
            found = _sentence_events(doc, sentence, story, tokens, spans)
            events.extend(found)
            # "Ratusan petani mendatangi …": a counted group with no act, only if no group acted before
            opening = None if found or story.last_group else group_opening(tokens, story.home)
            story.last_group = group_acting(found, by_id) or opening or story.last_group
            story.last_side = group_acting(found, by_id, titled=True) or story.last_side
            # a group the law acted on, until another group is told of ("Sementara itu, ratusan
            # mahasiswa tetap bertahan …": a later "Mereka dibubarkan" is theirs)
            story.last_acted_on = group_acted_on(found) or (None if group_told(tokens) else story.last_acted_on)
        doc.events = merge_repeats(members_of_groups(doc, requests_refused(doc, answer_accusers(doc, events))))
        return doc


PLAN_REACH, PLAN_REACH_JOINED = 3, 7  # words before an act over which a word of plan makes it planned
PROTEST_THREAT = "133"  # CAMEO: threaten political dissent, protest


CONDITION_REACH = 6  # words after "jika" in which the condition says what is not done


def _protest_threatened(trig: Trigger, low: list[str]) -> bool:
    """Whether a planned protest or strike is held over someone under a condition of its own
    clause that something is not done ("Mereka akan kembali menggelar aksi jika tuntutan tidak
    dipenuhi", "Jika upah tidak dinaikkan, buruh akan mogok"); not a permit awaited ("bila izin
    sudah terbit") nor another clause's condition ("…, sementara polisi bersiaga jika …")."""
    if not coded_under(trig.cameo, "protests"):
        return False
    flags = lexicon().flags
    for k, word in enumerate(low):
        if word not in flags["conditionals"]:
            continue
        between = low[trig.end:k] if k > trig.end else low[k:trig.start]
        same = "," not in between if k > trig.end else "." not in between
        if same and flags["negation"] & set(low[k + 1:k + 1 + CONDITION_REACH]):
            return True
    return False


def _sentence_events(doc: Document, sentence: Sentence, story: Story, tokens: Sequence[Token],
                     spans: Sequence[tuple[int, int, str]]) -> list[Event]:
    words = [t.text for t in tokens]
    low = [w.lower() for w in words]
    quoted = quoted_phrases(low)
    # a short quoted phrase names something, it holds no actor ('mengecam "unjuk rasa Kebencian
    # Amerika"' condemns no America) and tells no act
    actors = [a for a in actors_in(doc, sentence, tokens, story, spans)
              if not any(s <= a.start and a.end <= e for s, e in quoted)]
    if not actors and not story.law:
        return []  # with the story's law, "Ada pula Vespa … yang disita" still tells its seizure
    lex = lexicon()
    out: list[Event] = []
    subjects: list[list[Actor]] = []
    law, sure = (Actor(0, 0, story.law, -1, -1) if story.law else None), story.sure
    asked_end = -1  # where the last request verb ends: what follows it is asked for, not done
    named = {i for a in actors for i in range(a.start, a.end)}
    for trig in find_triggers(words, needs_met(low, actors)):
        if any(s <= trig.start < e for s, e in quoted):
            continue
        if (not coded_under(trig.cameo, "requests") and asked_end >= 0 and trig.start - asked_end <= 6
                and not lex.flags["clause_breaks"] & set(low[asked_end:trig.start])
                and not (_meeting_held(trig, low) and not any(asked_end <= a.start < trig.start for a in actors))):
            # a meeting that sets the scene of a proposal is held ("mengusulkan pagu … dalam rapat
            # kerja dengan …"); one someone is asked to attend is not ("meminta Menkeu hadir dalam …")
            continue  # "meminta Malaysia membebaskan nelayan": the release is asked for
        if coded_under(trig.cameo, "requests") and not noun_form(low[trig.start]):
            # what follows a request's verb is asked for, whether or not the request itself is
            # coded ("akan meminta penjadwalan ulang pemeriksaan terhadap Lisa")
            asked_end = trig.end
        if (noun_form(low[trig.start]) and (any(w in lex.flags["backgrounded"] | lex.flags["result_nouns"]
                                                for w in low[max(0, trig.start - 2):trig.start])
                                            or cause_described(trig, low))
                and not light_verb_before(trig, low)):
            # "setelah (menghadiri) pembicaraan" is told elsewhere; "usai ditegur", "setelah
            # menerima audiensi LHKP", "usai melakukan pertemuan dengan …" tell what was done
            continue
        if trig.end < len(low) and low[trig.end] in trig.not_next or inside_name(trig, words, actors):
            continue
        if (noun_form(low[trig.start]) and low[trig.end:trig.end + 1] and low[trig.end] in lex.flags["told_again"]
                and not light_verb_before(trig, low) and not _told_whole(low, trig.end + 1)):
            # "Kabar penangkapan itu dibenarkan oleh …": the act told before, not a new one; but
            # "Penangkapan tersebut dilakukan oleh Polres Bogor terhadap …" tells it whole
            continue
        stance = stance_pledged(trig, low) and any(a.start == trig.end for a in actors)  # someone supported
        # (an act joined by "dan" shares the plan of the one before it: "akan menggelar aksi mogok
        # dan unjuk rasa", "akan menindak tegas serta memberikan sanksi"; not a relative clause's:
        # "massa yang hendak berdemo … dan menangkap tiga orang")
        joined = trig.start and low[trig.start - 1] in ("dan", "atau", "serta")
        first = max(0, trig.start - (PLAN_REACH_JOINED if joined else PLAN_REACH))
        window = low[first:trig.start]
        planned = {low[k] for k in range(first, trig.start) if not (joined and k and low[k - 1] == "yang")}
        planned_only = not trig.intent_cameo and lex.flags["plan"] & set(same_clause(window)) & planned
        if planned_only and not stance and _protest_threatened(trig, low) and not alleged(trig, low):
            # "akan kembali menggelar aksi … jika pemerintah tidak …": a protest held over someone
            # under a condition is a threat of it (CAMEO 133)
            trig = dataclasses.replace(trig, cameo=PROTEST_THREAT)
        elif not stance and (planned_only or alleged(trig, low)):
            # a plan is not an act done ("pembunuhan berencana, didakwa" plans nothing); an act
            # alleged is none either, even one that could be announced ("menuding X membagikan sembako")
            continue
        if not trig.intent_cameo and any(w in lex.flags["attempts"] for w in low[max(0, trig.start - 2):trig.start]):
            if trig.cameo[:2] not in lex.flags["attempted_done"]:
                continue  # "berupaya menangkap …, namun gagal": tried, not done
            if trig.cameo[:2] == "18":
                trig = dataclasses.replace(trig, cameo="180")  # an attack tried is one, whatever it aimed at
        if coded_under(trig.cameo, "aims_only") and an_aim(trig, words):
            continue  # "untuk terus mendukung Otorita IKN", "dalam mendukung program": an aim
        if trig.passive and implied_agent(trig) and in_relative_clause(trig, low) and (
                trig.end >= len(low) or low[trig.end] in lex.flags["described_after"]):
            # "Ada empat tersangka yang ditahan.", "Aset yang disita itu …": those the law acted on,
            # described; "pejabat yang ditangkap di Sultra", "yang divonis 5 tahun" tell the act
            continue
        if any(low[k] in lex.flags["obligations"] or obliging_verb_at(low, k)
               for k in range(max(0, trig.start - 3), trig.start)):
            continue  # "KPK harus segera menahan tersangka": an act demanded, not done
        negated, intent, hypothetical = flags_before(trig, low, named)
        intent = intent and not stance
        if negated or hypothetical and not (intent and trig.intent_cameo):
            # "belum berani melapor", "kemungkinan menyerang": no act done (ANNOTATION.md); an
            # awaited summit that issues "dapat" be discussed at is still an intent to meet
            continue
        if (out and noun_form(low[trig.start]) and not _meeting_held(trig, low)
                and not attacker_named(trig, actors, low)):
            continue  # "mengecam … serangan terhadap media": the noun is what is condemned
        if noun_form(low[trig.start]) and trig.start and nominal(low[trig.start - 1]) or object_of_verb(trig, low):
            continue  # "personel pengamanan unjuk rasa", "Polisi mengamankan aksi unjuk rasa": what is guarded
        speaker = speaker_after_quote(trig, actors, low)
        if speaker:
            # '"Kami mohon …," tegur Tomsi': the verb after a quotation is its speaker's act on
            # whom the quotation names last
            inside = [a for a in actors if a.end < trig.start and a.entity.id != speaker.entity.id]
            subject = [speaker]
            subjects.append(subject)
            pairs = [(speaker, inside[-1])] if inside else []
        elif opener := quote_opener(trig, tokens, story):
            # '"Terima kasih kepada Pak Rudi …," ujar Siti': the quotation's act is its speaker's
            subject = opener
            subjects.append(subject)
            pairs = roles(trig, subject, actors, low)
        elif (trig.frame == "directed" and noun_form(low[trig.start]) and not light_verb_before(trig, low)
              and not said_of_subject(trig, low)):
            subject, pairs = noun_roles(trig, actors, low, law, sure)
            subjects.append(subject)
        else:
            subject, pairs = subject_of(trig, actors, words, subjects), []
            if not subject and trig.frame == "visit" and noun_form(low[trig.start]):
                subject = visitor_after(trig, actors, low)  # "Kunjungan Wali Kota Sorong, Yance …, ke …"
            if not subject:
                subject, pairs = held_by(trig, actors, low, sure)
            if not subject:
                subject = speaker_at(doc, sentence, trig, low, story)
            subjects.append(subject)
            if not pairs:
                pairs = (enclitic_pairs(trig, subject, story, tokens) if trig.enclitic
                         else roles(trig, subject, actors, low))
        if adjective_use(trig, actors, low):
            continue  # "kebutuhan mendesak": urgent, no one urged
        if not pairs and len(subject) >= 2 and code(trig.cameo).plover in SYMMETRIC:
            pairs = [(subject[0], subject[1])]  # "kedua pihak sepakat …": the two with each other
        if (not pairs and subject and trig.passive and implied_agent(trig)
                and (right_before(subject[-1], trig, low) or after_dan(trig, low))
                and not lex.flags["intent"] & set(low[subject[-1].end:trig.start])):  # "untuk diperiksa": a purpose
            # "ketiga tersangka langsung ditahan di Lapas": the story's police or prosecutors
            # act, though the sentence does not name them
            agent = (unnamed(sure, subject[-1], "JUD") if sure else None) if coded_under(trig.cameo, "court_acts") \
                else law_at(trig, actors, low) or law or (unnamed(sure, subject[-1]) if sure else None)
            pairs = [(agent, s) for s in subject] if agent else []
        if (not pairs and sure and trig.passive and trig.frame == "give"
                and coded_under(trig.cameo, "implied_state") and not in_relative_clause(trig, low)):
            # "BLT Kesra diberikan kepada 35 juta KPM": the state gives, unnamed, to those named
            # ("bansos yang diberikan kepada KPM …" describes aid, told as a gift elsewhere)
            receiver = actor_after(trig, actors, low, lex.flags["receiver_markers"])
            giver = giver_named(trig, actors, low) or (unnamed(sure, receiver, "GOV") if receiver else None)
            pairs = [(giver, receiver)] if receiver and giver else []
        if not pairs and trig.passive and trig.open_target and sure and not trig.spoken_agent:
            # "hal itu dibantah Mia Santoso": the agent after the verb, the one refused unnamed
            agent = actor_after(trig, actors, low, lex.flags["agent_markers"]) or agent_right_after(trig, actors, low)
            pairs = ([(agent, unnamed(sure, agent))] if agent
                     else taken_by_law(trig, actors, low, law, sure) if implied_agent(trig)
                     else force_deployed(trig, actors, low, sure))
        if not pairs and sure and trig.frame == "receive" and trig.open_target:
            # "Capaian ini menuai apresiasi dari Anggota DPRD …": the giver named, the one praised
            # (whose doing it was) left unnamed
            giver = (actor_after(trig, actors, low, lex.flags["giver_markers"])
                     or actor_after(trig, actors, low, reach=trig.reach or 3))  # "menuai kecaman warganet"
            pairs = [(giver, unnamed(sure, giver))] if giver else []
        if not pairs and subject and sure and open_target(trig, subject, low):
            # "Purbaya menolak keras penggunaan APBN …": the one refused, asked or praised is
            # left unnamed, and in a story told from home it is of home
            pairs = [(s, unnamed(sure, s)) for s in subject]
        # "mengamankan tujuh orang, termasuk Bupati Muratara, Darmadi Suhendra": the group and
        # each member named
        pairs = [(s, m) for s, t in pairs
                 for m in (named_in_apposition(t, actors, low), *members_named(t, actors, low))
                 if not (m.end < len(low) and low[m.end] in trig.not_after_target)]
        if pairs and coded_under(trig.cameo, "requests") and sure:
            # "meminta Mansur dikembalikan ke sekolah": Mansur is what is asked about; the one
            # asked to act goes unnamed
            # "memerintahkan jajarannya menindak tegas pelaku": the ones asked stand before the
            # verb they are asked to do; whom that verb names is not asked, nor the object of an
            # act asked for ("pentingnya pengawasan terhadap SPPG")
            # (a call that needs the one asked named codes nothing then: "menegaskan pentingnya
            # membangun sistem kaderisasi partai politik" asks no party)
            # ("Para kepala daerah diminta Mendagri …": the passive's own subject is the one asked)
            pairs = [(s, t if trig.passive and t.end <= trig.start else unnamed(sure, s)
                      if t.end < len(low) and passive_form(low[t.end])
                      or any(verb_form(w) or w in lex.flags["object_markers"] for w in low[trig.end:t.start])
                      else t)
                     for s, t in pairs]
            pairs = [(s, t) for s, t in pairs if trig.open_target or t.entity.name]
        if trig.target_type:
            # "menerima Bupati Flores Timur …" hosts a visitor; "menerima laporan" does not
            # (or a group of people: "menerima perwakilan buruh")
            pairs = [(s, t) for s, t in pairs if t.start == trig.end and (
                t.entity.type == trig.target_type or t.entity.id.startswith(AGENT))]
        if coded_under(trig.cameo, "crowds_met_as_bodies"):  # (a crowd attacked or charged stays its people)
            pairs = [(s, as_their_body(t, actors, low)) for s, t in pairs]
        if coded_under(trig.cameo, "people_acted_on"):
            # a body is never held, but the person set off by commas after it may be ("Penahanan
            # terhadap Kepala BPKAD Kabupaten Rejang Hulu, Marzuki Alamsyah, …"); a country's crews may
            pairs = [(s, t if t.entity.type != "ORG" else holder_after(t, actors, low)) for s, t in pairs]
            pairs = [(s, t) for s, t in pairs if t is not None]
        for source, target in pairs:
            if law is not None and _officer(source) and implied_agent(trig):
                source = law  # "diperiksa penyidik": the officers of the story's police or prosecutors
            if _home_ground(source, target, trig):
                # "mengerahkan pasukan ke Kabupaten Intan Jaya": where the forces go at home, not
                # whom they face
                target = unnamed(source.entity.country, source)
            own = source.entity.id == target.entity.id or _own_country(source, target)
            if own and open_target(trig, subject) and sure:
                # "KPU membatalkan Keputusan KPU …" (its own decision), "Prabowo menepis narasi
                # Indonesia …" (about his own country): the act stands against someone unnamed
                target = unnamed(sure, source)
            if source.entity.id == target.entity.id or _own_country(source, target) or not may_do(source, trig):
                continue
            if (low[trig.start] in lex.flags["interview_verbs"] and target.entity.id.startswith(AGENT)
                    and target.entity.sector == "MED"):
                continue  # "saat berbincang dengan wartawan": how the news was gathered, no meeting
            if trig.sectors and (source.entity.sector not in trig.sectors or source.entity.type == "PERSON"
                                 and not source.entity.id.startswith(AGENT)):
                # "Rumah sakit menangani kasus …": no investigation; a named person's (a lawyer's
                # too: "Pengacara Hotman Paris menangani kasus itu") is no body's
                continue
            if source.entity.sector in trig.not_sectors:
                continue  # "Polisi memblokir jalan menuju lokasi": a road closed, no protest
            if trig.by_law and not _told_by_law(source, target, low):
                continue  # told by the law of someone it names, an accusation ("polisi menyebut korban …" is none)
            out.append(_event(doc, sentence, tokens, trig, source, target, low, (negated, intent, hypothetical)))
    asked = {(e.source.name, e.target.name) for e in out if coded_under(e.cameo, "requests")}
    def quoted_by(i: int) -> Actor | None:
        # inside a quotation the one who says someone must act is its speaker ('"Pemkot Solo
        # seharusnya melakukan efisiensi belanja," kata Suharsono')
        at = tokens[i].start
        return next((Actor(i, i, who, -1, -1) for start, end, who in story.speakers if start <= at < end), None)

    for trig, speaker, obliged in obligations(low, actors, quoted_by):
        # "Wana Alamsyah mengatakan Polda Jabar mesti menghentikan …": a demand, unless the
        # sentence already codes one between the two
        negated, intent, hypothetical = flags_before(trig, low, named)
        intent = intent and not stance
        if not negated and not hypothetical and (speaker.entity.name, obliged.entity.name) not in asked \
                and acts(speaker) and not _own_country(speaker, obliged):
            out.append(_event(doc, sentence, tokens, trig, speaker, obliged, low, (negated, intent, hypothetical)))
    # the roots each source already has in the sentence: praise and criticism count as one
    coded = {(e.source.name, "11" if e.cameo[:2] == "05" else e.cameo[:2]) for e in out}
    for trig, speaker, judged in [*evaluations(low, actors), *denials(low, actors), *reported_accusations(low, actors)]:
        # "Dede Yusuf menilai instruksi dari Prabowo mampu …": praise of the one whose act it is,
        # unless the sentence already codes the speaker's praise or criticism (or denial)
        target = judged or (unnamed(sure, speaker) if sure else None)
        root = "11" if trig.cameo[:2] == "05" else trig.cameo[:2]
        # (an accusation told inside its denial stands after the denying verb, which negates no act of the accuser's)
        if target is not None and (speaker.entity.name, root) not in coded and acts(speaker) \
                and (trig.cameo == ACCUSATION or not flags_before(trig, low, named)[0]):
            out.append(_event(doc, sentence, tokens, trig, speaker, target, low, (False, False, False)))
    return out


def law_enforcer(doc: Document) -> Entity | None:
    """The police or prosecutors the story names most (data: [flags] law_sectors)."""
    sectors = lexicon().flags["law_sectors"]
    bodies = [e for e in doc.entities if e.type == "ORG" and e.sector in sectors]
    return max(bodies, key=lambda e: len(e.mentions), default=None)


def _meeting_held(trig: Trigger, low: list[str]) -> bool:
    """A meeting noun that sets the scene of the act before it ("mengusulkan pagu … dalam dengar
    pendapat dengan Komisi XI"): a meeting of its own, not what the act is about."""
    return trig.frame == "meet" and trig.start > 0 and low[trig.start - 1] in lexicon().flags["meeting_settings"]


def _told_by_law(source: Actor, target: Actor, low: list[str]) -> bool:
    """Whether the police, prosecutors, a court or KPK tell of a person they name, not a victim or
    a witness, with money named after them ("KPK mengungkap Bupati X menerima uang …")."""
    flags = lexicon().flags
    victim = set(low[max(0, target.start - 2):target.start]) & flags["victims"]
    money = set(low[target.end:target.end + 8]) & flags["money_words"]
    return (source.entity.sector in LAW_SECTORS and target.entity.type == "PERSON"
            and not target.entity.id.startswith(AGENT) and not victim and bool(money))


def _told_whole(low: list[str], at: int) -> bool:
    """Whether a light passive and "oleh" follow at `at` ("… tersebut dilakukan oleh Polres …")."""
    return low[at:at + 1] != [] and low[at] in lexicon().flags["light_passives"] and low[at + 1:at + 2] == ["oleh"]


def _officer(actor: Actor) -> bool:
    """An unnamed officer of the law ("penyidik", "petugas"; data: [flags] law_agents)."""
    return actor.entity.id.startswith(AGENT) and (actor.entity.name or "").lower() in lexicon().flags["law_agents"]


def _home_ground(source: Actor, target: Actor, trig: Trigger) -> bool:
    """A place in the source's own country that forces are moved to (data: [flags] placed_forces)."""
    return (target.entity.type == "PLACE" and source.entity.country is not None
            and target.entity.country == source.entity.country and coded_under(trig.cameo, "placed_forces"))


def _own_country(source: Actor, target: Actor) -> bool:
    """A person or body acting on their own country is a misread ("Trump … mitra dagang AS")."""
    return (target.entity.type == "PLACE" and source.entity.type == "PERSON"
            and target.entity.country is not None and target.entity.country == source.entity.country
            and target.entity.name in country_names())


def _event(doc: Document, sentence: Sentence, tokens: Sequence[Token], trig: Trigger, source: Actor,
           target: Actor, low: list[str], flags: tuple[bool, bool, bool]) -> Event:
    # the flags the sentence loop read (a negated act never reaches here: `negated` stays in
    # the model and the store for readings of other versions)
    negated, intent, hypothetical = flags
    cameo = trig.cameo
    if trig.frame == "give" and cameo.startswith("07"):  # aid's kind; a sentence or a sanction given keeps its code
        given = set(low[trig.end:trig.end + 8]) | set(low[trig.start:trig.end])
        if trig.passive:
            given |= set(low[max(0, trig.start - 4):trig.start])  # "BLT Kesra diberikan kepada …"
        cameo = next((c for c, words in lexicon().give_kinds.items() if given & words), cameo)
    if intent and trig.intent_cameo:
        cameo = trig.intent_cameo
    cameo = dict(trig.sector_cameo).get(source.entity.sector or "", cameo)  # a legislature's summons convenes a hearing
    if trig.civil_cameo and _of_civil_society(source):
        cameo = trig.civil_cameo  # residents protesting dissent; a government protesting disapproves
    if trig.verbal_cameo and _in_politics(source) and _in_politics(target) and (
            source.entity.sector or target.entity.sector):
        # "Musk menyerang pendukungnya dari Partai Republik": words, not force; two people of no
        # known office ("Budi menyerang Andi dengan pisau") fight
        cameo = trig.verbal_cameo
    entry = code(cameo)
    start, end = tokens[trig.start].start, tokens[trig.end - 1].end
    date, basis = _date(doc, sentence, start, intent)
    place = _place(doc, tokens, low)
    confidence = 0.9 if trig.frame in ("directed", "meet", "visit") else 0.7
    if hypothetical or negated:
        confidence -= 0.2
    return Event(
        id="", type=entry.plover, mode=entry.mode, contexts=contexts_of(entry.context, low), cameo=cameo,
        score=entry.goldstein, quad_class=entry.quad_class, source=_ref(source), target=_ref(target),
        date=date, date_basis=basis, place=place, sentence=sentence.text,
        trigger=Span(start=start, end=end, text=doc.body[start:end]),
        negated=negated, intent=intent, hypothetical=hypothetical, confidence=round(confidence, 2),
        mentions=[Span(start=sentence.start, end=sentence.end, text=sentence.text)])


def _of_civil_society(actor: Actor) -> bool:
    """Whether an actor is known to be no state body or official (residents, students, workers,
    companies, NGOs), by its sector; a country or an actor of no known sector is not."""
    entity = actor.entity
    return entity.type != "PLACE" and entity.sector is not None and entity.sector not in STATE_SECTORS


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "IGO", "SPY"})
LAW_SECTORS = frozenset({"COP", "JUD"})


def _in_politics(actor: Actor) -> bool:
    """A politician, party, legislature or government, by sector (data: [flags] political_sectors);
    a named person of no known sector counts (most named in political news are in politics)."""
    entity = actor.entity
    sectors = lexicon().flags["political_sectors"]
    if entity.type == "PERSON":
        return not entity.id.startswith(AGENT) and (entity.sector is None or entity.sector in sectors)
    return entity.type == "ORG" and entity.sector in sectors


def _ref(actor: Actor) -> ActorRef:
    e = actor.entity
    told = bool(e.name) and actor.mention_start >= 0  # an implied or unnamed actor has no place in the text
    return ActorRef(entity=None if e.id.startswith(AGENT) else e.id, name=e.name or None, country=e.country,
                    sector=e.sector, start=actor.mention_start if told else None,
                    end=actor.mention_end if told else None)


def _date(doc: Document, sentence: Sentence, position: int, intent: bool = False) -> tuple[str | None, str]:
    """The calendar time expression nearest the trigger in its sentence, else the article's
    date. An act done is not dated after the article ("… demi Indonesia Emas 2045"); an
    intent may be."""
    published = (doc.article.published or "")[:10]
    times: list[TimeExpr] = [t for t in doc.times if sentence.start <= t.start < sentence.end
                             and t.type in ("DATE", "TIME") and CALENDAR_VALUE.match(t.value)
                             and (intent or not published or t.value[:len(published)] <= published)]
    if times:
        nearest = min(times, key=lambda t: abs(t.start - position))
        return CALENDAR_VALUE.match(nearest.value).group(0), f"time expression {nearest.text!r}"
    if doc.article.published:
        return doc.article.published[:10], "article date"
    return None, "none"


def _place(doc: Document, tokens: Sequence[Token], low: list[str]) -> ActorRef | None:
    """The place after "di" in the sentence, when it is an entity."""
    for i, word in enumerate(low):
        if word != "di" or i + 1 >= len(tokens):
            continue
        start = tokens[i + 1].start
        placed = doc.mentions_in(start, start + 1, ("PLACE",))
        if placed:
            entity, m = placed[0]
            return ActorRef(entity=entity.id, name=entity.name, country=entity.country, start=m.start, end=m.end)
    return None


