"""Frames: who acts on whom around a trigger — the subject before it, the object after it,
"dengan", "antara … dan", "kepada", the place of a visit; passives swap the roles.
"""

from __future__ import annotations

from collections.abc import Collection

from warta.stages.agent_words import only_its_people
from warta.stages.event_actors import AGENT, Actor, acts
from warta.stages.event_agents import agent_right_after, past_team
from warta.stages.event_lists import (
    apposed_description,
    apposition_between,
    between_pair,
    described_partner,
    named_after_description,
    quotation_ends_between,
    relative_clause_between,
    set_off_by_initials,
    with_coordinated,
)
from warta.stages.event_objects import act_noun, doer_of_object, suspect_named
from warta.stages.event_places import (
    after_subject_s_phrase,
    names_road,
    place_phrase_goes_on,
    places_listed,
    reached,
    seat_of_body,
    venue,
    where,
)
from warta.stages.event_subjects import (
    addressed,
    attributed,
    companion,
    decision_holder,
    group_s_body,
    main_clause_subject,
    named_person_between,
    settle_spoken_voice,
    subject_of_verb_before,
)
from warta.stages.event_triggers import (
    Trigger,
    coded_under,
    lexicon,
    noun_form,
    passive_form,
    verb_form,
    verb_prefixes,
)

QUOTE_MARKS = {'"', "”", "“", "'"}


def speaker_after_quote(trig: Trigger, actors: list[Actor], low: list[str]) -> Actor | None:
    """The speaker named right after a verb that follows a closing quotation mark."""
    before = low[max(0, trig.start - 2):trig.start]
    if not before or before[-1] not in QUOTE_MARKS and not (before[-1] == "," and before[0] in QUOTE_MARKS):
        return None
    if trig.start == 1:
        return None  # the mark opens the sentence's quotation ('"Mohon Kapolri …'): nothing closed yet
    return next((a for a in actors if trig.end <= a.start <= trig.end + 1), None)


