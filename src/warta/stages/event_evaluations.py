"""What a speaker judges someone's act to be, as praise or criticism: "Dede Yusuf menilai
instruksi dari Prabowo mampu mempercepat industri otomotif" (SUPPORT, CAMEO 051, on Prabowo),
"Deddy menilai aturan tersebut melanggar hak publik" (ACCUSE, 111, on the rule's unnamed
maker), "Menurut Sarmuji, penggunaan Maung … adalah langkah tepat".

A frame of its own because the trigger is a verb of judging ("menilai", "menganggap") whose
object is a clause, and the code comes from the words of that clause: it names an act or a
policy (a word of `objects`, or an actor) and an evaluative word of `positive` or `negative`
(data: events.toml [evaluations]). A judgement of how things stand ("Ekonom menilai rupiah akan
melemah") names no act and is no event.
"""

from __future__ import annotations

from functools import cache

from warta.morphology import derived_with
from warta.resources import load
from warta.stages.event_actors import AGENT, Actor
from warta.stages.event_triggers import Trigger, lexicon, nominal, verb_form, verb_prefixes

PRAISE, CRITICISM = "051", "111"
MAX_CLAUSE = 20  # words of the judged clause read after the verb


@cache
def _words() -> dict[str, frozenset[str]]:
    return {name: frozenset(words) for name, words in load("events")["evaluations"].items()}


def evaluations(low: list[str], actors: list[Actor]) -> list[tuple[Trigger, Actor, Actor | None]]:
    """(trigger, speaker, the one judged or None) for each judgement of an act in the sentence."""
    words = _words()
    out = []
    for i, word in enumerate(low):
        saying = word in words["saying_verbs"]
        if word in words["verbs"] or saying:
            speaker = _speaker_before(i, low, actors)
            clause = (i + 1, _clause_end(i + 1, low))
        elif word == "menurut" and i + 1 < len(low):
            speaker = _set_off_person(i + 1, low, actors) or next((a for a in actors if a.start == i + 1), None)
            clause = ((speaker.end + 1, _clause_end(speaker.end + 1, low)) if speaker and speaker.end < len(low)
                      and low[speaker.end] == "," else (0, 0))
        else:
            continue
        if speaker is None or clause[1] <= clause[0] or _not_a_judgement(low, i, clause[0]):
            continue
        cameo, at = _polarity(low, *clause)
        # the act judged is named before the judgement (after it come those it wrongs: "melanggar
        # hak publik"), and whose act it is after the act's noun ("instruksi dari Prabowo",
        # "langkah Indonesia"); a place there is where, not whose ("proses … di Jakarta")
        opens = clause[0] + (low[clause[0]] == ",")  # "Rudi menilai, Dedi Mulyadi berhasil …"
        opens += _opener_at(low, opens, words["openers"])  # "bahwa", "dengan adanya"
        # the act opens the clause: its subject is judged ("menilai aturan tersebut melanggar …"),
        # not an act named further on ("menilai masyarakat kurang memahami program …"); a verb of
        # saying judges only an act someone did, never a person ("menyatakan Budi positif")
        objects = words["said_objects"] if saying else words["objects"]
        # an act's noun may carry whose it is ("penahanannya": his detention)
        act = (opens if opens < at and (low[opens] in objects or low[opens].removesuffix("nya") in objects
                                        or _act_referred_to(opens, at, low, actors, saying))
               else _judged_at(opens, at, low, actors, speaker, bodies_only=saying))
        if cameo is None or act is None or words["calls"] & set(low[clause[0]:at]):
            continue  # no act named, or a call for one ("perlu adanya kebijakan yang tepat")
        judged = [a for a in actors if act <= a.start < at and a.entity.id != speaker.entity.id
                  and low[a.start - 1] not in words["places"]]
        out.append((Trigger(i, i + 1, cameo, "directed", None), speaker, judged[0] if judged else None))
    return out


REFERRED_WORDS = 3  # the most words of an act referred to by a demonstrative ("penindakan itu")
DEMONSTRATIVES = ("tersebut", "itu", "ini")


