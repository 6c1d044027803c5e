"""Named events: a run of capitalised words that holds an event's head word and ends in its
year ("Trade Expo Indonesia 2025", "Mahakam Investment Forum (MIF) 2025", "Piala Dunia 2026",
"Pemilu 2024") is an EVENT (ANNOTATION.md: "KTT G20"), and so is a head that never names a body
followed by capitalised words ("KTT NATO", "Muktamar PKB", "Pesta Kesenian Bali ke-47"); the
bodies and places the model read inside it are the event's words, not entities of their own.

Written by hand: the NER corpora tag no events, so no model here learns them; the head words are
data (ner.toml [event_heads]).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from warta.morphology import root_of
from warta.resources import load
from warta.stages.word_lists import ordinary_words

# (the digits first and the word boundary before them looked behind for: a search then skips
# from a 1 or 2 to the next, where \b first is tried at every position)
YEAR = re.compile(r"(?:19|20)(?<!\w\d\d)\d{2}\b")
WORD = re.compile(r"\(?[\w'’&+-]+\)?")
MAX_WORDS = 8


@cache
def event_openers() -> tuple[re.Pattern[str], frozenset[str]]:
    """Heads that name an event by the capitalised words after them ("KTT NATO"), as written, as
    one pattern made once, and the words that after one name no event ("Konferensi Pers")."""
    ner = load("ner")
    words = ner["event_openers"]["words"]
    # (a look ahead for the heads' first letters turns most words away with one test)
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    heads = re.compile(rf"\b(?=[{firsts}])(" + "|".join(map(re.escape, sorted(words))) + r")\b")
    return heads, frozenset(ner["event_opener_stops"]["words"])


# after the head: a capitalised word (an acronym, a roman numeral), a year or an ordinal ("ke-47")
OPENED = re.compile(r"\s+(ke-\d+|(?:19|20)\d{2}\b|[A-Z][\w'’&+-]*)")


def _opened_runs(body: str, bodies: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each event named by an opener and the capitalised words after it. The name
    ends before a body or person that the model read after its first word ("KTT ASEAN | Kementerian
    Luar Negeri merilis …"); a run as long as MAX_WORDS is a headline in title case, no name."""
    heads, stops = event_openers()
    runs = []
    for head in heads.finditer(body):
        end, words = head.end(), 0
        while words < MAX_WORDS and (nxt := OPENED.match(body, end)):
            if (words == 0 and nxt.group(1) in stops) or (words and nxt.start(1) in bodies):
                break
            end, words = nxt.end(), words + 1
        if 0 < words < MAX_WORDS:
            runs.append((head.start(), end))
    return runs


@cache
def event_heads() -> frozenset[str]:
    """Words that make a capitalised run an event's name ("Expo", "Festival", "Piala"), lower case."""
    return frozenset(w.lower() for w in load("ner")["event_heads"]["words"])


def _run_before(body: str, year_start: int) -> int | None:
    """Where the run of capitalised words (and joining words, a short form in brackets) that
    ends right before the year opens, or None when no capitalised word stands there."""
    words = list(WORD.finditer(body[max(0, year_start - 160):year_start]))
    offset = max(0, year_start - 160)
    start = None
    for match in reversed(words[-MAX_WORDS:]):
        text = match.group(0).strip("()")
        gap = body[offset + match.end():year_start if start is None else start]
        if gap.strip() or not text:
            break  # a comma or other mark between: the run ended
        if not (text[:1].isupper() or text[:1].isdigit() and not text.isdigit() or text in ("of", "for", "the")):
            break  # "The 40th Trade Expo"; not "1 Mandaya Awards", nor "… Expo 2025 dan Pangan Nusa Expo"
        start = offset + match.start()
    return start


def _past_opening_words(body: str, start: int, end: int) -> int:
    """The run less the ordinary words a sentence opens with ("Selama Piala Dunia 2026")."""
    while body[:start].rstrip()[-1:] in ("", ".", "!", "?", "\n", '"', "”"):  # at a sentence's start only
        match = WORD.match(body, start)
        word = match.group(0).lower() if match else ""
        nxt = match.end() + 1 if match else end
        root = root_of(word)
        ordinary = word in ordinary_words() or (root is not None and root != word)  # "Selama", "Pada"
        if not word or nxt >= end or word in event_heads() or not ordinary:
            return start
        start = nxt
    return start


def named_events(body: str, candidates: list, make: Callable[[str, str, int, int], object]) -> list:
    """The candidates with every named event of the body added, and what lies inside one left out."""
    out = list(candidates)
    for year in YEAR.finditer(body):
        start = _run_before(body, year.start())
        if start is None:
            continue
        start = _past_opening_words(body, start, year.start())
        text = body[start:year.end()]
        words = {w.strip("()").lower() for w in text.split()}
        if not words & event_heads() or any(c.type == "PERSON" and start <= c.start < year.end() for c in out):
            continue
        out = [c for c in out if not (start <= c.start and c.end <= year.end())]
        event = make(text, "EVENT", start, year.end())
        plain = re.sub(r"\s*\([^()]*\)", "", text)  # "Mahakam Investment Forum (MIF) 2025" is named without "(MIF)"
        if plain != text:
            event.canonical = plain
        out.append(event)
    for start, end in _opened_runs(body, [c.start for c in out if c.type in ("ORG", "PERSON")]):
        if any(c.type == "EVENT" and c.start <= start < c.end for c in out) or any(
                c.type == "PERSON" and start <= c.start < end for c in out):
            continue  # named with its year already, or a person's title ("Ketua Panitia Festival …")
        out = [c for c in out if not (start <= c.start and c.end <= end)]
        out.append(make(body[start:end], "EVENT", start, end))
    return out