def subject_of(trig: Trigger, actors: list[Actor], words: list[str], previous: list[list[Actor]]) -> list[Actor]:
    """The actors before the trigger doing it: the nearest, with any coordinated with it
    ("Park Jin dan … Antony Blinken"); after "dan" + verb, the previous verb's subject."""
    lex = lexicon()
    low = [w.lower() for w in words]
    settle_spoken_voice(trig, actors, low)
    protester = _protester_after(trig, actors, low)
    if protester is not None:
        return [protester]
    j = trig.start - 1
    while j >= 0 and low[j] in lex.flags["adverbs"] | lex.flags["negation"]:
        j -= 1
    if j >= 0 and low[j] in lexicon().flags["purpose"] and not trig.passive:
        holder = decision_holder(actors, low, j)
        if holder:
            return holder  # "keputusan dari PSSI untuk memberhentikan pelatih": PSSI dismisses
        if previous and previous[-1]:
            return previous[-1]  # "Kemlu memanggil Dubes Malaysia untuk meminta klarifikasi": Kemlu asks
    while j >= 0 and low[j] in lex.flags["adverbs"] | lex.flags["intent"] | lex.flags["negation"]:
        j -= 1
    # "Blinken menelepon Yoon dan bertemu dengan Cho"; "Menlu Retno mengunjungi Kantor PBB di Jenewa
    # sebelum bertolak ke Paris", "memeriksa 27 saksi sebelum menetapkan kedua terdakwa sebagai
    # tersangka": a verb with no subject of its own after "sebelum", "setelah" is the main clause's
    # subject's, unless the one received, held or questioned stands between ("menerima PM Jepang
    # Fumio Kishida setelah berkunjung ke Malaysia": Kishida came) or the act is violence, as often
    # the object's offence ("menangkap dua pemuda setelah menganiaya seorang pedagang"); not after
    # "saat", "ketika", whose clause is as often the object's ("menggedor kantor DPRD ketika sedang
    # menggelar rapat")
    carries = j >= 0 and (low[j] == "dan" or low[j] in lex.flags["sequence_subordinators"]
                          and not trig.passive and verb_form(low[trig.start])
                          and not coded_under(trig.cameo, "offences")
                          and not named_person_between(previous, actors, low, j))
    if carries and previous and previous[-1]:
        return previous[-1]
    skipped = low[j + 1:trig.start]
    if previous and previous[-1] and set(skipped) & lex.flags["sequence_joiners"] and low[j] != "yang" \
            and not any(a.end == j + 1 and a.start and low[a.start - 1] in ("dan", "serta", ",") for a in actors):
        # "Polres … menangkap YT di Labuan Bajo(,) lalu menggeledah rumahnya"; not "Budi yang kemudian
        # menyerang …" nor "dan Polri lalu mengerahkan …", whose subjects are their own
        return previous[-1]
    if (trig.passive and j >= 0 and low[j] in lex.flags["backgrounded"] and previous and previous[-1]
            and previous[-1][-1].end < len(low) and passive_form(low[previous[-1][-1].end])):
        return previous[-1]  # "Hendra ditahan oleh KPK setelah diperiksa oleh penyidik": Hendra both times
    if carries and not previous:
        carried = subject_of_verb_before(actors, low, j)
        if carried:
            return carried  # "Lukas mendatangi Polresta Denpasar dan meminta kejelasan": Lukas asks

    if (j >= 2 and low[j] == "yang" and low[j - 1] in lex.flags["documents"] and not trig.passive
            and low[j - 2] in lex.flags["authoring_verbs"]):
        # "Senat AS mengesahkan resolusi yang mengecam …": what the document says, its author's act
        return subject_of_verb_before(actors, low, j - 1, object_named=False)
    if j >= 0 and low[j] == "yang":
        # a relative clause's subject is the noun before "yang": "Presiden Trump yang mendesak …"
        # is Trump's act, "tarif kepada negara yang mendukung BRICS" no named actor's
        end = j - 1 if j >= 1 and low[j - 1] == "," else j  # "JPU Ni Putu Eriek, yang menuntut …"
        end -= 3 if _age_before(low, end) else 0  # "Mansur (53) yang divonis …"
        # (a noun's tail may stand before "yang" when the clause names who did it: "26 pegawai pajak
        # yang dipecat oleh Kementerian Keuangan"; "tersangka terorisme yang ditahan di …" is a state)
        by_agent = trig.passive and trig.end < len(low) and low[trig.end] == "oleh"
        return [a for a in actors if a.end == end or by_agent and _noun_tail(low, a.end, end)][-1:]
    # an actor after "kepada", "dengan" or "terhadap" is addressed, not acting ("Kepada Kampus
    # Udayana, kami juga meminta …"); after "ke", "di", "dari" it is a place ("datang ke Polresta")
    places = places_listed(actors, low)
    # "Baleg DPR bersama pemerintah menyepakati …": with no one named after the verb, a body of
    # state that comes along is a party to the meeting or the deal
    joint = trig.frame == "meet" and not any(b.start >= trig.end for b in actors)
    before = [a for a in actors if a.end <= trig.start
              and not (a.start > 0 and addressed(low[a.start - 1]) and not group_s_body(a, actors, low))
              and not (trig.spoken_agent and a.end == trig.start)  # "SH kami tahan": "kami" is the agent
              and not where(low, a.start) and a not in places and not attributed(a, low)
              and not reached(a, actors, low) and not _means_of(a, actors, low)
              and not (companion(a, low) and not trig.passive
                       and not (joint and a.entity.sector not in (None, "CVL")))]
    # a short form in brackets after a name is that name again ("Otorita IKN (OIKN) dan …"), and a
    # place right after a body's name is its seat ("BNN (Badan …) Provinsi Riau mengamankan …")
    before = [a for a in before if not (a.start > 1 and low[a.start - 1] == "("
                                        and any(b.end == a.start - 1 for b in before))
              and not seat_of_body(a, before, low) and not names_road(a, low)
              # "Ratusan mahasiswa … di depan rektorat Universitas Halu Oleo, Kendari, menolak": set off
              # by commas after the subject's "di" phrase, where (not "Dalam pertemuan di Kuala Lumpur,
              # Indonesia mengecam …" nor "Usai insiden di perbatasan …, Thailand, Selasa, mengecam …",
              # which open the sentence before its subject)
              and not (low[a.end:a.end + 1] == [","] and after_subject_s_phrase(a, actors, low))]
    if not before:
        # a passive opening phrase befell the main clause's subject ("Setelah didemo warga …, Pemkot …")
        # (or a meeting setting the scene: "Dalam pertemuan dengan para investor, Sri Mulyani …")
        opening = j < 0 or j == 0 and low[0] in lexicon().flags["backgrounded"] | (
            lexicon().flags["meeting_settings"] if trig.frame == "meet" else set())
        return main_clause_subject(trig, actors, low) if opening else []
    head = next((a for a in reversed(before[:-1]) if relative_clause_between(low[a.end:trig.start])), None)
    if head is not None and not lex.flags["membership"] & set(low[head.end:head.end + 3]):
        # "Budi, yang sempat buron …, ditangkap polisi": an actor inside a relative clause
        # describes the one before "yang", who does (or undergoes) the verb after it
        before = before[:before.index(head) + 1]
    if len(before) >= 2 and (not acts(before[-1]) and before[-2].end == before[-1].start
                             or apposed_description(before[-2], before[-1], trig.start, low, actors)):
        # "Kuasa hukum tersangka mengajukan …": the suspect's lawyer acts; "Ferry Anggara,
        # terdakwa kasus …, didakwa …": the one named, described between commas
        before = before[:-1]
    subject = [before[-1]]
    partner = described_partner(before, subject[0], low)
    if partner is not None:
        return [partner, subject[0]]
    for earlier in reversed(before[:-1]):
        if (earlier.start, earlier.end) == (subject[0].start, subject[0].end):
            subject.insert(0, earlier)  # "kedua pihak": two parties told in one phrase
            continue
        gap = words[earlier.end:subject[0].start]
        if gap[:2] == [",", "dan"] and "," in low[max(0, earlier.start - 1):earlier.end]:
            gap = gap[1:]  # "Menteri Perdagangan, Budi Santoso, dan Menteri …, Mary Ng,": the apposition closed
        if gap[:1] == ["("] and ")" in gap[:5]:
            gap = gap[gap.index(")") + 1:]  # "Otorita IKN (OIKN) dan PT Vitka": its short form
        if gap and gap[0].lower() == "dan" and all(w[:1].isupper() or w in ("(", ")") for w in gap[1:]):
            subject.insert(0, earlier)
        elif joint and [w.lower() for w in gap] in (["bersama"], ["bersama", "dengan"]):
            # "Baleg DPR bersama pemerintah menyepakati …": both parties; but "Prabowo bersama Menlu
            # Sugiono bertemu PM Albanese" meets the one after the verb
            subject.insert(0, earlier)
        else:
            break
    return subject


