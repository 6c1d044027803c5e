"""Where a subject is told before its verb (stages/event_frames.py subject_of): an opening phrase
done by the main clause's subject, the subject of the verb before "dan", a decision's holder, an
actor the sentence only cites, addresses or brings along, and the object a bare verb's pronoun
follows ("Tersangka SH kami tahan")."""

from __future__ import annotations

from warta.stages.event_actors import AGENT, Actor
from warta.stages.event_triggers import Trigger, lexicon, verb_form


def settle_spoken_voice(trig: Trigger, actors: list[Actor], low: list[str]) -> None:
    """A bare verb after a pronoun read as a passive stays one only when what it acts on ends
    right before the pronoun; else it is active and the pronoun its subject ("Kemarin kami
    tangkap pelaku")."""
    if trig.spoken_agent and not _fronted_object(trig, actors, low):
        trig.spoken_agent = trig.passive = False


def _fronted_object(trig: Trigger, actors: list[Actor], low: list[str]) -> bool:
    """Whether an actor ends right before the pronoun of a bare verb, adverbs aside ("Tersangka
    SH sudah kami tahan"), or before "yang" there ("14 orang yang kami amankan"): it is what the
    verb acts on, told first."""
    k = trig.start - 2
    while k >= 0 and low[k] in lexicon().flags["adverbs"] - {","}:
        k -= 1
    k -= k >= 0 and low[k] == "yang"
    return any(a.end == k + 1 for a in actors if a.end < trig.start)


OPENING_PHRASE = 10  # the most words between an opening phrase's trigger and the comma closing it


def main_clause_subject(trig: Trigger, actors: list[Actor], low: list[str]) -> list[Actor]:
    """A phrase that opens the sentence and is closed by a comma is done by the main clause's
    subject: "Bekerja sama dengan IEAB, Pertamina menyelenggarakan …" (Pertamina works with IEAB)."""
    # (a short form in brackets is no word of the phrase: "dengan KPU Provinsi Nusa Tenggara Timur (NTT) dan KPU RI,")
    reach = OPENING_PHRASE + 3 * low[trig.end:trig.end + OPENING_PHRASE].count("(")
    comma = next((i for i in range(trig.end, min(len(low), trig.end + reach)) if low[i] == ","), None)
    if comma is None or any(verb_form(w) or w in lexicon().flags["copulas"] for w in low[trig.end:comma]):
        return []  # "Kerja sama dengan Jepang dinilai gagal, DPR …": a clause of its own
    subject = next((a for a in actors if a.start == comma + 1), None)
    if subject is None:
        return []
    k = subject.end
    while k < len(low) and low[k] in lexicon().flags["adverbs"]:
        k += 1
    return [subject] if k < len(low) and verb_form(low[k]) else []


def subject_of_verb_before(actors: list[Actor], low: list[str], conj: int, object_named: bool = True) -> list[Actor]:
    """The subject of an active verb no trigger is, whose object ends right before "dan" at
    `conj`: "A mendatangi B dan meminta …" gives A (B is where A went, not who asks); with
    `object_named` False the object is the one word at `conj` ("mengesahkan resolusi yang …")."""
    obj_start = conj if not object_named else next((a.start for a in reversed(actors) if a.end == conj), None)
    if obj_start is None or obj_start == 0 or not (
            low[obj_start - 1].startswith(("me", "ber")) and verb_form(low[obj_start - 1])):
        return _sentence_subject(actors, low, conj) if object_named else []
    verb = obj_start - 1
    subject = [a for a in actors if a.end <= verb and a.end >= verb - 1]
    return subject[-1:]


def _sentence_subject(actors: list[Actor], low: list[str], conj: int) -> list[Actor]:
    """The actor opening the sentence with an active verb after it, when no other active verb, comma
    or clause stands between that verb and "dan" at `conj`: "BPK menemukan kelebihan pembayaran dalam
    proyek Dinas PUPR … dan meminta …" gives BPK (the office named inside the object asks nothing)."""
    first = next((a for a in actors if a.start == 0), None)
    if first is None:
        return []
    verb = first.end
    while verb < conj and low[verb] in lexicon().flags["adverbs"] - {","}:
        verb += 1
    if verb >= conj or not (low[verb].startswith(("me", "ber")) and verb_form(low[verb])):
        return []
    between = low[verb + 1:conj]
    if any(w in (",", "yang", ";") or w in lexicon().flags["complementisers"]
           or w.startswith(("me", "ber", "di")) and verb_form(w) for w in between):
        return []
    # every actor between stands inside a phrase a preposition opens ("dalam proyek jalan Dinas
    # PUPR"); one that does not may be the subject of a clause said or seen ("Budi mengatakan warga
    # kecewa dan menolak …", "Warga mengaku anggota Polsek datang dan menangkap …")
    openers = lexicon().flags["phrase_openers"]
    if any(verb < a.start < conj and not set(low[max(verb + 1, a.start - PHRASE_WORDS):a.start]) & openers
           for a in actors):
        return []
    return [first]


