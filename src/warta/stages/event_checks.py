"""Word-level checks the events stage makes of a trigger before it codes an act: whether the
words it needs stand near it, whether it is a name's word, an aim, a cause told of the past, the
object of another verb, and whether its doer may do it."""

from __future__ import annotations

from warta.morphology import root_of
from warta.stages.event_actors import AGENT, Actor, acts
from warta.stages.event_agents import counts
from warta.stages.event_frames import QUOTE_MARKS
from warta.stages.event_groups import COUNT_OPENERS
from warta.stages.event_implied import opens_quotation
from warta.stages.event_triggers import NeedsMet, Trigger, after_yang, coded_under, lexicon, verb_form, verb_prefixes
from warta.stages.word_lists import demonstratives

MARKS = frozenset({"(", ")", "-", "–", "/"})  # no words: "(KPK)", "periode 2019-2024"


def cause_described(trig: Trigger, low: list[str]) -> bool:
    """A noun act named as the cause in a clause describing someone ("keluarga prajurit yang
    gugur akibat serangan KKB"): an act of the past, told elsewhere."""
    causes = lexicon().flags["causes"]
    at = next((k for k in range(max(0, trig.start - 2), trig.start) if low[k] in causes), None)
    return at is not None and "yang" in low[max(0, at - 3):at]


def attacker_named(trig: Trigger, actors: list[Actor], low: list[str]) -> bool:
    """An attack's noun with its attacker named right after it ("serangan udara Israel terhadap
    …"; data: [flags] condemned_attacks, attack_kinds): told though another act's object."""
    if not coded_under(trig.cameo, "condemned_attacks") or (
            trig.start and low[trig.start - 1] in lexicon().flags["attack_not_done"]):
        return False  # "mengecam rencana serangan Israel": planned, not done
    first = at = trig.start + 1  # past the noun itself: "serangan terhadap media" names no attacker
    while at < len(low) and low[at] in lexicon().flags["attack_kinds"]:
        at += 1
    return any(first <= a.start <= at and a.start >= trig.end for a in actors)


def object_of_verb(trig: Trigger, low: list[str]) -> bool:
    """A phrase that is no verb ("unjuk rasa", "gugatan") right after a verb that acts on such
    acts (data: [flags] guarding_verbs: "mengamankan aksi unjuk rasa buruh", "mengabulkan gugatan
    praperadilan"): the act is that verb's object, and the verb's subject does not do it; one
    taking part in it does ("melanjutkan aksi unjuk rasa", "mendaftarkan gugatan")."""
    flags = lexicon().flags
    if not coded_under(trig.cameo, "guarded_acts") or low[trig.start].startswith(verb_prefixes()):
        return False
    j = trig.start - 1
    while j >= 0 and low[j] in flags["event_heads"]:
        j -= 1
    return j >= 0 and low[j] in flags["guarding_verbs"]


def after_dan(trig: Trigger, low: list[str]) -> bool:
    """A verb coordinated with the one before it ("DS menjalani pemeriksaan … dan langsung
    ditahan"): "dan" and adverbs only before it, so it shares that verb's subject."""
    j = trig.start - 1
    while j >= 0 and low[j] in lexicon().flags["adverbs"]:
        j -= 1
    return j >= 0 and low[j] == "dan"


def light_verb_before(trig: Trigger, low: list[str]) -> bool:
    """A light verb among the three words before a noun trigger with no comma after it
    ("melakukan penyelidikan", "menyampaikan dukungan penuh terhadap", "melakukan asesmen serta
    imbauan"; not "menyampaikan, berdasarkan hasil penyelidikan")."""
    before = low[max(0, trig.start - 3):trig.start]
    verbs = lexicon().flags["light_verbs"]
    return any(w in verbs and "," not in before[i + 1:] for i, w in enumerate(before))


def inside_name(trig: Trigger, words: list[str], actors: list[Actor]) -> bool:
    """A trigger word that is part of a name ("forum Kerja sama Ekonomi Asia-Pasifik", "Dewan
    Keamanan"): inside an entity's mention, or capitalised after a capitalised word."""
    if any(a.start <= trig.start < a.end and a.mention_start >= 0 and not a.entity.id.startswith(AGENT)
           and a.end - a.start > 1 and a.entity.title is None for a in actors):
        return True
    first = words[trig.start]
    after = words[trig.end] if trig.end < len(words) else ""
    # "Dewan Keamanan"; "KTT forum Kerja sama Ekonomi Asia-Pasifik": capitalised mid-sentence and
    # going on with a capitalised word
    # ("saat Rapat Kerja dengan Komisi XII": a trigger ending in a lower-case word names nothing);
    # a capitalised verb opening a quotation ('"Mohon Kapolri …') is none
    return not opens_quotation(words, trig.start) and first[:1].isupper() and (
        words[trig.start - 1][:1].isupper() or words[trig.end - 1][:1].isupper() and after[:1].isupper())


