"""Titles the entities stage reads around a name the title grammar (stages/titled.py) left
untitled: the title just before it past places and bodies, one set off by a comma after its body,
one written after the name ("selaku …"), and the office that opens the run of capitalised words
right before it where a word between is one the gazetteer does not know ("Anggota Banggar Andi
Muhammad Salam", "Wakil Ketua MPR dari Fraksi PAN, Eddy Soeparno")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from warta.gazetteer import Gazetteer, key_of
from warta.resources import load
from warta.stages.span_merge import Found
from warta.stages.titled import MAX_RUN, office_after
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
    """Whether a word in lower case before the office makes it the object of a verb or a
    preposition ("bertemu Kepala Dinas X, Budi …", "Di hadapan Ketua DPRD …, Budi …"), not an
    attribution ("menurut Ketua DPRD …, Budi …")."""
    before = tokens[opens - 1].text if opens else ""
    return before.isalpha() and before.islower() and before not in apposition_attributions()


def title_before(tokens: Sequence[Token], start: int, g: Gazetteer) -> str | None:
    """The title just before a name, allowing a country, city or organisation between
    ("Menteri Luar Negeri Korea Selatan Park Jin")."""
    words = [t.text for t in tokens[max(0, start - 8):start]]
    spans = g.spans(words)
    if not spans:
        return None
    last_end = len(words)
    for s, e, kind in reversed(spans):
        if e != last_end:
            return None
        if kind == "TITLE":
            return g.titles[key_of(" ".join(words[s:e]))].name
        if kind not in ("COUNTRY", "CITY", "ORG", "AREA"):
            return None
        last_end = s
    return None


def apposed_title(tokens: Sequence[Token], start: int, found: list[Found], g: Gazetteer) -> str | None:
    """A title and its body set off from the name by a comma: "juru bicara Pengadilan Negeri
    Jakarta Pusat, Sunoto" (as written); not the object of a verb before the title ("usai
    bertemu Kepala Dinas X, Budi mengatakan …": whom Budi met)."""
    if start < 2 or tokens[start - 1].text != ",":
        return None
    body = next((f for f in found if f.type == "ORG" and f.end == start - 1), None)
    if body is None:
        return None
    words = [t.text for t in tokens[max(0, body.start - 5):body.start]]
    spans = [sp for sp in g.spans(words) if sp[1] == len(words) and sp[2] == "TITLE"]
    if not spans:
        return None
    first = body.start - len(words) + spans[-1][0]
    before = tokens[first - 1].text.lower() if first else ""
    if before in apposition_blockers() or before.startswith(("me", "ber", "di")) and len(before) > 4 \
            and before not in apposition_attributions():
        return None
    return " ".join(t.text for t in tokens[first:start - 1]).replace("( ", "(").replace(" )", ")")


def office_after_name(tokens: Sequence[Token], end: int) -> str | None:
    """The office written after a name: "Eka Sapanca selaku Direktur Utama PT Permata …"."""
    size = office_after([t.text for t in tokens[end:end + MAX_RUN]])
    if not size:
        return None
    title = " ".join(t.text for t in tokens[end + 1:end + size])
    return title.replace("( ", "(").replace(" )", ")")