def _act_referred_to(opens: int, at: int, low: list[str], actors: list[Actor], saying: bool) -> bool:
    """Whether the judged clause opens with an act the story told before, referred to by a noun
    and a demonstrative right before the evaluative word ("menilai penindakan tersebut terlambat",
    "menilai mutasi itu melanggar aturan"), or asserts that wrongdoing exists ("menilai ada
    pelanggaran"); not an actor ("warga tersebut"), and not after a verb of saying."""
    if saying or any(opens <= a.start < at for a in actors):
        return False
    if low[opens] == "ada":
        return at == opens + 1
    # an act's noun: derived ("penindakan", "penertiban") or listed ("mutasi"), not "cuaca", "film"
    act_noun = nominal(low[opens]) or low[opens] in _words()["objects"]
    return (at - opens <= REFERRED_WORDS and low[at - 1] in DEMONSTRATIVES and act_noun
            and not low[opens].startswith(verb_prefixes()))


DESCRIPTION_WORDS = 8  # words of a speaker's description before the comma that sets off their name


def _set_off_person(start: int, low: list[str], actors: list[Actor]) -> Actor | None:
    """The person a description opening at `start` sets off between commas ("Menurut pengamat
    politik Universitas Airlangga, Hendra Kusumo, …"): the one who judges, not the body the
    description names."""
    comma = next((k for k in range(start + 1, min(len(low), start + DESCRIPTION_WORDS)) if low[k] == ","), None)
    if comma is None:
        return None
    return next((a for a in actors if a.start == comma + 1 and a.entity.type == "PERSON"
                 and a.end < len(low) and low[a.end] == ","), None)


def _opener_at(low: list[str], at: int, openers: frozenset[str]) -> int:
    """How many words of a clause opener stand at `at` ("dengan adanya" 2, "bahwa" 1, else 0)."""
    return next((size for size in (2, 1) if " ".join(low[at:at + size]) in openers), 0)


REJECTION = "120"


def denials(low: list[str], actors: list[Actor]) -> list[tuple[Trigger, Actor, Actor | None]]:
    """(trigger, speaker, the claim's maker or None) for each denial told as an assertion: a
    claim said to be false ("Rudi mengatakan tuduhan Budi itu tidak benar") or the speaker's own
    doing denied ("dirinya tidak pernah meminta …"; data: events.toml [denials])."""
    data = _denial_words()
    out = []
    for i, word in enumerate(low):
        if word not in data["asserting"]:
            continue
        speaker = _speaker_before(i, low, actors)
        end = _clause_end(i + 1, low)
        at = _denial_at(low, i + 1, end, data)
        refusal = _refusal_at(low, i + 1, end, data) if at is None else None
        planned = bool(lexicon().flags["plan"] & set(low[max(0, i - 3):i]))
        if speaker is None or at is None and refusal is None or planned:
            continue
        maker = next((a for a in actors if i < a.start < (at or refusal) and a.entity.id != speaker.entity.id
                      and not a.entity.id.startswith(AGENT) and low[a.start] not in data["refusers"]), None)
        if refusal is not None and maker is not None:
            continue  # "menegaskan KPK tidak akan menghentikan …": someone else's resolve, told
        out.append((Trigger(i, i + 1, REJECTION, "directed", None), speaker, maker))
    return out


ACCUSATION = "112"  # an accusation told inside its denial
DENIAL_REACH = 2  # words from the verb of denying to the accusation's noun ("membantah keras tudingan")