AGREEMENT_WORDS = 6  # the most words before a passive signing that may name the agreement signed


MARKER_WITHIN = 12  # the most words between a trigger and the preposition that marks an actor's part
GOODS_WITHIN = 18  # … for a gift's receiver, past a list of the goods ("tenda, obat-obatan, dan … kepada")


def actor_after(trig: Trigger, actors: list[Actor], low: list[str], markers: Collection[str] = (),
                reach: int | None = None, within: int = MARKER_WITHIN) -> Actor | None:
    """The first actor after the trigger (within `reach` words of it, when given); with
    markers, the first after one of them (within `within` words of the trigger)."""
    start = trig.end
    if markers:
        span = range(trig.end, min(len(low), trig.end + within))
        if within > MARKER_WITHIN:  # past a list of goods, not into the next clause ("…, sementara Polres …")
            span = range(trig.end, next((i for i in span if low[i] in lexicon().flags["clause_openers"]), span.stop))
        found = [i for i in span if low[i] in markers]
        if not found:
            return None
        start = found[0] + 1
    # a place after "di" is where it happened, not who took part, and so is a body after "di"
    # and a place noun unless searched or seized there (`_venue`); the trigger may name more such
    # words ("menggugat … ke Mahkamah Konstitusi": the court, not the one sued)
    skip = {"di", *trig.not_after}
    # an actor may begin inside the trigger's words ("memanggil Duta Besar Malaysia": the
    # phrase "memanggil duta besar" ends inside the ambassador's title)
    first = trig.start + 1 if not markers else start
    # (a word of the trigger's own is none of them: "menindak tegas mitra-mitra", not "…, tegas Budi")
    def skipped(a: Actor) -> bool:
        return a.start > 0 and low[a.start - 1] in skip and (a.start > trig.end or low[a.start - 1] == "di")

    actor = next((a for a in actors if a.start >= first and a.end > start and not skipped(a)
                  and not place_phrase_goes_on(a, low) and not names_road(a, low)
                  and not venue(trig, low, a.start)), None)
    if actor is None:
        return None
    if reach is not None and actor.start - start > reach and not set_off_by_initials(actor, low, start):
        return None
    if quotation_ends_between(low, trig.end, actor.start):
        return None  # '"Kita sudah kerja sama dengan beberapa daerah," kata Bobby': the speaker, no partner
    if actor.end + 1 < len(low) and low[actor.end] in lexicon().flags["initials_words"]:
        # "memeriksa Direktur Impor Kementerian Perdagangan berinisial IW": the official, not the body
        actor = next((a for a in actors if a.start == actor.end + 1), actor)
    if "," in low[start + 1:actor.start] and _opens_clause(actor, low):
        # "berkolaborasi dengan prinsip keadilan, Indonesia akan …": the next clause's subject
        return None  # (but "menuding, JPU telah …" accuses JPU)
    between = low[trig.end:actor.start]
    joined = next((k for k, w in enumerate(between)
                   if w == "dan" and k + 1 < len(between) and verb_form(between[k + 1])), None)
    if joined is not None and not (joined == 0 and verb_form(low[trig.end - 1])):
        # "menggelar aksi dan menuntut Khariq dibebaskan": the next verb's object; but two verbs
        # joined share theirs ("menggeledah dan menyegel kantor Dinas PUPR")
        return None
    return actor


