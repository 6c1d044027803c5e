"""Event triggers: the Indonesian words and phrases of data/events.toml and
data/events_codebook.toml found in a sentence's words, each with its CAMEO code, its frame and
what it needs, and the flags (negation, intent, hypothesis) the words before it set.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.morphology import root_of
from warta.resources import load


@dataclass
class Trigger:
    start: int  # token indexes
    end: int
    cameo: str
    frame: str
    intent_cameo: str | None
    needs: tuple[str, ...]
    passive: bool = False
    reach: int | None = None
    not_next: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    open_target: bool = False


@dataclass
class Lexicon:
    phrases: dict[str, list[tuple[tuple[str, ...], dict]]]  # first word → phrases, longest first
    roots: dict[str, dict]
    flags: dict[str, frozenset[str]]
    give_kinds: dict[str, frozenset[str]]


@cache
def lexicon() -> Lexicon:
    data = load("events")
    phrases, roots = [], {}
    # the hand-written frames first; the rest of the CAMEO codebook (events_codebook.toml) only
    # where they leave a root or phrase free
    seen: set[tuple[str, ...]] = set()
    for entry in [*data["trigger"], *load("events_codebook").get("trigger", [])]:
        for words in entry.get("words", []):
            phrase = tuple(words.lower().split())
            if phrase not in seen:
                seen.add(phrase)
                phrases.append((phrase, entry))
        for root in entry.get("roots", []):
            roots.setdefault(root, entry)
    phrases.sort(key=lambda p: -len(p[0]))
    by_first: dict[str, list[tuple[tuple[str, ...], dict]]] = {}
    for phrase, entry in phrases:
        by_first.setdefault(phrase[0], []).append((phrase, entry))
    flags = {name: frozenset(words) for name, words in data["flags"].items()}
    kinds = {cameo: frozenset(words) for cameo, words in data["give_kinds"].items()}
    return Lexicon(by_first, roots, flags, kinds)


def find_triggers(words: Sequence[str]) -> list[Trigger]:
    lex = lexicon()
    low = [w.lower() for w in words]
    out: list[Trigger] = []
    i = 0
    while i < len(low):
        matched = None
        for phrase, entry in lex.phrases.get(low[i], ()):
            if tuple(low[i:i + len(phrase)]) == phrase:
                matched = (len(phrase), entry, passive_form(low[i]))
                break
        if matched is None and low[i].isalpha():
            root = root_of(low[i])
            if root in lex.roots and _verb_form(low[i], root) and low[i] not in lex.roots[root].get("except", ()):
                matched = (1, lex.roots[root], low[i].startswith("di") and not root.startswith("di"))
        if matched:
            length, entry, passive = matched
            out.append(Trigger(i, i + length, entry["cameo"], entry["frame"], entry.get("intent_cameo"),
                               tuple(entry.get("needs", [])), passive, entry.get("reach"),
                               tuple(entry.get("not_next", [])), tuple(entry.get("not_after", [])),
                               entry.get("open_target", False)))
            i += length
        else:
            i += 1
    return out


VERB_PREFIXES = ("me", "ber", "be", "di", "ter")


def passive_form(word: str) -> bool:
    """A di- verb (ditahan, dinonaktifkan), not a word that begins with di (dialog)."""
    root = root_of(word)
    return word.startswith("di") and root is not None and root != word and not root.startswith("di")


def noun_form(word: str) -> bool:
    """A trigger word that is no verb form (serangan, penandatanganan, KTT)."""
    return not word.startswith(VERB_PREFIXES) and root_of(word) != word


def nominal(word: str) -> bool:
    """A pe-…-an or ke-…-an noun ("pengamanan", "penanganan", "kegiatan")."""
    return word.endswith("an") and word.startswith(("pe", "ke")) and len(word) > 6


def _verb_form(word: str, root: str) -> bool:
    """A verb built on the root (mengecam, bertemu, dikecam, menelepon), not a noun (kecaman)."""
    if word == root:
        return len(root) > 3
    return word.startswith(VERB_PREFIXES) and not word.endswith("an") or word.endswith(("kan", "i"))


def flags_before(trig: Trigger, low: list[str]) -> tuple[bool, bool, bool]:
    lex = lexicon()
    before = low[max(0, trig.start - 3):trig.start]
    negated = any(w in lex.flags["negation"] for w in before)
    intent = any(w in lex.flags["intent"] for w in before)
    hypothetical = any(w in lex.flags["hypothesis"] for w in before)
    return negated, intent, hypothetical
