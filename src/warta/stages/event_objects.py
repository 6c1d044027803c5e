"""The one an act is done to where the words after the trigger name them through what was done:
the doer of a thing judged ("menghormati keputusan yang diambil oleh PSSI"), the doer of a
suspected act ("melaporkan dugaan politik uang yang dilakukan tim paslon …"), and the act nouns
("penangkapan …") whose doer follows them. Helpers of stages/event_frames.py's roles."""

from __future__ import annotations

from warta.morphology import root_of
from warta.stages.actor_types import Actor
from warta.stages.event_triggers import Trigger, lexicon, passive_form, verb_form

OBJECT_WORDS = 8  # the most words of a judged thing before "yang" and its doer


def doer_of_object(trig: Trigger, actors: list[Actor], low: list[str]) -> Actor | None:
    """The one who did what the trigger's object names: "[apa | keputusan] yang dilakukan (oleh)
    Bareskrim" after the trigger ("kenaikan uang kuliah tunggal (UKT) yang ditetapkan rektorat"),
    no actor, comma or verb before "yang"."""
    stops = {"yang", ",", "di", *lexicon().flags["place_markers"]}  # "… di depan gedung yang dijaga polisi"
    # a ber- word in the object's phrase describes it ("program makan bergizi gratis yang digagas …")
    at = next((k for k in _object_span(low, trig.end)
               if low[k] in stops or verb_form(low[k]) and not low[k].startswith("ber")), None)
    if at is None or low[at] != "yang" or at + 1 >= len(low) or not passive_form(low[at + 1]):
        return None
    if any(trig.end <= a.start < at and a.entity.type != "PLACE" for a in actors):
        # "menangkap pelaku yang dibantu warga": the one after the verb is acted on; a place there
        # is what the thing is of ("usulan pembentukan Kabupaten Bogor Barat yang diajukan DPRD")
        return None
    start = at + 3 if at + 2 < len(low) and low[at + 2] == "oleh" else at + 2
    return next((a for a in actors if a.start == start), None)


def _object_span(low: list[str], start: int) -> range:
    """The tokens of the object's first OBJECT_WORDS words: a case number's slashes and dashes
    ("gugatan nomor 105/PUU-XXII/2024 yang …") are no words."""
    end, words = start, 0
    while end < len(low) and words < OBJECT_WORDS:
        words += low[end] not in ("/", "-", ".")
        end += 1
    return range(start, end)


SUSPECT_WITHIN = 8  # the most words of a suspected act's description before the one who did it


def suspect_named(trig: Trigger, actors: list[Actor], low: list[str]) -> Actor | None:
    """The one whose suspected act a noun of suspicion right after the trigger (or closing it) names
    after "oleh" or "yang dilakukan (oleh)", within the phrase: "melaporkan dugaan politik uang yang
    dilakukan tim paslon nomor urut 3" (data: [flags] suspicion_nouns, suspect_markers, not_suspects,
    not_doers, suspect_adverbs).
    A person or body only; "oleh karena itu" names no one, "dugaan pelaku" is a suspect, no act."""
    flags = lexicon().flags
    at = next((k for k in (trig.end - 1, trig.end) if k < len(low) and low[k] in flags["suspicion_nouns"]), None)
    if at is None or at + 1 < len(low) and low[at + 1] in flags["not_suspects"]:
        return None
    for j in range(at + 1, min(len(low), at + SUSPECT_WITHIN)):
        # "dilakukan" after "yang", past an adverb or "diduga" ("yang telah dilakukan oleh …")
        k = j - 1
        while k > at and low[k] in flags["suspect_adverbs"]:
            k -= 1
        done = low[j] in flags["suspect_markers"] and low[k] == "yang"
        if low[j] == "oleh" or done:
            k = j + 2 if low[j + 1:j + 2] == ["oleh"] else j + 1
            # "oleh (oknum) anggota Polsek …": words of membership may stand before the body's name;
            # "oleh karena itu", "dilakukan di Kabupaten Bogor" name no doer
            named = not (low[k:k + 1] and low[k] in flags["not_doers"])
            doer = next((a for a in actors if k <= a.start <= k + 2), None) if named else None
            if doer is not None and doer.entity.type in ("PERSON", "ORG"):
                return doer
            continue  # "yang dilakukan secara bersama-sama oleh Bupati X": read on to "oleh"
        if low[j] in (",", ".", ";") or verb_form(low[j]) and low[j] not in flags["suspect_adverbs"]:
            return None  # the phrase closed: "… dan pemeriksaan dilakukan oleh Subdit Jatanras"
    return None


def act_noun(word: str) -> bool:
    """A pe-…-an noun naming an act ("penangkapan", "pembangunan", "penembakan")."""
    return len(word) > 7 and word.startswith("pe") and word.endswith("an") and root_of(word) not in (None, word)
