"""What stands around a place in an article's body, for the entities stage: the word before a
name (a currency's, a tax's), whether a name stands mid-sentence, whether the word after it makes
it the one acting, a home's noun the model read with its owner's name, and a body's unit read
with its body."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from warta.gazetteer import Gazetteer, key_of
from warta.morphology import derived_with
from warta.resources import load
from warta.stages.agent_words import near_name_words
from warta.stages.name_shape import name_like
from warta.stages.span_merge import Found
from warta.stages.tokens import Token
from warta.stages.word_lists import company_heads, currency_words

NEXT_WORD = re.compile(r" ([a-z]+)\b")  # the lower-case word right after a name


def after_currency(body: str, at: int) -> bool:
    """Whether the word before `at` names a currency ("dolar AS", "dolar Singapura")."""
    before = body[max(0, at - 16):at].split()
    return bool(before) and before[-1].lower() in currency_words()


@cache
def _levies() -> tuple[frozenset[str], frozenset[str]]:
    table = load("ner")["levy_acronyms"]
    return frozenset(table["acronyms"]), frozenset(table["cues"])


def levy_named(body: str, at: int, text: str) -> bool:
    """Whether an acronym that also names a tax stands after a word of taxing ("kenaikan PBB":
    Pajak Bumi dan Bangunan, no United Nations; data: ner.toml [levy_acronyms])."""
    acronyms, cues = _levies()
    if text not in acronyms:
        return False
    before = body[max(0, at - 16):at].split()
    return bool(before) and before[-1].lower() in cues


def mid_sentence(body: str, at: int) -> bool:
    """Whether a word at `at` follows a lower-case word or a comma in its sentence."""
    before = body[max(0, at - 40):at].rstrip(" ")  # a bounded look back: no copy of the whole prefix
    return bool(before) and (before[-1].islower() or before[-1] == ",")


def acts_next(body: str, end: int) -> bool:
    """Whether the word after a name at `end` makes the name its actor: an adverb such as "pun"
    or a derived verb ("Wahyu pun mengapresiasi …", "Hanif menegaskan …"; data: ner.toml
    [acts_after_name])."""
    match = NEXT_WORD.match(body, end)
    if match is None:
        return False
    word = match.group(1)
    after = load("ner")["acts_after_name"]
    if word in after["words"]:
        return True
    return len(word) > 4 and derived_with(word, tuple(after["prefixes"]))


@cache
def _home_nouns() -> frozenset[str]:
    return frozenset(load("ner")["home_nouns"]["words"])


def person_at_home(span: Found, tokens: Sequence[Token], last: int) -> Found:
    """"kediaman Megawati Soekarnoputri" read by the model as one place: the person whose home it
    is, when the words after the home's noun can be a name (data: ner.toml [home_nouns])."""
    first = span.start
    while span.type == "PLACE" and first < last and tokens[first].text in _home_nouns():
        first += 1
    if first == span.start or not all(name_like(t.text) for t in tokens[first:last + 1]):
        return span
    return dataclasses.replace(span, start=first, type="PERSON")


def person_by_apposed_office(span: Found, words: Sequence[str], g: Gazetteer) -> Found:
    """A name the model read as a body, set off by a comma before an office and what qualifies it
    ("Al Gore, mantan Wakil Presiden Amerika Serikat, …"): only a person holds the office. A name
    that holds a known body, place or title stays as read."""
    if span.type != "ORG" or words[span.end:span.end + 1] != [","] or words[span.start - 1:span.start] == [","]:
        return span  # "… Kementerian Perhubungan, DJKA, Dirut KAI": a list of bodies and offices
    at = span.end + 1
    at += at < len(words) and words[at].lower() in near_name_words()["former"]  # "mantan", "eks"
    titles = [e for s, e, kind in g.spans(list(words[at:at + 6])) if kind == "TITLE" and s == 0]
    if not titles or not words[at][:1].isupper() or _known_inside(words[span.start:span.end], g):
        return span  # a known body, or a place before its official ("Polres Cimahi, AKBP …")
    if not _only_places_after(words, at + titles[0], g):
        return span  # "Human Rights Watch, Direktur Asia Elaine Pearson,": the body's official, named
    return dataclasses.replace(span, type="PERSON")


def _only_places_after(words: Sequence[str], at: int, g: Gazetteer) -> bool:
    """Whether the office's qualifier up to the closing comma is only places ("… Wakil Presiden
    Amerika Serikat,"): no holder named there, so the name before the comma holds it."""
    close = next((k for k in range(at, len(words)) if words[k] in (",", ".")), len(words))
    covered = {k for s, e, kind in g.spans(list(words[at:close])) if kind in ("COUNTRY", "REGION", "CITY", "AREA")
               for k in range(at + s, at + e)}
    return all(k in covered or not words[k][:1].isupper() for k in range(at, close))


def _known_inside(words: Sequence[str], g: Gazetteer) -> bool:
    """Whether the words hold a known body, title, country or region, or a town at home; a town
    abroad is often a name's word too ("Gore")."""
    for start, end, kind in g.spans(list(words)):
        place = g.place(" ".join(words[start:end]), "IDN") if kind == "CITY" else None
        if place is None or place.country == "IDN":
            return True
    return False


@cache
def _internal_units() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(head.split()) for head in load("ner")["internal_units"]["words"])


def body_of_unit(span: Found, words: Sequence[str], g: Gazetteer) -> Found:
    """A body's unit named with its body ("Departemen Komunikasi Bank Indonesia", "Dewan
    Komisioner Otoritas Jasa Keuangan"): the body, its longest known name or an office of a known
    body ending the span (data: ner.toml [internal_units]); "Departemen Luar Negeri AS" stays whole."""
    head = next((h for h in _internal_units() if tuple(words[span.start:span.start + len(h)]) == h), None)
    if span.type != "ORG" or head is None or key_of(" ".join(words[span.start:span.end])) in g.organisations:
        return span  # "Divisi Profesi dan Pengamanan Polri" is a body the gazetteer knows
    for start in range(span.start + len(head) + 1, span.end):
        name = " ".join(words[start:span.end])
        if key_of(name) in g.organisations or words[start] in company_heads():
            return dataclasses.replace(span, start=start)
    return span


@cache
def _legal_form() -> re.Pattern[str]:
    """One or more legal forms right after a name (ner.toml [legal_forms])."""
    forms = "|".join(re.escape(w) for w in load("ner")["legal_forms"]["words"])
    return re.compile(rf"(?:[ \t]+(?:{forms})(?![\w]))+")  # on the name's line


def legal_forms(body: str, candidates: Sequence) -> None:
    """A body's name with the legal form written after it ("PT Kereta Api Indonesia (Persero)",
    "… (Persero) Tbk") is one more form of that body's, kept among its aliases."""
    for cand in candidates:
        if cand.type != "ORG":
            continue
        found = _legal_form().match(body, cand.end)
        if found:
            cand.also = (*cand.also, cand.text + found.group(0))