def reported_accusations(low: list[str], actors: list[Actor]) -> list[tuple[Trigger, Actor, Actor | None]]:
    """(trigger, accuser, accused) for an accusation told inside its denial: "Rudi membantah
    tudingan ICW bahwa partainya menerima dana" (ICW accused Rudi's side), "membantah tuduhan
    Manila bahwa kapal China …" (Manila accused China, named after "bahwa")."""
    data = _denial_words()
    out = []
    for i, word in enumerate(low):
        if word not in data["accusation_nouns"]:
            continue
        verb = next((k for k in range(i - 1, max(-1, i - DENIAL_REACH - 1), -1) if low[k] in data["denying_verbs"]),
                    None)
        if verb is None:
            continue
        # (named: "membantah tudingan warga" tells of a grievance, no one's accusation the story names)
        accuser = next((a for a in actors if a.start == i + 1 and not a.entity.id.startswith(AGENT)), None)
        if accuser is None:
            continue
        claim = accuser.end + (low[accuser.end:accuser.end + 1] == ["("]) * 3  # past its short form
        if claim < len(low) and verb_form(low[claim]):
            continue  # "membantah tudingan Hasto menerima suap": the one named is the accused, the accuser unnamed
        named = next((a for a in actors if low[claim:claim + 1] == ["bahwa"] and a.start == claim + 1), None)
        denier = _speaker_before(verb, low, actors)
        accused = named or denier
        if accused is not None and accused.entity.id != accuser.entity.id:
            out.append((Trigger(i, i + 1, ACCUSATION, "directed", None), accuser, accused))
    return out


def _refusal_at(low: list[str], start: int, end: int, data: dict[str, frozenset[str]]) -> int | None:
    """Where the clause [start, end) opens with the speaker's refusal: "tidak akan" right after the
    verb of asserting, or after "bahwa"/"dirinya", and an active verb of doing ("Purbaya menegaskan
    tidak akan mengalihkan APBN …"); not a resolve or a forecast ("tidak akan ragu menindak",
    "tidak akan terjadi tsunami", "harga beras tidak akan mengalami kenaikan")."""
    k = start
    while k < min(end, start + 2) and low[k] in data["refusers"]:
        k += 1  # "menegaskan bahwa dirinya tidak akan …"
    if " ".join(low[k:k + 2]) not in data["refusals"]:
        return None
    nxt = low[k + 2] if k + 2 < end else ""
    acting = _doing(nxt) and not nxt.startswith(("ter", "di"))  # "terjadi", "dinaikkan": no act of the speaker's
    return k if acting and nxt not in data["resolves"] else None


def _denial_at(low: list[str], start: int, end: int, data: dict[str, frozenset[str]]) -> int | None:
    """Where the clause [start, end) denies: a false claim, "tidak benar" after a claim's noun, or
    a self-denial a verb of doing follows (not "bukan lagi", a change)."""
    for k in range(start, end):
        pair, three = " ".join(low[k:k + 2]), " ".join(low[k:k + 3])
        if pair in data["false_claims"]:
            return k
        if pair in data["not_true"] and data["claims"] & set(low[start:k]):
            return k
        said = three if three in data["self_denials"] else pair if pair in data["self_denials"] else None
        if said:
            after = k + len(said.split())
            nxt = low[after] if after < end else ""
            if nxt not in data["changes"] and (said.endswith(("bukan", "bukanlah")) or _doing(nxt)):
                return k
    return None


def _doing(word: str) -> bool:
    """A verb of doing: a derived form with a verb prefix ("meminta", "menerima", "terlibat"), or a
    meN-…-kan verb on a compound the root list lacks ("menyalahgunakan": salah guna)."""
    return derived_with(word, verb_prefixes()) or (
        word.startswith(("meng", "meny", "mem", "men")) and word.endswith("kan") and len(word) >= 12)


@cache
def _denial_words() -> dict[str, frozenset[str]]:
    return {name: frozenset(words) for name, words in load("events")["denials"].items()}


def _not_a_judgement(low: list[str], verb: int, start: int) -> bool:
    """A judgement planned or asked about ("KPK akan menilai apakah langkah itu tepat")."""
    flags = lexicon().flags
    return bool(flags["plan"] & set(low[max(0, verb - 3):verb])) or low[start] in _words()["questions"]