def _noun_tail(low: list[str], start: int, end: int) -> bool:
    """Whether one or two words that qualify people ([flags] people_tails) stand between a noun of
    people and its relative clause ("26 pegawai pajak yang dipecat oleh Kementerian Keuangan"); a
    thing there takes the clause ("karyawan pabrik yang disegel oleh KLHK": the plant was sealed)."""
    tail, flags = low[start:end], lexicon().flags
    # (or a demonstrative that closes the noun: "polisi tersebut, yang diserang oleh massa")
    return 0 < len(tail) <= 2 and all(w in flags["people_tails"] or w in flags["phrase_closers"] for w in tail)


def _opens_clause(actor: Actor, low: list[str]) -> bool:
    """Whether a verb follows the actor, past adverbs and words of intent: it is a subject."""
    flags = lexicon().flags
    k = actor.end
    while k < len(low) and low[k] in flags["adverbs"] | flags["intent"] | flags["negation"]:
        k += 1
    return k < len(low) and verb_form(low[k])


LIGHT_REACH = 5  # words from a noun to the light passive that tells it ("Pencarian korban hilang dilakukan")


def agent_by(trig: Trigger, actors: list[Actor], low: list[str], reach: int | None = None) -> Actor | None:
    """The agent after "oleh": the body a team or its officials come from ("oleh tim dari Kejati
    Papua", "oleh penyidik KPK"), though the trigger's `not_after` skips bodies after "dari" when
    it looks for the one acted on; else the first actor after "oleh"."""
    markers = lexicon().flags["agent_markers"]
    by = next((i for i in range(trig.end, min(len(low), trig.end + 12)) if low[i] in markers), None)
    if by is None:
        # a noun's light passive with its agent right after it, no "oleh" ("Pencarian korban hilang
        # dilakukan tim SAR gabungan")
        light = next((i for i in range(trig.end, min(len(low), trig.end + LIGHT_REACH))
                      if low[i] in lexicon().flags["light_passives"]), None)
        return next((a for a in actors if a.start == light + 1), None) if light is not None else None
    k = past_team(low, by + 1)
    if k > by + 1 and k < len(low) and low[k] == "dari":
        k += 1  # "oleh tim dari Kejati Papua"
    team = next((a for a in actors if a.start == k), None) if k > by + 1 else None
    if team is not None and (reach is None or team.start - trig.end <= reach + 2):
        return team
    return actor_after(trig, actors, low, markers, reach=reach)


