"""Event triggers: the Indonesian words and phrases of data/events.toml and
data/events_codebook.toml found in a sentence's words, each with its CAMEO code, its frame and
what it needs, and the flags (negation, intent, hypothesis) the words before it set.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from warta.morphology import men_forms, root_of
from warta.resources import load


@dataclass
class Trigger:
    start: int  # token indexes
    end: int
    cameo: str
    frame: str
    intent_cameo: str | None
    passive: bool = False
    reach: int | None = None
    not_next: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    open_target: bool = False
    enclitic: bool = False  # the verb carries its object as -nya ("memintanya")
    possessive: bool = False  # ... or its object does ("mengabulkan gugatannya"), of someone named before
    target_type: str | None = None  # the one acted on must be of this entity type, right after
    civil_cameo: str | None = None  # the code when the actor is no state body or official
    verbal_cameo: str | None = None  # the code when both sides are in politics (words, not force)
    by_law: bool = False  # only police, prosecutors, courts or KPK (or their people) do it
    # words that, right after the one acted on, make the act a role given them, none asked of
    # them ("merekomendasikan Andika Perkasa sebagai calon gubernur": an endorsement)
    not_after_target: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()  # only actors of these sectors do it (empty: anyone)
    not_sectors: tuple[str, ...] = ()  # actors of these sectors never do it
    sector_cameo: tuple[tuple[str, str], ...] = ()  # (sector, code): the code when an actor of it acts
    # a bare verb after a pronoun with its object before ("Tersangka SH kami tahan"): a passive
    # whose agent is the pronoun right before the verb
    spoken_agent: bool = False


@dataclass
class Lexicon:
    phrases: dict[str, list[tuple[tuple[str, ...], dict]]]  # first word → phrases, longest first
    roots: dict[str, list[dict]]
    flags: dict[str, frozenset[str]]
    give_kinds: dict[str, frozenset[str]]


@cache
def lexicon() -> Lexicon:
    data = load("events")
    phrases: list[tuple[tuple[str, ...], dict]] = []
    roots: dict[str, list[dict]] = {}
    # the hand-written frames first; the rest of the CAMEO codebook (events_codebook.toml) only
    # where they leave a root or phrase free. An entry that `needs` a word claims its phrase
    # only where that word is there: "menuntut … hukuman" (a sentence sought) before
    # "menuntut" (a demand).
    claimed: set[tuple[str, ...]] = set()
    for entry in [*data["trigger"], *load("events_codebook").get("trigger", [])]:
        for words in entry.get("words", []):
            phrase = tuple(words.lower().split())
            if phrase not in claimed:
                phrases.append((phrase, entry))
                if not entry.get("needs"):
                    claimed.add(phrase)
        for root in entry.get("roots", []):
            listed = roots.setdefault(root, [])
            if not listed or listed[-1].get("needs"):
                listed.append(entry)
    phrases.sort(key=lambda p: -len(p[0]))
    by_first: dict[str, list[tuple[tuple[str, ...], dict]]] = {}
    for phrase, entry in phrases:
        by_first.setdefault(phrase[0], []).append((phrase, entry))
    flags = {name: frozenset(words) for name, words in data["flags"].items()}
    kinds = {cameo: frozenset(words) for cameo, words in data["give_kinds"].items()}
    return Lexicon(by_first, roots, flags, kinds)


# needs_met(start, end, needs, within, side): side "" looks both ways, "after" or "before" one way
NeedsMet = Callable[[int, int, tuple[str, ...], int | None, str], bool]


def _without_nya_at(low: list[str], j: int) -> list[str]:
    """The words with the -nya of word `j` taken off ("memintanya" → "meminta"), to read a trigger
    whose object that -nya stands for."""
    return [*low[:j], low[j][:-3], *low[j + 1:]]


def _possessed_object(low: list[str], i: int, needs_met: NeedsMet) -> Trigger | None:
    """A phrase whose object carries -nya, of an act on whoever made it (data: [flags]
    possessor_acted_on): "MK mengabulkan sebagian gugatannya" grants the suit of the one the
    story named before the sentence. (Only where no trigger opens at `i`: "menolak" alone is one,
    so "menolak permintaannya" stays a refusal of no one named.)"""
    if low[i] not in lexicon().phrases:
        return None  # such a phrase opens with a word of a phrase (most words open none)
    for j in range(i + 1, min(len(low), i + 4)):
        if low[j].endswith("nya") and len(low[j]) > 6:
            trigger = _trigger_at(_without_nya_at(low, j), i, needs_met)
            if trigger and trigger.end == j + 1 and coded_under(trigger.cameo, "possessor_acted_on"):
                trigger.enclitic = trigger.possessive = True
                return trigger
    return None


def find_triggers(words: Sequence[str], needs_met: NeedsMet) -> list[Trigger]:
    """The triggers among the words, left to right, longest phrase first. `needs_met(start,
    end, needs)` says whether the words an entry needs stand around it; an entry whose needs
    are not met gives way to the next that fits the same words."""
    low = [w.lower() for w in words]
    out: list[Trigger] = []
    lex = lexicon()
    i = 0
    while i < len(low):
        word = low[i]
        if (word not in lex.phrases and not _root_entries(word) and not word.endswith("nya")
                and not (i > 0 and low[i - 1] in lex.flags["spoken_agents"])):
            i += 1  # most words open no phrase, are no verb's form and follow no pronoun: no reading below starts here
            continue
        # a bare verb after a pronoun: "SH kami tahan", "Kami apresiasi …"
        spoken = (i > 0 and low[i - 1] in lexicon().flags["spoken_agents"] and low[i].isalpha()
                  and not low[i].startswith(verb_prefixes()))
        trigger = (spoken and _spoken_verb(low, i, needs_met)) or _trigger_at(low, i, needs_met)
        if trigger and trigger.end == i + 1 and _capitalised_root(words, i):
            trigger = None  # "Cikande, Serang, Banten": a town, not "serang" (attack)
        if trigger is None and low[i].endswith("nya") and len(low[i]) > 7 and _may_open(low[i][:-3]):
            # "memintanya", "menangkapnya": the verb with its object, the one -nya stands for
            trigger = _trigger_at(_without_nya_at(low, i), i, needs_met)
            if trigger:
                trigger.enclitic = True
        if trigger is None:
            trigger = _possessed_object(low, i, needs_met)
        if trigger:
            out.append(trigger)
            i = trigger.end
        else:
            i += 1
    return out


def _capitalised_root(words: Sequence[str], i: int) -> bool:
    """A bare root written with a capital inside a sentence: a name ("Serang", "Tanjung Pinang")."""
    word = words[i]
    return (i > 0 and word[:1].isupper() and not word.isupper()
            and (words[i - 1][-1:].isalnum() or words[i - 1] in (",", ")", "-"))  # "ayat (2) Undang-Undang"
            and root_of(word.lower()) == word.lower())


def _spoken_verb(low: list[str], i: int, needs_met: NeedsMet) -> Trigger | None:
    """A bare verb after a pronoun, as speech tells it: after something named it is a passive
    whose agent is the pronoun ("Tersangka berinisial SH kami tahan": ditahan; "yang sudah kami
    periksa"); opening its clause it is active ("Kami apresiasi sikap KPU": mengapresiasi)."""
    k = i - 2
    while k >= 0 and low[k] in lexicon().flags["adverbs"] - {","}:
        k -= 1  # "sudah kami nonaktifkan"
    # a passive only where something stands before the pronoun; whether it is what the verb
    # acts on (and not a time word: "Kemarin kami tangkap …") the roles decide (event_frames.py)
    fronted = k >= 0 and low[k].isalnum() and low[k] not in lexicon().flags["clause_breaks"]
    word = low[i]
    forms = ["di" + word] if fronted else men_forms(word)
    for form in forms:
        trigger = _trigger_at([*low[:i], form, *low[i + 1:]], i, needs_met)
        if trigger is not None and trigger.passive == fronted and trigger.frame not in ("receive", "between"):
            trigger.spoken_agent = fronted
            return trigger
    return None


def spoken_verb_at(low: list[str], i: int) -> bool:
    """Whether the word at `i` is a bare verb the triggers know after the pronoun before it ("kita
    minta …", "… kita tahan"); the words a trigger needs are not read (this only tells whether
    "kita" is a subject)."""
    return 0 < i < len(low) and _spoken_verb(low, i, lambda *_: True) is not None


def act_opens_at(low: list[str], i: int) -> bool:
    """Whether a trigger's phrase opens at `i` ("kita sudah kerja sama dengan …": "kita" is the
    subject of an act, though "kerja" is no verb form); the words it needs are not read."""
    return i < len(low) and _trigger_at(low, i, lambda *_: True) is not None


def _may_open(word: str) -> bool:
    """Whether a word opens some phrase or is a form of some root (a cheap test before a retry)."""
    lex = lexicon()
    return word in lex.phrases or (root_of(word) or "") in lex.roots


NEEDS_BEFORE = 4  # words before a trigger read for its entry's `not_before` when it sets no `needs_within`


def _trigger_at(low: list[str], i: int, needs_met: NeedsMet) -> Trigger | None:
    word = low[i]
    lex = lexicon()
    phrases = lex.phrases.get(word)
    candidates = [(len(phrase), entry) for phrase, entry in phrases
                  if tuple(low[i:i + len(phrase)]) == phrase] if phrases else []
    candidates += [(1, entry) for entry in _root_entries(word)]
    if not candidates:
        return None
    for length, entry in candidates:
        passive = entry.get("voice") == "passive" or passive_form(word) and entry.get("voice") != "active"
        needs = tuple(entry.get("needs", []))
        # "needs_object": what is needed is the verb's object, after an active verb and before a
        # passive one ("mengamankan pelat nomor", "barang bukti yang diamankan")
        side = ("before" if passive else "after") if entry.get("needs_object") else (
            "as_object" if entry.get("needs_as_object") else
            "given" if entry["frame"] == "give" else "")  # what is given stands before a time clause
        if needs and not needs_met(i, i + length, needs, entry.get("needs_within"), side):
            continue
        if set(entry.get("not_before", ())) & set(low[max(0, i - (entry.get("needs_within") or NEEDS_BEFORE)):i]):
            continue  # "Gugatan perwakilan warga diterima …": a paper received, no one hosted
        return Trigger(i, i + length, entry["cameo"], entry["frame"], entry.get("intent_cameo"), passive,
                       entry.get("reach"), tuple(entry.get("not_next", [])), tuple(entry.get("not_after", [])),
                       entry.get("open_target", False),
                       enclitic=length == 1 and word.endswith("nya") and word not in lexicon().phrases,
                       target_type=entry.get("target"), civil_cameo=entry.get("civil_cameo"),
                       verbal_cameo=entry.get("verbal_cameo"), by_law=entry.get("by_law", False),
                       sectors=tuple(entry.get("sectors", ())), not_sectors=tuple(entry.get("not_sectors", ())),
                       sector_cameo=tuple(entry.get("sector_cameo", {}).items()),
                       not_after_target=tuple(entry.get("not_after_target", [])))
    return None


@lru_cache(maxsize=20_000)  # a word's reading is the same in every sentence; bounded for long ingests
def _root_entries(word: str) -> tuple[dict, ...]:
    """The entries of the root whose verb the word is a form of ("menangkap": tangkap's), none
    when it is no such form (a noun, "kecaman"; a short word; one the entry excepts)."""
    if not (word.isalpha() and len(word) > 3):
        return ()
    root = root_of(word)
    entries = lexicon().roots.get(root) if root else None
    if entries and _verb_form(word, root) and word not in entries[0].get("except", ()):
        return tuple(entries)
    return ()


@cache
def verb_prefixes() -> tuple[str, ...]:
    """The prefixes of a verb form (data: [flags] verb_prefixes), for str.startswith."""
    return tuple(load("events")["flags"]["verb_prefixes"])


def passive_form(word: str) -> bool:
    """A di- or ter- verb (ditahan, dinonaktifkan, tertangkap), not a word that begins with
    di or ter (dialog, terapi)."""
    if word in lexicon().flags["not_passives"]:
        return False  # "tersebut", "terhadap": ter- words that are no verbs
    root = root_of(word)
    return (root is not None and root != word and (word.startswith("di") and not root.startswith("di")
                                                    or word.startswith("ter") and not root.startswith("ter")))


def verb_form(word: str) -> bool:
    """A me-, ber- or di- form of a known root ("mengancam", "ditahan"); not ter-, whose forms
    are often prepositions ("terkait", "terhadap")."""
    root = root_of(word)
    return word.startswith(("me", "ber", "di")) and root is not None and root != word


def noun_form(word: str) -> bool:
    """A trigger word that is no verb form (serangan, penandatanganan, KTT); a bare root with
    -kan is a verb said aloud ("kami akan jatuhkan sanksi"), no noun."""
    root = root_of(word)
    return not word.startswith(verb_prefixes()) and root != word and not (word.endswith("kan") and root == word[:-3])


def said_of_subject(trig: Trigger, low: list[str]) -> bool:
    """Whether a noun-shaped trigger is said of its subject, as a verb ("Dadang keberatan dengan
    penahanan kliennya"; data: [flags] predicate_nouns), not a verb's object ("menerima keberatan
    warga")."""
    if low[trig.start] not in lexicon().flags["predicate_nouns"]:
        return False
    before = low[trig.start - 1] if trig.start else ""
    return not (verb_form(before) or before.startswith(verb_prefixes()) or before in lexicon().flags["light_verbs"])


def nominal(word: str) -> bool:
    """A pe-…-an or ke-…-an noun ("pengamanan", "penanganan", "kegiatan")."""
    return word.endswith("an") and word.startswith(("pe", "ke")) and len(word) > 6


def _verb_form(word: str, root: str) -> bool:
    """A verb built on the root (mengecam, bertemu, dikecam, menelepon), not a noun (kecaman)."""
    if word == root:
        return len(root) > 3
    return word.startswith(verb_prefixes()) and not word.endswith("an") or word.endswith(("kan", "i"))


@cache
def _roots(flag: str) -> tuple[str, ...]:
    return tuple(lexicon().flags[flag])


def coded_under(cameo: str, flag: str) -> bool:
    """Whether the CAMEO code falls under one of the roots a [flags] list names ("requests",
    "implied_agent", …); the roots are made a tuple once per list."""
    return cameo.startswith(_roots(flag))


def flags_before(trig: Trigger, low: list[str], named: Collection[int] = ()) -> tuple[bool, bool, bool]:
    """(negated, intent, hypothetical) by the words before the trigger; a negation inside an
    actor's words (`named`: their token indexes) is the actor's ("orang tak dikenal menyerang")."""
    lex = lexicon()
    first = max(0, trig.start - 3)
    before = low[first:trig.start]
    own = _own_request_after_clause(trig, low)
    negated = not own and any(w in lex.flags["negation"] and first + k not in named for k, w in enumerate(before))
    intent = any(w in lex.flags["intent"] for w in before)
    # a hedge in a relative clause scopes over its own verb: "yang diduga memeras warga diamankan"
    # hedges the extortion, not the arrest ("bisa berbalik arah mengkritik" hedges both)
    hypothetical = any(w in lex.flags["hypothesis"] and not (
        after_yang(low, first + k, past_commas=False) and any(verb_form(x) for x in before[k + 1:]))
        for k, w in enumerate(before)) or not own and any(
        w in lex.flags["wishes"] for w in low[max(0, trig.start - 6):trig.start]) or _power_over(trig, low) or (
        _after_condition(trig, low))
    return negated, intent, hypothetical


POWER_REACH = 3  # words between a power and the act it allows ("berwenang untuk segera menahan")


def _power_over(trig: Trigger, low: list[str]) -> bool:
    """Whether a power or a right ([flags] powers) governs the trigger: close before it, in its
    clause, with no other verb between ("KPK, lembaga yang berwenang menyidik korupsi, menahan …"
    still detains; "yang berwenang di wilayah itu menangkap …" arrests)."""
    window = low[max(0, trig.start - POWER_REACH):trig.start]
    flags = lexicon().flags
    # "Pihak berwenang menangkap …": the authorities, named by their power, act
    at = max((k for k, w in enumerate(window) if w in flags["powers"]
              and not (k and window[k - 1] in flags["power_holders"])), default=None)
    # (a verb between them is the one the power allows: "yang berwenang menyidik korupsi menahan …")
    return at is not None and "," not in window[at:] and not any(verb_form(w) for w in window[at + 1:])


def _own_request_after_clause(trig: Trigger, low: list[str]) -> bool:
    """A request joined by "dan" after a clause of an intransitive verb or a state is the
    subject's own act: a negation or a wish before that verb is that verb's ("Dian berharap
    insiden serupa tak terulang dan meminta …", "tidak hadir dan meminta …"); a transitive verb
    before "dan" shares its negation with the request ("tidak menggeledah dan meminta dokumen"),
    and a plan reaches both ("akan datang dan meminta …")."""
    return (trig.start > 1 and low[trig.start - 1] in lexicon().flags["clause_joiners"]
            and coded_under(trig.cameo, "requests") and low[trig.start - 2].isalpha()
            and not verb_form(low[trig.start - 2]))


def after_yang(low: list[str], at: int, past_commas: bool = True) -> bool:
    """Whether "yang" opens the clause of the word at `at`, adverbs (and commas, `past_commas`)
    aside ("bantuan yang telah diberikan", "yang juga diduga")."""
    skipped = lexicon().flags["adverbs"] if past_commas else lexicon().flags["adverbs"] - {","}
    k = at - 1
    while k >= 0 and low[k] in skipped:
        k -= 1
    return k >= 0 and low[k] == "yang"


def _after_condition(trig: Trigger, low: list[str]) -> bool:
    """Whether a condition opened up to ten words before the trigger and closed by a comma
    governs it ("Kalau ini jadi, kita memberikan …"); not after a sentence-internal stop. A threat
    states its condition and is made all the same ("Jika uang tidak diberikan, pelaku mengancam …")."""
    if trig.cameo.startswith("13"):
        return False
    window = low[max(0, trig.start - 10):trig.start]
    opened = max((k for k, w in enumerate(window) if w in lexicon().flags["conditionals"]), default=None)
    if opened is None or "," not in window[opened:] or {".", ";"} & set(window[opened:]):
        return False
    clause = window[opened + 1:]
    # no condition: a topic ("Kalau untuk kasus ini, kami sudah menahan …"), a way of looking
    # ("Jika dilihat dari rekaman CCTV, …", "Bila ditotal, …"), or an act said done ("sudah")
    return not (clause[:1] and (clause[0] in lexicon().flags["topic_words"] or passive_form(clause[0]))
                or lexicon().flags["done_words"] & set(window[window.index(",", opened):]))