def _judged_at(opens: int, at: int, low: list[str], actors: list[Actor], speaker: Actor,
               bodies_only: bool = False) -> int | None:
    """Where the clause opens with a named person (after their title) or body, an unnamed body of
    state or a body's management, whom the evaluative word follows at once ("menilai Menteri …
    Abdul Mu'ti, berhasil meningkatkan …", "menilai Kementerian Kelautan dan Perikanan lamban
    menangani …", "menilai direksi lalai"): they are judged by what they did. An unnamed group
    there is not ("menilai masyarakat kurang …"), nor a place. After a verb of saying only a named
    body of state is judged ("menyebut Pemkab Badung lamban menertibkan …"; not "menyatakan Budi
    positif", a person's state, nor "pemerintah", maybe the speaker's own)."""
    # the person's actor begins at their title (event_actors._with_titles): it opens the clause; an
    # unnamed body of state answers for how it works ("menilai pemerintah lamban"), the public not,
    # nor a body of the speaker's own sector ("Presiden menilai pemerintah berhasil …")
    person = next((a for a in actors if a.start == opens and a.entity.type in ("PERSON", "ORG")
                   and (not a.entity.id.startswith(AGENT) or a.entity.sector in _words()["state_sectors"]
                        and a.entity.sector != speaker.entity.sector
                        or a.entity.name.lower() in _words()["judged_agents"])), None)  # "direksi lalai"
    if person is None or bodies_only and not (person.entity.type == "ORG" and not person.entity.id.startswith(AGENT)
                                              and person.entity.sector in _words()["state_sectors"]):
        return None
    end = person.end
    if low[end:end + 1] == ["("] and ")" in low[end:end + 4]:
        end = low.index(")", end) + 1  # "Komisi Pemilihan Umum (KPU) tidak profesional": its short form
    if not end <= at <= end + 2:
        return None
    # only a comma, an adverb or a negator between: "menyambut baik" is the person's own act
    between = set(low[end:at]) - {","} - _words()["negators"] - lexicon().flags["adverbs"]
    return None if between else person.start


def _speaker_before(verb: int, low: list[str], actors: list[Actor]) -> Actor | None:
    k = verb
    while k > 0 and low[k - 1] in lexicon().flags["adverbs"]:
        k -= 1  # "Dede Yusuf juga menilai …"
    if k > 0 and low[k - 1] == ",":
        k -= 1  # "…, Arman Salam, menilai": the apposition closes before the verb
    if k > 0 and low[k - 1] == ")" and "(" in low[max(0, k - 6):k]:
        k = max(i for i in range(max(0, k - 6), k) if low[i] == "(")  # "… UI (FMDM SIL UI) menilai"
    speaker = next((a for a in actors if a.end == k), None)
    if speaker is not None and speaker.entity.type != "PERSON":
        # "Kelly Lai, VP … di Economic Development Board Singapore, menilai": the person the
        # apposition describes speaks, not the place or body at its end
        person = [a for a in actors if a.end < speaker.start and a.entity.type == "PERSON"
                  and "," in low[a.end:a.end + 1]]
        speaker = person[-1] if person else speaker
    return speaker


def _clause_end(start: int, low: list[str]) -> int:
    end = start
    while end < min(len(low), start + MAX_CLAUSE) and low[end] not in (".", ";", "?", "!"):
        end += 1
    return end


def _polarity(low: list[str], start: int, end: int) -> tuple[str | None, int]:
    """The code of the clause's judgement and where it is: praise where its first evaluative
    word is positive, criticism where it is negative or a positive word is negated ("tidak
    transparan")."""
    words = _words()
    for i in range(start, end):
        negated = any(w in words["negators"] for w in low[max(start, i - 3):i])
        said = {low[i], " ".join(low[i:i + 2])}  # "luar biasa", "masuk akal"
        if " ".join(low[i:i + 2]) in words["not_evaluative"] or low[i] == "baik" and "maupun" in low[i:end]:
            continue  # "salah satu", "baik … maupun"
        if said & words["positive"]:
            return (CRITICISM if negated else PRAISE), i
        if said & words["negative"] and not negated:
            return CRITICISM, i
    return None, end