def roles(trig: Trigger, subject: list[Actor], actors: list[Actor], low: list[str]) -> list[tuple[Actor, Actor]]:
    settle_spoken_voice(trig, actors, low)
    if trig.passive:
        if subject and subject[-1].start > 0 and low[subject[-1].start - 1] in lexicon().flags["place_markers"]:
            return []  # "dibawa ke Las Vegas … disita oleh polisi": a place gone to is not acted on
        if trig.spoken_agent:  # "Tersangka SH kami tahan": the pronoun right before the verb
            agent = next((a for a in actors if a.end == trig.start), None)
            return [(agent, s) for s in subject] if agent else []
        agent = agent_by(trig, actors, low)
        if trig.frame == "meet":
            # "Nota kesepahaman itu ditandatangani oleh Pemprov Sulut dan Al Nahda Group": the
            # signers of an agreement (a petition or a decree signed is none), or those "antara …"
            if not lexicon().flags["agreement_nouns"] & set(low[max(0, trig.start - AGREEMENT_WORDS):trig.start]):
                return []
            signer = agent or agent_right_after(trig, actors, low)
            both = with_coordinated(signer, actors, low) if signer else []
            return [(both[0], other) for other in both[1:]] or between_pair(trig, actors, low)
        if agent is None and subject and (right_before(subject[-1], trig, low) or subject[0].start > trig.end
                                          or _in_time_clause(trig, low)):
            # "Rohidin ditahan KPK": without "oleh" the agent follows the verb and the one acted
            # on stands right before it ("perpu itu tidak ditolak DPR" names no actor acted on)
            agent = agent_right_after(trig, actors, low)
            agent = agent if agent and agent.entity.type in ("ORG", "PERSON") else None
        return [(agent, s) for s in subject] if agent and subject else []
    frame = trig.frame
    if frame == "between":
        return between_pair(trig, actors, low, listed=True)
    if frame == "receive":
        # "menuai kritik dari DPR", "menerima bantuan Jepang": the giver after "dari" or close after
        # (a trigger that ends in "dari" names the giver right after it: "menerima pengaduan dari
        # warga … terkait penggusuran oleh PT X", not one after a later marker)
        markers = () if low[trig.end - 1] == "dari" else lexicon().flags["giver_markers"]
        giver = ((actor_after(trig, actors, low, markers) if markers else None)
                 or actor_after(trig, actors, low, reach=trig.reach or 3))
        return [(giver, s) for s in subject] if giver else []
    if not subject:
        # "saat penandatanganan nota kesepakatan antara Pemprov Jawa Tengah dan Kanwil BPN": the two
        # "negosiasi antara Indonesia dan AS": "antara" names both parties after any meeting word
        named_both = noun_form(low[trig.start]) or "antara" in low[trig.start:trig.end + 1]
        pairs = between_pair(trig, actors, low) if frame == "meet" and named_both else []
        # "sinergi antara pemerintah dan swasta" is a wish for ties, no meeting of anyone named
        return [(a, b) for a, b in pairs if not (a.entity.id.startswith(AGENT) and b.entity.id.startswith(AGENT))]
    if frame == "thank":
        return [(s, giver) for s in subject for giver in [_thanked(trig, actors, low)] if giver]
    if frame == "meet":
        # the partner stands close after "dengan": "berkolaborasi dengan perguruan tinggi … Indonesia"
        other = actor_after(trig, actors, low, lexicon().flags["partner_markers"], reach=trig.reach or 8)
        if other is None and low[trig.end - 1] in lexicon().flags["partner_markers"]:
            other = actor_after(trig, actors, low, reach=trig.reach or 8)  # "berkoordinasi dengan pihak China"
        if other:
            # "rapat … dengan Menteri Dalam Negeri, Bambang Sutrisno, dan Ketua KPU, Dedi Kurniawan"
            return [(s, o) for s in subject for o in with_coordinated(other, actors, low)]
        met = actor_after(trig, actors, low, reach=trig.reach or 4)
        named = met is not None and met.entity.type == "PERSON" and not met.entity.id.startswith(AGENT)
        if len(subject) >= 2 and named:
            return [(s, met) for s in subject]  # "Sugiono dan Sjafrie bertemu Penny Wong": both met her
        if len(subject) >= 2:
            return [(subject[0], s) for s in subject[1:]]
        between = between_pair(trig, actors, low)
        if between:
            return between
        # "bertemu Menlu Retno": a person met; "membahas anggaran RSUD" names a topic, not a party;
        # "menemui Kementerian Keuangan" a body
        other = actor_after(trig, actors, low, reach=trig.reach or 4)
        party = low[trig.start] in lexicon().flags["party_object_verbs"] and other is not None \
            and other.entity.type == "ORG" and (other.start == trig.end or only_its_people(low, trig.end, other.start))
        # not "bertemu di kantor DPP Golkar"; "bertemu para elite PSI" met the party
        return [(subject[0], other)] if other and (other.entity.type == "PERSON" or party) else []
    if frame == "visit":
        # a visit is a named visitor's: tourists or residents going somewhere are no diplomacy
        # "kunjungan resmi ke Kementerian Haji … Arab Saudi": a body visited, else the place
        # past a visitor named after the noun ("Kunjungan Wali Kota Sorong, Yance …, ke …")
        after = max([trig.end] + [s.end for s in subject if s.start >= trig.end])
        to = next((k for k in range(after, min(len(low), after + 3)) if low[k] == "ke"), None) \
            if after > trig.end else None
        place = (next((a for a in actors if a.start == to + 1), None) if to is not None else None) or (
            next((a for a in actors if after <= a.start <= after + 1 and a.entity.type != "PLACE"), None)
            or next((a for a in actors if a.start >= after and a.entity.type == "PLACE"), None))
        return [(s, place) for s in subject if not s.entity.id.startswith(AGENT)] if place else []
    if frame == "give":
        # "memberi Rusia amunisi": the receiver right after the verb, else after "kepada"
        receivers = lexicon().flags["receiver_markers"]
        other = (next((a for a in actors if a.start == trig.end), None)
                 or actor_after(trig, actors, low, receivers, within=GOODS_WITHIN) or actor_after(trig, actors, low))
        return [(s, o) for s in subject for o in with_coordinated(other, actors, low)] if other else []
    # "memanggil tukang cukur langganan mantan Gubernur Papua Lukas Enembe, Budi Hermawan": the
    # person a description names after a comma, not the one whose barber he is
    other = (named_after_description(trig.end, actors, low) or actor_after(trig, actors, low, reach=trig.reach)
             or _named_by_trigger(trig, actors, low))
    doer = doer_of_object(trig, actors, low) if coded_under(trig.cameo, "judged_acts") else None
    if doer and (other is None or other.start >= doer.start or other.entity.type == "PLACE"):
        other = doer  # "menghormati keputusan yang diambil oleh PSSI": PSSI's decision, PSSI respected
    owner = actor_after(trig, actors, low, lexicon().flags["owner_markers"])
    if owner and (other is None or other.start > owner.start):
        other = owner  # "menyita aset senilai Rp 50 miliar milik tersangka": the owner is acted on
    suspect = suspect_named(trig, actors, low)
    if suspect is not None:
        other = suspect  # "menyelidiki dugaan penyiksaan tahanan oleh anggota Polsek Wamena Kota"
    if trig.end < len(low) and act_noun(low[trig.end]) and low[trig.end - 1] not in lexicon().flags["suspicion_nouns"]:
        # "memprotes penangkapan nelayan Indonesia oleh otoritas Malaysia": the one whose act it is
        other = actor_after(trig, actors, low, lexicon().flags["agent_markers"]) or other
    if other and any(low[i] == "," and low[i + 1] == "yang" for i in range(trig.end, other.start - 1)):
        other = None  # "mengkritik RUU itu, yang akhirnya disahkan Kongres": Kongres passed it
    if other and coded_under(trig.cameo, "deployments") and other.entity.id.startswith(AGENT) \
            and other.entity.sector in ("COP", "MIL"):
        other = None  # "menurunkan 60 personel": the force sent, not one it faces
    return [(s, o) for s in subject for o in with_coordinated(other, actors, low)] if other else []