def open_target(trig: Trigger, subject: list[Actor] | None = None, low: list[str] | None = None) -> bool:
    """Whether the trigger codes an act whose target may go unnamed (its entry's open_target, or a
    protest whose protester is named right after its noun: "Unjuk rasa Aliansi X berakhir ricuh"),
    or, `low` given, thanks for help the story told before ("terima kasih atas bantuan tersebut":
    its giver, unnamed here)."""
    named_after = bool(subject) and subject[0].start == trig.end and coded_under(trig.cameo, "protests")
    if low is not None and trig.frame == "thank" and trig.end + 1 < len(low) \
            and low[trig.end] in lexicon().flags["thanked_for"] and low[trig.end + 1] in demonstratives():
        return True
    return (trig.open_target or named_after) and trig.frame in ("directed", "give") and not trig.passive


def adjective_use(trig: Trigger, actors: list[Actor], low: list[str]) -> bool:
    """Whether a verb that is also an adjective is the adjective: after a noun it qualifies
    ("kebutuhan mendesak Indonesia"), or after a word of degree or "yang", "dan" with no one
    urged after it ("hal yang mendesak", "penting dan mendesak."); "DPR yang mendesak pemerintah",
    "mahasiswa dalam aksinya mendesak DPR" urge (data: [flags] adjective_verbs, adjective_nouns,
    adjective_words)."""
    flags = lexicon().flags
    if low[trig.start] not in flags["adjective_verbs"] or not trig.start:
        return False
    before = low[trig.start - 1]
    urged = any(a.start == trig.end for a in actors) or low[trig.end:trig.end + 1] in (["agar"], ["supaya"])
    return before in flags["adjective_nouns"] or before in flags["adjective_words"] and not urged


AS_WORDS = ("sebagai", "menjadi")  # what someone is made: "menetapkan Budi sebagai calon …"


def needs_met(low: list[str], actors: list[Actor]) -> NeedsMet:
    """Whether a word a trigger needs stands within ten words before it or eight after it (or
    the entry's `needs_within` either way), a name with its title counted as one word
    ("memanggil Sekretaris Daerah Kabupaten Lampung Tengah Welly Adiwantra untuk diperiksa");
    what it needs may precede it ("datang ke Polresta … untuk melaporkan X")."""
    skip = {a.start: a.end for a in actors}
    ends = set(skip.values())
    backgrounded = lexicon().flags["backgrounded"]

    def needed(k: int, needs: tuple[str, ...], told: bool = False) -> bool:
        # "untuk+verb", after the trigger: the word right after the one addressed, then a verb past
        # an adverb ("menyampaikan kepada Otorita IKN untuk menyusun …", "untuk serius bekerja"
        # ask; "… kepada DPRD hasil kajian untuk memindahkan …" and, past "bahwa", "… bahwa
        # dirinya siap … untuk membongkar" tell)
        return low[k] in needs or told and k in ends and f"{low[k]}+verb" in needs \
            and any(map(verb_form, low[k + 1:k + 4]))

    def met(start: int, end: int, needs: tuple[str, ...], within: int | None = None, side: str = "") -> bool:
        # before a passive, a needed word right after a person's noun names what is theirs, not
        # what was acted on ("Pengemudi mobil itu diamankan": the driver, not the car)
        if side != "after" and any(needed(k, needs) and not (side == "before" and k in ends)
                                   for k in range(max(0, start - (within or 10)), start)):
            return True
        if side == "after" and (end in skip or end + 1 in skip):
            # a person or body is the object ("mengamankan [seorang] Budi bersama barang bukti"),
            # unless the actor there is the people needed, past its count ("mengevakuasi sedikitnya
            # 1.240 warga"; not "seorang kurir narkoba": a courier, not drugs)
            k = end if end in skip else end + 1
            stop = skip[k]
            while k < stop - 1 and (counts(low[k]) or low[k] in COUNT_OPENERS):
                k += 1
            return needed(k, needs)
        if side == "as_object":
            # "menetapkan [pengusaha] Budi Hartono sebagai bakal calon …": what the one named right
            # after the verb is made, "sebagai"/"menjadi" and a needed word within two words
            k = end if end in skip else end + 1 if end + 1 in skip else None
            stop = skip[k] if k is not None else None
            return (stop is not None and stop < len(low) and low[stop] in AS_WORDS
                    and any(needed(m, needs) for m in range(stop + 1, min(len(low), stop + 3))))
        if side == "before":
            return False
        at, counted = end, 0
        # "memberi jawaban … seusai dikritik … soal dana": what a time clause names is not given
        stops = backgrounded if side == "given" else frozenset()
        told, complementisers = True, lexicon().flags["complementisers"]  # no "bahwa" yet: what follows may be asked
        while at < len(low) and counted < (within or 8) and low[at] not in stops:
            step = max(at + 1, skip.get(at, 0))
            told = told and low[at] not in complementisers
            if any(needed(k, needs, told) for k in range(at, step)):
                return True
            # a comma setting off a name is no word ("memanggil Bupati X, Yakob Mandacan, untuk diperiksa")
            apposed = low[at] == "," and (at + 1 in skip or at in ends)
            at, counted = step, counted + (not apposed and low[at] not in MARKS)
        return False

    return met


