"""Counts: how many people or things an act befell, as GDELT's GKG counts them.

Per sentence, each number (digits, words, vague quantities) is tied to the nearest cue of an
act (data/counts.toml): "tiga orang tewas" (the cue after the number), "menewaskan tiga orang"
(a verb before it), "korban tewas mencapai 12 orang" (a cue before it, linked by "mencapai").
A number after "pukul", "Pasal", "tahun" … or before "persen", "ton", "hari" … is no count, nor
is money. "1.776 KK atau 5.402 jiwa" gives the second number the first one's act. The place is
a PLACE entity after "di" in the same sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warta.model import ActorRef, Count, Document, Entity
from warta.resources import load
from warta.stages.numbers import Number, Tokens, document_tokens, number_at, tokens

WINDOW = 6  # tokens either side of a number searched for a cue
STOPS = frozenset({".", ";", "!", "?", ":"})


@dataclass(frozen=True)
class Cue:
    type: str
    side: str  # "after", "before" or "either": where the cue stands relative to the number
    words: tuple[str, ...]
    needs: frozenset[str] | None


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, list[Cue]]  # first word → cues, longest first
    nouns: frozenset[str]
    links: frozenset[str]
    block_before: frozenset[str]
    block_after: frozenset[str]
    money_before: frozenset[str]
    money_after: frozenset[str]
    modifiers: dict[tuple[str, ...], str]
    compounds: frozenset[str]
    turns: frozenset[str]
    negations: frozenset[str]
    conjunctions: frozenset[str]


@cache
def lexicon() -> Lexicon:
    data = load("counts")
    needs = {name: frozenset(words) for name, words in data["needs"].items()}
    cues: dict[str, list[Cue]] = {}
    for entry in data["cue"]:
        for phrase in entry["words"]:
            words = tuple(tokens(phrase).low)
            cue = Cue(entry["type"], entry["side"], words, needs.get(entry.get("needs", "")))
            cues.setdefault(words[0], []).append(cue)
    for options in cues.values():
        options.sort(key=lambda c: -len(c.words))
    nouns = frozenset(w for n in data["words"]["nouns"] for w in n.split())
    modifiers = {tuple(k.split()): v for k, v in data["modifiers"].items()}
    blockers, words = data["blockers"], data["words"]
    return Lexicon(cues, nouns, frozenset(words["links"]), frozenset(blockers["before"]), frozenset(blockers["after"]),
                   frozenset(blockers["money_before"]), frozenset(blockers["money_after"]), modifiers,
                   frozenset(words["compounds"]), frozenset(words["turns"]), frozenset(words["negations"]),
                   frozenset(words["conjunctions"]))


def cue_at(toks: Tokens, i: int) -> Cue | None:
    for cue in lexicon().cues.get(toks.low[i], ()):
        if tuple(toks.low[i:i + len(cue.words)]) == cue.words:
            return cue
    return None


def _blocked(toks: Tokens, n: Number) -> bool:
    lex = lexicon()
    before = toks.low[n.start - 1] if n.start else ""
    after = toks.low[n.end] if n.end < len(toks) else ""
    if (before in lex.block_before or before in lex.money_before or after in lex.block_after
            or after in lex.money_after):
        return True
    # dates and clock times (21/10, 17:00), ranges of years, ages in brackets "(25)", "ke-3"
    return after in ("/", ":") or before in ("/", "-") or (before == "(" and after == ")")


def _object(toks: Tokens, n: Number) -> str | None:
    lex = lexicon()
    if n.end < len(toks) and toks.low[n.end] in lex.nouns:
        words = [toks.text[n.end]]
        if n.end + 1 < len(toks) and toks.low[n.end + 1] in lex.compounds:
            words.append(toks.text[n.end + 1])
        return " ".join(words).lower()
    return None


def _fits(cue: Cue, obj: str | None) -> bool:
    return cue.needs is None or (obj is not None and obj.split()[0] in cue.needs)


def _cue_after(toks: Tokens, n: Number, numbers: set[int], obj: str | None) -> tuple[Cue, int] | None:
    """The nearest cue after the number (side after or either), before the next number or stop."""
    if _counts_else(toks, n, obj):
        return None  # "empat berkas … tersangka": the number counts something else
    j, seen = n.end, 0
    while j < len(toks) and seen < WINDOW:
        if toks.low[j] == "(":  # "103 KK (200 jiwa) terdampak": the bracket is an aside
            close = next((k for k in range(j, min(len(toks), j + 6)) if toks.low[k] == ")"), None)
            if close is not None:
                j = close + 1
                continue
        if j in numbers or toks.low[j] in STOPS or toks.low[j] == ",":
            return None
        cue = cue_at(toks, j)
        if cue and cue.side != "before" and _fits(cue, obj):
            return cue, j
        j, seen = j + 1, seen + 1
    return None


def _counts_else(toks: Tokens, n: Number, obj: str | None) -> bool:
    """The number is followed by a word that is no counted noun, link or cue ("empat berkas")."""
    return obj is None and n.end < len(toks) and toks.low[n.end].isalpha() and not cue_at(toks, n.end) \
        and toks.low[n.end] not in lexicon().links


def _cue_before(toks: Tokens, n: Number, numbers: set[int], obj: str | None,
                others: int) -> tuple[Cue, int] | None:
    """The nearest cue before the number with only linking words (and at most `others` other
    words) between."""
    lex = lexicon()
    spare = others
    j = n.start - 1
    while j >= max(0, n.start - WINDOW):
        if j in numbers or toks.low[j] in STOPS or toks.low[j] in lex.turns:
            return None
        for k in range(j, max(-1, j - 4), -1):  # a phrase ending at j
            cue = cue_at(toks, k)
            if cue and k + len(cue.words) - 1 == j and _fits(cue, obj):
                if any(w in lex.negations for w in toks.low[max(0, k - 2):k]):
                    return None
                return cue, k
        if toks.low[j] not in lex.links and tuple(toks.low[j:n.start]) not in lex.modifiers:
            if spare == 0:
                return None
            spare -= 1
        j -= 1
    return None


def _modifier(toks: Tokens, n: Number) -> str | None:
    for size in (2, 1):
        words = tuple(toks.low[max(0, n.start - size):n.start])
        if len(words) == size and words in lexicon().modifiers:
            return lexicon().modifiers[words]
    return None


def _places(doc: Document) -> list[tuple[int, int, Entity]]:
    return sorted((m.start, m.end, e) for e in doc.entities if e.type == "PLACE" for m in e.mentions)


def _place_in(doc: Document, places: list[tuple[int, int, Entity]], start: int, end: int) -> ActorRef | None:
    """The first PLACE in [start, end) standing after "di" (a word or two between: "di Desa X")."""
    for p_start, p_end, entity in places:
        if start <= p_start < end:
            before = doc.body[max(start, p_start - 24):p_start].lower().split()
            if "di" in before[-3:]:
                return ActorRef(entity=entity.id, name=entity.name, country=entity.country, start=p_start, end=p_end)
    return None


def find_counts(text: str, offset: int = 0, toks: Tokens | None = None
                ) -> list[tuple[Number, Cue, str | None, str | None, Tokens]]:
    """(number, cue, counted noun, modifier, tokens) for every count in a sentence (`toks` its
    tokens when the caller has them)."""
    toks = toks if toks is not None else tokens(text, offset)
    firsts = lexicon().cues
    if firsts.keys().isdisjoint(toks.low):
        return []  # no act told, no count
    found_numbers: list[Number] = []
    i = 0
    while i < len(toks):
        n = number_at(toks, i)
        if n:
            found_numbers.append(n)
            i = n.end
        else:
            i += 1
    starts = {k for n in found_numbers for k in range(n.start, n.end)}
    out: list[tuple[Number, Cue, str | None, str | None, Tokens]] = []
    previous: tuple[Number, Cue] | None = None
    for n in found_numbers:
        if _blocked(toks, n):
            previous = None
            continue
        obj = _object(toks, n)
        if obj is None and toks.low[n.start].startswith("ke") and n.end == n.start + 1:
            previous = None
            continue  # "tahap kedua": an ordinal counts only before a counted noun ("kedua personel")
        others = starts - set(range(n.start, n.end))
        hit = (_cue_before(toks, n, others, obj, 0) or _cue_after(toks, n, others, obj)
               or (None if _counts_else(toks, n, obj) else _cue_before(toks, n, others, obj, 2)))
        cue = hit[0] if hit else None
        if cue is None and previous and _coordinated(toks, previous[0], n):
            cue = previous[1]  # "1.776 KK atau 5.402 jiwa"
        if cue is None:
            previous = None
            continue
        out.append((n, cue, obj, _modifier(toks, n), toks))
        previous = (n, cue)
    return out


def _coordinated(toks: Tokens, first: Number, n: Number) -> bool:
    """"1.776 KK atau 5.402 jiwa": only the first number's noun and a conjunction between."""
    between, lex = toks.low[first.end:n.start], lexicon()
    return 1 <= len(between) <= 2 and between[-1] in lex.conjunctions and all(
        w in lex.conjunctions or w in lex.nouns for w in between)


class Counts:
    name = "counts"
    reads = ("sentences", "entities")
    writes = ("counts",)

    def __call__(self, doc: Document) -> Document:
        places = _places(doc)
        counts: list[Count] = []
        for index, (sentence, words) in enumerate(zip(doc.sentences, document_tokens(doc), strict=True)):
            for n, cue, obj, mod, toks in find_counts(sentence.text, sentence.start, words):
                start, end = toks.start[n.start], toks.end[n.end - 1]
                counts.append(Count(start=start, end=end, text=doc.body[start:end], type=cue.type, number=n.value,
                                    low=n.low, high=n.high, vague=n.vague, mod=mod, object=obj,
                                    cue=" ".join(cue.words),
                                    place=_place_in(doc, places, sentence.start, sentence.end), sentence=index))
        doc.counts = counts
        return doc