VISITOR_WITHIN = 6  # the most words of a title between a visit's noun and its visitor's name


def visitor_after(trig: Trigger, actors: list[Actor], low: list[str]) -> list[Actor]:
    """The visitor a visit's noun names after it, before where they went ("Kunjungan Perdana
    Menteri Malaysia, Hamzah Rashid, ke Indonesia …"): a named person or body within a title's
    words, with "ke" right after them."""
    for actor in actors:
        if trig.end <= actor.start <= trig.end + VISITOR_WITHIN and not actor.entity.id.startswith(AGENT) \
                and actor.entity.type in ("PERSON", "ORG"):
            rest = low[actor.end:actor.end + 2]
            return [actor] if "ke" in rest else []
    return []


FORCES = ("COP", "MIL")  # named inside a trigger's words, an actor's own forces, never acted on


def _named_by_trigger(trig: Trigger, actors: list[Actor], low: list[str]) -> Actor | None:
    """The one acted on named inside the trigger's own words after its verb, when none follows it
    ("Polisi membubarkan massa": the phrase holds the crowd dispersed); never armed forces, which
    such words name as the actor's own ("menggelar latihan militer", "mengerahkan polisi")."""
    if not verb_form(low[trig.start]):
        return None
    return next((a for a in actors if trig.start < a.start and a.end <= trig.end
                 and a.entity.sector not in FORCES), None)