def may_do(source: Actor, trig: Trigger) -> bool:
    """Whether the actor may do this act: anyone may, but those only acted on (a suspect, a
    victim) only the acts of `acted_on_acts` ("Pelaku mengancam …"), and victims of those only
    the acts of `victims_acts` ("Korban investasi bodong berunjuk rasa")."""
    flags = lexicon().flags
    if acts(source):
        return True
    if source.entity.name.lower() in flags["victims"]:
        return coded_under(trig.cameo, "victims_acts")
    return coded_under(trig.cameo, "acted_on_acts")


def an_aim(trig: Trigger, words: list[str]) -> bool:
    """Whether the act follows a word of aim ("untuk (terus) mendukung", "dalam mendukung"),
    written in lower case ("… Karya Guna mendukung" ends a name), unless a decision makes it
    done ("memutuskan untuk mendukung")."""
    flags = lexicon().flags
    k = trig.start - 1
    if k >= 0 and words[k] in flags["aim_adverbs"]:
        k -= 1
    return k >= 0 and words[k] in flags["aims"] and not (k > 0 and words[k - 1].lower() in flags["decisions"])


def stance_pledged(trig: Trigger, low: list[str]) -> bool:
    """Whether a word of plan before a word of going on makes support a stance stated now
    ("Indonesia akan terus mendukung Timor-Leste"), not an act planned."""
    flags = lexicon().flags
    return (coded_under(trig.cameo, "aims_only") and trig.start >= 2 and low[trig.start - 1] in flags["continuing"]
            and low[trig.start - 2] in flags["plan"] and root_of(low[trig.start]) in flags["stance_roots"])


QUOTED_PHRASE = 8  # the most words of a phrase quoted inside a sentence that names something


def quoted_phrases(low: list[str]) -> list[tuple[int, int]]:
    """(start, end) of the words of each short phrase the sentence quotes after other words
    ('mengecam "unjuk rasa Kebencian Amerika"'): a name or a term cited, not a quotation whose
    words are someone's acts (those open the sentence, run longer or hold a verb)."""
    marks = [i for i, w in enumerate(low) if w in QUOTE_MARKS and w != "'"]
    out = []
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if opening > 0 and 0 < closing - opening - 1 <= QUOTED_PHRASE and not any(
                verb_form(w) for w in low[opening + 1:closing]):  # a quoted clause is someone's words
            out.append((opening + 1, closing))
    return out


def in_relative_clause(trig: Trigger, low: list[str]) -> bool:
    """Whether the trigger opens a relative clause, past adverbs ("bantuan yang telah diberikan")."""
    return after_yang(low, trig.start)


def same_clause(words: list[str]) -> list[str]:
    """The words after the last comma among them: those in the clause of the word that follows."""
    return words[len(words) - words[::-1].index(","):] if "," in words else words


ALLEGED_REACH = 8  # words before an act over which a verb of alleging makes it alleged


def alleged(trig: Trigger, low: list[str]) -> bool:
    """Whether the act is what someone alleges or threatens, told in the same clause after the verb
    ("Filipina menuduh kapal Penjaga Pantai China menembakkan meriam air", "mengancam menggelar
    mogok kerja"): the accusation or the threat is the event, not the act (data: [flags] alleging)."""
    first = max(0, trig.start - ALLEGED_REACH)
    window = same_clause(low[first:trig.start])
    at = trig.start - len(window)
    for k in range(at, trig.start):
        # the verb governs the act: not inside a relative clause ("Pelaku yang mengancam korban …
        # akhirnya ditangkap"), and no other verb between ("… mengancam warga membuat BPBD …")
        if (low[k] in lexicon().flags["alleging"] and not (k and low[k - 1] == "yang")
                and not any(verb_form(w) or w == "akhirnya" for w in low[k + 1:trig.start])):
            return True
    return False


def holder_after(body: Actor, actors: list[Actor], low: list[str]) -> Actor | None:
    """The person named after a comma within a few words after a body (its office's holder); the
    body itself when its members are meant ("dua oknum anggota TNI … diamankan": people of it)."""
    person = next((a for a in actors if a.start >= body.end and a.entity.type == "PERSON"), None)
    if person is not None and person.start - body.end <= 8 and low[person.start - 1] == ",":
        return person
    return body if body.start and low[body.start - 1] in lexicon().flags["body_members"] else None