PHRASE_WORDS = 3  # the most words between a preposition and the actor its phrase names


def decision_holder(actors: list[Actor], low: list[str], purpose: int) -> list[Actor]:
    """The holder of a decision or plan named right before a purpose word ("keputusan (dari)
    PSSI untuk …")."""
    holder = next((a for a in actors if a.end == purpose), None)
    if holder is None:
        return []
    k = holder.start - 1
    if k >= 0 and low[k] == "dari":
        k -= 1
    return [holder] if k >= 0 and low[k] in lexicon().flags["decision_nouns"] else []


def attributed(actor: Actor, low: list[str]) -> bool:
    """Whether the actor is the one a clause reports the words of, named after an attribution
    that opens the sentence, before its first comma ("Kata Hendra, …", "Menurut Budi, …"), or
    set off by commas right after it as the source it cites ("Mengutip dari media Ukraina, UNN, …")."""
    if not low or low[0] not in lexicon().flags["attributions"]:
        return False
    comma = next((k for k in range(1, min(len(low), ATTRIBUTION_WORDS)) if low[k] == ","), None)
    if comma is None:
        return False
    if actor.end <= comma:
        return True
    return (low[0] in lexicon().flags["citations"] and actor.start == comma + 1
            and actor.end < len(low) and low[actor.end] == ",")


ATTRIBUTION_WORDS = 10  # an attribution opening a sentence closes within these words


def companion(actor: Actor, low: list[str]) -> bool:
    """Whether an unnamed actor goes with the subject and does not itself act: "Presiden Prabowo
    didampingi anaknya bertemu …", "Warga bersama anaknya berunjuk rasa" (data: [flags]
    companions). A passive's agent may act next ("Kantor bupati didemo ribuan warga menuntut …");
    a body of state with whom a meeting or a deal is made is a party to it ("Baleg DPR bersama
    pemerintah menyepakati …")."""
    companions = lexicon().flags["companions"]
    return actor.entity.id.startswith(AGENT) and actor.start > 0 and low[actor.start - 1] in companions


def addressed(word: str) -> bool:
    """Whether an actor after this word is addressed, a place or what a noun is of, not a
    subject: "kepada Pemerintah RI", "atas terbentuknya Kementerian Haji". (After a plain noun
    it may be: "Keputusan The Fed ini mengabaikan seruan Trump".)"""
    return word in lexicon().flags["not_subject_after"] or _nya_noun(word)


def _nya_noun(word: str) -> bool:
    """A noun with -nya ("terbentuknya", "kedatangannya", "pembentukannya"), not an adverb
    ("Sebelumnya KPK menahan …", "Selanjutnya polisi …")."""
    return word.endswith("nya") and len(word) > 8 and word.startswith(("ter", "ke", "pe"))


def group_s_body(actor: Actor, actors: list[Actor], low: list[str]) -> bool:
    """Whether a body stands after "dari" right after a group of people ("Ratusan massa dari
    Aliansi Rakyat Bela Palestina menggelar aksi"): the body those people come as, which acts; not
    a team's ("Tim gabungan dari BPBD": the team, of several bodies) nor one person's ("calon
    anggota legislatif dari Partai Gerindra"): only a crowd's ([flags] crowd_words)."""
    crowds = lexicon().flags["crowd_words"]
    return (actor.entity.type == "ORG" and actor.start >= 2 and low[actor.start - 1] == "dari"
            and any(a.end == actor.start - 1 and a.entity.type == "PERSON" and a.entity.id.startswith(AGENT)
                    and crowds & set(low[a.start:a.end]) for a in actors))


def as_their_body(actor: Actor, actors: list[Actor], low: list[str]) -> Actor:
    """The body a group acted with comes as, if one follows it ("menemui ratusan mahasiswa dari
    Aliansi Mahasiswa Sultra Bergerak": the alliance met), else the actor."""
    return next((a for a in actors if a.start == actor.end + 1 and group_s_body(a, actors, low)), actor)


def named_person_between(previous: list[list[Actor]], actors: list[Actor], low: list[str], at: int) -> bool:
    """Whether a person named by name (no unnamed group) stands after the previous verb's subject and
    before `at`, received, held or questioned by it (a verb of [flags] object_movers before them):
    "menerima PM Jepang Fumio Kishida setelah berkunjung …" (not "bertemu Takeshi Iwaya sebelum
    bertolak …", where the subject travels on)."""
    after = previous[-1][-1].end if previous and previous[-1] else 0
    movers = lexicon().flags["object_movers"]
    return any(after <= a.start and a.end <= at and a.entity.type == "PERSON" and not a.entity.id.startswith(AGENT)
               and movers & set(low[after:a.start]) for a in actors)