def _in_time_clause(trig: Trigger, low: list[str]) -> bool:
    """A passive opening a time clause after its subject's clause ("Korban … mengalami luka
    setelah diserang orang tak dikenal"): it befell that subject, its agent right after it."""
    j = trig.start - 1
    while j >= 0 and low[j] in lexicon().flags["adverbs"]:
        j -= 1
    return j >= 0 and low[j] in lexicon().flags["backgrounded"]


def right_before(actor: Actor, trig: Trigger, low: list[str]) -> bool:
    """Whether only adverbs, negation or intent words stand between the actor and the trigger."""
    flags = lexicon().flags
    between = low[actor.end:trig.start]
    if 1 < len(between) <= 4 and between[-1] in flags["backgrounded"] and all(w.isalpha() for w in between):
        return True  # "Bobby buka suara usai ditegur Kemendagri": what befell the subject
    aged = between[3:] if _age_before(low, actor.end + 3) else between  # "AR (34), warga …, diringkus"
    if relative_clause_between(aged) or apposition_between(aged):
        # "Pengemudi yang viral di media sosial diamankan polisi": the driver, described; "Budi,
        # warga Desa Sukamaju, ditangkap polisi": Budi, described between commas
        return True
    if _age_before(low, actor.end + 3):
        between = between[3:]  # "Mansur (53) yang divonis": an age
    elif between[:1] == ["("] and ")" in between[:5]:
        between = between[between.index(")") + 1:]  # "… Baznas Jawa Barat (Jabar) itu ditetapkan": a short form
    closer = next((k for k, w in enumerate(between[:3]) if w in flags["phrase_closers"]), None)
    if closer and all(w.isalpha() and not verb_form(w) for w in between[:closer]):
        between = between[closer:]  # "Pengemudi mobil tersebut telah diamankan": the driver of that car
    where = next((k for k, w in enumerate(between) if w not in flags["adverbs"]), None)
    if where is not None and between[where] in ("di", "asal") and 2 <= len(between) - where <= 5:
        place = between[where + 1:]
        end = next((k for k, w in enumerate(place) if w in flags["adverbs"] | flags["negation"]), len(place))
        if 0 < end <= 3 and all(w.isalnum() and not verb_form(w) for w in place[:end]):
            # "Gedung DPRD Jawa Timur di Jalan Indrapura digeruduk …": where it stands, then the verb
            # ("Seorang TKW asal Cianjur dianiaya …": where she comes from)
            between = between[:where] + place[end:]
    return all(w in flags["adverbs"] | flags["negation"] | flags["intent"] | flags["phrase_closers"] | flags["fates"]
               | flags["own_accounts"] for w in between)


