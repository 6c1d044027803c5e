"""A title the title grammar could not read whole: the office that opens the run of capitalised
words right before a name, where a word between is one the gazetteer does not know ("Anggota
Banggar Andi Muhammad Salam", "Wakil Ketua MPR dari Fraksi PAN, Eddy Soeparno"). The grammar
(stages/titled.py) reads what it knows; this keeps the office on the person where it does not."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from warta.gazetteer import Gazetteer
from warta.resources import load
from warta.stages.tokens import Token
from warta.stages.word_lists import apposition_attributions, apposition_blockers

RUN_REACH = 10  # the most words of a title run looked back over


def office_run_before(tokens: Sequence[Token], start: int, g: Gazetteer, people: Sequence[tuple[int, int]] = ()
                      ) -> str | None:
    """The run from the first office the gazetteer knows to the name at `start`, as written; it
    never runs over another person (`people`: their token spans)."""
    end = start - 1 if start > 0 and tokens[start - 1].text == "," else start
    named = {k for s, e in people for k in range(s, e)}
    first = end
    while first > 0 and end - first < RUN_REACH and _in_run(tokens[first - 1].text) and first - 1 not in named:
        first -= 1
    words = [t.text for t in tokens[first:end]]
    offices = [s for s, e, kind in g.spans(words) if kind == "TITLE"]
    if not offices or words[-1].lower() in title_run_joiners():
        return None
    opens = first + offices[0]
    if end < start and _object_of_a_verb(tokens, opens):
        return None  # "usai bertemu Kepala Dinas X, Budi mengatakan …": whom Budi met
    run = [t.text for t in tokens[opens:end]]
    if run.count("(") != run.count(")"):
        # an editor's bracket round the office and name ("Gubernur (Bali Wayan Koster)"): not the title's
        run = [w for w in run if w not in ("(", ")")]
    return " ".join(run).replace("( ", "(").replace(" )", ")")


@cache
def title_run_joiners() -> frozenset[str]:
    return frozenset(load("ner")["title_run_joiners"]["words"])


def _in_run(word: str) -> bool:
    return word[:1].isupper() or word in ("(", ")") or word.lower() in title_run_joiners()


def _object_of_a_verb(tokens: Sequence[Token], opens: int) -> bool:
    before = tokens[opens - 1].text.lower() if opens else ""
    return before in apposition_blockers() or (before.startswith(("me", "ber", "di")) and len(before) > 4
                                               and before not in apposition_attributions())