THANKED_AFTER = 3  # the help's noun, then at most two words describing it, then whose it is


def _thanked(trig: Trigger, actors: list[Actor], low: list[str]) -> Actor | None:
    """The one thanked: whoever gave the thing thanked for, right after its verb of giving ("atas
    beasiswa yang diberikan Pemerintah Indonesia"), the giver after "dari"/"oleh" ("atas bantuan
    bibit dari Dinas Pertanian"), or the one whose help is named right after the trigger ("atas
    dukungan Polres Wonogiri", past a word or two that describe it: "atas sambutan hangat
    pemerintah"); never those it went to ("atas bantuan kepada warga", "untuk korban")."""
    flags = lexicon().flags
    given = next((k for k in range(trig.end, min(len(low) - 2, trig.end + THANKED_AFTER))
                  if low[k] == "yang" and low[k + 1] in flags["giving_passives"]), None)
    if given is not None:
        at = given + 2 + (low[given + 2] == "oleh")
        giver = next((a for a in actors if a.start == at), None)
        if giver is not None:
            return giver
    giver = actor_after(trig, actors, low, flags["giver_markers"], reach=trig.reach)
    if giver is None and trig.end < len(low) and low[trig.end] in flags["thanked_for"]:
        giver = next((a for a in actors if trig.end < a.start <= trig.end + THANKED_AFTER
                      and all(w.isalpha() and not verb_form(w) and w not in flags["receiver_markers"]
                              for w in low[trig.end + 1:a.start])), None)
    return giver


def _age_before(low: list[str], end: int) -> bool:
    """Whether the three words before `end` are an age in brackets: "(53)"."""
    return end >= 3 and low[end - 3] == "(" and low[end - 2].isdigit() and low[end - 1] == ")"


MEANS_WORDS = 4  # the most words of the means' description between "melalui" and its name


def _means_of(actor: Actor, actors: list[Actor], low: list[str]) -> bool:
    """Whether the actor is named after "melalui" as the means of one named right before it
    ("Rudi melalui kuasa hukumnya mengajukan banding"), who is then the subject."""
    k = actor.start - 1
    if k > 0 and low[k] == "(":  # its short form in brackets: "melalui Japan … Agency (JICA)"
        return any(b.end == k and _means_of(b, actors, low) for b in actors)
    if k > 0 and low[k] == ",":
        # the means named after its description: "Budi melalui kuasa hukumnya, Ahmad Yani, …"
        k = next((m for m in range(k - 1, max(0, k - MEANS_WORDS) - 1, -1)
                  if low[m] in lexicon().flags["intermediaries"]), k)
    return (k > 0 and low[k] in lexicon().flags["intermediaries"]
            and any(b.end == k or b.end == k - 1 and low[k - 1] == "," for b in actors))


def _protester_after(trig: Trigger, actors: list[Actor], low: list[str]) -> Actor | None:
    """The body or group named right after a protest's noun ("Unjuk rasa Aliansi Mahasiswa Maluku
    Utara … berakhir ricuh", "membubarkan paksa unjuk rasa Forum Penolak Bendungan"): it protests,
    whoever the clause's subject is."""
    if not coded_under(trig.cameo, "protests") or low[trig.start].startswith(verb_prefixes()):
        return None
    return next((a for a in actors if a.start == trig.end and a.entity.type != "PLACE"), None)
